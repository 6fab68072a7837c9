"""A "third-degree" charge or burn after "a" grades it: no third of a degree.

Constructed wire-style sentences (said so in each test).
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


def read(nlp, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text, nlp=nlp)]


class TestThirdDegree:
    @pytest.mark.parametrize(
        "text",
        [
            "He also faces a third-degree weapons charge.",  # constructed: was 0.333 degree
            "She suffered a third-degree burn to her arm.",  # constructed
        ],
    )
    def test_a_grade_is_no_fraction(self, nlp, text):
        assert all(unit != "degree" for _, unit in read(nlp, text))

    def test_a_quarter_mile_is_still_a_fraction(self, nlp):
        # constructed wire-style sentence
        assert read(nlp, "The road runs a quarter-mile from the plant.") == [(0.25, "mile")]
