"""East African "Sh" and glued local signs are money (numbers._GLUED, unit_tables).

Kenyan and Ugandan papers write shillings as "Sh10 million" or "Sh 500,000", read by the story's country
as rupees are; "Tk20,000" glued gave no claim, where "Tk 20,000" apart read taka. Wording constructed, wire
and local-paper style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("NAIROBI, Kenya - The government has released Sh10 million for relief, officials said.", "Sh10 million", "KES"),
        ("KAMPALA, Uganda - Each family got Sh 500,000, the minister said.", "Sh 500,000", "UGX"),
        ("Families in Bangladesh will receive Tk20,000 each.", "Tk20,000", "BDT"),
        ("The Indonesian government will pay Rp50,000 a day to each volunteer.", "Rp50,000", "IDR"),
    ],
)
def test_local_signs_are_money(nlp, text: str, words: str, unit: str) -> None:
    claims = factcmp.extract_quantities(text, nlp=nlp)
    assert [(c.text, c.unit) for c in claims] == [(words, unit)]
