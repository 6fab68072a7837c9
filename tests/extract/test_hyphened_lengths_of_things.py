"""A hyphened length before a noun is that thing's length, however the hyphens fall: "a 1.5-km corridor".

"a 1.5-km corridor" read 'corridor (opened)' (a count of corridors), "a 1.5km-long corridor" read 'length' and
"a 25,000-mile-long stretch" 'stretch (is)'. A length joined by a hyphen to the noun after it, or to "-long",
"-wide", "-deep", "-high" before it, is now '<role> of <thing>' with the role as subject (so it meets "The
corridor is 1.5 km long", keyed on the role as before); an act ("a 100-yard shot"), a zone's radius, waves and
a length told with no thing ("drove 1.5 km north") keep their readings.
Sources: Aceh 03 ('a 25,000-mile-long stretch') and constructed wire-style sentences.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("Troops opened a 1.5-km corridor for civilians.", "1.5-km corridor", "length of corridor"),
        ("Troops opened a 1.5km-long corridor for civilians.", "1.5km", "length of corridor"),
        ("Troops opened a 1.5-kilometre-long corridor.", "1.5-kilometre", "length of corridor"),
        ("The blast left a 30-metre-wide crater.", "30-metre", "width of crater"),
        (
            "Indonesia lies on the Pacific Basin's Ring of Fire, a 25,000-mile-long stretch where earthquakes are common.",
            "25,000-mile",
            "length of stretch",
        ),
    ],
)
def test_a_hyphened_length_is_its_thing(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of", "subject") == [(words, what, what.split()[0])]


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        ("He killed the suspect with a 100-yard shot.", "100-yard shot", "shot killed"),
        ("Residents within a 2-mile radius were evacuated.", "2-mile radius", "radius"),
    ],
)
def test_acts_and_zones_keep_their_reading(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]
