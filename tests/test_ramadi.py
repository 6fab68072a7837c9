"""The bundled Ramadi cluster, end to end: what a reader of these five articles would check."""

from __future__ import annotations

import pandas as pd
import pytest

pytestmark = pytest.mark.model

D000, D001, D002, D003, D004 = (
    "000_5974a4e9f51f05de",
    "001_c62f05f16cd5f676",
    "002_7755fa0303e18695",
    "003_010effc176ed3607",
    "004_50a85e9e3df0fe24",
)


def quantities(cmp, doc_id, value):
    c = cmp.claims
    rows = c[(c["kind"] == "quantity") & (c["doc_id"] == doc_id)]
    hit = (rows["value"] == value) | (rows["low"] == value) | (rows["high"] == value)
    return rows[hit.fillna(False)]


def group_of(cmp, doc_id, value):
    rows = quantities(cmp, doc_id, value)
    assert len(rows), f"no claim of {value} in {doc_id}"
    return rows.iloc[0]


def test_every_article_is_accounted_for(ramadi):
    docs = ramadi.documents
    assert len(docs) == 5
    assert set(docs["status"]) == {"ok"}
    assert (docs["n_quantities"] > 0).all()


def test_five_hundred_dead_agree_across_four_sources(ramadi):
    rows = [group_of(ramadi, d, 500) for d in (D000, D001, D003, D004)]
    assert len({r["group_id"] for r in rows}) == 1
    assert rows[0]["status"] == "agree"
    group = ramadi.claims[ramadi.claims["group_id"] == rows[0]["group_id"]]
    assert group["source"].nunique() == 4


def test_hedges_become_intervals(ramadi):
    at_least = quantities(ramadi, D003, 500).iloc[0]
    assert at_least["qualifier"] == "at_least"
    assert at_least["low"] == 500 and pd.isna(at_least["high"])
    about = quantities(ramadi, D001, 500)
    assert "approximate" in set(about["qualifier"])


def test_range_agrees_with_point_figure(ramadi):
    between = ramadi.claims[ramadi.claims["text"] == "between 6,000 and 8,000"].iloc[0]
    assert (between["low"], between["high"]) == (6000, 8000) and pd.isna(between["value"])
    point = group_of(ramadi, D000, 8000)
    assert between["group_id"] == point["group_id"]
    assert point["status"] == "agree"


def test_un_april_exodus_is_its_own_fact(ramadi):
    april = group_of(ramadi, D004, 114000)
    recent = group_of(ramadi, D004, 8000)
    assert april["group_id"] != recent["group_id"]
    assert april["status"] == "single"
    assert april["qualifier"] == "at_most"


def test_distance_from_baghdad_conflicts(ramadi):
    far = group_of(ramadi, D003, 115)
    near = group_of(ramadi, D004, 100)
    assert far["group_id"] == near["group_id"]
    assert far["status"] == "conflict"
    assert far["unit"] == "km"
    # the miles in brackets are the same fact, not a claim of their own
    assert far["alt_value"] == 70 and far["alt_unit"] == "mile"
    assert quantities(ramadi, D003, 70).empty
    assert ramadi.conflicts()["group_id"].tolist() == [far["group_id"]]


def test_three_day_blitz_agrees_across_three_sources(ramadi):
    rows = ramadi.claims[ramadi.claims["text"].str.lower().isin(["three-day blitz", "3-day blitz"])]
    assert set(rows["doc_id"]) == {D002, D003, D004}
    assert rows["group_id"].nunique() == 1
    assert set(rows["unit"]) == {"day"} and set(rows["status"]) == {"agree"}


def test_sunday_in_article_004_is_17_may(ramadi):
    c = ramadi.claims
    sunday = c[(c["kind"] == "date") & (c["doc_id"] == D004) & c["sentence"].str.contains("full control")]
    assert sunday["date"].tolist() == ["2015-05-17"]


def test_isil_and_is_are_one_entity(ramadi):
    e = ramadi.claims[ramadi.claims["kind"] == "entity"]
    isil = set(e[(e["doc_id"] == D000) & (e["text"] == "ISIL")]["entity_id"])
    is_ = set(e[(e["doc_id"] == D004) & (e["text"] == "IS")]["entity_id"])
    assert isil and isil == is_
    abdullah = set(e[e["text"].isin(["Tarik al-Abdullah", "Abudullah"])]["entity_id"])
    assert len(abdullah) == 1


def test_eight_thousand_is_credited_differently(ramadi):
    iom = group_of(ramadi, D000, 8000)
    assert "International Office for Migration" in iom["attributed_to"]
    for doc in (D001, D004):
        credited = [a for a in quantities(ramadi, doc, 8000)["attributed_to"] if a]
        assert credited and all("spokesman" in a.lower() for a in credited), credited


def test_idioms_and_furniture_are_not_claims(ramadi):
    c = ramadi.claims[ramadi.claims["kind"] == "quantity"]
    assert not c["text"].str.contains("min read").any()
    # "one of the leading groups", "one of the holiest shrines" are idioms, not counts
    assert not c["text"].str.lower().isin(["one", "a key"]).any()
    assert "3 min read" not in ramadi.documents.to_string()


def test_written_numbers_are_read(ramadi):
    strikes = group_of(ramadi, D001, 7)
    assert strikes["text"] == "seven air strikes" and strikes["unit"] == "count"
    fighters = group_of(ramadi, D001, 3000)
    assert fighters["qualifier"] == "at_least" and fighters["unit"] == "person"


def test_palmyra_toll_is_not_the_ramadi_toll(ramadi):
    palmyra = group_of(ramadi, D003, 300)
    ramadi_toll = group_of(ramadi, D003, 500)
    assert palmyra["group_id"] != ramadi_toll["group_id"]
    assert palmyra["status"] == "single"
