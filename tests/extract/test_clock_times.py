"""A four-digit clock time with its zone ("0737 GMT", "1700 hrs") is a time of day, not a year.

The small model labels "0737" or "1700" DATE; dateparser then reads it as the
year 737 or 1700, which made a date claim and a past-period window for the
figures of the sentence.

Sources: aceh 04 (published 2013-07-02) and wire-style wordings (constructed).
"""

from __future__ import annotations

import pytest

from .article_claims import claims

pytestmark = pytest.mark.model


def test_gmt_time_is_no_date_and_no_window(nlp):
    # aceh 04
    found = claims(nlp, "The quake hit inland at 0737 GMT at a depth of just 10 kilometres.", "2013-07-02")
    assert [c["text"] for c in found if c["kind"] == "date"] == []
    (depth,) = [c for c in found if c["kind"] == "quantity"]
    assert depth["window"] == ""


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # wire-style wording (constructed)
        ("The blast went off at about 8:00 pm (1700 GMT) on Monday.", [("Monday", "2022-10-24")]),
        ("Troops entered the town at 0830 hrs on Tuesday.", [("Tuesday", "2022-10-18")]),
        # a year stays a year
        ("The bridge was built in 1945.", [("1945", "1945-01-01")]),
    ],
)
def test_clock_times_with_a_zone(nlp, text, dates):
    found = claims(nlp, text, "2022-10-24")
    assert [(c["text"], c["date"]) for c in found if c["kind"] == "date"] == dates
