"""An "m" after a figure and before "of <a thing told by its length>" is metres, never a million.

Constructed wire-style sentences (said so in each test); the guards keep money and counts in millions.
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


def read(nlp, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text, nlp=nlp)]


class TestMetresOfThings:
    @pytest.mark.parametrize(
        "text",
        [
            "Crews replaced around 300 m of track after the derailment.",  # constructed: was 300,000,000 count
            "Crews replaced about 300m of track after the derailment.",  # constructed
            "Workers laid 300m of pipe along the main road.",  # constructed
            "The storm tore down some 300 m of fence.",  # constructed
        ],
    )
    def test_metres_of_a_laid_thing(self, nlp, text):
        assert read(nlp, text) == [(300.0, "m")]

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Floodwater washed away a 300 m stretch of road.", [(300.0, "m")]),  # constructed: was count of "m"
            ("The landslide buried about 200 m of the highway.", [(200.0, "m")]),  # constructed: was 200,000,000
            ("The plane came down 500 m from the runway.", [(500.0, "m")]),  # constructed: was count of "m"
        ],
    )
    def test_a_spaced_m_the_scanner_leaves_is_metres(self, nlp, text, want):
        assert read(nlp, text) == want

    def test_a_spaced_m_before_a_word_of_extent(self, nlp):
        # constructed wire-style sentence
        assert read(nlp, "The flood wall is 5 m high.") == [(5.0, "m")]

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The firm raised $300m of debt.", [(300_000_000.0, "USD")]),  # constructed: money keeps its millions
            ("The council spent £2m of its budget.", [(2_000_000.0, "GBP")]),  # constructed
            ("It has sold 35m of its devices.", [(35_000_000.0, "count")]),  # constructed: a determiner after "of"
            ("About 300m people live in the region.", [(300_000_000.0, "person")]),  # constructed
            ("About 300 m people live in the region.", [(300_000_000.0, "person")]),  # constructed
        ],
    )
    def test_millions_stay_millions(self, nlp, text, want):
        assert read(nlp, text) == want
