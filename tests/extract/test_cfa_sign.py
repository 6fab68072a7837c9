"""The CFA franc written before a figure reads as it does after one (unit_tables).

"CFA 1 million" gave no claim while "1 million CFA francs" read XOF. Both now read the same code, so two
outlets' amounts meet; the two CFA zones' francs are at par, and a code chosen by each article's country
split one cluster's amounts where only some articles named the country. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def test_cfa_before_and_after_the_figure_read_alike(nlp) -> None:
    before = factcmp.extract_quantities("Families will receive CFA 1 million each, the government said.", nlp=nlp)
    after = factcmp.extract_quantities("Families will receive 1 million CFA francs each, the government said.", nlp=nlp)
    assert [(c.value, c.unit) for c in before] == [(c.value, c.unit) for c in after] == [(1_000_000, "XOF")]
