"""An amount of rain or snow is how much fell (quantity_of "rainfall"/"snowfall"), never a distance.

"dumped up to 250 mm of rain" read 'distance from rain', "300 millimetres of rainfall" 'distance from rainfall'
(so the two never met), and "Rainfall of more than 200mm was recorded" a bare length '(recorded)', which could
meet any other length of the story. A length of rain, rainfall, downpours or snow, written after the amount
("15 inches of rain", "120 mm rainfall") or before it ("rainfall of more than 200mm"), is now the amount that
fell, keyed on what fell; a distance told in the same sentence keeps its place.
No dev or Ramadi article gives a rainfall amount: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("The storm dumped up to 250 mm of rain on the coast.", "up to 250 mm", "rainfall"),
        ("As much as 15 inches of rain fell in some areas.", "As much as 15 inches", "rainfall"),
        ("Some areas received 300 millimetres of rainfall in 24 hours.", "300 millimetres", "rainfall"),
        ("Rainfall of more than 200mm was recorded in Sinaloa.", "more than 200mm", "rainfall"),
        ("More than 10 inches of snow fell in Buffalo.", "More than 10 inches", "snowfall"),
    ],
)
def test_an_amount_of_rain_is_rainfall(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]


def test_a_distance_beside_it_stays_a_distance(nlp):
    # constructed, wire-style wording
    text = "The storm brought as much as 400 mm of rain to the mountains, 50 km north of the city."
    assert quantity_fields(nlp, text, "50 km", "quantity_of") == [("50 km", "distance north of city")]
