"""A part of the injured counted by the care it gets is a count of that care, not a toll of the injured.

"He said at least 25 of the injured in his district were hospitalised in intensive care" [aceh 13]: the 25
are some of the injured, counted as the hospitalised. "Hospitalised" is also a word of injury ("two people
were hospitalised"), so the part read as a toll of the injured, as large a toll as any. A part "of the"
set, told with a verb of care, takes the care (stem "hospitalis", the class "hospital"), as "ten of the
injured were taken to hospital" already did; a count that is no part, or a part in a grave state, keeps
its reading.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences.
"""

from __future__ import annotations

import pytest

from factcmp.facets import event_of

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/aceh 13",
            "He said at least 25 of the injured in his district were hospitalised in intensive care.",
            "at least 25",
        ),
        ("wire style", "Three of the wounded were hospitalized in serious condition, police said.", "Three"),
    ],
)
def test_a_part_in_care_counts_the_care(nlp, where, text, words):
    assert [event_of(p) for _, p in quantity_fields(nlp, text, words, "predicate")] == ["hospital"]


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        ("wire style", "Two people were hospitalised after the crash.", "Two people", "injured"),
        ("wire style", "Four of the injured remain in critical condition.", "Four", "injured:serious"),
    ],
)
def test_other_counts_keep_their_reading(nlp, where, text, words, predicate):
    assert [p for _, p in quantity_fields(nlp, text, words, "predicate")] == [predicate]
