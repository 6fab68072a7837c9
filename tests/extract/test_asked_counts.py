"""A figure a source gives for what the sentence asks counts what it asks: "how many were injured ... at least 50".

"Although it's unknown how many were injured, Sky News estimates 'at least 50 people', and numerous buildings
have collapsed": the figure is the object of the source's verb, which tells no act of its own, and the
parse took the act of the next clause ("collapsed") for it. The sentence asks how many were injured and the
figure is the estimate: a figure that is the object of a reporting or counting verb takes the event of the
"how many" clause of its sentence. A figure with a verb of its own keeps it.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences.
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
            "corpus/dev/aceh 02",
            'Although it\'s unknown how many were injured, Sky News estimates "at least 50 people," and numerous '
            "buildings have collapsed as an effect of the powerful tremor.",
            "at least 50 people",
            "injured",
        ),
        (
            "wire style",
            "It was unclear how many people were hurt, but witnesses counted about a dozen, and two cars were burned.",
            "about a dozen",
            "injured",
        ),
        (
            "wire style",
            "Nobody knows how many were arrested; police said more than 30 people.",
            "more than 30 people",
            "arrested",
        ),
        (
            "wire style",
            "It remains unclear how many people were killed, though residents counted at least 12, and many homes "
            "were destroyed.",
            "at least 12",
            "killed",
        ),
    ],
)
def test_an_estimate_counts_what_the_sentence_asks(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        (
            "wire style",
            "It is unclear how many were injured, but 20 people were killed and 40 houses were damaged.",
            "20 people",
            "killed",
        ),
        (
            "wire style",
            "It is unclear how many were injured, but 20 people were killed and 40 houses were damaged.",
            "40 houses",
            "damaged",
        ),
        (
            "wire style",
            "Police did not say how many were arrested but estimated that 300 protesters took part.",
            "300 protesters",
            "participat",  # "took part" is joining the protest (events.act_word), not being taken anywhere
        ),
        ("wire style", "Officials did not say how many people died, but reported 40 houses damaged.", "40 houses", "damaged"),
    ],
)
def test_a_figure_with_its_own_verb_keeps_it(nlp, where, text, words, predicate):
    assert _predicates(nlp, text, words) == [predicate]
