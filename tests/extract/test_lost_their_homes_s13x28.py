"""People who lost their homes are displaced, as those a disaster "left homeless" are (events.idiom_event).

"About 3,000 people lost their homes" was 'people (lost)', so it never met another outlet's "left 3,000 people
homeless"; a tally's relative clause that tells an idiom ("the number of people who lost their homes", "who were
taken into custody") now gives the tally its act too. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("About 3,000 people lost their homes in the floods.", "About 3,000 people", "people displaced"),
        ("The number of people who lost their homes rose to 3,000.", "3,000", "people displaced"),
        ("The number of people who were taken into custody rose to 14.", "14", "people arrested"),
    ],
)
def test_lost_homes_are_displaced(nlp, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_a_home_without_an_owner_is_no_idiom(nlp):
    # "lost" with no possessive on the homes tells a count of homes, not of people made homeless
    text = "The town lost 300 homes in the fire."
    [(_, quantity_of)] = quantity_fields(nlp, text, "300 homes", "quantity_of")
    assert "displaced" not in quantity_of
