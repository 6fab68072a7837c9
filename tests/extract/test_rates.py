"""A figure told per year, month, week or day is a rate, no toll of the story's days.

"<a country>, where hundreds of people die in <accidents> every year" was read as "people killed" with no
window, joined a disaster's toll and pushed its own latest figure out (a synthetic probe cluster). The window is
now "rate:year", which meets only the same rate (tests/test_reconcile.py). An adjective of habit on a noun ("a
daily market", "the weekly market") dates nothing. Constructed, wire-style sentences: no dev or Ramadi article
has one.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Buses are the main way to travel in the region, where hundreds of people die on its roads every year.",
            {"hundreds of people": "rate:year"},
        ),
        ("Malaria kills more than 600,000 people each year.", {"more than 600,000 people": "rate:year"}),
        ("The death toll has risen to 19, the coast guard said.", {"19": ""}),
        # an adjective of habit names the market, not a rate of the deaths
        ("A car bomb at a busy daily market killed 17 people, officials said.", {"17 people": ""}),
        ("Shelling hit the weekly market in the town, killing at least 30 people.", {"at least 30 people": ""}),
    ],
)
def test_a_figure_told_per_year_is_a_rate(nlp, text: str, want: dict[str, str]) -> None:
    got = windows(nlp, text, "2026-06-08")
    assert {k: got.get(k) for k in want} == want
