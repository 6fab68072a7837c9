"""Rescues and injuries told by a verb no event word names.

"brought out alive", "pulled from the water", "brought to the surface" count the rescued, as "were rescued"
does; "treated for injuries" counts the injured, while plain "treated in hospital" stays a count of care.
Wire-style wording (constructed): the dev corpus has no such sentence with a figure.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("So far 14 villagers have been brought out alive, the district office said.", "14 villagers", "villagers rescued"),
        ("Firefighters pulled three workers out alive from the rubble of the warehouse.", "three workers", "workers rescued"),
        ("Fishermen pulled 40 people from the sea after the boat sank.", "40 people", "people rescued"),
        ("Teams brought six workers to the surface on Tuesday.", "six workers", "workers rescued"),
        (
            "Nineteen passengers were treated for injuries at the scene, the fire service said.",
            "Nineteen passengers",
            "passengers injured",
        ),
        ("Five firefighters were treated for burns and smoke inhalation.", "Five firefighters", "firefighters injured"),
        ("Twelve people were treated at hospitals for smoke inhalation.", "Twelve people", "people injured"),
    ],
)
def test_rescued_and_injured(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        # bodies and things brought out are no rescue (bodies found are the dead: extract28, 0aceeef)
        ("Divers pulled 12 bodies from the water on Sunday.", "12 bodies", "people killed"),
        # care with no harm named stays care
        ("Eight people were treated at the scene, officials said.", "Eight people", "people (treated)"),
    ],
)
def test_not_rescued_nor_injured(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
