"""A bare figure that an act on people befalls counts people, whatever unit a figure before it carries.

"The bus plunged about 50 metres (164 feet) into a gorge, killing at least 12 people and injuring 30": the
unit of the drop was carried onto "30" (30 m injured); the object of a verb of harm, arrest or the like is
people, so no unit is carried onto it. A figure with no act on people keeps the carried unit.
Sources: road-accident wire copy.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "quantity_of"),
    [
        (
            "accident wire copy",
            "The bus plunged about 50 metres (164 feet) into a gorge, killing at least 12 people and injuring 30, police said.",
            "30",
            "people injured",
        ),
        ("accident wire copy", "The truck skidded 40 metres off the road, killing two and injuring 15.", "15", "people injured"),
        ("accident wire copy", "The ferry sank in 30 metres of water, killing 45 and injuring 60.", "45", "people killed"),
    ],
)
def test_an_act_on_people_counts_people(nlp, where, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, "person", quantity_of)]


def test_a_figure_of_no_act_on_people_keeps_the_carried_unit(nlp):
    text = "The plane climbed to 35,000 feet before descending to 10,000."
    assert quantity_fields(nlp, text, "10,000", "unit") == [("10,000", "foot")]
