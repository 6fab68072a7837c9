"""A rank before a name ends no sentence (probe14a A1, lead's s14 speaker request).

The parser may end a sentence at the full stop of "Sr. Comr." or "Capt." and
leave "Budi Santoso said." as a sentence of its own, even when told that no
sentence starts at the name: the figures before it then lose their speaker, or
keep only the name. The sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of, credits

pytestmark = pytest.mark.model


class TestRankSentences:
    def test_an_indonesian_police_rank_and_title(self, nlp):
        text = "Three bodies were recovered on Monday, Central Java police spokesman Sr. Comr. Budi Santoso said."
        assert credits(nlp, text)["Three bodies"] == "Central Java police spokesman Sr. Comr. Budi Santoso"
        assert column_of(nlp, text, "sentence")["Three bodies"] == text

    def test_a_title_ending_a_sentence_stays_its_end(self, nlp):
        text = "He was promoted to Brig. Gen. The move came after 20 years of service, officials said."
        assert column_of(nlp, text, "sentence")["20 years"].startswith("The move")

    def test_a_name_suffix_is_no_rank(self, nlp):
        text = "The store was opened by Robert Jones Sr. He said 12 people worked there."
        assert column_of(nlp, text, "sentence")["12 people"] == "He said 12 people worked there."
