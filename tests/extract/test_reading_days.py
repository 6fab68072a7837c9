"""A reading of the weather taken on a day has that day as its window: two days' rainfall are two facts.

"Nairobi recorded 120 mm of rain on Tuesday" and "140 mm of rain on Friday"
had no window, so the reconciler took the second for a revision of the first.
The window of a temperature, or of an amount of rain or snow, whose clause a
day dates is now ``day:<ISO>``: two days keep apart, and an undated figure meets
either. A toll told "on Tuesday" is a running count and gets no day.

No dev article reports the weather: the sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nairobi recorded 120 mm of rain on Tuesday, the weather office said.", {"120 mm": "day:2024-04-23"}),
        (
            "Nairobi recorded 140mm of rain on Friday, according to the Kenya Meteorological Department.",
            {"140mm": "day:2024-04-26"},
        ),
        ("Nairobi recorded 4.7 inches of rainfall on Tuesday.", {"4.7 inches": "day:2024-04-23"}),
        ("Temperatures reached 45C on Friday.", {"45C": "day:2024-04-26"}),
    ],
)
def test_a_reading_has_its_day(nlp, text, want):
    found = windows(nlp, text, "2024-04-26")
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At least 40 people were killed on Tuesday.", {"At least 40 people": ""}),  # a running toll
        ("Nairobi recorded 120 mm of rain, the weather office said.", {"120 mm": ""}),  # no day
        ("A 20 cm knife was found on Tuesday.", {"20 cm": ""}),  # a length, not a reading
        # the end of the stretch measured, not the day of the reading
        (
            "Nairobi's Dagoretti weather station recorded 120 mm of rain in 24 hours to Wednesday morning.",
            {"120 mm": ""},
        ),
    ],
)
def test_no_day(nlp, text, want):
    found = windows(nlp, text, "2024-04-26")
    assert {k: found.get(k) for k in want} == want
