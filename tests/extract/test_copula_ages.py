"""An age a copula gives one person: "The gunman, who was killed by police, was 25".

News tells an age with "was" as often as with a comma: "the victim was 56", "Moultrie was 30". The bare
figure that closes a singular copula whose subject is a word for one person (gunman, victim, suspect) or a
name the tagger did not call a PERSON is that person's age, in years, and it is the age of a death when the
subject died ("who was killed by police"). A plural copula counts ("the injured were 25"), a thing is no
person ("the death toll was 25"), and a figure that goes on ("was one of 25 officers", "was 25 to 10") is no
age.
Sources: wire-style sentences of the kinds the dev clusters tell ages in.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The gunman, who was killed by police, was 25.", "25", ("25", "year", "age of gunman", "killed")),
        ("The suspect, who was shot dead by officers, was 29.", "29", ("29", "year", "age of suspect", "killed")),
        ("The victim was 56, police said.", "56", ("56", "year", "age of victim", "was")),
        ("Moultrie was 30.", "30", ("30", "year", "age of Moultrie", "was")),
    ],
)
def test_a_copula_gives_one_person_an_age(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "unit", "quantity_of", "predicate") == [expected]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The death toll was 25.", "25"),
        ("The injured were 25.", "25"),
        ("The score was 25 to 10.", "25"),
    ],
)
def test_no_age_without_one_person(nlp, text, words):
    assert [f for f in quantity_fields(nlp, text, words, "unit") if f[1] == "year"] == []
