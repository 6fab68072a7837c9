"""The HTML report of the Ramadi cluster, opened in headless Chromium.

The screenshot and the DOM stay in ``test-artifacts/`` for a person to look at.
Skips with the reason when no Chromium is installed (``.ci/install-browser``).
"""

from __future__ import annotations

import importlib.util
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcmp.report.html import write_report

from ..conftest import RAMADI, ROOT

ARTIFACTS = ROOT / "test-artifacts"


def _load_chromium_settings():  # -> module
    """docs/chromium.py: the flags the README screenshot is taken with, so the test sees the same page."""
    spec = importlib.util.spec_from_file_location("factcmp_docs_chromium", ROOT / "docs" / "chromium.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


CHROMIUM = _load_chromium_settings()
FLAGS = (
    *CHROMIUM.CHROMIUM_FLAGS,
    # Console messages go to stderr as "...:CONSOLE:..." lines.
    "--enable-logging=stderr",
    "--v=0",
)

pytestmark = [pytest.mark.slow]


def _browser() -> str:
    found = CHROMIUM.find_browser()
    if found is None:
        pytest.skip("no Chromium on PATH: run .ci/install-browser (apt-get install chromium) to check the HTML report")
    return found


def _run(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [_browser(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


class _Cards(HTMLParser):
    """Fact cards in the DOM, with the tags that enclose each one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.cards: dict[str, list[tuple[str, dict[str, str | None]]]] = {}
        self.text: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("img", "meta", "br", "link", "input"):
            return
        a = dict(attrs)
        if tag == "article" and (a.get("id") or "").startswith("fact-"):
            self.cards[str(a["id"])] = list(self.stack)
            self.text[str(a["id"])] = []
        self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for tag, a in self.stack:
            if tag == "article" and a.get("id") in self.text:
                self.text[str(a["id"])].append(data)


def test_console_errors_are_caught(tmp_path):
    """The check below can fail: a page that logs an error is seen."""
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom'); nope();</script>", encoding="utf-8")
    result = _run(page, tmp_path / "profile", "--dump-dom")
    assert any("boom" in line for line in _console(result.stderr))


@pytest.mark.model
def test_ramadi_report_in_chromium(ramadi, tmp_path):
    from factcmp.ingest import load_articles

    ARTIFACTS.mkdir(exist_ok=True)
    page = write_report(ramadi, ARTIFACTS / "ramadi-report.html", articles=load_articles(RAMADI), title="Ramadi, May 2015")
    dom = _run(page, tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    (ARTIFACTS / "ramadi-report.dom.html").write_text(dom.stdout, encoding="utf-8")
    assert _console(dom.stderr) == []

    parser = _Cards()
    parser.feed(dom.stdout)
    conflicts = ramadi.conflicts()
    assert len(conflicts) >= 1
    for rec in conflicts.to_dict("records"):
        card = f"fact-{rec['group_id']}"
        assert card in parser.cards, f"no card for conflict {rec['fact']}"
        enclosing = parser.cards[card]
        # Visible: in the conflicts section, not folded away in a <details>, not hidden.
        assert ("section", {"id": "conflicts"}) in enclosing
        assert all(tag != "details" and "hidden" not in a for tag, a in enclosing)
        text = " ".join("".join(parser.text[card]).split())
        assert str(rec["fact"]) in text
        for claim in ramadi.claims[ramadi.claims["group_id"] == rec["group_id"]]["text"]:
            assert " ".join(str(claim).split()) in text

    shot = ARTIFACTS / "ramadi-report.png"
    shot.unlink(missing_ok=True)
    result = _run(page, tmp_path / "profile2", "--window-size=1280,1600", f"--screenshot={shot}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert _console(result.stderr) == []
