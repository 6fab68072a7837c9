"""A kind of people a toll names some of is "<kind> killed" however it is told (probe10 #14, #19).

"At least 54 people, including 11 children, were killed" and "At least 17 children were among the dead" are
one fact, children killed; "including" and "were" named two. "11 now counted among wounded" are people
injured. A part of those shot keeps "including": it meets "the victims included two women" (bourbon, real).
Sources: bourbon (real), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("At least 54 people, including 11 children, were killed, the health ministry said.", "11 children", "children killed"),
        ("The strike killed 62 people, including 14 children, the network said.", "14 children", "children killed"),
        ("At least 17 children were among the dead, UNICEF said.", "At least 17 children", "children killed"),
        ("Three police officers were among those killed.", "Three police officers", "police officers killed"),
        ("Two Britons were among the injured.", "Two Britons", "Britons injured"),
        ("The gunman fired 30 shots; 11 now counted among wounded", "11", "people injured"),
        (  # bourbon 01
            "Ten victims aged between 20 and 37 were shot, including two women and eight men, Harrison said.",
            "two women",
            "women (including)",
        ),
    ],
)
def test_part_of_toll(nlp, text: str, words: str, expected: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
