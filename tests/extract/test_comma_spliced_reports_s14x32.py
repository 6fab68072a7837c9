"""A report joined to its clause by a comma alone credits that clause.

"Four suspects were detained after the raid, Capt. Maria Lopez told reporters":
the parser may make "told" a conjunct of "detained", but with no "and" or "but"
between and nothing said of its own, the later clause is the report of the one
before. A clause joined by "and" that says something of its own still keeps it
to itself (test_credits_not_speakers' stadium). The sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestCommaSplicedReports:
    def test_a_captain_telling_reporters(self, nlp):
        text = "Four suspects were detained after the raid, Capt. Maria Lopez told reporters."
        assert credits(nlp, text)["Four suspects"] == "Capt. Maria Lopez"

    def test_a_clause_joined_by_and_keeps_its_report(self, nlp):
        text = "The hall was full, and witnesses said 200 more people were turned away."
        assert credits(nlp, text) == {"200 more people": "witnesses"}
