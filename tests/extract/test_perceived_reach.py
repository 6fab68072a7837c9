"""The farthest point a blast or a quake was perceived at is a reach, not an upper bound.

"the blast was felt up to N miles away" and "felt as far as M miles away" name two farthest points,
a disagreement; read as bounds (at most 20, at most 30) they agreed. With a word of perceiving (felt, heard,
visible, audible; "seen" only after the hedge) a length "away" or after "as far as"/"up to" is exact, of the
measure "reach", whatever verb perceives it; "up to 30 miles away" with no perceiving stays a bound.
Wire-style wording (constructed): no dev sentence gives such a reach.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The tremor was felt up to 120 miles away in neighbouring provinces.", "up to 120 miles"),
        ("Gunfire could be heard as far as 8 kilometres away, residents said.", "as far as 8 kilometres"),
        ("The column of ash was visible up to 60 km away.", "up to 60 km"),
        ("The glow of the fire could be seen as far as 25 miles away.", "as far as 25 miles"),
    ],
)
def test_reach(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier", "quantity_of") == [(words, "exact", "reach")]


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        ("Residents up to 30 miles away were told to stay indoors.", "up to 30 miles", "at_most"),
        ("Up to 30 people were hurt.", "Up to 30 people", "at_most"),
    ],
)
def test_bound_kept(nlp, text: str, words: str, qualifier: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier") == [(words, qualifier)]
