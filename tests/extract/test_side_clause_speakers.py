"""A speaker in a side clause ("as X warns of ...") is credited only with what it says there.

No dev or Ramadi sentence has a figure beside such a clause: the sentences are
constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestSideClauseSpeakers:
    def test_a_warning_of_something_else_does_not_credit_the_toll(self, nlp):
        # wire-style wording (constructed)
        text = "The death toll rose to 45 on Friday as the Red Cross warned that more rain was expected."
        assert credits(nlp, text)["45"] == ""

    def test_a_warning_of_more_rain_in_a_headline_style_line(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Landslide toll climbs to 23 as government warns of more storms.")["23"] == ""

    def test_what_the_side_clause_says_is_still_its_own(self, nlp):
        # wire-style wording (constructed)
        got = credits(nlp, "Rescuers pulled 12 people from the mud as officials reported 30 more missing.")
        assert got["30"] == "officials"


class TestCreditsThatStay:
    def test_a_side_clause_that_says_nothing_of_its_own_credits_the_sentence(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Three people were killed, as police said earlier.")["Three people"] == "police"

    def test_a_frame_of_the_main_clause_keeps_the_figure(self, nlp):
        # wire-style wording (constructed)
        text = "The toll rose to 45, police said, as the Red Cross warned of more rain."
        assert credits(nlp, text)["45"] == "police"
