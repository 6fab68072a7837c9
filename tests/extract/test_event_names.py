"""A named event the model tags as a place is no place: "the Camp Fire destroyed close to 19,000 structures".

"The 2020 North Complex Fire killed 16 people and burned more than 318,000 acres, and the Camp Fire destroyed
close to 19,000 structures in 2018" gave every figure the place "Camp Fire" (a FAC to the model; probe9
wildfire); bourbon's headline gave its toll the place "New Orleans Shooting". A place entity whose last word
names an event (fire, storm, shooting, crash ...) is left out. Sources: bourbon (real), wildfire-style wording
(constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bourbon Street, New Orleans Shooting Leaves 1 Dead, 9 Hurt: Police", "1 Dead"),  # bourbon 01
        (
            "The 2020 North Complex Fire killed 16 people and burned more than 318,000 acres, and the Camp Fire "
            "destroyed close to 19,000 structures in 2018.",
            "16 people",
        ),
    ],
)
def test_event_name_is_no_place(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "place") == [(words, "")]


def test_a_place_stays(nlp) -> None:
    text = "Hurricane Katrina killed 1,800 people in New Orleans."
    assert quantity_fields(nlp, text, "1,800 people", "place") == [("1,800 people", "New Orleans")]
