"""A length that describes waves is their height, and another figure after "of" is no reference place.

"3-metre (10-foot) waves", "waves of up to 10 feet" and "Waves were about three metres high" tell one height;
the first two were distances, one of them "from kilometers per hour" (the next item of the list, "winds of 45
kilometers per hour", read as the place the length was measured from). Wire-style wording (constructed): no
dev article gives a wave height.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The ferry overturned in 3-metre (10-foot) waves off the port.", "3-metre (10-foot)", "height"),
        (
            "The coast guard said waves of up to 10 feet and winds of 45 kilometers per hour were recorded.",
            "up to 10 feet",
            "height",
        ),
        ("Swells of 4 metres battered the coast.", "4 metres", "height"),
        ("Waves were about three metres high.", "about three metres", "height"),
        # a distance keeps its place, and a list's next place is its own
        ("The town lies 40 km north of Manila and 20 km south of the coast.", "40 km", "distance north of Manila"),
    ],
)
def test_wave_height(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
