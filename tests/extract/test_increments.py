"""Increments and running totals: what a count grew by, and the level a count is brought to.

"Four more people died in hospital", "another two people were killed", "a further three bodies were
recovered", "two additional victims" say how much a running count grew: their quantity_of opens with
``context.INCREMENT`` ("more people killed"), which the reconciler reads as a part, never a rival of the
total. "more than", "or more" are hedges, and "another 10" after a figure of another act completes a list
("killing five and injuring another 10" counts all the injured). "bringing the number of survivors to 12"
counted 12 with the verb "bringing"; it is the level of the count of survivors.
Sources: aceh, berrien, baton-rouge (real), else wire-style wording (constructed); the Aceh toll
"bringing the confirmed death toll from the disaster to 11" [aceh] is the guard that a toll keeps its event.
"""

from __future__ import annotations

import pytest

from factcmp.extract.context import INCREMENT

from . import quantity_fields

pytestmark = pytest.mark.model


def _of(nlp, text: str, words: str) -> list[str]:
    return [q for _, q in quantity_fields(nlp, text, words, "quantity_of")]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Four more people died in hospital on Thursday.", "Four more people", "people killed"),
        ("Three more people were rescued alive overnight.", "Three more people", "people rescued"),
        ("Police said another two people were killed on Sunday.", "two people", "people killed"),
        ("Another two people died in hospital on Friday.", "two people", "people killed"),
        ("Two additional victims were found in the rubble.", "Two additional victims", "people (found)"),
        (  # aceh 14
            "Another four people died in hospitals in the district from injuries sustained in the quake, he said.",
            "four people",
            "people killed",
        ),
        (  # berrien 10
            "The bailiff fired three times at Gordon, who continued to move as the bailiff fired three more shots.",
            "three more shots",
            "shots (fired)",
        ),
    ],
)
def test_increments_are_marked(nlp, text, words, expected):
    assert _of(nlp, text, words) == [f"{INCREMENT}{expected}"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("More than 30 people were killed.", "More than 30 people", "people killed"),
        ("The attack killed five people and injured another 10.", "10", "people injured"),
        ("At least 30 or more people were killed.", "At least 30", "people killed"),
        (  # baton-rouge 02
            "Frank Cooper works at a garage right next to the spot where the gunman killed three law enforcement "
            "officers and wounded three more before authorities killed him.",
            "three",
            "people injured",
        ),
        (  # aceh 07
            "A powerful 6.1-magnitude earthquake strikes the northern Indonesian province of Aceh, killing at least "
            "three people and injuring dozens more across the affected region.",
            "dozens more",
            "people injured",
        ),
        (  # aceh 14: the sentence before tells deaths and the trapped, not the injured
            "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed during a Koran "
            "reading session in Indonesia's Aceh province, bringing the confirmed death toll from the disaster to 11.\n"
            "The strong 6.1-magnitude quake left hundreds more injured as it rocked a region that was devastated by "
            "the quake-triggered tsunami of 2004.",
            "hundreds more",
            "people injured",
        ),
    ],
)
def test_totals_stay_totals(nlp, text, words, expected):
    assert _of(nlp, text, words) == [expected]


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        ("Three more people were rescued alive overnight, bringing the number of survivors to 12.", "12", "survivor"),
        ("The number of survivors rose to 15 on Friday.", "15", "survivor"),
    ],
)
def test_the_level_of_a_count_counts_its_noun(nlp, text, words, subject):
    assert quantity_fields(nlp, text, words, "unit", "subject") == [(words, "person", subject)]


def test_a_toll_keeps_its_event(nlp):
    text = (
        "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed during a Koran reading "
        "session in Indonesia's Aceh province, bringing the confirmed death toll from the disaster to 11."
    )
    assert quantity_fields(nlp, text, "11", "predicate") == [("11", "killed")]
