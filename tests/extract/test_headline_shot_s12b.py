"""A headline's bare "N shot" and a set that rises to a figure (probe14a A5).

"4 shot outside bar" drops the noun and the auxiliary as "3 dead, 5 wounded" do: after a figure above one the
singular "shot" is no count of shots but the people shot. "Shooting victims rise to 6" and "The number of
people shot has risen to 6" (whose participle the parser makes the clause's subject) give the set's event.
Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "unit", "quantity_of"),
    [
        ("4 shot outside downtown bar", "4 shot", "person", "people shot"),
        ("Police: 7 shot at birthday party; 2 dead", "7 shot", "person", "people shot"),
        ("3 shot dead in overnight violence", "3 shot", "person", "people killed"),
        ("Deputies fired 12 shots at the car.", "12 shots", "count", "shots (fired)"),
    ],
)
def test_headline_shot_counts_people(nlp, text: str, words: str, unit: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, unit, quantity_of)]


@pytest.mark.parametrize(
    "text",
    [
        "Shooting victims rise to 6",
        "The number of people shot at the park on Saturday has risen to 6, police said.",
    ],
)
def test_set_risen_to_a_figure(nlp, text: str) -> None:
    assert quantity_fields(nlp, text, "6", "unit", "quantity_of") == [("6", "person", "people shot")]
