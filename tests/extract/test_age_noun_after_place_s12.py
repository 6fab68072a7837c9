"""An age written on a people noun with a place's name between them (probe14a A10).

"a 9-year-old Ohio girl": the place's name stands between the age and the noun, where the parse does not look
for the noun, so the age was a bare 'age' and never met 'age of girl' told elsewhere. A run of one to three
capitalised names (not a person's) before a people noun that they modify gives that noun. Constructed
wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("A 9-year-old Ohio girl was killed by a stray bullet.", "9-year-old", "age of girl"),
        ("Police arrested a 19-year-old Kansas City man on Friday.", "19-year-old", "age of man"),
        ("A 38-year-old Fort Worth police officer was wounded.", "38-year-old", "age of officer"),
    ],
)
def test_age_of_noun_after_place(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_a_name_after_the_age_stays_the_owner(nlp) -> None:
    text = "45-year-old Deputy Brad Garafola was among the dead."
    assert quantity_fields(nlp, text, "45-year-old", "quantity_of") == [("45-year-old", "age of Brad Garafola")]
