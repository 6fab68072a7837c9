"""Ages a headline or a place's name hides (probe14a A10).

"Police ID 7-year-old killed in drive-by": the verb "ID" before the number is no label's name ("Flight 302"),
since "-year-old" follows. "... killing of Ohio boy, 9 - WXYZ": a people word, a comma and a number that ends the
headline or runs into the outlet's credit is the age, not a count. Wire-style wording (constructed); dev claims
are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Police ID 9-year-old killed in drive-by", "9-year-old", "age"),
        ("Reward grows in killing of Ohio boy, 9 - WXYZ", "9", "age of boy"),
        ("Vigil held for Dayton girl, 6", "6", "age of girl"),
    ],
)
def test_headline_age(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_apposed_age_in_a_sentence_is_unchanged(nlp) -> None:
    text = "The suspect, 31, remains in hospital."
    assert quantity_fields(nlp, text, "31", "quantity_of") == [("31", "age of suspect")]
