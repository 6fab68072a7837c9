"""A road's kilometre or mile marker is an address, no count: "at kilometer 87 of the Huari-San Marcos road".

It gave 87 'count (fell)' (probe11 #10), a figure nobody reports; crash copy from Latin America, Europe, India
and Africa places crashes so ("at km 112 of the Lima-Huancayo highway"), as US copy does by milepost. A length
written before its unit ("40 km of the coastline") is a length still. Wire-style wording (constructed): no dev
or Ramadi article has a marker. A marker after "at" is one too when no road follows ("near the toll gate at
kilometre 9").
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bus fell about 150 meters into a ravine at kilometer 87 of the mountain road.", ["about 150 meters"]),
        ("The crash happened at kilometre 40 of the Pan-American Highway.", []),
        ("The crash happened at km 112 of the highway, police said.", []),
        ("The truck overturned near milepost 40 on Interstate 81.", []),
        ("The truck crashed at mile marker 23, troopers said.", []),
        ("The fire burned 40 km of the coastline.", ["40 km"]),
        # a marker with no road named after it, the road told before (probe12)
        ("A trucker was robbed on the coastal highway, near the toll gate at kilometre 9.", []),
        ("Troops set up a checkpoint at km 12, residents said.", []),
    ],
)
def test_road_marker_is_no_claim(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
