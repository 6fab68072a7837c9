"""A percentage is the level of the noun that is its subject: "relative humidity ... above 20 percent".

A share with no noun of its own is named by its verb ("The fire was 35% contained": the containment). One that a
verb puts at a level ("climbing back above 20 percent", "rose to 5.2 percent") or a copula states ("Turnout was 64
percent") is the level of that verb's subject, when it is a thing: the humidity is never the containment, which
shares its unit. A change ("rose by 5 percent") and a part of a set ("40 percent of the homes") are left as
they were.
Sources: wire-style wording (constructed; the dev clusters give no such levels).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Crews expect relative humidity to climb back above 20 percent.", "above 20 percent", "relative humidity (climb)"),
        ("Unemployment rose to 5.2 percent in May.", "5.2 percent", "unemployment (rose)"),
        ("Turnout was 64 percent, officials said.", "64 percent", "turnout (was)"),
        # left as they were
        ("The fire was 35% contained.", "35%", "share (contained)"),
        ("Sales rose by 5 percent.", "5 percent", "share (rose)"),
        ("In 2009, police said they had recovered 80 percent of the haul.", "80 percent", "share (recovered)"),
    ],
)
def test_a_share_takes_its_subject(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]
