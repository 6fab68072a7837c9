"""A toll told by its last death: "A fourth person has died" is four people killed, a total.

The ordinal subject of a verb of dying says how many have died in all (probe10 #4). A doer ("a second
gunman was killed"), another act ("a third deputy suffered injuries") or no act ("the second victim was
identified") gives no toll. Sources: baton-rouge, houston (real guards), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "value", "quantity_of"),
    [
        ("A fourth person has died after the shooting, police said.", "A fourth person", 4.0, "people killed"),
        ("A third victim of Friday's knife attack has died in hospital.", "A third victim", 3.0, "victim killed"),
        ("The second officer died on Tuesday, the sheriff said.", "The second officer", 2.0, "officer killed"),
        ("A fifth person was killed when the building collapsed.", "A fifth person", 5.0, "people killed"),
    ],
)
def test_ordinal_toll(nlp, text: str, words: str, value: float, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "value", "unit", "quantity_of") == [(words, value, "person", quantity_of)]


@pytest.mark.parametrize(
    "text",
    [
        "A third deputy, Bruce Simmons, 51, suffered non-life-threatening injuries, Gautreaux said.",  # baton-rouge
        "A second man armed at the scene was also wounded but was expected to live.",  # houston (shortened)
        "The second victim was identified as John Smith.",
        "A second gunman was killed by police.",
    ],
)
def test_no_ordinal_toll(nlp, text: str) -> None:
    assert not [t for t in quantity_texts(nlp, text) if "second" in t.lower() or "third" in t.lower()]
