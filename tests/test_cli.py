"""The command line, run as a user would."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from factcmp.cli import app

from .conftest import RAMADI

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("factcmp ")


def test_missing_path_is_a_clear_error_without_traceback(tmp_path):
    result = runner.invoke(app, ["compare", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


@pytest.mark.model
def test_compare_writes_the_four_tables(tmp_path, nlp):
    out = tmp_path / "out"
    result = runner.invoke(app, ["compare", str(RAMADI), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with (out / "claims.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    contract = [
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
    assert header[: len(contract)] == contract
    with (out / "documents.csv").open(encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 5
    with (out / "comparison.csv").open(encoding="utf-8") as f:
        first = next(csv.DictReader(f))
    assert first["status"] == "conflict"
