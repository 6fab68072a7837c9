"""Elliptic counts: "Four bombs were dropped ... two landed inside the camp": the bare "two" counts bombs.

Negative cases keep their reading: a number with its own noun, two sets, a part larger than the set,
"two of the three", a set of people.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def picked(nlp, text: str, words: str) -> list[tuple]:
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
    return [(c["text"], c["value"], c["unit"], c["quantity_of"], c["predicate"]) for c in claims]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/yida 11",
            "Four bombs were dropped within just a few moments - two landed inside the camp itself, while the other two "
            "bombs were dropped near the airstrip where a UN helicopter was delivering much needed food aid.",
            ("two", 2.0, "count", "bombs (landed)", "land"),
        ),
        (
            "corpus/dev/yida 01",
            "Three other bombs allegedly exploded outside the camp: two landed and exploded on the outskirts, near the "
            "airfield where two U.N. aircraft had landed today to deliver food.",
            ("two", 2.0, "count", "bombs (landed)", "land"),
        ),
        # the set in the sentence before
        (
            "wire style",
            "Militants fired six rockets at the base on Sunday. Two hit the runway.",
            ("Two", 2.0, "count", "rockets (hit)", "hit"),
        ),
    ],
)
def test_a_bare_number_counts_the_set_before_it(nlp, where, text, expected):
    assert picked(nlp, text, expected[0]) == [expected]


@pytest.mark.parametrize(
    ("where", "text", "words", "expected"),
    [
        # the number has its own noun
        ("wire style", "Four bombs were dropped; two shells hit the market.", "two shells", "shells (hit)"),
        # two sets the number could be a part of
        ("wire style", "Four bombs and six rockets hit the town; two landed in the market.", "two", "(landed)"),
        # a part larger than the set is no part of it
        ("wire style", "Two bombs were dropped on Monday. Five landed in the market on Tuesday.", "Five", "(landed)"),
        # "two of the three" is a part of the set it names, not of the bombs before
        ("wire style", "Three bombs fell on the town on Sunday; two of the three exploded.", "two", "(exploded)"),
        # people: the event reads the toll ("two died"), no noun is lent
        ("wire style", "Four officers were shot on Sunday. Two died in hospital.", "Two", "people killed"),
        # an act on people says what the number counts, even after a set of things in its sentence
        (
            "corpus/dev/houston 05",
            "According to investigators, the suspect, Army veteran Dionisio Garza III, fired 212 rounds during the "
            "rampage that left two dead and six wounded in a neighborhood off Memorial Drive.",
            "six",
            "people injured",
        ),
    ],
)
def test_a_bare_number_without_one_set_keeps_no_noun(nlp, where, text, words, expected):
    assert [c[3] for c in picked(nlp, text, words)] == [expected]
