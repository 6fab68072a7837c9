"""A name spelt like a length word is no role of a length: "an officer shot *Long* from about 100 yards away".

Surnames and places are spelt like the words that say which length a figure is (Long, High, Wide), and the
small model tags them as adverbs: "shot Long from about 100 yards away" read as a length of 100 yards, which
lines up with the size of a crater or a bridge. A capitalised word inside running text, a proper noun, an
entity, or (in a title-case headline) a word of a person the article names is a name; the length words of
"100 yards long", "in length", "at a depth of" keep their role, in a headline too.
Sources: the Baton Rouge dev cluster (``corpus/dev/baton-rouge <doc>``) and wire-style sentences.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model

_ROLES = ("length", "width", "depth", "height", "radius")


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/baton-rouge 03",
            "By then, a Baton Rouge SWAT team arrived and an officer shot Long from about 100 yards away, Edmonson said.",
            "about 100 yards",
        ),
        (
            "corpus/dev/baton-rouge 05",
            "Long killed the three officers and injured three more during a shooting spree in which he "
            "specifically targeted police before a SWAT marksman killed Long from over 100 yards away, "
            "according to State Police.",
            "over 100 yards",
        ),
        ("wire style", "Police said a sniper shot Wide from roughly 200 metres away.", "roughly 200 metres"),
        ("wire style", "A deputy spotted High about 40 yards away and ordered him to drop the rifle.", "about 40 yards"),
        # a headline capitalises every word: the article's own person tells the name
        ("headline", "SWAT Officer Shot Long From 100 Yards Away\n\nGavin Long, 29, was killed.", "100 Yards"),
    ],
)
def test_a_name_is_no_length_role(nlp, where, text, words):
    got = quantity_fields(nlp, text, words, "quantity_of", "subject")
    assert got
    assert all(quantity_of not in _ROLES and subject not in _ROLES for _, quantity_of, subject in got)


@pytest.mark.parametrize(
    ("where", "text", "words", "role"),
    [
        ("wire style", "The crater is about 100 yards long.", "about 100 yards", "length"),
        ("wire style", "The bridge is 2 km long and 30 metres wide.", "2 km", "length"),
        ("wire style", "The wall stretches 300 metres in length.", "300 metres", "length"),
        ("wire style", "The quake struck at a depth of 10 km.", "10 km", "depth"),
        ("headline", "Bridge Is 2 Km Long", "2 Km", "length"),
        ("headline", "Quake Strikes At Depth Of 10 Km", "10 Km", "depth"),
    ],
)
def test_length_words_keep_their_role(nlp, where, text, words, role):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, role)]
