"""A street number is an address, and a date line in another language is a date: neither is a count.

"treated at the provincial hospital on 240 J.P. Rizal Street" gave 240 count: the street's name opened with
initials the address pattern did not take. "Guineenews - 7 octobre 2026 - Par Amadou Sow" gave 7 count: an
English edition keeps its French date line, whose month names come from dateparser's tables (with the year, as
"mars" alone is a word). Wire-style wording (constructed): no dev article has such an address or date line.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most were treated at the provincial hospital on 240 J.P. Rizal Street.", []),
        ("The office is at 12 F. Roxas Avenue in the city centre.", []),
        ("Guineenews - 7 octobre 2026 - Par Amadou Sow", []),
        ("El Pais - 12 de octubre de 2025", []),
        # counts beside them stay
        ("Police said 240 people were treated on Rizal Street.", ["240 people"]),
        ("Seven of them fled in octobre, officials said.", ["Seven"]),
    ],
)
def test_address_and_foreign_date_line(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
