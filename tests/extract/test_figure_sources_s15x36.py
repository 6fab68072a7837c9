"""A figure with a source of its own is that source's, not the sentence's speaker's.

"..., up from an earlier figure of 11 given by the state mining agency": the 11 is the agency's.
"..., far above the army's official toll of 12": the owner of a toll or a figure is its source.
Wording constructed in wire style: no dev sentence has this shape.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestGivenBy:
    def test_a_figure_given_by_another_source(self, nlp):
        text = "Rescuers said 15 miners were still missing, up from an earlier figure of 11 given by the mining agency."
        got = credits(nlp, text)
        assert got["15 miners"] == "Rescuers"
        assert got["11"] == "the mining agency"


class TestOwnerOfAFigure:
    def test_the_owner_of_a_toll(self, nlp):
        got = credits(nlp, "A monitoring group said 45 civilians were killed, far above the army's official toll of 12.")
        assert got["45 civilians"] == "A monitoring group"
        assert got["12"] == "the army"

    def test_the_owner_of_a_figure_in_initials(self, nlp):
        got = credits(nlp, "Aid workers say 300 families have fled, twice the UN's figure of 150.")
        assert got["150"] == "the UN"

    def test_the_owner_of_a_count_without_its_possessive(self, nlp):
        # a count is a report noun, not a verb of seeing that the sentence's "said" would report
        got = credits(nlp, "Activists said 80 people were arrested, more than the ministry's count of 50.")
        assert got["50"] == "the ministry"

    def test_a_place_owns_no_toll(self, nlp):
        assert credits(nlp, "Nepal's toll rose to 21 on Monday, police said.")["21"] == "police"

    def test_a_day_owns_no_toll(self, nlp):
        assert credits(nlp, "Monday's toll of 21 was the highest this year, police said.")["21"] == "police"
