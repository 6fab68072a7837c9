"""What a figure measures or counts when the words around it say so without the usual noun.

- a length "beneath the surface", "below the Earth's surface", "underground" is a depth, as "at a depth
  of" is; a length "below the clouds" or "under the river" is none;
- the number of a capitalised label inside a noun phrase ("Two Precinct 5 deputy constables") is part
  of the name: the count still counts the constables;
- a bare figure taken to, treated in or released from a hospital counts people ("72 were taken to a hospital");
- "others" after "another bomb" are bombs; others of people, or of nothing named before, are people;
- a magnitude "of" a noun is that noun's ("two aftershocks of more than 5.0 magnitude").
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "depth"),
    [
        (
            "corpus/dev/aceh 03",
            "The epicenter of the quake, which originated six miles beneath the surface, was located 34 miles "
            "west of the town of Bireun, near the western coast of Sumatra island, according to the U.S. "
            "Geological Survey.",
            "six miles",
            True,
        ),
        ("wire style", "The quake struck 10 km below the Earth's surface, the USGS said.", "10 km", True),
        ("wire style", "The 33 miners were trapped 700 metres underground.", "700 metres", True),
        ("wire style", "The plane flew 200 feet below the clouds.", "200 feet", False),
        ("wire style", "The tunnel runs 30 metres under the river.", "30 metres", False),
    ],
)
def test_a_length_under_the_ground_is_a_depth(nlp, where, text, words, depth):
    got = quantity_fields(nlp, text, words, "quantity_of")
    assert len(got) == 1
    assert (got[0][1] == "depth") is depth


def test_a_label_number_stays_in_the_noun_phrase(dev_comparison):
    """corpus/dev/houston 01: 'Two Precinct 5 deputy constables were also hit.' (the cluster names 'Precinct 5')."""
    claims = dev_comparison("houston-memorial-drive-2016").claims
    rows = claims[(claims["kind"] == "quantity") & claims["sentence"].str.startswith("Two Precinct 5 deputy constables")]
    assert [(r.text, r.unit, r.subject) for r in rows.itertuples()] == [("Two", "person", "constable")]


@pytest.mark.parametrize(
    ("where", "text", "words", "unit"),
    [
        (
            "golden s129",
            "Reports vary on the number of injured, with some saying 72 were taken to a hospital and others saying "
            "more than 100 were injured.",
            "72",
            "person",
        ),
        (
            "golden s168",
            "Three city firefighters were taken to Sturdy Memorial Hospital for treatment of non-life-threatening "
            "injuries, and two have already been released, Fire Chief Scott Lachance said Thursday morning.",
            "two",
            "person",
        ),
        ("wire style", "Two were released from the factory line in March.", "Two", "count"),
    ],
)
def test_a_bare_figure_cared_for_in_hospital_counts_people(nlp, where, text, words, unit):
    """A bare figure taken to, treated in or released from a hospital is people; released from elsewhere, not."""
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
    assert [c["unit"] for c in claims] == [unit]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/yida 10 (golden c132)",
            "One bomb hit a 200-student schoolhouse but did not explode, another bomb hit the community marketplace "
            "and two others hit the outskirts of the camp.",
            ("two others", "count", "bomb"),
        ),
        ("wire style", "One car was destroyed and two others were damaged in the blast.", ("two others", "count", "car")),
        (
            "corpus/dev/bristol 03",
            "One police officer was slightly wounded and was among the four others taken to the hospital.",
            ("four others", "person", "people"),
        ),
        (
            "corpus/dev/aceh 10",
            "A strong earthquake struck Indonesia's Aceh province on Tuesday, killing at least one person and "
            "leaving two others missing.",
            ("two others", "person", "people"),
        ),
    ],
)
def test_others_are_more_of_the_thing_named_before(nlp, where, text, expected):
    """'another bomb ... and two others': the others are bombs; others of people, or of nothing named, are people."""
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == expected[0]]
    assert [(c["text"], c["unit"], c["subject"]) for c in claims] == [expected]


@pytest.mark.parametrize(
    ("where", "text", "words", "subject"),
    [
        (
            "corpus/dev/aceh 14",
            "As police and military personnel struggled to reach affected areas late Tuesday, there were two "
            "aftershocks of more than 5.0 magnitude.",
            "more than 5.0 magnitude",
            "aftershock",
        ),
        (
            "corpus/dev/aceh 03, headline",
            "Earthquake Of Magnitude 6.1 Strikes Indonesia's Aceh Province",
            "Magnitude 6.1",
            "earthquake",
        ),
        ("wire style", "The quake was followed by an aftershock of magnitude 5.3.", "magnitude 5.3", "aftershock"),
    ],
)
def test_a_magnitude_of_a_noun_is_that_nouns(nlp, where, text, words, subject):
    """'two aftershocks of more than 5.0 magnitude' measure the aftershocks, as 'a 6.1-magnitude quake' the quake."""
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
    assert [c["subject"] for c in claims] == [subject]
