"""A street number is an address, and a date line in another language is a date: neither is a count.

"the clinic on 118 M.H. Del Pilar Street" gave 118 count: the street's name opened with initials the address
pattern did not take (probe12). "Le Matin - 14 novembre 2025 - Par ..." gave 14 count: an English edition keeps
its French date line, whose month names come from dateparser's tables (with the year, as
"mars" alone is a word). Wire-style wording (constructed): no dev article has such an address or date line.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injured were taken to a clinic on 118 M.H. Del Pilar Street.", []),
        ("The office is at 12 F. Roxas Avenue in the city centre.", []),
        ("Le Matin - 14 novembre 2025 - Par la rédaction", []),
        ("El Pais - 12 de octubre de 2025", []),
        # counts beside them stay
        ("Police said 118 people were treated on Del Pilar Street.", ["118 people"]),
        ("Seven of them fled in octobre, officials said.", ["Seven"]),
    ],
)
def test_address_and_foreign_date_line(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
