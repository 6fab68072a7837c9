"""Speakers' names kept whole, and a description pointing back to the speaker it names.

A name the tokenizer splits at a hyphen ("Sanwo-Olu", "al-Husseini") is one name;
"the ministry said" points back to the nearest earlier speaker with that word ("the
interior ministry"), not to another body of the same kind named in between.
"""

from __future__ import annotations

import pytest

from .article_claims import credits_of_figures_and_dates as credits

pytestmark = pytest.mark.model


class TestHyphenatedNames:
    def test_a_name_with_a_particle(self, nlp):
        # data/ramadi-2015 003: was "Husseini"
        text = (
            "\u201cTomorrow, God willing, these reinforcements will continue towards Anbar and and the start of "
            "operations to cleanse the areas recently captured by Daesh will be announced,\u201d Jaafar al-Husseini "
            "told AFP, using an Arab acronym for ISIS."
        )
        assert credits(nlp, text, "2015-05-18")["Tomorrow"] == "Jaafar al-Husseini"

    def test_a_double_surname(self, nlp):
        # wire-style wording (constructed): was "Olu"
        text = "Sanwo-Olu on Thursday extended the deadline of the inquiry, saying it now had 30 days to report."
        assert credits(nlp, text)["30 days"] == "Sanwo-Olu"

    def test_a_hyphenated_given_name(self, nlp):
        # wire-style wording (constructed): a guard, the parser joins these
        assert credits(nlp, "Jean-Pierre Lacroix said 12 peacekeepers were wounded.")["12 peacekeepers"] == (
            "Jean-Pierre Lacroix"
        )


class TestDescriptionsPointBack:
    def test_the_documents_are_the_documents_named_before(self, nlp):
        # corpus/dev/baton-rouge-ambush-2016 07: was "the documents (VA)"
        text = (
            "Long had gone to the VA in 2011 complaining about trouble falling and staying asleep. He avoided "
            'crowds and experienced "suspiciousness of others," according to the documents.\n\n'
            "But the VA ultimately found he was stable with no evidence of imminent harm to himself or others.\n\n"
            "His last VA medical visit was in August 2013, related to asthma and injury to his shoulder and arm, "
            "the documents show,"
        )
        assert credits(nlp, text)["August 2013"] == "the documents"

    def test_the_ministry_is_the_ministry_named_before(self, nlp):
        # wire-style wording (constructed): was "the ministry (National Weather Service)"
        text = (
            "Floods have killed 21 people, the interior ministry said on Monday.\n\n"
            "The National Weather Service said 90 mm of rain fell in 24 hours.\n\n"
            "Roads were cut in 9 districts, the ministry said."
        )
        got = credits(nlp, text)["9 districts"]
        assert got.startswith("the ministry") and "Weather" not in got

    def test_a_description_still_points_to_a_named_speaker(self, nlp):
        # wire-style wording (constructed): a guard
        text = (
            "Floods have killed 21 people, the Health Ministry said on Monday.\n\n"
            "Roads were cut in 9 districts, the ministry said."
        )
        assert credits(nlp, text)["9 districts"] == "the ministry (Health Ministry)"
