"""A tally of people stated to be in a state takes that state: "the number of people reported missing rose to 40".

The participle ("reported", "confirmed") hangs on the tally or on its noun, and its state ("missing", "dead")
lies past the few words after the tally that were read, so the 40 was 'people (rose)' and never met "40 people
are missing" (events._stated_state). Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The number of people reported missing rose to 40.", "40", "people missing"),
        ("The number of passengers confirmed dead has risen to 41.", "41", "people killed"),
    ],
)
def test_a_tally_takes_the_stated_state(nlp, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_a_misparsed_stated_tally_takes_its_state(nlp):
    # the parser makes "confirmed" the root with the tally its subject and "rose" its clause
    text = "The number of people confirmed dead rose to 41."
    assert quantity_fields(nlp, text, "41", "quantity_of") == [("41", "people killed")]
