"""An adverb after a vague part grades the part, not the whole: "N officers were hurt, some seriously".

"some seriously", "several critically", "many of them badly" tell that a part of the injured is graver; the N
are the injured (so they meet another outlet's plain count of the injured), as "Four people were hurt, two
slightly" keeps four hurt. "all seriously" grades every one. Wire-style wording (constructed): no dev sentence
has such a part.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "Hospital staff said 45 fans were hurt in the crush, some seriously.",
            "45 fans",
            "fans injured",
        ),
        ("At least 20 people were injured, several critically, officials said.", "At least 20 people", "people injured"),
        ("At least 20 people were injured, all seriously.", "At least 20 people", "people seriously injured"),
    ],
)
def test_graded_part(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
