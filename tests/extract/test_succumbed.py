"""'Succumbed to his injuries' is a death: the toll, as 'died' is.

"A second victim succumbed to his injuries" gave no claim where "A fourth person has died" gives the toll,
and "Two people later succumbed to their injuries" was counted as 'people (succumbed)', a fact of its own that
never met the toll. Only to an injury ("injuries", "wounds"): "succumbed to pressure" is no death. No dev or
Ramadi article has the verb, so the sentences are wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "value", "quantity_of"),
    [
        ("A second victim succumbed to his injuries on Sunday, police said.", "A second victim", 2.0, "victim killed"),
        ("A third officer succumbed to injuries sustained in the blast.", "A third officer", 3.0, "officer killed"),
        ("Two people later succumbed to their injuries, police said.", "Two people", 2.0, "people killed"),
        ("Two of the wounded succumbed to their wounds overnight.", "Two", 2.0, "people killed"),
    ],
)
def test_succumbed_is_a_death(nlp, text: str, words: str, value: float, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "value", "unit", "quantity_of") == [(words, value, "person", quantity_of)]


def test_succumbed_to_pressure_is_no_death(nlp) -> None:
    text = "Two firms succumbed to pressure from investors."
    assert quantity_fields(nlp, text, "Two firms", "quantity_of") == [("Two firms", "firms (succumbed)")]
    assert quantity_texts(nlp, text) == ["Two firms"]
