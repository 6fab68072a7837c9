"""A figure told in a "where"/"when" clause takes that clause's act, not the main clause's.

"Relatives of workers gathered at the site, where more than 100 people are believed to have been working when it
came down" gave the 100 'people (gathered)', a crowd of relatives (probe8 lagos); the clause tells its own
scene, and the figure is the people working there. A raising or reporting verb ("are believed to have been
working") hands the act on to its complement. Wire-style wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "Relatives of workers gathered at the site, where more than 100 people are believed to have been working "
            "when it came down.",
            "more than 100 people",
            "people (working)",
        ),
        ("Hundreds of people gathered at the bar, where three people were killed on Saturday.", "three people", "people killed"),
        ("Police went to the home, where they found two bodies.", "two bodies", "people killed"),
    ],
)
def test_scene_clause(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
