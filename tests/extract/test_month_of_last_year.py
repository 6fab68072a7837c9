"""A month of "last year" or "this year" keeps its month: "April last year" is April of the year before.

The date resolver tried "last year" before anything else in the span, so "In
April last year" was 1 January of the year before. The date claim now has the
month; the window of the figures it dates stays the year "last year" names, so
that sources which disagree on the month of a past episode (aceh: "April last
year" against "May 2012") still tell one episode.

Sources: aceh 05 (published 2013-07-02) and wire-style wordings (constructed).
"""

from __future__ import annotations

import pytest

from factcmp.extract import prepare_pipeline
from factcmp.extract.dates import resolve


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("May last year", ("2021-05-01", "month")),
        ("in November of last year", ("2021-11-01", "month")),
        ("Sept. last year", ("2021-09-01", "month")),
        ("March this year", ("2022-03-01", "month")),
        # no month: the year, as before
        ("last year", ("2021-01-01", "year")),
        ("earlier this year", ("2022-01-01", "year")),
    ],
)
def test_month_of_a_named_year(text, want):
    assert resolve(text, "2022-10-25") == want


@pytest.mark.model
def test_the_date_has_the_month_and_the_window_the_year(nlp):
    # aceh 05
    pipeline = prepare_pipeline(nlp)
    doc = pipeline.make_doc(
        "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, "
        "prompting an Indian Ocean-wide tsunami alert."
    )
    doc._.factcmp_reference = "2013-07-02"
    claims = pipeline(doc)._.factcmp_claims
    assert [(c["text"], c["date"]) for c in claims if c["kind"] == "date"] == [("April last year", "2012-04-01")]
    (quake,) = [c for c in claims if c["kind"] == "quantity" and c["unit"] == "magnitude"]
    # the window is the year "last year" names: [07] dates the same quake "in May 2012" (aceh SOURCES.md)
    assert quake["window"] == "period:2012"
