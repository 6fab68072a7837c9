"""A derailment told as an idiom is the derailment: "38 cars left the tracks" meets "50 cars derailed".

"left the tracks", "jumped the rails", "came off the tracks" were read by their own verbs ('(left)', '(jumped)',
'(came)'), so two outlets' counts of derailed cars never met. Wire-style wording (constructed): no dev or Ramadi
article tells of a derailment.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("About 30 tank cars left the tracks near the river, the railroad said.", "About 30 tank cars", "derail"),
        ("Officials said 12 cars jumped the rails at the junction.", "12 cars", "derail"),
        ("Nine freight cars came off the tracks on Tuesday.", "Nine freight cars", "derail"),
        ("At least 40 cars derailed on Tuesday.", "At least 40 cars", "derail"),
        # guard: leaving a place is no derailment
        ("Two men left the house before the blast.", "Two men", "left"),
    ],
)
def test_derailment_idiom(nlp, text: str, words: str, expected: str) -> None:
    assert [f[1] for f in quantity_fields(nlp, text, words, "predicate")] == [expected]
