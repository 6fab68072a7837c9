"""A count whose noun is the subject of a death verb is of the dead, whatever adjective of harm it has.

"after seven injured passengers died in hospital" counted passengers injured: the amod "injured" only tells
what had befallen them before; the verb they are the subject of (died) tells what befell the count. Only a
death overrides the adjective: "Two injured people were rescued", "Seven injured passengers were taken to
hospital" stay injured.
Sources: accident and disaster wire copy.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        ("wire style", "The fire broke out after seven injured passengers died in hospital.", "seven"),
        ("wire style", "Two wounded soldiers later died of their injuries.", "Two wounded soldiers"),
        ("wire style", "Three injured miners died on the way to hospital, officials said.", "Three"),
    ],
)
def test_the_injured_who_died_are_dead(nlp, where, text, words):
    assert _predicates(nlp, text, words) == ["killed"]


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        ("wire style", "Two injured people were rescued from the rubble.", "Two injured people"),
        ("wire style", "Seven injured passengers were taken to hospital.", "Seven"),
    ],
)
def test_the_injured_who_did_not_die_stay_injured(nlp, where, text, words):
    assert _predicates(nlp, text, words) == ["injured"]
