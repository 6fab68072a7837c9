"""The people a vessel, a plane or a bus holds are one fact, however written: those on board.

"with N people on board", "had N people aboard", "N people were on board", "a manifest of N passengers",
"was carrying N passengers and M crew" give one act, aboard, which no weak verb ("had", "were", "carrying")
names. What befell some of them stays their act ("Three of the 88 people aboard died": the three are dead, the
88 were aboard), and people carried by people are no load.
Wire-style wording (constructed): no dev article counts the people on board.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("A bus with 48 people on board plunged into a ravine on Sunday.", "48 people", "people aboard"),
        ("The plane had 62 people aboard when it crashed.", "62 people", "people aboard"),
        ("Relatives said more than 70 people were on board.", "more than 70 people", "people aboard"),
        ("The coast guard cited the ship's manifest of 300 passengers.", "300 passengers", "passengers aboard"),
        ("Witnesses said the boat held more than the 90 people on the manifest.", "90 people", "people aboard"),
        ("The bus was carrying 38 passengers and two drivers.", "38 passengers", "passengers aboard"),
        ("The launch was carrying 57 passengers and 6 crew.", "6 crew", "crew aboard"),
        ("Three of the 88 people aboard died.", "88 people", "people aboard"),
        # one figure for passengers and crew counts everyone on board
        ("The coast guard cited the ship's manifest of 300 passengers and crew.", "300 passengers", "people aboard"),
        ("The plane, which was carrying 62 passengers and crew, crashed.", "62 passengers", "people aboard"),
        ("Three of the 88 people aboard died.", "Three", "people killed"),
    ],
)
def test_on_board(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Five passengers aboard the bus were killed.", "Five passengers", "passengers killed"),
        ("Firefighters carried two children from the burning house.", "two children", "children (carried)"),
    ],
)
def test_not_on_board(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
