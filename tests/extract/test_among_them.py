"""A member named by "among them" underwent the act of the set it follows, as one named by "including".

"237 people had been arrested and 42 people injured, among them 17 police officers": the parser hangs the
officers on the first verb (arrested); "them" is the set just before (42 people injured), so the officers
are injured. A set told with "including" keeps its reading.
Sources: protest and riot wire copy.
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
        (
            "riot wire copy",
            "Police said 237 people had been arrested and 42 people injured, among them 17 police officers.",
            "17 police officers",
            "injured",
        ),
        (
            "riot wire copy",
            "Officials said 150 people had been detained and 60 people injured, among them 20 police officers.",
            "20 police officers",
            "injured",
        ),
        (
            "riot wire copy",
            "The ministry said 312 people had been arrested and 57 people wounded, among them 11 police officers.",
            "11 police officers",
            "injured",
        ),
        (
            "riot wire copy",
            "Police said 90 people had been arrested and 30 people hurt, among them four officers.",
            "four officers",
            "injured",
        ),
    ],
)
def test_a_member_among_them_takes_the_sets_act(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("riot wire copy", "At least 30 people were wounded, among them five children.", "five children", "injured"),
        ("riot wire copy", "Police said 237 people had been arrested and 42 people injured.", "237 people", "arrested"),
        ("wire style", "Three people were injured, including one police officer.", "one police officer", "injured"),
        (
            "riot wire copy",
            "Fifty protesters were detained and 20 people were hurt, among them three journalists.",
            "three journalists",
            "injured",
        ),
        # the small model reads a bare "25 people hurt" as doers of a harm: a set so read lends the members no act
        (
            "riot wire copy",
            "Authorities said 80 protesters were arrested and 25 people hurt, among them six journalists.",
            "six journalists",
            "injured",
        ),
    ],
)
def test_sets_and_members_keep_their_reading(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]
