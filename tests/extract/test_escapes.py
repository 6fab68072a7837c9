"""Fleeing a scene, the police or one's captors is an escape, not a displacement.

Refugees who fled fighting, a region or their homes are displaced, and their figures are the
displacement toll sources revise; suspects who fled the scene, men who fled police, inmates who fled
from a jail and hostages who fled are not: their count keeps its verb ("suspects (fled)"), so that it
never lines up with, or conflicts with, a count of the displaced.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        ("wire style", "Police are searching for two suspects who fled the scene.", "two suspects"),
        ("wire style", "Two suspects fled the scene in a silver sedan.", "Two suspects"),
        ("wire style", "Two men fled police after a traffic stop on Interstate 81.", "Two men"),
        ("wire style", "Five inmates fled from the county jail overnight.", "Five inmates"),
        ("wire style", "The three gunmen fled in a waiting car.", "three gunmen"),
        (
            "corpus/dev/berrien 10",
            "Gordon began traversing the corridor with a hostage held at gunpoint in front of his body, and two hostages fled.",
            "two hostages",
        ),
    ],
)
def test_an_escape_is_no_displacement(nlp, where, text, words):
    got = quantity_fields(nlp, text, words, "predicate")
    assert len(got) == 1 and got[0][1] != "displaced", got


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/yida 01",
            "Hutson said at least 15,000 refugees who fled violence in Sudan are living in the Yida camp.",
            "at least 15,000 refugees",
        ),
        (
            "corpus/dev/yida 02",
            "Thousands of people who have fled fighting in Sudan's South Kordofan region have crossed the border to "
            "take refuge at the Yida camp.",
            "Thousands of people",
        ),
        ("wire style", "About 3,000 residents fled their homes as the rebels advanced.", "About 3,000 residents"),
        ("wire style", "More than 8,000 people have fled Ramadi, the UN said.", "More than 8,000 people"),
        ("wire style", "Thousands of residents were forced to flee their homes.", "Thousands of residents"),
    ],
)
def test_refugees_who_fled_are_displaced(nlp, where, text, words):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, "displaced")]
