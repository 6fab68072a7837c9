"""The documentation builds with its links checked, and says what the code does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from factcmp.comparison import CLAIM_COLUMNS, DOCUMENT_COLUMNS, TABLE_COLUMNS, Comparison
from factcmp.records import claims_to_frame

from .conftest import ROOT

DOCS = ROOT / "docs"
PAGES = DOCS / "pages"


def _build(config, site):
    pytest.importorskip("mkdocs")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _documented_columns(section: str) -> list[str]:
    text = (PAGES / "columns.md").read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", body, flags=re.MULTILINE)


def test_docs_build_strict_with_links_checked(tmp_path):
    result = _build(DOCS / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "concepts" / "index.html").is_file()
    assert (tmp_path / "site" / "performance" / "index.html").is_file()  # docs/pages/performance.md is in the site


def test_a_broken_link_fails_the_build(tmp_path):
    copy = tmp_path / "docs"
    shutil.copytree(DOCS, copy, ignore=shutil.ignore_patterns("img"))
    with (copy / "pages" / "cli.md").open("a", encoding="utf-8") as f:
        f.write("\nSee [nowhere](missing.md) and [no anchor](concepts.md#no-such-heading).\n")
    result = _build(copy / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert "missing.md" in result.stderr


def test_column_pages_match_the_tables():
    """A column added to or removed from a table needs its line in docs/pages/columns.md, in order."""
    fix = "update the table in docs/pages/columns.md"
    assert _documented_columns("claims") == CLAIM_COLUMNS, fix
    assert _documented_columns("comparison") == TABLE_COLUMNS, fix
    assert _documented_columns("documents") == DOCUMENT_COLUMNS, fix
    empty = Comparison(
        claims=claims_to_frame([]).assign(group_id=[], status=[]),
        documents=pd.DataFrame(columns=DOCUMENT_COLUMNS),
    )
    assert _documented_columns("entities") == list(empty.entities.columns), fix


def test_cli_page_names_every_option():
    import typer

    from factcmp.cli import app

    page = (PAGES / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in {"factcmp": group, **group.commands}.items():  # type: ignore[attr-defined]
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}`" in page or opt in page, f"docs/pages/cli.md does not explain {name} {opt}"


def test_api_page_names_the_public_api():
    import factcmp

    page = (PAGES / "python-api.md").read_text(encoding="utf-8")
    for name in factcmp.__all__:
        assert f"factcmp.{name}" in page, name
