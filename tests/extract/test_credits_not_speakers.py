"""Words that look like a speaker and are not: a passive of belief, a headline's passive, a later clause.

- "the victim, believed to be a 74-year-old man, had told relatives ...": the
  victim believes nothing; the age is what the sheriff said.
- "Body found in burned home as ...": a headline's bare noun and participle are a
  passive ("a body was found"), not a body that found something.
- "The stadium was packed, and witnesses said ...": the witnesses say only what
  follows their "said".

No dev or Ramadi sentence has a figure in these shapes: the sentences are
constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestPassivesOfBelief:
    def test_an_age_in_the_apposition_of_the_reported_subject_is_the_speakers(self, nlp):
        # wire-style wording (constructed)
        text = "Sheriff John Reyes said the victim, believed to be a 74-year-old man, had told relatives he planned to stay."
        assert credits(nlp, text)["74-year-old man"] == "Sheriff John Reyes"

    @pytest.mark.parametrize("participle", ["thought", "said", "estimated"])
    def test_other_participles_of_belief(self, nlp, participle):
        # wire-style wording (constructed)
        text = f"Police said the gunman, {participle} to be a 31-year-old man, had told neighbours he was leaving."
        assert credits(nlp, text)["31-year-old man"] == "Police"


class TestHeadlinePassives:
    @pytest.mark.parametrize(
        ("title", "figure"),
        [
            ("Body found in burned home as fire destroys more than 100 homes", "more than 100 homes"),
            ("Suspect identified in shooting that killed 2", "2"),
        ],
    )
    def test_a_bare_noun_and_participle_is_no_speaker(self, nlp, title, figure):
        # wire-style wording (constructed)
        assert credits(nlp, f"{title}\n\nCrews are working.", title=title)[figure] == ""

    @pytest.mark.parametrize(
        ("title", "figure", "speaker"),
        [
            ("Officer says 3 shots were fired", "3 shots", "Officer"),
            ("Witness said gunman fired 20 shots", "20 shots", "Witness"),
            ("Investigators found 3 bodies in the rubble", "3 bodies", "Investigators"),
        ],
    )
    def test_a_headline_that_says_or_finds_something_keeps_its_speaker(self, nlp, title, figure, speaker):
        # wire-style wording (constructed)
        assert credits(nlp, f"{title}\n\nCrews are working.", title=title)[figure] == speaker


class TestLaterClauses:
    def test_a_capacity_before_and_witnesses_said_is_not_theirs(self, nlp):
        # wire-style wording (constructed)
        text = "The 60,000-capacity stadium was packed, and witnesses said thousands more people were locked outside."
        got = credits(nlp, text)
        assert got["60,000-capacity"] == ""
        assert got["thousands more people"] == "witnesses"

    def test_a_toll_before_and_police_said_is_not_theirs(self, nlp):
        # wire-style wording (constructed)
        got = credits(nlp, "Three people were killed and police said 12 others were hurt.")
        assert got["Three people"] == ""
        assert got["12 others"] == "police"

    def test_a_speaker_who_shares_the_subject_still_speaks_for_the_sentence(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Police arrived at the scene and said 12 people were hurt.")["12 people"] == "Police"
