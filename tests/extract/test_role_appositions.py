"""An unnamed person's age written on another word is the age of the role the story gives them.

The first reports of an attack rarely name the attacker: "The suspect, a 31-year-old Austrian citizen", "The
suspect, 31, remains in hospital", "The suspected attacker ... is a 32-year-old man". The apposition and the
copula make the citizen and the man the suspect, so the age is the suspect's (or the attacker's), as "the
32-year-old suspect" is; a word for anybody (man, woman, citizen) never takes the role's place. A superlative
picks one victim out ("the youngest victim was a 12-year-old boy", "The youngest of the dead was 11 years old"),
and a place after "from" never owns the age.
Sources: wire-style wording (constructed; the dev clusters name their suspects).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The suspect, a 31-year-old Austrian citizen, was known to police.", "31-year-old Austrian citizen", "age of suspect"),
        ("The suspect, 31, remains in hospital.", "31", "age of suspect"),
        (
            "The suspected attacker, who was shot by police, is a 32-year-old man with Austrian citizenship.",
            "32-year-old man",
            "age of attacker",
        ),
        ("The gunman, a 25-year-old man from Dallas, was killed.", "25-year-old man", "age of gunman"),
        ("The driver was a 45-year-old woman, police said.", "45-year-old woman", "age of driver"),
        ("The minister said the youngest victim was a 12-year-old boy from Matero.", "12-year-old boy", "age of youngest victim"),
        ("The youngest of the dead was 11 years old.", "11 years old", "age of youngest victim"),
        # a person word in apposition to a name is that person, though the model tag the name ORG
        ("Darnell Price, a 28-year-old man, was killed by police on Monday.", "28-year-old man", "age of Darnell Price"),
        (
            "Police identified the victim as Darnell Price, a 28-year-old father of two.",
            "28-year-old father",
            "age of Darnell Price",
        ),
        # a word for anybody keeps its own noun: no role to give
        ("A woman, 34, and her son were hurt.", "34", "age of woman"),
        ("Police arrested a 19-year-old man on Saturday.", "19-year-old man", "age of man"),
    ],
)
def test_an_age_takes_the_role_of_its_person(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]
