"""A figure counted "since" a recent date is a running total up to now, not a figure of an earlier period.

"some 40,000 people displaced since the long rains began in mid-March" in an
April report was given the window of March (``period:2024-03``), which kept it
apart from the same total told without the "since" ("Nearly 40,000 people have
been displaced"). Its window is now ``since:2024-03``: a stretch that meets an
open window (the undated running total) and keeps apart from a figure of
another stretch ("in the past 24 hours", "since 2004"). A start more than a
year back opens a longer history and keeps its period, as before; a "since"
that bounds a comparison ("the deadliest crash since 1992") scopes no figure;
a when-clause after it ("since August, when a gunman killed nine people") still
tells what happened then.

No dev article counts a figure since a date (yida's "fighting Sudan's army since
June" dates a clause that holds no figure): the sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp.linkage import windows_compatible

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Government spokesman Isaac Mwaura said 1,200 homes had been destroyed and some 40,000 people "
            "displaced since the long rains began in mid-March.",
            {"1,200 homes": "since:2024-03", "some 40,000 people": "since:2024-03"},
        ),
        ("Some 40,000 people have been displaced since March, the government said.", {"Some 40,000 people": "since:2024-03"}),
    ],
)
def test_a_recent_since_opens_a_stretch(nlp, text, want):
    found = windows(nlp, text, "2024-04-26")
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # a comparison's bound scopes no figure
        ("At least 68 people were killed, the deadliest crash since 1992.", "2023-01-16", {"At least 68 people": ""}),
        # a long history keeps its period
        ("More than 500 people have died in floods since 2004.", "2024-04-26", {"More than 500 people": "period:2004"}),
        # the when-clause tells what happened then
        (
            "It was the deadliest shooting in the city since August, when a gunman killed nine people.",
            "2024-04-26",
            {"nine people": "period:2023-08"},
        ),
    ],
)
def test_other_sinces(nlp, text, reference, want):
    found = windows(nlp, text, reference)
    assert {k: found.get(k) for k in want} == want


def test_the_stretch_meets_the_running_total_only():
    from factcmp.facets import Facet
    from factcmp.linkage import Atom

    def atom(window: str) -> Atom:
        facet = Facet(measure="count", event="displaced", noun="", anchor="", keys=(("displaced",),), named=True)
        return Atom(facet, 40000.0, 40000.0, 40000.0, False, window, frozenset(), "person", False)

    since = atom("since:2024-03")
    assert windows_compatible(since, atom(""))
    assert windows_compatible(since, atom("recent"))
    assert not windows_compatible(since, atom("period:2024-03"))
    assert not windows_compatible(since, atom("24h"))
