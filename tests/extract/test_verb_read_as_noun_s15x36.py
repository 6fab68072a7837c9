"""A verb of saying the parser reads as the last noun of its subject's phrase still has its speaker.

"... ; aid groups in the region estimate that 900 died": the small parser takes "the region estimate"
for a noun phrase and hangs the clause elsewhere, so the 900 went to the other source of the sentence.
Wording constructed in wire style (two sources joined by a semicolon; no dev sentence has this shape).
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestVerbReadAsNoun:
    def test_after_a_semicolon(self, nlp):
        got = credits(nlp, "The ministry counts 500 dead; aid groups in the region estimate that 900 died.")
        assert got["500"] == "The ministry"
        assert got["900"] == "aid groups in the region"

    def test_the_clause_hung_on_the_other_source(self, nlp):
        got = credits(nlp, "Police put the toll at 12; residents in the village report that 30 people died.")
        assert got["12"] == "Police"
        assert got["30 people"] == "residents in the village"

    def test_a_report_noun_with_its_article_stays_a_noun(self, nlp):
        assert credits(nlp, "Officials said 40 people died amid reports that 60 were killed.")["60"] == "Officials"
