"""A length of time is a duration claim, never a calendar date.

spaCy labels "three and a half hours" or "about two years" DATE, and dateparser,
given such a span, reads the number word in it as a month ("three" is March) or
counts back from the article's day ("two years" ago). The comparison then had a
date claim where the text states a length, a past-period window that swallowed
the figure itself, and no quantity. A hedged or fractional length ("about",
"nearly", "more than", "and a half") is as much a length as the bare "two
years" that was already left undated.

The sentences are constructed, in wire-style wording: no dev article has a hedged
or fractional length the model labels DATE.
"""

from __future__ import annotations

import pytest

from factcmp.extract.dates import is_pure_duration

from .article_claims import claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "length", "value", "unit"),
    [
        # wire-style wording (constructed)
        ("Students spent three and a half hours hiding in classrooms on Monday.", "three and a half hours", 3.5, "hour"),
        ("The lockdown at the school lasted two and a half hours.", "two and a half hours", 2.5, "hour"),
        ("The building had been under construction for about two years.", "about two years", 2.0, "year"),
        ("The tower had stood empty for nearly 18 months before the fire.", "nearly 18 months", 18.0, "month"),
    ],
)
def test_a_length_is_a_quantity_not_a_date(nlp, text, length, value, unit):
    found = claims(nlp, text, "2022-10-24")
    assert not [c for c in found if c["kind"] == "date" and c["text"] == length]
    (q,) = [c for c in found if c["kind"] == "quantity" and c["text"] == length]
    assert (q["value"], q["unit"], q["window"]) == (value, unit, "")


def test_the_day_beside_a_length_is_still_a_date(nlp):
    found = claims(nlp, "Students spent three and a half hours hiding in classrooms on Monday.", "2022-10-25")
    assert [(c["text"], c["date"]) for c in found if c["kind"] == "date"] == [("Monday", "2022-10-24")]


@pytest.mark.parametrize(
    ("text", "span", "length"),
    [
        ("The lockdown lasted two and a half hours.", "two and a half hours", True),
        ("Last year, 43 people were killed in Dayton.", "Last year", False),  # the calendar year before
        ("The quake struck two years ago.", "two years ago", False),  # a day, counted back
    ],
)
def test_what_counts_as_a_length(nlp, text, span, length):
    doc = nlp(text)
    (ent,) = [e for e in doc.ents if e.text == span]
    assert is_pure_duration(ent) is length
