"""Figures of an earlier period: "last year", a date that introduces a clause, a known one's deed.

A figure dated to a past period is another fact than the story's own: "Last
year, 43 people were killed in Dayton" is no rival of today's three dead, and
no whole that today's toll is a part of. The window is read from the words:

- "last year" / "last month" with no "the" is the calendar period before the
  article's ("in the last year" is a stretch of twelve months up to now);
- a clause a date introduces ("since August, when a gunman killed nine
  people") tells what happened then;
- a relative clause that picks out someone the story knows ("The man who
  killed three law enforcement officers ... declared last year") is not dated
  by a date outside it, while one that introduces a new thing ("In 2012, a
  quake that killed five people struck Aceh") is.

Sources: the dev clusters (``corpus/dev/<cluster> <doc>``, with the article's
publication date as the reference) and wire-style wordings.
"""

from __future__ import annotations

import pytest

from factcmp.extract import extract_quantities

pytestmark = pytest.mark.model


def windows(nlp, text: str, reference: str) -> dict[str, str]:
    return {c.text: c.window for c in extract_quantities(text, nlp=nlp, reference_date=reference)}


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # aceh 07 (published 2013-07-02)
        (
            "Last year, a 6.4-magnitude quake rocked the west coast of Sumatra Island, killing at least one person.",
            "2013-07-02",
            {"6.4-magnitude quake": "period:2012", "at least one person": "period:2012"},
        ),
        ("Last year, 43 people were killed in Dayton.", "2020-01-12", {"43 people": "period:2019"}),
        ("43 people were killed in Dayton last year.", "2020-01-12", {"43 people": "period:2019"}),
        ("Last month, police arrested 12 people in the same neighbourhood.", "2020-01-12", {"12 people": "period:2019-12"}),
        # a clause the date introduces
        (
            "It was the deadliest shooting in the city since August, when a gunman killed nine people.",
            "2020-01-12",
            {"nine people": "period:2019-08"},
        ),
        # a new thing a relative clause introduces is dated by the date outside it
        ("In 2012, a quake that killed five people struck Aceh.", "2013-07-02", {"five people": "period:2012"}),
    ],
)
def test_a_figure_of_an_earlier_period_gets_that_period(nlp, text, reference, want):
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "reference", "figure"),
    [
        # the twelve months up to now, not the calendar year before
        ("In the last year, 43 people were killed in Dayton.", "2020-01-12", "43 people"),
        # baton-rouge 02 (2016-07-18): the clause names the story's gunman, "last year" dates what he declared
        (
            "The man who killed three law enforcement officers in Baton Rouge declared last year that he was "
            "changing his name from Gavin Eugene Long to Cosmo Setepenra.",
            "2016-07-18",
            "three law enforcement officers",
        ),
        (
            "The man who killed three law enforcement officers in Baton Rouge sought to change his name last year "
            "and said he was part of a largely black group.",
            "2016-07-18",
            "three law enforcement officers",
        ),
    ],
)
def test_a_figure_the_period_does_not_scope_keeps_no_window(nlp, text, reference, figure):
    assert windows(nlp, text, reference)[figure] == ""
