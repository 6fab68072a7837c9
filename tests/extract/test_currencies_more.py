"""The Philippine peso written "P10,000", the francs of Africa's franc zones, and parts per billion.

Philippine outlets write the peso "P" glued to the figure ("P10,000", "P2.5 million"), which the label
pattern read as a name like "P3"; "10,000 Guinean francs" was a count of francs, and a bare "12,500 francs"
after it in the same sentence too; "below 2 parts per billion" a count of parts. Wire-style wording
(constructed): no dev article has these currencies or a concentration.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The governor promised P10,000 in aid to each family.", "P10,000", "PHP"),
        ("Damage to crops reached P2.5 million, the agency said.", "P2.5 million", "PHP"),
        ("Families will receive ₱20,000 each.", "₱20,000", "PHP"),
        ("A litre cost 10,000 Guinean francs last week and 12,500 francs on Monday.", "10,000 Guinean francs", "GNF"),
        ("A litre cost 10,000 Guinean francs last week and 12,500 francs on Monday.", "12,500 francs", "GNF"),
        ("The fine is 50,000 CFA francs.", "50,000 CFA francs", "XOF"),
        ("Benzene levels were below 2 parts per billion.", "below 2 parts per billion", "ppb"),
    ],
)
def test_currency_and_concentration(nlp, text: str, words: str, unit: str) -> None:
    assert quantity_fields(nlp, text, words, "unit") == [(words, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The P3 lane was closed on Monday.", []),
        ("He paid 500 francs for it.", ["500 francs"]),
    ],
)
def test_labels_and_bare_francs(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
    assert all(u == "count" for _, u in quantity_fields(nlp, text, "500 francs", "unit"))
