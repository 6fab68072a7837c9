""" "a fourth" after a count of three is the fourth one, not a quarter (probe10 #13, first half).

"Three men ... entered the building while a fourth waited in a getaway car" gave 0.25 "(waited)"; an
ordinal-fraction word that is the subject of a verb and ranks the one after a count of its sentence names
one more of them, and gives no quantity. "A third of the homes", "About a third were children" stay
fractions. Wire-style wording (constructed): the dev corpus has no such sentence.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


def test_fourth_after_three_is_no_fraction(nlp) -> None:
    text = "Three men with automatic weapons entered the building while a fourth waited in a getaway car, prosecutors said."
    assert quantity_texts(nlp, text) == ["Three men"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A third of the homes were destroyed.", "A third"),
        ("About a third were children, the ministry said.", "About a third"),
        ("Two men were arrested and a fourth of the loot was found.", "a fourth"),
    ],
)
def test_fractions_stay(nlp, text: str, words: str) -> None:
    assert words in quantity_texts(nlp, text)
