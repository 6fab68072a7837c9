"""A speed limit is one fact, the road's, however it is told, and never the vehicle's speed.

"exceeded the speed limit of 35 km/h" gave 'km/h (exceeded)' and "in a zone limited to 30km/h" 'km/h (limited)',
two facts that never met (probe11 #6); now both are 'speed limit'. The vehicle's "travelling at 94km/h" keeps
its verb. No dev or Ramadi article gives a speed: wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The bus exceeded the speed limit of 35 km/h on that road, officials said.", "35 km/h"),
        ("Police say the bus was travelling at 94km/h in a zone limited to 30km/h.", "30km/h"),
        ("The driver exceeded the posted 55 mph limit.", "55 mph"),
        ("He was driving at 80 mph in a 30 mph zone.", "30 mph"),
        ("The speed limit on the road is 50 mph.", "50 mph"),
    ],
)
def test_speed_limit(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, "speed limit")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police say the bus was travelling at 94km/h in a zone limited to 30km/h.", "94km/h"),
        ("He was driving at 80 mph in a 30 mph zone.", "80 mph"),
        ("Winds of up to 195 km/h battered the coast.", "up to 195 km/h"),
    ],
)
def test_a_speed_is_no_limit(nlp, text: str, words: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] != ["speed limit"]
