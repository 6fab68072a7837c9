"""A town the model does not know is a place by the distance that locates it, or by "the town of".

"Gunmen attacked the village of Kaura, about 40 miles north of the capital": the small model tags the
town ORG, so the distance had no place, and another outlet's "in Zango, 60 miles north of the capital" (another
village's distance from the same city) met it as a rival figure, a false conflict. A name followed by a
locating appositive (", some 70km south-east of Mazatlan") or named as "the village/town of" is now the
figure's place, whatever label the model gives it; a described larger place ("the capital of X") keeps its
reading (test_apposed_places).
No dev or Ramadi article has an unknown town so told: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        # constructed, wire-style wording
        ("Gunmen attacked the village of Kaura, about 40 miles north of the capital, on Sunday.", "about 40 miles", "Kaura"),
        ("The storm made landfall near Rosario, some 70km south-east of Mazatlan, on Tuesday.", "some 70km", "Rosario"),
        (
            "The storm came ashore about 40 km south-east of Mazatlan, near the town of Escuinapa.",
            "about 40 km",
            "Escuinapa",
        ),
    ],
)
def test_a_located_town_is_the_distance_place(nlp, text: str, words: str, place: str) -> None:
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]


def test_an_organisation_stays_no_place(nlp):
    # constructed: an organisation named beside a figure that is no locating distance
    text = "The Red Cross, which sent 40 workers, said the road was closed."
    assert quantity_fields(nlp, text, "40 workers", "place") == [("40 workers", "")]
