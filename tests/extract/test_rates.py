"""A figure told per year, month, week or day is a rate, no toll of the story's days.

"Ferries are a key mode of transport in the Philippines, where hundreds of people die in sea accidents every
year" was read as "people killed" with no window, joined a ferry's toll and pushed its own latest figure out
(probe12, Mindoro). The window is now "rate:year", which meets only the same rate (tests/test_reconcile.py).
Constructed, wire-style sentences: no dev or Ramadi article has one.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ferries are a key mode of transport in the Philippines, where hundreds of people die in sea accidents every year.",
            {"hundreds of people": "rate:year"},
        ),
        ("Malaria kills more than 600,000 people each year.", {"more than 600,000 people": "rate:year"}),
        ("The death toll has risen to 19, the coast guard said.", {"19": ""}),
    ],
)
def test_a_figure_told_per_year_is_a_rate(nlp, text: str, want: dict[str, str]) -> None:
    got = windows(nlp, text, "2026-06-08")
    assert {k: got.get(k) for k in want} == want
