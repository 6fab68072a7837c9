"""A verb that puts a measure at a level gives a bare figure that measure: "put the magnitude at 7.0".

"Nepal's National Seismological Centre put the magnitude at 7.0" was a bare count; the figure after the
"at"/"to" of a verb whose object (or passive subject) is "magnitude" is a magnitude, as "put the death toll
at 40" is a toll of the dead.
Sources: quake wire copy (USGS / national seismological centres' readings).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        ("quake wire copy", "Nepal's National Seismological Centre put the magnitude at 7.0.", "7.0"),
        ("quake wire copy", "The US Geological Survey put the quake's magnitude at 7.8, revising an earlier reading.", "7.8"),
        ("quake wire copy", "The magnitude was later revised to 6.9 by the agency.", "6.9"),
        ("quake wire copy", "The USGS upgraded the magnitude to 7.1 on Sunday.", "7.1"),
    ],
)
def test_a_measure_put_at_a_level(nlp, where, text, words):
    assert quantity_fields(nlp, text, words, "unit") == [(words, "magnitude")]


@pytest.mark.parametrize(
    ("where", "text", "words", "unit", "quantity_of"),
    [
        ("wire style", "Officials put the death toll at 40.", "40", "person", "people killed"),
        ("wire style", "Police put the number of injured at 30.", "30", "person", "people injured"),
        ("wire style", "The agency put the damage at $2 billion.", "$2 billion", "USD", "amount"),
    ],
)
def test_other_levels_keep_their_reading(nlp, where, text, words, unit, quantity_of):
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, unit, quantity_of)]
