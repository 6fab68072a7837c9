"""A name that is no title case is still a name: "the 2019 death of Elijah McClain, 23" is McClain's age.

"McClain".istitle() is False, so the age rule did not take "McClain, 23" for a name and its age, and the
governing "death of" made the 23 a toll ("people killed"); the small model also tags the surname a GPE, which
made "McClain" the figure's place. Now any capitalised word with lower-case letters after its first ("McClain",
"DeShawn", "O'Neal") names a person before an age, and a GPE that a given name compounds with is a surname,
no place. Sources: austin (real: "McCray, 24, is accused", read the same before and after), else wire-style
wording (constructed).
"""

from __future__ import annotations

import pytest

from factcmp.extract.names import name_cased

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The 2019 death of Elijah McClain, 23, led to a $15m settlement.", "23", "age of Elijah McClain"),
        ("The family of Tyrone McDonald, 31, has hired a lawyer.", "31", "age of Tyrone McDonald"),
        ("McCray, 24, is accused of fatally shooting a woman in the head on East Sixth Street.", "24", "age of McCray"),
    ],
)
def test_age_of_a_name_in_any_case(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, "year", quantity_of)]


def test_surname_is_no_place(nlp) -> None:
    text = "The 2019 death of Elijah McClain, 23, led to a $15m settlement."
    assert quantity_fields(nlp, text, "23", "place") == [("23", "")]


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("Two people died in Greater Manchester.", "Two people", "Greater Manchester"),
        ("Three people were killed in Lake Charles on Monday.", "Three people", "Lake Charles"),
    ],
)
def test_places_stay(nlp, text: str, words: str, place: str) -> None:
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]


@pytest.mark.parametrize(
    ("word", "cased"), [("Price", True), ("McClain", True), ("O'Neal", True), ("USA", False), ("iPhone", False)]
)
def test_name_cased(word: str, cased: bool) -> None:
    assert name_cased(word) is cased
