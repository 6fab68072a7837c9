"""The people a deadly act of harm befell are its dead: "the fatal shooting of three law enforcement officers".

The "of" of an act of harm ("the shooting of two men", "the stabbing of two teenagers") names whom it befell;
told "fatal", "deadly" or "lethal", the act killed them, as "two men were fatally shot" does. Without the
word the act keeps its own event ("the shooting of two men" counts men shot), and an "of" that may name the
doers ("the deadly attack of two gunmen") or a count joined by another preposition ("the fatal shooting by two
officers") is not read as the dead.
Sources: the Baton Rouge dev cluster (``corpus/dev/baton-rouge <doc>``) and wire-style sentences.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/baton-rouge 02",
            "The Latest on the fatal shooting of three law enforcement officers in Baton Rouge.",
            "three law enforcement officers",
        ),
        ("wire style", "Police are investigating the fatal shooting of two men outside a bar.", "two men"),
        ("wire style", "The deadly shooting of five police officers in Dallas shocked the nation.", "five police officers"),
        ("wire style", "The fatal stabbing of two teenagers has shaken the town.", "two teenagers"),
        ("headline", "Police Investigate Fatal Shooting Of Two Men Outside Bar", "Two Men"),
    ],
)
def test_the_victims_of_a_deadly_act_are_killed(nlp, where, text, words):
    assert [p for _, p in quantity_fields(nlp, text, words, "predicate")] == ["killed"]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        # no word of death: those shot
        ("wire style", "The shooting of two men outside a bar is under investigation.", "two men", "shot"),
        ("wire style", "Two officers were involved in the fatal shooting, police said.", "Two officers", "involv"),
        # an "of" that may name the doers
        ("wire style", "The deadly attack of two gunmen left the town in shock.", "two gunmen", "left"),
    ],
)
def test_other_counts_near_a_deadly_act_keep_their_reading(nlp, where, text, words, predicate):
    assert [p for _, p in quantity_fields(nlp, text, words, "predicate")] == [predicate]
