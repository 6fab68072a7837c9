"""'100-plus people' is at least 100 (probe14a A21); 'a four-door sedan' counts no doors (probe14a A15).

"100-plus" read as exactly 100 and so conflicted with "about 150"; a car's body type gave a count of 4 doors.
Wire-style wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "low"),
    [
        ("There were 100-plus people at the party, the mayor said.", "100-plus people", 100.0),
        ("Police said 40-plus shots were fired.", "40-plus shots", 40.0),
    ],
)
def test_n_plus_is_at_least(nlp, text: str, words: str, low: float) -> None:
    assert quantity_fields(nlp, text, words, "qualifier", "low", "high") == [(words, "at_least", low, None)]


@pytest.mark.parametrize(
    "text",
    ["Police said a silver four-door sedan drove past the house.", "Witnesses saw a dark 2-door coupe speed away."],
)
def test_car_body_type_is_no_count(nlp, text: str) -> None:
    assert quantity_texts(nlp, text) == []
