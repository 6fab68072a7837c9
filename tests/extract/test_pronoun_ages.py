"""'She was 32' is the age of the one person the sentence before names, as a correction note tells it.

"Correction: An earlier version of this story gave Alicia Gomez's age as 31. She was 32": the 31 is taken back
(test_correction_notes), and the 32 was an age of nobody ('age'), so it never met the other outlets' age of
Gomez. A "he"/"she" whose sentence (before it), else the sentence before, names one person and no other single
person word takes that name; two names, or a name beside "the gunman", leave the age unowned (the pronoun's
gender is not read). No dev or Ramadi article has such an age: wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Correction: An earlier version of this story gave John Miller's age as 45. He was 54.", "54", "age of John Miller"),
        ("Police identified the driver as Maria Lopez. She was 29, the coroner said.", "29", "age of Maria Lopez"),
    ],
)
def test_pronoun_age_of_the_one_name(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, "year", quantity_of)]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman shot Alicia Gomez. He was 34.",  # the gunman, or Gomez: no name is sure
        "Alicia Gomez and Marcus Reed died at the scene. She was 32.",  # two names
    ],
)
def test_pronoun_age_of_nobody_sure(nlp, text: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, text.rsplit(" ", 1)[1].rstrip("."), "quantity_of")] == ["age"]
