"""An "N days ago" told beside its day restates the date: it is no length of anything.

"15 people had been rescued since the building came down on Monday, four days
ago" gave a claim "four days" that met the hours people were trapped (a false
conflict in a probe cluster). The day is the claim; the days ago only say it
again. Alone ("The quake struck four days ago") the time since stays a figure.

No dev or Ramadi sentence restates a date so: the sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model

REFERENCE = "2026-08-13"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said 15 people had been rescued since the building came down on Monday, four days ago.",
        "The fire started on Aug. 9, two days ago, near the highway.",
        "Four days ago, on Monday, the building came down.",
    ],
)
def test_days_ago_beside_their_day_are_no_claim(nlp, text):
    # wire-style wording (constructed)
    got = windows(nlp, text, REFERENCE)
    assert not any("days" in claim for claim in got)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The quake struck four days ago.", "four days"),
        ("He was released on Friday after 10 days in custody.", "10 days"),
    ],
)
def test_a_length_or_a_time_since_alone_stays(nlp, text, figure):
    # wire-style wording (constructed)
    assert figure in windows(nlp, text, REFERENCE)
