"""The set a part is taken from takes no act of the part's clause: "1,500 of the village's 4,700 residents".

"About 1,500 of the village's 4,700 residents were told to evacuate" read both figures as displaced: the walk
from "4,700 residents" up the parse passes the "of" after the part and reaches the part's verb. The 4,700 are the
village's people, of whom 1,500 left; "Two of the bus's 40 passengers were killed" did not kill 40. A count that
is the object of "of" after another figure (or a part word: half, most, some, dozens) now reads its act only in
its own words ("Five of the eight people injured" keeps the eight injured); "All of the 40 passengers" is the
whole and keeps the verb.
No dev or Ramadi article has the form: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("About 1,500 of the village's 4,700 residents were told to evacuate.", "4,700 residents", "people"),
        ("About 1,500 of the village's 4,700 residents were told to evacuate.", "About 1,500", "people displaced"),
        ("Two of the bus's 40 passengers were killed.", "40 passengers", "passengers"),
        ("Two of the bus's 40 passengers were killed.", "Two", "passengers killed"),
        ("Nearly half of the town's 4,700 residents have fled.", "4,700 residents", "people"),
    ],
)
def test_the_set_of_a_part_takes_no_act(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # the set's own participle tells its act
        ("Five of the eight people injured are still in hospital.", "eight people", "people injured"),
        # "all of" takes the whole
        ("All of the 40 passengers were killed.", "40 passengers", "passengers killed"),
    ],
)
def test_the_set_own_act_is_kept(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]
