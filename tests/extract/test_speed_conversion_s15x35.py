"""A rate written once after a bracketed conversion is the rate of both figures (probe17 A.5).

"150 kilometres (93 miles) per hour" was read as two distances. Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _units(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["unit"], c["alt_unit"]) for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Winds of up to 150 kilometres (93 miles) per hour lashed the coast.", [("km/h", "mph")]),
        ("The cyclone packed winds of 120 km (75 miles) an hour, the weather office said.", [("km/h", "mph")]),
        ("Police said the car was doing 100 miles (160 km) per hour.", [("mph", "km/h")]),
    ],
)
def test_rate_after_conversion(nlp, text: str, units: list[tuple[str, str]]) -> None:
    assert _units(nlp, text) == units


def test_distance_conversion_stays_distance(nlp) -> None:
    # no rate after the bracket: a distance and its conversion
    assert _units(nlp, "The storm made landfall 150 kilometres (93 miles) south of the city.") == [("km", "mile")]
