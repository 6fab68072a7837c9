"""A "one" that is a call, not a count: "Shots fired! One down! One down!".

Police radio traffic quoted in news ("One down!", "Officer down!") and the tally idiom "one down, two to go"
count nothing a source reports: the fixture of the Berrien cluster lists the radio call as no claim. The
"one" opens its clause and "down" closes it; a "one" with a noun or a verb of its own still counts.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        ("corpus/dev/berrien 07", '"Shots fired! One down! One down!"', []),
        ("corpus/dev/berrien 07", "One down!", []),
        ("wire style", "One officer went down and two others were hurt.", ["One officer", "two others"]),
    ],
)
def test_a_radio_call_is_no_count(nlp, where, text, expected):
    assert quantity_texts(nlp, text) == expected
