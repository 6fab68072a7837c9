"""'the victim, believed to be a 74-year-old man': the victim's age, not any man's.

The raising verb's subject (or the noun it describes) is who the person is thought to be, as "The suspect, a
31-year-old Austrian citizen" is the suspect (ages.role_of). It gave 'age of man', which names nobody and meets
no victim's age (probe9 wildfire, 74 vs 73). Wire-style wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "The sheriff said the victim, believed to be a 74-year-old man, had told relatives he would stay.",
            "74-year-old man",
            "age of victim",
        ),
        ("The suspect, thought to be a 30-year-old man, fled on foot.", "30-year-old man", "age of suspect"),
        ("The suspect is believed to be a 25-year-old man.", "25-year-old man", "age of suspect"),
    ],
)
def test_believed_age(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
