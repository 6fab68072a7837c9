"""A quake's magnitude told without the word "magnitude" before the figure is a magnitude.

"measuring 7.2 on the Richter scale" (aceh presstv, real), "which measured it at 6.1 on the Richter scale",
"The US Geological Survey gave a lower magnitude, 5.9", "measured the quake at 6.1", "The quake registered
6.1": each was a bare count ('(measuring)', '(gave)') or even 6.1 km, so the agencies' two magnitudes never
met (probe10 #7). Only a figure below 10 with no unit of its own; "Inflation measured 3.2 in May" stays a count.
Sources: aceh (real), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "On April 6, an earthquake measuring 7.2 on the Richter scale struck eastern Indonesia's mountainous "
            "West Papua province.",  # aceh 07
            "7.2",
        ),
        (
            "The epicentre lay 12 miles southeast of the city, according to the institute, which measured it at 6.1 on the Richter scale.",
            "6.1",
        ),
        ("The US Geological Survey gave a lower magnitude, 5.9.", "5.9"),
        ("The institute measured the quake at 6.1.", "6.1"),
        ("The quake registered 6.1, the USGS said.", "6.1"),
        ("The magnitude 5.9 quake, which seismologists measured at 6.1, struck at dawn.", "6.1"),
    ],
)
def test_quake_magnitude(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "unit") == [(words, "magnitude")]


def test_a_measure_of_something_else(nlp) -> None:
    assert quantity_fields(nlp, "Inflation measured 3.2 in May.", "3.2", "unit") == [("3.2", "count")]
