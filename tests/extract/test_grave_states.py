"""A person in a grave state is critically injured: "One deputy continues to fight for his life".

News grades the injured by their state as often as by an adverb: who "continues to fight for his life",
is "battling for her life", "remains in critical condition" (grave, serious) or was "hospitalized with
life-threatening injuries" is seriously injured, the same sub-count as "wounded, one critically"
(``injured:serious``); "with minor injuries" grades minor. A state that says no gravity ("in stable
condition"), injuries of both grades ("life-threatening and non-life threatening injuries"), a state that
is another's ("Two doctors are treating a patient in critical condition") and a verb of care, which keeps
its own fact ("three women were transported ... with serious injuries" count the transported), change
nothing. One person named by "including" underwent the act of the set ("three others, including one
police officer, were injured").
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        (
            "corpus/dev/baton-rouge 06",
            "One deputy continues to fight for his life following an ambush shooting that claimed the lives of "
            "three fellow law enforcement officers.",
            "One deputy",
            "injured:serious",
        ),
        ("wire style", "One officer is fighting for her life after the shooting.", "One officer", "injured:serious"),
        ("wire style", "Two of the victims are in critical condition, police said.", "Two", "injured:serious"),
        ("wire style", "Two people remain in grave condition at the hospital.", "Two people", "injured:serious"),
        ("wire style", "One person was listed in critical condition on Sunday.", "One person", "injured:serious"),
        ("wire style", "Two victims were hospitalized with life-threatening injuries.", "Two victims", "injured:serious"),
        ("wire style", "Doctors are fighting for the lives of two victims.", "two victims", "injured:serious"),
        (
            "wire style",
            "The shooting killed three people and left two others fighting for their lives.",
            "two others",
            "injured:serious",
        ),
        ("wire style", "One officer, who is in critical condition, was shot in the head.", "One officer", "injured:serious"),
        (
            "corpus/dev/bristol 06",
            "One woman died and three others, including one police officer, were injured in the rampage.",
            "one police officer",
            "injured",
        ),
    ],
)
def test_a_grave_state_grades_the_injured(nlp, where, text, words, predicate):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, predicate)]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("wire style", "Two people were in stable condition.", "Two people", "were"),
        ("wire style", "Two doctors are treating a patient in critical condition.", "Two doctors", "treat"),
        (
            "corpus/dev/austin 03",
            "According to Austin Travis County EMS one woman in her 20's died at the scene and three other women in "
            "their 30's were transported to UMC Brackenridge with serious injuries.",
            "three other women",
            "transport",
        ),
        (
            "corpus/dev/austin 07",
            "The four were taken to University Medical Center Brackenridge with life-threatening and non-life "
            "threatening injuries to the chest, thigh, ankle and buttock.",
            "four",
            "taken",
        ),
        # the children are some of the dead ("children killed", test_parts_of_tolls), with no grade
        ("wire style", "The gunman killed five people, including two children.", "two children", "killed"),
    ],
)
def test_no_grade_without_a_grave_state_of_the_counted(nlp, where, text, words, predicate):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, predicate)]
