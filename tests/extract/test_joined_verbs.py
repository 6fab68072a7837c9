"""A verb of a list the parser hangs on a counted noun is not the noun's act.

"The quake killed at least one person, injured dozens and destroyed buildings": the small model often hangs
"injured" under "person" as a participle, and the person read as injured. A participle with a direct object
of its own ("injured *dozens*") is the next verb of the list, telling its own act of its own object; the
noun's act is the verb that governs it ("killed"). A participle without an object ("two people injured in
the crash") is the noun's modifier and stays its act.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences of disaster news.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("where", "text", "words", "object_words"),
    [
        (
            "corpus/dev/aceh 09",
            "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed at least one "
            "person, injured dozens and destroyed buildings, sparking panic in a region devastated by the "
            "quake-triggered tsunami of 2004.",
            "at least one person",
            "dozens",
        ),
        ("wire style", "The quake killed one person, injured dozens and damaged buildings.", "one person", "dozens"),
        (
            "wire style",
            "The explosion killed at least one soldier, injured dozens and damaged vehicles.",
            "at least one soldier",
            "dozens",
        ),
        ("wire style", "The landslide killed one villager, injured dozens and buried houses.", "one villager", "dozens"),
    ],
)
def test_a_joined_verb_tells_its_own_object(nlp, where, text, words, object_words):
    assert _predicates(nlp, text, words) == ["killed"]
    assert _predicates(nlp, text, object_words) == ["injured"]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("wire style", "Two people injured in the crash were taken to hospital.", "Two people", "injured"),
        ("wire style", "At least five people injured by the quake were treated at a clinic.", "At least five people", "injured"),
        ("wire style", "The two officers wounded in the attack were released.", "two officers", "injured"),
        ("wire style", "Three people killed in the blast were identified on Monday.", "Three people", "killed"),
    ],
)
def test_a_participle_without_an_object_is_the_nouns_act(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]
