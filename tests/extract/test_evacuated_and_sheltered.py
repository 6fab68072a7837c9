"""Evacuation told as an order or as being out of home is one fact; people in shelters are another.

"were told to evacuate" (as "were ordered to evacuate") and "remain out of their homes" count the
evacuated ('displaced'), as "were evacuated" does; "had taken refuge in shelters" and "spent the night in
shelters" count the people in shelters ('sheltered'), a part of the displaced kept apart from them. Each was
read by its own verb ("(told)", "(remain)", "(taken)", "(spent)"), so no two outlets' figures met. Wire-style
wording (constructed): no dev or Ramadi article tells an evacuation so.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Some 900 residents were told to evacuate as the fire spread, the sheriff said.",
            "Some 900 residents",
            "people displaced",
        ),
        ("Nearly 3,000 people remain out of their homes after the levee broke.", "Nearly 3,000 people", "people displaced"),
        ("About 4,500 people have taken refuge in shelters across the state.", "About 4,500 people", "people sheltered"),
        ("Officials said 1,200 people spent the night in 35 shelters.", "1,200 people", "people sheltered"),
        # guards: the shelters themselves and people at home are no evacuees
        ("Officials said 1,200 people spent the night in 35 shelters.", "35 shelters", "shelters (spent)"),
        ("About 300 people were told the results on Monday.", "About 300 people", "people"),
    ],
)
def test_evacuated_and_sheltered(nlp, text: str, words: str, expected: str) -> None:
    assert [f[1] for f in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
