"""A length fallen into a hollow or off a drop is its depth or height (lengths.length_role; follow-up to a6ea409).

"The bus plunged about 300 metres into a ravine" read 'distance (plunged)' while another outlet's "a 250-metre
ravine" read its depth, so the two never met. Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    [
        ("The bus plunged about 300 metres into a ravine, police said.", "about 300 metres", "depth"),
        ("The bus veered off the road and plunged some 200 metres into a deep gorge.", "some 200 metres", "depth"),
        ("The boy fell 20 feet into a well.", "20 feet", "depth"),
        ("The truck plunged 150 feet down a cliff.", "150 feet", "height"),
        ("The bus plunged off a cliff, falling 200 metres.", "200 metres", "height"),
        ("The hiker fell 50 feet from a cliff.", "50 feet", "height"),  # the cliff's height, no distance from it
    ],
)
def test_a_fall_into_a_hollow_is_its_depth(nlp, sentence, text, role):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.text == text]
    assert claim.quantity_of == role


@pytest.mark.parametrize(
    "sentence",
    [
        "The vehicle rolled 100 metres down a steep embankment.",  # along the slope, not its height
        "The car plunged 30 metres into a river.",  # a river is no hollow of a known depth
        "The village lies 20 km from the gorge.",  # no fall: a distance from the gorge
    ],
)
def test_other_movements_keep_their_distance(nlp, sentence):
    [claim] = factcmp.extract_quantities(sentence, nlp=nlp)
    assert claim.quantity_of.startswith("distance")


def test_a_things_own_extent_is_no_distance_from_a_place(nlp):
    # "N metres long that led from a workshop": the tunnel's length, as "a 23-foot tunnel" (probe14b B15's pattern)
    sentence = "The inmates escaped through a tunnel about 20 metres long that led from a workshop."
    [claim] = factcmp.extract_quantities(sentence, nlp=nlp)
    assert claim.quantity_of == "length"


def test_a_depth_then_a_distance_keeps_both(nlp):
    claims = factcmp.extract_quantities("The quake was 10 kilometres deep, 60 km from Padang.", nlp=nlp)
    assert [c.quantity_of for c in claims] == ["depth", "distance from Padang"]
