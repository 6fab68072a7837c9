"""What the count of a noun phrase counts when a name, a label or an owner stands inside it.

The number of a named unit inside a counted noun phrase is part of the name; the count is the first number.

"Two District 9 officers", "Two Station 12 firefighters", "Three Fire Station 22 firefighters": a noun
phrase counts once, so of two numbers with a capitalised name between them the first counts and the
second names the district, station or precinct, whatever the name's word. The rule needs the count to
hang on the noun phrase after the label (a year in its own phrase, "In 2015 Iraq 500 people died",
stays apart), and a label number alone, without a count before it, is left to the label heads of the
lexicon ("Precinct 5", "Flight 370").
A count above one before a singular owner counts what is owned: "two sheriff's deputies" are two
deputies of one sheriff ("two officers' deaths", a plural owner, still counts the officers), and the
employees, members or staff of a body of people ("two sheriff's department employees") count as its people.
One possessor counts no set: "one victim's mother said", "One Precinct 5 constable's deputy was released"
single out one person by whose they are (the comparison leaves them aside).
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _counts(nlp, text: str) -> list[tuple]:
    return [(c["text"], c["value"], c["subject"], c["predicate"]) for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        ("wire style", "Two District 9 officers were wounded in the exchange of fire.", [("Two", 2.0, "officer", "injured")]),
        (
            "wire style",
            "Two Station 12 firefighters were hurt when the roof collapsed.",
            [("Two", 2.0, "firefighter", "injured")],
        ),
        (
            "wire style",
            "Three Fire Station 22 firefighters suffered minor injuries.",
            [("Three", 3.0, "firefighter", "injured:minor")],
        ),
        (
            "corpus/dev/houston 01, with the county's name",
            "Two Harris County Precinct 5 deputy constables were shot.",
            [("Two", 2.0, "constable", "shot")],
        ),
        (
            "wire style",
            "Police said two Sector 4 guards and three District 9 officers were wounded.",
            [("two", 2.0, "guard", "injured"), ("three", 3.0, "officer", "injured")],
        ),
        ("corpus/dev/houston 01", "Two Precinct 5 deputy constables were shot.", [("Two", 2.0, "constable", "shot")]),
    ],
)
def test_the_count_before_a_named_unit_counts_the_noun(nlp, where, text, expected):
    assert _counts(nlp, text) == expected


def test_a_year_in_its_own_phrase_is_no_count_of_a_name(nlp):
    assert quantity_fields(nlp, "In 2015 Iraq 500 people died.", "500 people", "value") == [("500 people", 500.0)]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/berrien 04",
            "The two sheriff's department employees killed in the course of the incident were Joseph Zangaro and Ronald Kienzle.",
            # the sheriff's people: they line up with "two bailiffs"
            [("two sheriff's department employees", 2.0, "sheriff", "killed")],
        ),
        (
            "wire style",
            "Two sheriff's deputies were wounded in the shootout.",
            [("Two sheriff's deputies", 2.0, "deputy", "injured")],
        ),
        (
            "wire style",
            "Two county sheriff's deputies were wounded.",
            [("Two county sheriff's deputies", 2.0, "deputy", "injured")],
        ),
        ("wire style", "The two officers' deaths shocked the city.", [("two officers", 2.0, "officer", "killed")]),
    ],
)
def test_a_count_before_one_owner_counts_what_is_owned(nlp, where, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ("corpus/dev/houston 03", "One Precinct 5 constable's deputy was released after being shot in the hand by a suspect."),
        ("wire style", "One victim's mother said she was devastated."),
        ("wire style", "One officer's wife was at the scene."),
    ],
)
def test_one_possessor_is_no_count(nlp, where, text):
    assert _counts(nlp, text) == []
