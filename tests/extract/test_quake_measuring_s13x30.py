"""A bare figure a verb of measuring gives a quake is its magnitude, however the quake is named (measures).

"The quake struck at dawn, measuring 7.0 ... and 6.8 ..." and "seismologists measured it at 7.0" gave counts, so
two agencies' magnitudes never met the conflict (probe14b B10's pattern). Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "The quake struck at dawn, measuring 7.0 according to the institute and 6.8 according to the USGS.",
            ["7.0", "6.8"],
        ),
        ("The USGS said the quake had a magnitude of 6.8, though local seismologists measured it at 7.0.", ["6.8", "7.0"]),
        ("A quake measuring 6.2 hit the island on Sunday.", ["6.2"]),
    ],
)
def test_a_quakes_measure_is_its_magnitude(nlp, sentence, figures):
    claims = {c.text: c.unit for c in factcmp.extract_quantities(sentence, nlp=nlp)}
    assert [claims.get(f) for f in figures] == ["magnitude"] * len(figures)


def test_other_measures_keep_their_units(nlp):
    [claim] = factcmp.extract_quantities("He measured it at 5.5 inches after the quake.", nlp=nlp)
    assert claim.unit == "inch"
