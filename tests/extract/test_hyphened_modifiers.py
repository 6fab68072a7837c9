"""A hyphened modifier between a count and its noun hides no noun: "at least 30 burned-out stalls" counts stalls.

The parser makes "burned" a verb; the hyphen written without spaces inside a compound modifier is no
punctuation that ends the noun phrase (probe10 #21). Sources: paris (real, a money figure that must stay
one), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Satellite images showed at least 30 burned-out stalls.", "at least 30", "stalls (showed)"),
        ("Firefighters found 12 burnt-out cars on the street.", "12", "cars (found)"),
        ("Police said 14 first-team players were hurt.", "14", "team players injured"),
    ],
)
def test_hyphened_modifier(nlp, text: str, words: str, expected: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] == [expected]


def test_money_compound_stays(nlp) -> None:
    # paris 08
    text = (
        "Thieves pulled off a two million-euro jewellery heist in central Paris on Monday morning after smashing "
        "their car through the store's front window."
    )
    assert [u for _, u in quantity_fields(nlp, text, "two million-euro jewellery heist", "unit")] == ["EUR"]


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        # wire-style headlines (constructed): "half" glued to a scale word is half of it (probe10 #21)
        ("Insurer offers half-million-euro reward", "half-million-euro reward", 500_000.0, "EUR"),
        ("Police offer a half-million-dollar reward", "half-million-dollar reward", 500_000.0, "USD"),
        ("Some half-million people fled the fighting.", "Some half-million people", 500_000.0, "person"),
    ],
)
def test_hyphened_half_of_a_scale(nlp, text: str, words: str, value: float, unit: str) -> None:
    assert quantity_fields(nlp, text, words, "value", "unit") == [(words, value, unit)]
