"""A closing adverb after a bare figure is the severity of that figure alone: "wounded, one critically".

- "left three others wounded, one critically": the one is seriously injured (the adverb stands for
  its elided verb), "two of them seriously" too;
- the adverb is not the whole set's: "Four people were hurt, two slightly" leaves the four plain injured;
- an adverb before a verb of its own keeps its reading ("one seriously injured").
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def picked(nlp, text: str) -> list[tuple]:
    return [(c["text"], c["predicate"]) for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/baton-rouge 02",
            "The shooting on Sunday killed three officers and left three others wounded, one critically.",
            [("three officers", "killed"), ("three others", "injured"), ("one", "injured:serious")],
        ),
        (
            "wire style",
            "Four people were hurt, two slightly, when the bus overturned.",
            [("Four people", "injured"), ("two", "injured:minor")],
        ),
        (
            "wire style",
            "Ten people were shot, two of them seriously.",
            # a graded shooting is a wound of that grade (tests/extract/test_elided_grades.py)
            [("Ten people", "shot"), ("two", "injured:serious")],
        ),
        (
            "wire style",
            "Nine people were hurt, one seriously injured.",
            [("Nine people", "injured"), ("one", "injured:serious")],
        ),
    ],
)
def test_a_closing_adverb_is_the_severity_of_its_figure(nlp, where, text, expected):
    assert picked(nlp, text) == expected
