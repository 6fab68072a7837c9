"""A bare "figure", "count" or "tally" a verb of level gives stands for the toll told around it.

"Local media reported nine deaths, but the government's figure remains six" read six as '(remains)': "figure"
was no tally noun, and a tally noun with no words of its own event ("the government's count") gave none. A
figure, count, tally, number or total that does not say what it counts now takes the event of the nearest
toll told before it, in its sentence or the one before; "the number of survivors" keeps its noun.
No dev or Ramadi article has the form: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("Local media reported nine deaths, but the government's figure remains six.", "six", "people killed"),
        ("Six people were killed in the blast. The government's figure remains six.", "six", "people killed"),
        ("Three people were injured. The official count stands at three.", "three", "people injured"),
    ],
)
def test_a_bare_tally_takes_the_toll_around_it(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]


def test_a_tally_of_a_noun_keeps_it(nlp):
    # constructed: the tally says what it counts
    text = "Nine people died. The number of survivors remains 12."
    assert quantity_fields(nlp, text, "12", "quantity_of") == [("12", "survivors")]
