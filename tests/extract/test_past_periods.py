"""Figures of an earlier period: "last year", a date that introduces a clause, a known one's deed.

A figure dated to a past period is another fact than the story's own: "Last
year, 43 people were killed in Dayton" is no rival of today's three dead, and
no whole that today's toll is a part of. The window is read from the words:

- "last year" / "last month" with no "the" is the calendar period before the
  article's ("in the last year" is a stretch of twelve months up to now);
- a clause a date introduces ("since August, when a gunman killed nine
  people") tells what happened then;
- "two weeks after a gunman killed nine people" dates the clause after it (a
  day that long before the article), and nothing else in the sentence; the
  two weeks stay a figure of their own, the time between the two events;
- a relative clause that picks out someone the story knows ("The man who
  killed three law enforcement officers ... declared last year") is not dated
  by a date outside it, while one that introduces a new thing ("In 2012, a
  quake that killed five people struck Aceh") is.

Sources: the dev clusters (``corpus/dev/<cluster> <doc>``, with the article's
publication date as the reference) and wire-style wordings.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


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
        # the date of the subject that did it is the date of the deed
        (
            "Nepal's deadliest quake in recent memory, in 2015, killed nearly 9,000 people.",
            "2023-11-04",
            {"nearly 9,000 people": "period:2015"},
        ),
        ("The 2004 tsunami killed 230,000 people across Asia.", "2013-07-02", {"230,000 people": "period:2004"}),
        # bourbon 01 (2016-11-27): of two dates, the one of the figure's own clause
        (
            "Harrison told WDSU, adding to 11 total arrests for the same offense in the two days after Thanksgiving.",
            "2016-11-27",
            {"11 total arrests": "2d"},
        ),
    ],
)
def test_a_figure_of_an_earlier_period_gets_that_period(nlp, text, reference, want):
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "reference", "figure"),
    [
        # aceh 09 (2013-07-02): the date of a noun in another clause ("a region devastated by the ... tsunami of 2004")
        (
            "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed at least one "
            "person, injured dozens and destroyed buildings, sparking panic in a region devastated by the "
            "quake-triggered tsunami of 2004.",
            "2013-07-02",
            "at least one person",
        ),
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


@pytest.mark.parametrize(
    ("text", "reference", "dated", "undated"),
    [
        (
            "The shooting comes two weeks after a gunman killed nine people and injured 27 in the city's Oregon District.",
            "2020-01-12",
            {"nine people": "period:2019-12-29", "27": "period:2019-12-29"},
            ["two weeks"],
        ),
        (
            "Three people were killed Sunday, three days after a gunman killed five people in a nearby town.",
            "2020-01-12",
            {"five people": "period:2020-01-09"},
            ["Three people", "three days"],
        ),
        # the main clause's figure is the story's own: the clause after "after" holds no figure
        ("Two days after the quake struck, rescuers pulled 12 people from the rubble.", "2013-07-04", {}, ["12 people"]),
    ],
)
def test_a_clause_after_a_length_of_time_is_of_a_day_that_long_before(nlp, text, reference, dated, undated):
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in dated} == dated
    assert {k: got.get(k) for k in undated} == dict.fromkeys(undated, "")


def test_the_time_between_two_events_stays_a_figure_in_a_comparison(nlp):
    # baton-rouge 03 (2016-07-18): the 10 and 12 days are facts of the story (the gap since Dallas, since the
    # killing of Alton Sterling), while what the clauses after them tell is of those earlier days
    import pandas as pd

    import factcmp

    text = (
        "President Obama condemned the attack, which came just 10 days after a gunman killed five police officers "
        "in Dallas — and 12 days after police in Baton Rouge fatally shot 37-year-old Alton Sterling while he was "
        "pinned to the ground."
    )
    arts = pd.DataFrame([{"doc_id": "a", "source": "x", "published": "2016-07-18", "text": text}])
    claims = factcmp.compare(arts, nlp=nlp).claims
    got = dict(zip(claims["text"], claims["window"].fillna(""), strict=False))
    assert got["10 days"] == "" and got["12 days"] == ""
    assert got["five police officers"] == "period:2016-07-08"
