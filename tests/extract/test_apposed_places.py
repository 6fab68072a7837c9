"""A place named with an apposition of its kind is the figure's place, not the larger place the apposition names.

"At least five people were reportedly injured ... in Takengon, the capital of Central Aceh district" [aceh 10,
11]: the five are Takengon's. The small model tags the town ORG, and the count took the district as its
place, so it lined up with the district's own toll ("140 were injured" in Central Aceh, a day later). A proper
name with an apposition that says what kind of place it is ("the capital of", "a town in", "a village in") is
a place, and the place inside that apposition only describes it. Places named side by side
("near Mosul and ... in Kirkuk") and a place named alone keep their reading.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "place"),
    [
        (
            "corpus/dev/aceh 10",
            "At least five people were reportedly injured and 10 houses were damaged in Takengon, the capital of "
            "Central Aceh district, said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency.",
            "At least five people",
            "Takengon",
        ),
        (
            "wire style",
            "Three people were killed in Sinjar, a town in Nineveh province, officials said.",
            "Three people",
            "Sinjar",
        ),
        ("wire style", "Twelve houses collapsed in Lampahan, a village in Bener Meriah district.", "Twelve houses", "Lampahan"),
        ("wire style", "Five people were injured in Padang, the capital of West Sumatra province.", "Five people", "Padang"),
    ],
)
def test_a_place_described_by_its_kind_is_the_figures(nlp, where, text, words, place):
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]


@pytest.mark.parametrize(
    ("where", "text", "words", "place"),
    [
        ("wire style", "Five people were injured in West Sumatra province, officials said.", "Five people", "West Sumatra"),
        ("wire style", "Two soldiers were killed near Mosul and three in Kirkuk.", "Two soldiers", "Kirkuk|Mosul"),
    ],
)
def test_other_places_keep_their_reading(nlp, where, text, words, place):
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]
