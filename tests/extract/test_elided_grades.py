"""A part told by an elided act takes the act the adverb gives it: "six people were shot, one fatally".

After a count of people shot or hurt, a bare figure and an adverb stand for the same act, graded: "one
[was shot] fatally" is one killed, "two of them [were shot] critically" two critically wounded (a graded
shooting is a wound of that grade, the count "three others wounded, one critically" gives). The set keeps
its own act ("six people shot"), and an adverb of the verb itself ("two bailiffs were fatally shot") is the
whole count's. "Two of them fatally" is read as a part of its own (factcmp.extract.parts) and stays so.
Sources: the Bourbon Street and Baton Rouge dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style
sentences of the kinds shooting news writes.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("wire style", "Police said six people were shot, one fatally.", "one", "killed"),
        ("wire style", "Four men were shot early Sunday, one fatally, police said.", "one", "killed"),
        ("wire style", "Three officers were shot, one fatally, and the gunman fled.", "one", "killed"),
        ("wire style", "Five people were shot, two of them critically, outside a nightclub.", "two", "injured:serious"),
        ("wire style", "Two people were shot, one critically, outside the club.", "one", "injured:serious"),
    ],
)
def test_an_elided_act_takes_its_adverb(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        # the set keeps its own act
        ("wire style", "Police said six people were shot, one fatally.", "six people", "shot"),
        ("wire style", "Five people were shot, two of them critically, outside a nightclub.", "Five people", "shot"),
        # the part "of them fatally", read as a part of its own
        (
            "corpus/dev/bourbon-street 01",
            "Ten people were shot, one of them fatally, in the crowded heart of New Orleans' French Quarter early "
            "Sunday, police said.",
            "one of them fatally",
            "killed",
        ),
        ("wire style", "Five people were shot, two of them fatally, outside a nightclub.", "two of them fatally", "killed"),
        # grades of an injury stay grades of it
        (
            "corpus/dev/baton-rouge 02",
            "The shooting on Sunday killed three officers and left three others wounded, one critically.",
            "one",
            "injured:serious",
        ),
        ("wire style", "Seven people were wounded, three of them seriously, in the blast.", "three", "injured:serious"),
        ("wire style", "Four people were hurt, two slightly.", "two", "injured:minor"),
        # the adverb of the verb itself is the whole count's
        ("wire style", "Two bailiffs were fatally shot.", "Two bailiffs", "killed"),
    ],
)
def test_the_set_and_other_grades_keep_their_reading(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]
