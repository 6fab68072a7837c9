"""A shelter or evacuation zone's radius is one measure, whichever word names its centre.

"residents within a half-mile of the plant" (at most, from the plant), "a 1-mile radius of the plant" (from the
plant) and "within about 1.6 km (1 mile) of the site" (from the site) were three facts (probe12 pasadena). A
"radius" beside the length, or "within" before it in a sentence that orders a shelter, an evacuation or a cordon,
is now the zone's radius with no reference; "within a half-mile" is the zone's reach, a half-mile, no bound.
"within 2 miles of the scene" in any other sentence stays a distance from the scene, at most.
Wire-style wording (constructed): no dev article orders a shelter zone.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "qualifier", "quantity_of"),
    [
        (
            "Officials ordered residents within a half-mile of the plant to shelter in place.",
            "within a half-mile",
            "exact",
            "radius",
        ),
        ("Residents within a 1-mile radius of the plant were ordered to shelter in place.", "1-mile radius", "exact", "radius"),
        (
            "Authorities kept an evacuation order in force for residents within about 1.6 km of the site.",
            "about 1.6 km",
            "approximate",
            "radius",
        ),
        ("Police found the car within 2 miles of the scene.", "within 2 miles", "at_most", "distance from scene"),
    ],
)
def test_zone_radius(nlp, text: str, words: str, qualifier: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier", "quantity_of") == [(words, qualifier, quantity_of)]
