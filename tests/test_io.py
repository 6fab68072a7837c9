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


# What the comparison table shows: a fact in the unit its claims were written in.


def _compare(texts, nlp):
    import factcmp

    frame = pd.DataFrame({"source": ["x.com", "y.com"], "published": ["2015-05-18", "2015-05-19"], "text": texts})
    return factcmp.compare(frame, nlp=nlp)


@pytest.mark.model
def test_ages_are_shown_in_years_not_days(nlp):
    cmp = _compare(
        [
            "The victim, a woman in her 20s, was shot on Sixth Street, police said.",
            "The victim, a woman in her 30s, was shot on Sixth Street, police said.",
        ],
        nlp,
    )
    age = cmp.table[cmp.table["fact"] == "age"].iloc[0]
    assert (age["unit"], age["range"], age["min"], age["max"]) == ("year", "20–39 years", 20, 39)
    assert cmp.reconciled("latest")["figure"].iat[0] == "30–39 years"
    assert cmp.reconciled("conservative")["figure"].iat[0] == "20 years"


@pytest.mark.model
def test_a_fact_said_in_miles_is_shown_in_miles_and_mixed_units_in_km(nlp):
    miles = _compare(
        [
            "Ramadi is 70 miles west of Baghdad, officials said.",
            "Ramadi is about 60 miles west of Baghdad, officials said.",
        ],
        nlp,
    ).table.iloc[0]
    assert (miles["unit"], miles["range"]) == ("mile", "54–70 miles")
    mixed = _compare(
        [
            "Ramadi is 70 miles west of Baghdad, officials said.",
            "Ramadi is 115 kilometres west of Baghdad, officials said.",
        ],
        nlp,
    ).table.iloc[0]
    # 70 miles is 112.654 km: a converted figure is rounded to three digits, a written one kept
    assert (mixed["unit"], mixed["range"], mixed["min"]) == ("km", "113–115 km", 113)


@pytest.mark.model
def test_austin_ages_are_in_years(dev_comparison):
    """Austin's victims and suspects: "25-year-old", "in her 20's", "in her 30s"; no age is shown in days."""
    cmp = dev_comparison("austin-sixth-street-2016")
    table = cmp.table[cmp.table["kind"] == "quantity"]
    ages = table[table["fact"].str.startswith("age")]
    assert len(ages) >= 4 and set(ages["unit"]) == {"year"}
    # the victim's ages run from "in her 20's" (unnamed, the one woman who died) to her 30; the suspect is 24, then 25
    assert {"20–29 years", "30–39 years", "20–39 years", "24–25 years"} <= set(ages["range"])
    claims = cmp.claims.set_index("group_id")
    for _, row in ages.iterrows():
        written = claims.loc[[row["group_id"]], ["value", "low", "high"]].astype(float)
        assert row["min"] == written.min().min() and row["max"] == written.max().max()
    assert not table["range"].str.contains(r"\d day").any()


def test_fmt_range_units():
    from factcmp.table import fmt_range

    assert fmt_range(20, 29, "year") == "20–29 years"
    assert fmt_range(1, 1, "year") == "1 year"
    assert fmt_range(58.5, 100, "mile") == "58.5–100 miles"
    assert fmt_range(0.5, None, "mile") == "≥0.5 miles"
    assert fmt_range(1 / 48, 1 / 48, "day") == "30 minutes"  # minutes and hours compared as days
    assert fmt_range(2e-3, 2e-3, "km") == "2 m"
    assert fmt_range(450, 550, "person") == "450–550"
