"""A figure given by another source inside one sentence keeps that source (probe14b B8).

"X said at least 45 died, far more than the 28 confirmed by Y": the 28 is Y's,
though X's "said" governs the sentence. No dev or Ramadi sentence has this shape:
the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestFigureWithItsOwnSource:
    def test_a_figure_confirmed_by_another_source(self, nlp):
        got = credits(nlp, "A rights group said at least 45 workers died, far more than the 31 confirmed by state media.")
        assert got["31"] == "state media"
        assert got["at least 45 workers"] == "A rights group"

    def test_a_figure_reported_by_another_source(self, nlp):
        got = credits(nlp, "Police said 30 people were hurt, up from the 12 reported by the hospital.")
        assert got["12"] == "the hospital"
        assert got["30 people"] == "Police"

    def test_what_was_done_to_the_counted_is_no_source(self, nlp):
        got = credits(nlp, "Officials said 30 people, including 12 children identified by relatives, died.")
        assert got["12 children"] == "Officials"

    def test_the_act_a_figure_counts_is_no_source(self, nlp):
        got = credits(nlp, "The union head said the plant would not be hit by the 300 job cuts announced by the parent.")
        assert got["300 job cuts"] == "The union head"
