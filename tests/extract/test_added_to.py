""" "add to" is to increase, not to say: its subject is no source of the figures.

speakers._adds_to compared lemma_ with "add", but factcmp's pipeline runs without a
lemmatizer (lemma_ is empty), so the rule never held. Constructed wire-style wording:
the dev's "The shooting ... added to the tensions" has no figure.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestAddTo:
    def test_what_adds_to_a_count_does_not_tell_it(self, nlp):
        # wire-style wording (constructed): was "Heavy rain"
        assert credits(nlp, "Heavy rain added to the misery of 3,000 displaced families.")["3,000"] == ""

    def test_added_that_still_says(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Police added that 12 people were arrested.")["12 people"] == "Police"

    def test_adding_to_an_audience_that_still_says(self, nlp):
        # wire-style wording (constructed)
        text = "Nugroho spoke on Tuesday, adding to reporters that 40 were missing."
        assert credits(nlp, text)["40"] == "Nugroho"
