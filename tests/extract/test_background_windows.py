"""Every figure of a background event takes its date: the when-clause's second verb and participle, a fronted date.

"since January 2018, when a 15-year-old killed two classmates" dated the two
classmates, not the "and wounded 14" joined to the same clause; "since 1992,
when a plane crashed near Kathmandu, killing 167 people" dated nothing, the
parser hanging the participle on the main verb ("It is the deadliest crash");
"In 2014, a guesthouse ... collapsed in Lagos, killing 116 people" dated
nothing, the parser hanging the fronted date on the guesthouse. Undated, each
background toll met the story's own (a false conflict or update). The
finite-verb forms ("when a plane crash killed 167 people") were dated already.

No dev article has a background toll so told (the one "since 2005, when ..." of
berrien 01 has no figure): the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # a participle after the when-clause
        (
            "It is the deadliest crash since 1992, when a plane crashed near Kathmandu, killing 167 people.",
            "2023-01-16",
            {"167 people": "period:1992"},
        ),
        # a second verb of the when-clause
        (
            "It was the first fatal school shooting since January 2018, when a 15-year-old killed two classmates and wounded 14.",
            "2022-10-25",
            {"15-year-old": "period:2018-01", "two classmates": "period:2018-01", "14": "period:2018-01"},
        ),
        # a fronted date, whatever the parser hangs it on
        (
            "In 2014, a guesthouse belonging to a megachurch collapsed in Lagos, killing 116 people.",
            "2021-11-03",
            {"116 people": "period:2014"},
        ),
        # the dated subject's second verb: the fire of 2018 did both
        (
            "The 2018 Camp Fire killed 85 people and destroyed nearly 19,000 buildings.",
            "2026-08-10",
            {"85 people": "period:2018", "nearly 19,000 buildings": "period:2018"},
        ),
        # the same with another background date later in the sentence: each clause keeps its own
        (
            "The 2020 North Complex Fire killed 16 people and burned more than 318,000 acres, and the Camp Fire "
            "destroyed close to 19,000 structures in 2018.",
            "2026-08-11",
            {
                "16 people": "period:2020",
                "more than 318,000 acres": "period:2020",
                "close to 19,000 structures": "period:2018",
            },
        ),
    ],
)
def test_background_figures_take_the_date(nlp, text, reference, want):
    found = windows(nlp, text, reference)
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # the finite verb was dated before
        (
            "It is the deadliest crash since 1992, when a plane crash killed 167 people.",
            "2023-01-16",
            {"167 people": "period:1992"},
        ),
        # a date in the middle of the sentence, about a noun, scopes no other clause
        (
            "Rescuers in a region devastated by the tsunami of 2004 pulled 12 people from the rubble.",
            "2013-07-02",
            {"12 people": ""},
        ),
    ],
)
def test_guards(nlp, text, reference, want):
    found = windows(nlp, text, reference)
    assert {k: found.get(k) for k in want} == want
