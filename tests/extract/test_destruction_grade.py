"""Destruction is a grade of damage: "40 houses damaged" and "two homes flattened" are two facts.

The lexicon read destroyed, collapsed and flattened as "damaged", so a count of houses flattened lined up
with (and conflicted with) a count of houses damaged, and "damaged 1,000 houses and destroyed 200" told one
act twice. Words of destruction (destroyed, collapsed, flattened, razed, demolished, levelled) now give the
grade "damaged:destroyed", written as "injured:serious" is: the reconciler keeps a grade apart from its act,
and lets them meet only on the same figure of the same thing. Damage stays "damaged"; a destruction told
partial ("partially destroyed") or joined to damage for one count ("damaged or destroyed") is damage.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences of disaster news.
"""

from __future__ import annotations

import pytest

from factcmp.extract.lexicon import DESTROYED

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/aceh 10",
            "At least two homes were totally flattened, she said, adding that the quake also caused a blackout in the village.",
            "At least two homes",
        ),
        (
            "corpus/dev/aceh 11",
            "At least two houses were totally flattened, she said, adding that the quake also caused blackout in the village.",
            "At least two houses",
        ),
        ("wire style", "The quake damaged 1,000 houses and destroyed 200.", "200"),
        ("wire style", "The earthquake destroyed 200 homes.", "200 homes"),
        ("wire style", "Twelve buildings collapsed and 40 were damaged.", "Twelve buildings"),
        ("wire style", "The fire razed 15 homes and damaged 30 others.", "15 homes"),
        # buildings "lost" are destroyed (a headline of the probe9 wildfire kind), and so are those "left destroyed"
        ("wire style", "Cedar Ridge Fire grows to 21,000 acres; 112 homes lost in Butte County", "112 homes"),
        ("wire style", "The storm left 300 homes destroyed.", "300 homes"),
    ],
)
def test_things_destroyed_are_a_grade_of_the_damaged(nlp, where, text, words):
    assert _predicates(nlp, text, words) == [DESTROYED]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        (
            "corpus/dev/aceh 06",
            "Around 40 houses were damaged by the quake, including some which were flattened, said disaster agency "
            "official Fauzi.",
            "Around 40 houses",
            "damaged",
        ),
        (
            "corpus/dev/aceh 10",
            "He said at least 22 houses were badly damaged in the district.",
            "at least 22 houses",
            "damaged:serious",
        ),
        ("wire style", "The quake damaged 1,000 houses and destroyed 200.", "1,000 houses", "damaged"),
        ("wire style", "Twelve buildings collapsed and 40 were damaged.", "40", "damaged"),
        # one count of both is the count of the damaged; a destruction told partial is damage
        ("wire style", "More than 300 houses were destroyed or damaged.", "More than 300 houses", "damaged"),
        ("wire style", "The storm destroyed or damaged more than 300 houses.", "more than 300 houses", "damaged"),
        ("wire style", "About 200 houses were partially destroyed.", "About 200 houses", "damaged"),
        # homes that lost power lost no walls
        ("wire style", "About 5,000 homes lost power.", "About 5,000 homes", "lost"),
    ],
)
def test_damage_stays_damage(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]
