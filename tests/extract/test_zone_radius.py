"""A shelter or evacuation zone's radius is one measure, whichever word names its centre.

"residents within N miles of the plant" (at most, from the plant), "an N-mile radius of the plant" (from the
plant) and "within about N km of the site" (from the site) were three facts (probe12). A "radius" beside the
length, or "within" before it in a sentence that orders a shelter, an evacuation or a cordon, is now the zone's
radius with no reference; "within two miles" there is the zone's reach, two miles, no bound. "within 2 miles of
the scene" in any other sentence stays a distance from the scene, at most.
Wire-style wording (constructed): no dev article orders a shelter zone.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "qualifier", "quantity_of"),
    [
        ("Police told people within two miles of the depot to shelter in place.", "within two miles", "exact", "radius"),
        ("Homes in a 3-mile radius of the derailment were evacuated.", "3-mile radius", "exact", "radius"),
        ("An evacuation order remained for residents within about 5 km of the tanker.", "about 5 km", "approximate", "radius"),
        ("Police found the car within 2 miles of the scene.", "within 2 miles", "at_most", "distance from scene"),
    ],
)
def test_zone_radius(nlp, text: str, words: str, qualifier: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier", "quantity_of") == [(words, qualifier, quantity_of)]
