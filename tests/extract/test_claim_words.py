"""A claim's words run to its counted noun over the words that say whose it is.

"The two *sheriff's department employees* killed": the claim text was "two", because only two words
could stand between a figure and its noun and a possessive could not; "three *Baton Rouge police
officers*" likewise. Any run of modifiers of the noun (names, nouns, adjectives, a possessive "'s") up to
four words now belongs to the claim; a figure whose noun is not what follows keeps its own words.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/berrien 04",
            "The two sheriff's department employees killed in the course of the incident were Joseph Zangaro and Ronald Kienzle.",
            ["two sheriff's department employees"],
        ),
        (
            "corpus/dev/baton-rouge 05",
            "The gunman Gavin Eugene Long, who is accused of killing three Baton Rouge police officers Sunday during "
            "a rampage, suffered from post-traumatic stress disorder.",
            ["three Baton Rouge police officers"],
        ),
        ("wire style", "About 500 people have been killed.", ["About 500 people"]),
        ("wire style", "Two men's bodies were found.", ["Two men"]),
    ],
)
def test_claim_words_reach_the_counted_noun(nlp, where, text, expected):
    assert quantity_texts(nlp, text) == expected
