"""Idioms that tell a death, a shooting or an arrest without an event word.

"three of them paid the ultimate sacrifice" [baton-rouge 02] counted three with the verb "paid", a fact of
its own; "lost their lives", "gave their lives" are deaths too, "were gunned down" a shooting, and "taken
into custody", "are now in custody" arrests (before, "taken" was read as the hospital's verb). A life lost
without a possessive, sacrifices that are not the ultimate one, and who guns others down stay as they were.
Sources: baton-rouge [02] (real), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("where", "text", "words", "event"),
    [
        (
            "baton-rouge 02",
            '"Rather than running from danger, they ran toward it and three of them paid the ultimate sacrifice," '
            "the governor says.",
            "three",
            "killed",
        ),
        ("wire style", "Three officers lost their lives in the attack.", "Three officers", "killed"),
        ("wire style", "Two deputies gave their lives protecting the city.", "Two deputies", "killed"),
        ("wire style", "Five people were gunned down outside the club.", "Five people", "shot"),
        ("wire style", "Two men were taken into custody on Sunday.", "Two men", "arrested"),
        ("wire style", "Police took four people into custody.", "four people", "arrested"),
        ("wire style", "Three people are now in custody.", "Three people", "arrested"),
    ],
)
def test_idioms_tell_the_act(nlp, where, text, words, event):
    assert _predicates(nlp, text, words) == [event]


@pytest.mark.parametrize(
    ("where", "text", "words", "event"),
    [
        # losing a home is being displaced (81cc896), never a death ("lost their lives")
        ("wire style", "Three people lost their homes.", "Three people", "displaced"),
        ("wire style", "Eleven people were taken to hospital after the crash.", "Eleven people", "taken"),
        ("wire style", "Two gunmen gunned down five people.", "Two gunmen", "gunn"),
    ],
)
def test_other_words_keep_their_reading(nlp, where, text, words, event):
    assert _predicates(nlp, text, words) == [event]
