"""A length that describes waves is their height, and another figure after "of" is no reference place.

"N-metre waves", "waves of up to N feet" and "waves N metres high" tell one height; the first two were
distances, one of them measured "from kilometers per hour" (the next item of a list, "winds of N kilometers per
hour", read as the place the length was measured from; probe12). Wire-style wording (constructed): no
dev article gives a wave height.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The yacht capsized in 6-metre (20-foot) waves in the strait.", "6-metre (20-foot)", "height"),
        (
            "Forecasters warned of waves of up to 15 feet and winds of 90 kilometers per hour on Friday.",
            "up to 15 feet",
            "height",
        ),
        ("Swells of 4 metres battered the coast.", "4 metres", "height"),
        ("Waves were about four metres high at the harbour wall.", "about four metres", "height"),
        # a distance keeps its place, and a list's next place is its own
        ("The town lies 40 km north of Manila and 20 km south of the coast.", "40 km", "distance north of Manila"),
    ],
)
def test_wave_height(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
