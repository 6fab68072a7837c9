"""Indian English counts: a word number before "lakh" or "crore", devotees as people, the injured who succumb.

"about two lakh devotees" was read as 2 (the scale was not joined to a word number, only to digits), and the
noun of "3 lakh devotees" as "lakh devotees"; devotees were no people noun, so "12 devotees killed" was a count
of things; "three injured devotees succumbed in hospital" stayed a count of the injured. Wire-style wording
(constructed, after Indian agency copy): no dev or Ramadi article is Indian English.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Nearly five lakh pilgrims took a dip in the river on Sunday.",
            "Nearly five lakh pilgrims",
            (500000.0, "person", "pilgrims (took)"),
        ),
        (
            "Police said over 2 lakh devotees had gathered at the shrine.",
            "2 lakh devotees",
            (200000.0, "person", "devotees (gathered)"),
        ),
        ("The state will spend two crore rupees on repairs.", "two crore rupees", (20000000.0, "INR", "INR (spend)")),
        ("At least nine devotees were killed in the crush.", "At least nine devotees", (9.0, "person", "devotees killed")),
        ("Four injured devotees succumbed in hospital on Monday.", "Four", (4.0, "person", "devotees killed")),
    ],
)
def test_indian_english_count(nlp, text: str, words: str, expected: tuple) -> None:
    assert [f[1:] for f in quantity_fields(nlp, text, words, "value", "unit", "quantity_of")] == [expected]
