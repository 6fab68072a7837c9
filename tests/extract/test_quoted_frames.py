"""A frame inside a quote credits only the quote's words, never the words around it.

The quoted person's own "we heard" or "police told us" is no report of what the writer
says outside the quote, such as the speaker's age in "said resident Ali Hassan, 40".
Constructed wire-style wording: no dev figure sits in this spot.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestQuotedFrames:
    def test_the_speakers_age_is_not_what_the_quote_reports(self, nlp):
        # wire-style wording (constructed): was "Police" (the quote's "Police told us")
        text = '"Police told us to stay inside for hours," said resident Ali Hassan, 40.'
        assert credits(nlp, text)["40"] != "Police"

    def test_the_quote_is_still_its_speakers(self, nlp):
        # wire-style wording (constructed)
        text = '"We heard maybe 20 shots, and then our teacher locked the door," said junior Maria Lopez, 16.'
        assert credits(nlp, text)["20 shots"] == "junior Maria Lopez"
