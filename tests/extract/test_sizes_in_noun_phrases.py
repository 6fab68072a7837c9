"""A size written inside a noun phrase describes its noun, not what the sentence's verb did.

"A 21-storey building collapsed", "the collapsed 21-storey building" and "the rubble of the 21-storey tower"
read as storeys collapsed, storeys killed, storeys recovered: three facts. The size is the building's, and
storeys and floors are one unit. Likewise "Atterberry's six-shot revolver" [berrien 10] was a count of shots
shot, and "The six-shot .357-magnum revolver Gordon wielded" [berrien 10] of shots wielded. "a three-man
panel" counted "man" (and met "three people in custody"): it is the size of the panel. "flying at around
7,000 feet" is an altitude, as "at an altitude of about 2,100 metres" is; "21,900 flying hours" and "21,000
hours of flight experience" one measure, the captain's (the co-pilot's hours another); "The ATR 72 aircraft was 16 years old" and "The aircraft, a
15-year-old ATR 72-500" the aircraft's age; "The school of some 1,100 students" the school's size (no verb).
Sources: berrien [10] (real), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "A 21-storey building collapsed in Lagos on Monday.",
        "The death toll in the collapsed 21-storey building has risen to 40.",
        "Rescuers worked in the rubble of the 21-storey tower, where dozens were killed.",
    ],
)
def test_storeys_are_the_buildings(nlp, text):
    assert quantity_fields(nlp, text, "21-storey", "predicate", "subject") == [("21-storey", "", "storey")]


def test_floors_are_storeys(nlp):
    text = "The 21-floor tower was still under construction."
    assert quantity_fields(nlp, text, "21-floor", "predicate", "subject") == [("21-floor", "", "storey")]


@pytest.mark.parametrize(
    "text",
    [
        "The six-shot .357-magnum revolver Gordon wielded was out of bullets, but they couldn't have known that.",
        "\"Bailiff 2 and Bailiff 3 would not have known how many times Gordon shot Atterberry's six-shot revolver "
        'before their entry on the third floor."',
    ],
)
def test_a_revolvers_capacity_is_no_count_of_shots(nlp, text):
    assert quantity_fields(nlp, text, "six-shot", "predicate", "subject") == [("six-shot", "", "shot of revolver")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The governor set up a three-man panel to investigate the collapse.", "three-man panel"),
        ("A six-man panel will probe the collapse.", "six-man panel"),
    ],
)
def test_a_panels_size(nlp, text, words):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, "members of panel")]


def test_a_schoolhouse_counts_its_students(nlp):
    text = "One bomb hit a 200-student schoolhouse, but it did not explode."
    assert quantity_fields(nlp, text, "200-student schoolhouse", "subject") == [("200-student schoolhouse", "student")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The plane was flying at around 7,000 feet when it lost contact.", "around 7,000 feet"),
        ("The crash occurred roughly 20 minutes into the flight, at an altitude of about 2,100 metres.", "about 2,100 metres"),
    ],
)
def test_an_altitude_is_a_height_with_no_verb(nlp, text, words):
    assert quantity_fields(nlp, text, words, "quantity_of", "predicate") == [(words, "height", "")]


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        ("The captain had more than 21,900 flying hours.", "more than 21,900", "captain"),
        ("Captain Kamal K.C. had more than 21,000 hours of flight experience.", "more than 21,000 hours", "captain"),
        ("Co-pilot Anju Khatiwada had 6,400 hours.", "6,400 hours", "co-pilot"),
        ("Co-pilot Anju Khatiwada, 44, had 6,396 hours of flying experience.", "6,396 hours", "co-pilot"),
    ],
)
def test_flying_hours_are_one_measure_per_pilot(nlp, text, words, owner):
    assert quantity_fields(nlp, text, words, "subject") == [(words, f"flying experience of {owner}")]


def test_other_hours_are_no_flying(nlp):
    text = "The workers had 10 hours of rest."
    assert quantity_fields(nlp, text, "10 hours", "subject") == [("10 hours", "")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The ATR 72 aircraft was 16 years old.", "16 years old"),
        ("The aircraft, a 15-year-old ATR 72-500, was carrying 72 people.", "15-year-old"),
    ],
)
def test_an_aircrafts_age(nlp, text, words):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, "age of aircraft")]


def test_a_schools_size_has_no_verb(nlp):
    text = "The school of some 1,100 students was locked down for nearly four hours."
    assert quantity_fields(nlp, text, "some 1,100 students", "predicate") == [("some 1,100 students", "")]
