"""A group that claims an attack owns the deed; it is not the source of the attack's toll.

"claim(ed) (responsibility for)" an attack is no verb of saying for the figures
the attack's description carries. No dev or Ramadi sentence has the pattern: the
sentences here are constructed, in wire-style wording of terror reports.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestClaimedDeeds:
    def test_an_attack_claimed_by_a_group(self, nlp):
        # wire-style wording (constructed)
        text = "A suicide attack claimed by the Islamic State group killed 30 people in a Baghdad market."
        assert credits(nlp, text)["30 people"] == ""

    def test_a_group_claims_the_bombing_in_a_headline(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "ISIL claims Baghdad market bombing that killed 30")["30"] == ""

    def test_a_group_claimed_the_bombing_which_killed(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Islamic State claimed the bombing, which killed 35 people.")["35 people"] == ""

    def test_claimed_responsibility_leaves_the_toll_to_the_source_who_said_it(self, nlp):
        # wire-style wording (constructed): the governing 'claimed' took the toll before 'police said'
        text = (
            "ISIL (ISIS) has claimed responsibility for a suicide bombing in Baghdad that killed at least 30 people, police said."
        )
        assert credits(nlp, text)["at least 30 people"] == "police"

    def test_blasts_claimed_by_a_group_the_parser_hangs_on_the_toll(self, nlp):
        # wire-style wording (constructed): "claimed" is read as an adverbial clause of "died"
        text = "The last big attack on the city was in March, when 41 people died in twin blasts claimed by IS."
        assert credits(nlp, text)["41 people"] == ""

    def test_an_attack_was_claimed_by(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "The attack was claimed by Islamic State and killed 12 people.")["12 people"] == ""


class TestClaimsThatStayReports:
    def test_a_claimed_clause_is_a_report(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "The rebels claimed 30 soldiers were killed in the ambush.")["30 soldiers"] == "The rebels"

    def test_a_claimed_toll_is_a_report(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "The ministry claimed a death toll of 40.")["40"] == "The ministry"


class TestNameWithAlias:
    def test_a_name_in_capitals_with_its_alias_in_brackets_is_the_whole_speaker(self, nlp):
        # wire-style wording (constructed): the dateline rule took "ISIL" for a dateline and kept "(ISIS"
        assert credits(nlp, "ISIL (ISIS) said 30 people were killed.")["30 people"] == "ISIL (ISIS)"

    def test_a_dateline_in_capitals_is_still_dropped(self, nlp):
        # corpus/dev/bristol-highway-2016: "BRISTOL, TN (WJHL)- The TBI revealed ..." (wording shortened)
        text = "BRISTOL, TN (WJHL)- The Tennessee Bureau of Investigation revealed 2 people were shot."
        assert credits(nlp, text)["2 people"] == "The Tennessee Bureau of Investigation"
