"""Table export: formulas neutralised in CSV, numbers stay numbers, Parquet and JSON exact."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from factcmp.errors import ConfigError
from factcmp.io import neutralise, write_table


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "text": pd.array(['=HYPERLINK("x")', "-5 dead", "@SUM(A1)", "+1", "ok", None], dtype="str"),
            "status": pd.Categorical(["=bad", "agree", "agree", "agree", "agree", "agree"]),
            "value": pd.array([-5.0, 1.5, None, 3.0, 4.0, 5.0], dtype="Float64"),
            "n": [-1, 2, 3, 4, 5, 6],
        }
    )


def test_neutralise_prefixes_text_only(frame):
    out = neutralise(frame)
    assert out["text"].tolist()[:5] == ['\'=HYPERLINK("x")', "'-5 dead", "'@SUM(A1)", "'+1", "ok"]
    assert out["status"].iat[0] == "'=bad"
    assert str(out["value"].dtype) == "Float64" and out["value"].iat[0] == -5.0
    assert out["n"].dtype == frame["n"].dtype and out["n"].iat[0] == -1


def test_csv_keeps_negative_numbers_numeric(frame, tmp_path):
    path = write_table(frame, tmp_path / "t.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows[0]["value"] == "-5.0" and rows[0]["n"] == "-1"
    assert rows[1]["text"] == "'-5 dead"
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert write_table(frame, tmp_path / "b.csv", bom=True).read_bytes().startswith(b"\xef\xbb\xbf")


def test_json_keeps_values_exact(frame, tmp_path):
    records = json.loads(write_table(frame, tmp_path / "t.json").read_text(encoding="utf-8"))
    assert records[0]["text"] == '=HYPERLINK("x")'  # not a spreadsheet format: nothing to neutralise
    assert records[2]["value"] is None and records[0]["value"] == -5.0


def test_parquet_keeps_dtypes(frame, tmp_path):
    pytest.importorskip("pyarrow")
    back = pd.read_parquet(write_table(frame, tmp_path / "t.parquet"))
    assert str(back["value"].dtype) == "Float64"
    assert isinstance(back["status"].dtype, pd.CategoricalDtype)


def test_unknown_format(frame, tmp_path):
    with pytest.raises(ConfigError, match="unknown table format 'xlsx'"):
        write_table(frame, tmp_path / "t.xlsx")
