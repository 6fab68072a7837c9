"""Words around a speaker that are no part of it (the lead's s14 speaker requests).

- a clause before a comma the parser hangs on the speaker's title ("... were
  among the dead, county commissioner Mary Njeri said");
- a count whose participle of saying is the writer's ("Nine people died in the
  crash, saying ..."): the dead say nothing.

The sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestSpeakerAppositions:
    def test_a_clause_hung_on_the_title(self, nlp):
        got = credits(nlp, "Three boys were among the dead, county commissioner Mary Njeri said.")
        assert got["Three boys"] == "county commissioner Mary Njeri"

    def test_a_count_is_no_speaker(self, nlp):
        got = credits(nlp, "Nine people died in the crash, saying three others were hurt and died later.")
        assert got == {"Nine people": "", "three others": ""}

    def test_sources_counted_still_speak(self, nlp):
        got = credits(nlp, "Two witnesses came forward, saying 20 shots were fired.")
        assert got["20 shots"] == "Two witnesses"
