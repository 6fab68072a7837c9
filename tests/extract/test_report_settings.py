"""Where a report was given is not where its figures happened.

The place of a figure leaves out the words that tell about the report: where and to
whom the speaker spoke ("told journalists in Geneva", "Speaking in Kitui, ... said"),
and the qualifier of a dateline's city ("MOSUL, Iraq \u2014"). A place put before the
speaker ("In Milwaukee, police said ...") sets the scene of the sentence and stays.
"""

from __future__ import annotations

import pytest

from .article_claims import places

pytestmark = pytest.mark.model


class TestWhereTheSpeakerSpoke:
    def test_the_city_where_journalists_were_told(self, nlp):
        # corpus/dev/yida-camp-bombing-2011 09: was "Geneva"
        text = (
            '"Fortunately there were no casualties in the camp and we are verifying the situation of surrounding '
            'communities," he told journalists in Geneva.'
        )
        assert places(nlp, text)["no casualties"] == ""

    def test_the_place_a_video_was_posted_from(self, nlp):
        # corpus/dev/baton-rouge-ambush-2016 04: was "Baton Rouge|Dallas"
        text = (
            "Gavin Long posted a video from inside a Dallas barbershop before shooting in Baton Rouge that led to "
            "three officers' deaths."
        )
        assert places(nlp, text)["three officers"] == "Baton Rouge"

    def test_a_participle_of_speaking_somewhere(self, nlp):
        # wire-style wording (constructed)
        text = "Speaking in Machakos, the governor said 2,300 people had been displaced by the floods."
        assert "Machakos" not in places(nlp, text)["2,300 people"]


class TestDatelines:
    def test_the_country_after_a_dateline_city_is_no_place(self, nlp):
        # wire-style wording (constructed)
        text = "MOSUL, Iraq \u2014 A car bomb killed 12 people at a checkpoint in Tal Afar on Sunday."
        assert "Iraq" not in places(nlp, text)["12 people"].split("|")


class TestScenesThatStay:
    def test_a_place_before_the_speaker_sets_the_scene(self, nlp):
        # corpus/dev/baton-rouge-ambush-2016 03
        text = 'And in Milwaukee, police on Sunday said they would use two-person squads "until further notice."'
        assert places(nlp, text)["two-person squads"] == "Milwaukee"

    def test_a_place_in_what_is_said(self, nlp):
        # wire-style wording (constructed)
        assert places(nlp, "Police said 30 people died in Kitui, adding that 12 more were missing.")["30 people"] == ("Kitui")
