"""Counts whose event the words leave out: a headline's "dead", a later "both" dead.

- a headline drops the copula: "2 bailiffs, shooter dead" is a toll of bailiffs;
- "they're both deceased" after "had shot two bailiffs" says the two died: the
  count takes the death, as "shot and killed two bailiffs" does, and "both" is
  no second count.

Each negative case keeps the reading it had: "both sides", "both of" a set named
after it, a count that is not two, two counts of two, a headline list of figures
each with its own event.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


def picked(nlp, text: str, words: str) -> list[tuple]:
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
    return [(c["text"], c["value"], c["unit"], c["quantity_of"], c["predicate"]) for c in claims]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/berrien 01, headline",
            "2 bailiffs, shooter dead in Berrien County Courthouse shooting",
            ("2 bailiffs", 2.0, "person", "bailiffs killed", "killed"),
        ),
        (
            "wire-style headline",
            "Three officers and a gunman dead after standoff at Texas home",
            ("Three officers", 3.0, "person", "officers killed", "killed"),
        ),
        (
            "corpus/dev/berrien 01",
            "\"The person had shot two bailiffs, they're both deceased, and shot a deputy sheriff who is at the "
            'hospital right now being treated in an emergency room."',
            ("two bailiffs", 2.0, "person", "bailiffs killed", "killed"),
        ),
        (
            "wire style",
            "The gunman shot two officers; both died at the scene.",
            ("two officers", 2.0, "person", "officers killed", "killed"),
        ),
    ],
)
def test_a_count_said_dead_is_a_toll(nlp, where, text, expected):
    assert picked(nlp, text, expected[0]) == [expected]
    assert "both" not in quantity_texts(nlp, text)  # "both" restates the count: no second claim


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        # a "both" of something else than the count's people
        (
            "wire style",
            "Gunmen shot two soldiers at the checkpoint, and both sides traded fire for hours.",
            ("two soldiers", 2.0, "person", "soldiers shot", "shot"),
        ),
        # "both" of a set named after it is that set, not the count
        (
            "wire style",
            "The man shot two bailiffs and wounded a deputy; both of the deputy's partners are dead.",
            ("two bailiffs", 2.0, "person", "bailiffs shot", "shot"),
        ),
        # a count of three is never "both"
        (
            "wire style",
            "The man shot three bailiffs, they're both deceased.",
            ("three bailiffs", 3.0, "person", "bailiffs shot", "shot"),
        ),
        # corpus/dev/bourbon 01, video caption: each figure of a headline list has its own event
        (
            "corpus/dev/bourbon 01",
            "New Orleans Shooting Leaves 9 Hurt, 1 Dead 1:29 autoplay autoplay Copy this code to your website or blog",
            ("9 Hurt", 9.0, "person", "people injured", "injured"),
        ),
        # two counts of two before "both": which two is not said
        (
            "wire style",
            "The man shot two bailiffs and two deputies, and they're both deceased.",
            ("two bailiffs", 2.0, "person", "bailiffs shot", "shot"),
        ),
    ],
)
def test_no_toll_without_a_death_of_the_count(nlp, where, text, expected):
    assert picked(nlp, text, expected[0]) == [expected]
