"""The Philippine peso written "P5,000", the francs of Africa's franc zones, and parts per billion (probe12).

Philippine outlets write the peso "P" glued to the figure ("P5,000", "P1.2 million"), which the label pattern
read as a name like "P3"; "N Guinean francs" was a count of francs, and a bare "M francs" after it in the same
sentence too; "N parts per billion" a count of parts. Wire-style wording
(constructed): no dev article has these currencies or a concentration.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The mayor pledged P5,000 to every displaced household.", "P5,000", "PHP"),
        ("Damage to crops reached P1.2 million, the agency said.", "P1.2 million", "PHP"),
        ("Each fisherman will get ₱3,000 in fuel subsidies.", "₱3,000", "PHP"),
        ("A bag of rice cost 300,000 Guinean francs in May and 350,000 francs in June.", "300,000 Guinean francs", "GNF"),
        ("A bag of rice cost 300,000 Guinean francs in May and 350,000 francs in June.", "350,000 francs", "GNF"),
        ("The fine is 50,000 CFA francs.", "50,000 CFA francs", "XOF"),
        ("Lead in the tap water measured 15 parts per billion.", "15 parts per billion", "ppb"),
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
