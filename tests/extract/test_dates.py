"""Dates resolved against the article's own date; day names the small model labels TIME; numbers that are not dates."""

from __future__ import annotations

import pytest

from factcmp.extract.dates import date_spans, resolve

# (expression, reference date, expected ISO date, period); the reference is fixed, the clock never read
CASES = [
    ("on Sunday", "2015-05-18", "2015-05-17", "day"),
    ("early Saturday, May 16, 2015", "2015-05-18", "2015-05-16", "day"),
    ("last June", "2015-05-18", "2014-06-01", "month"),
    ("April", "2015-05-18", "2015-04-01", "month"),
    ("earlier this year", "2015-05-18", "2015-01-01", "year"),
    ("Tuesday night", "2013-07-03", "2013-07-02", "day"),
    ("early Sunday morning", "2016-07-31", "2016-07-31", "day"),
    ("Sunday-morning", "2016-07-18", "2016-07-17", "day"),
    ("about 1:30 a.m. Nov. 27", "2016-12-07", "2016-11-27", "day"),
    ("earlier today", "2016-12-02", "2016-12-02", "day"),
    ("yesterday", "2016-12-02", "2016-12-01", "day"),
    ("landslides Tuesday", "2013-07-02", "2013-07-02", "day"),
    ("Thursday, November 10th", "2011-11-11", "2011-11-10", "day"),
    ("May 16, 2015", "2015-05-18", "2015-05-16", "day"),
]


@pytest.mark.parametrize(("text", "reference", "iso", "period"), CASES, ids=[c[0] for c in CASES])
def test_resolve(text, reference, iso, period):
    assert resolve(text, reference) == (iso, period)


def test_no_reference_no_date():
    assert resolve("on Sunday", "") == ("", "")


@pytest.mark.model
class TestDateSpans:
    def spans(self, nlp, text: str) -> list[str]:
        return [s.text for s in date_spans(nlp(text))]

    def test_day_the_model_labels_time(self, nlp):
        assert self.spans(nlp, "Austin Police say one woman is dead after a shooting early Sunday morning.") == [
            "early Sunday morning"
        ]

    def test_an_age_is_not_a_date(self, nlp):
        assert self.spans(nlp, "Investigators found that Lakeem Keon Scott, 37, was armed early Thursday morning.") == [
            "early Thursday morning"
        ]

    def test_a_clock_time_alone_is_not_a_day(self, nlp):
        assert self.spans(nlp, "The shooting started at 2:15 a.m. and ended ten minutes later.") == []


@pytest.mark.model
def test_date_claims_carry_their_event_and_source(nlp):
    doc = nlp.make_doc("U.S. Marshals arrested McCray near Atlanta on Tuesday morning, police said.")
    doc._.factcmp_reference = "2016-08-03"
    doc = nlp(doc)
    (claim,) = [c for c in doc._.factcmp_claims if c["kind"] == "date"]
    assert (claim["date"], claim["predicate"], claim["attributed_to"]) == ("2016-08-02", "arrested", "police")
