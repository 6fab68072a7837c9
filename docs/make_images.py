"""Make the two README pictures from the bundled Ramadi cluster.

    .venv/bin/python docs/make_images.py

Writes ``docs/img/fact-chart.png`` (the first conflict, drawn by ``Comparison.plot``)
and ``docs/img/report.png`` (the top of the HTML report, screenshot in headless
Chromium: ``apt-get install chromium``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from chromium import CHROMIUM_FLAGS, find_browser  # docs/chromium.py, shared with the report test

import factcmp
from factcmp.report import save_figure, write_report

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"


def main() -> int:
    """Draw the chart, render the report, take the screenshot."""
    IMG.mkdir(parents=True, exist_ok=True)
    articles = factcmp.load_articles(ROOT / "data" / "ramadi-2015")
    cmp = factcmp.compare(articles)
    conflicts = cmp.conflicts()
    fact = conflicts["group_id"].iat[0] if len(conflicts) else "people killed"
    print("chart:", save_figure(cmp.plot(fact), IMG / "fact-chart.png", dpi=110))

    browser = find_browser()
    if browser is None:
        print("no chromium on PATH: apt-get install chromium, then run again", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        page = write_report(cmp, Path(tmp) / "report.html", articles=articles, title="Ramadi, May 2015")
        shot = IMG / "report.png"
        subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp}/profile",
                "--window-size=1100,1300",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print("report:", shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
