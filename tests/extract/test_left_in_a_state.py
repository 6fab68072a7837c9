"""A count that an event "left" in a state counts that state: "The quake left 20 people injured".

"left N people dead / injured / homeless / trapped" is how disaster news tells a toll. The small model hangs
"dead" and "homeless" on "left" as its complement, which the event reader follows, but a participle ("injured",
"destroyed") as an adverbial clause of its own: the count was "people (left)". A bare participle of an event
right after the object is the object's state, as the complement is; one with its own subject or conjunction is
not.
Sources: bourbon-street-2016 (already read, kept), the rest wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # bourbon-street-2016 [08]
        (
            "The melee left nine people wounded and claimed the life of Demontris Tolive.",
            "nine people",
            ("injured", "people injured"),
        ),
        # wire-style wording (constructed)
        ("The quake left 20 people injured.", "20 people", ("injured", "people injured")),
        ("The storm left 300 homes destroyed.", "300 homes", ("damaged:destroyed", "homes (left)")),
        ("The floods have left 5,000 people homeless.", "5,000 people", ("displaced", "people displaced")),
        ("The blast left three people dead and 20 wounded.", "three people", ("killed", "people killed")),
    ],
)
def test_left_in_a_state_counts_the_state(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "predicate", "quantity_of") == [(words, *expected)]
