"""Minutes off a clock time tell a time of day, no duration (notclaims; probe14a A16's pattern).

"Deputies arrived a few minutes after 8 a.m. Tuesday" read 2-5 minutes 'minute deployed', which then met another
outlet's response time. Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies arrived a few minutes after 8 a.m. Tuesday.",
        "The shooting began 10 minutes before midnight.",
        "The first call came in at 20 minutes past 9 p.m.",
    ],
)
def test_minutes_off_a_clock_time_are_no_claim(nlp, sentence):
    assert not [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.unit == "minute"]


def test_a_response_time_stays(nlp):
    sentence = "Officers arrived about two minutes after the first 911 call at 8:02 a.m."
    [claim] = factcmp.extract_quantities(sentence, nlp=nlp)
    assert (claim.value, claim.unit) == (2.0, "minute")
