"""The people a vessel, a plane or a bus holds are one fact, however written: those on board.

"with 176 people on board", "had 176 people aboard", "more than 200 people were on board", "a manifest of 176
passengers", "was carrying 164 passengers and 12 crew" give one act, aboard, which no weak verb ("had",
"were", "carrying") names. What befell some of them stays their act ("Two of the 176 people aboard were
killed": the two are dead, the 176 were aboard), and people carried by people are no load.
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
        ("The ferry was carrying 164 passengers and 12 crew.", "164 passengers", "passengers aboard"),
        ("The ferry was carrying 164 passengers and 12 crew.", "12 crew", "crew aboard"),
        ("Two of the 176 people aboard were killed.", "176 people", "people aboard"),
        # one figure for passengers and crew counts everyone on board
        ("The coast guard cited the ship's manifest of 300 passengers and crew.", "300 passengers", "people aboard"),
        ("The plane, which was carrying 62 passengers and crew, crashed.", "62 passengers", "people aboard"),
        ("Two of the 176 people aboard were killed.", "Two", "people killed"),
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
