"""Counts of a whole set said with a copula: "there was only one gunman", "he was the only one".

They say how many there were in all, so their quantity_of opens with "total " and the reconciler
keeps them from the part of the set an act befell ("One suspect is deceased"). A copula count that
names the victims ("They were two great officers"), a count with a firm act and a measure are no whole.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def quantity_of(nlp, text: str) -> dict[str, str]:
    return {c["text"]: c["quantity_of"] for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"}


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/baton-rouge 03",
            "Louisiana Gov. John Bel Edwards suggested hours after the attack that it may have involved more than one "
            "assailant, but there was only one gunman at the scene.",
            "one gunman",
        ),
        (
            "corpus/dev/baton-rouge 05",
            '"To the best of our knowledge, he was the only one at the scene of all of the shooting that was involved.',
            "one",
        ),
        ("wire style", "There were two suspects, police said.", "two suspects"),
    ],
)
def test_a_count_of_the_whole_set(nlp, where, text, words):
    assert quantity_of(nlp, text)[words].startswith("total ")


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        ("corpus/dev/baton-rouge 01", "One suspect is deceased.", "One suspect"),
        (
            "corpus/dev/baton-rouge 01",
            "UPDATE: 3:00 P.M. ET: Two suspects are at large and being sought by police.",
            "Two suspects",
        ),
        ("corpus/dev/berrien", "They were two great officers.", "two great officers"),
        ("wire style", "Only two people were injured.", "two people"),
        (
            "corpus/dev/yida 10",
            "Isaacs questioned, noting that there are elements of a border dispute, with Yida being only 10 miles from "
            "the border.",
            "10 miles",
        ),
    ],
)
def test_no_whole_set(nlp, where, text, words):
    assert not quantity_of(nlp, text)[words].startswith("total ")
