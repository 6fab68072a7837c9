"""An age told of the one who died is the age of a death, whatever verb tells it.

"The customer who was killed is a man in his 50s", "the person killed was a woman in her 30s", "The
victim who died in the shooting was identified today as 56-year-old Eugene Linscomb": a copula or a
naming verb gives the age, and its subject's relative clause or participle says the person died, so the
age's predicate is the death ("killed"), not "is" or "identified"; the reconciler then lines an unnamed
age of somebody who died up with the cluster's one named victim. Who is named is the subject of a copula
or of a passive, the object of an active naming verb ("identified the man who was killed as"), never who
names. Other events of the subject ("the man
who was shot is in his 40s") and another verb of the age's owner ("a man in his 50s who was killed shot
two people") leave the predicate as it was.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/austin 05",
            "Austin-Travis County Emergency Medical Services confirmed the person killed was a woman in her 30s.",
            "30s",
        ),
        ("corpus/dev/houston 01", "The customer who was killed is a man in his 50s and a regular at the business.", "50s"),
        (
            "corpus/dev/houston 02",
            "The victim who died in the shooting was identified today as 56-year-old Eugene Linscomb, according to "
            "the Harris County Medical Examiner's website.",
            "56-year-old",
        ),
        ("wire style", "The person killed was identified as John Smith, 45.", "45"),
        ("wire style", "Police identified the man who was killed as John Smith, 45.", "45"),
    ],
)
def test_the_age_of_one_who_died_is_a_death(nlp, where, text, words):
    assert quantity_fields(nlp, text, words, "unit", "predicate") == [(words, "year", "killed")]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("wire style", "The man who was shot is in his 40s.", "40s", "is"),
        ("wire style", "A man in his 50s who was killed shot two people.", "50s", "shot"),
        # who names is not who is named (the parser hangs "killed" on "members")
        (
            "corpus/dev/austin 05",
            "Family members of the woman killed identified her as Teqnika Moultrie, 30.",
            "30",
            "identifi",
        ),
    ],
)
def test_other_ages_keep_their_verb(nlp, where, text, words, predicate):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, predicate)]
