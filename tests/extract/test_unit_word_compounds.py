"""A unit word that opens a hyphened compound is no amount: "in a second-floor classroom" is no second.

"found the teen in a second-floor classroom" gave a claim "a second" (1 second): "a" + a time unit after
"in" reads as one unit of time ("in a second", "within a minute"), but "second-floor", "second-hand",
"minute-long" are words of their own.
Sources: wire-style wording (constructed): no dev or Ramadi sentence has the shape.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Deputies found the teen in a second-floor classroom.",
        "The rifle was bought in a second-hand shop.",
    ],
)
def test_no_amount_in_a_compound(nlp, text):
    assert quantity_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The shooting was over in a second.", ["a second"]),
        ("Officers arrived within a minute.", ["a minute"]),
    ],
)
def test_one_unit_of_time_stays(nlp, text, words):
    assert quantity_texts(nlp, text) == words
