"""The level a toll of people is raised to counts people: it never takes the unit of a figure before it.

"after N hours underground, raising the number rescued to M" gave M hours rescued (probe12): a bare figure took
the unit of the nearest figure of its size. A figure that is the "to"/"at" level of a toll, a
number or a tally of people (a human event or a word for people in the tally's words) keeps no carried unit.
Wire-style wording (constructed): no dev sentence raises a toll after a duration.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Divers searched for 36 hours, bringing the number rescued to 27.", "27", "people rescued"),
        ("After 48 hours of rain the number of injured rose to 40.", "40", "people injured"),
        ("Rescuers worked for 20 hours, bringing the number of survivors to 12.", "12", "survivors"),
        ("The fire burned for 12 hours, bringing the death toll to 30.", "30", "people killed"),
    ],
)
def test_tally_level_is_people(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, "person", quantity_of)]


def test_carried_unit_kept_elsewhere(nlp) -> None:
    # a level of an amount still takes its unit: "climbed to 35,000 feet before descending to 10,000"
    text = "The plane climbed to 35,000 feet before descending to 10,000."
    assert quantity_fields(nlp, text, "10,000", "unit") == [("10,000", "foot")]
