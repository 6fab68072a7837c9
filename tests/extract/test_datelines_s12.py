"""A dateline or a headline's place before a colon is no source (probe14b B6).

South Asian and Gulf papers open a story with its city in capitals and a colon
("KARACHI: The coast guard ..."); blogs open a headline with the place it is
about ("Sonora: 40 Inmates Escape ..."). Neither says who gave the figures.
Initials before a colon still do ("APD: One dead ..." in austin 03, which
repeats its headline in the text). The other sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs))


class TestDatelines:
    def test_a_city_in_capitals_opening_the_story(self, nlp):
        title = "Coast guard seizes fishing boats"
        text = article(title, "KARACHI: The coast guard on Sunday seized 12 fishing boats off the coast.")
        assert credits(nlp, text, title=title)["12 fishing boats"] == ""

    def test_a_city_of_two_words(self, nlp):
        title = "Floods kill 40"
        text = article(title, "NEW DELHI: Floods have killed 40 people in the state since Monday.")
        assert credits(nlp, text, title=title)["40 people"] == ""

    def test_a_text_without_a_headline_opening_with_its_dateline(self, nlp):
        text = "LAHORE: The police on Friday arrested 15 suspects after the blast."
        assert credits(nlp, text)["15 suspects"] == ""

    def test_initials_before_a_colon_stay_the_source(self, nlp):
        # austin 03: the page repeats its headline as the first line of its text
        title = "APD: One dead, others hurt in downtown shooting"
        text = article(title, title, "Police say one woman is dead.")
        assert credits(nlp, text, title=title)["One"] == "APD"


class TestPlaceKickers:
    @pytest.mark.parametrize(
        "later",
        [
            "Prison breaks have become common in the states of Chihuahua, Sonora and Durango.",
            "Jailbreaks are common in the state of Sonora.",
        ],
    )
    def test_a_place_the_story_names_only_as_a_place(self, nlp, later):
        title = "Sonora: 40 Inmates Escape Hermosillo Jail"
        text = article(title, "Forty inmates escaped from the jail in Hermosillo on Tuesday. " + later)
        assert credits(nlp, text, title=title)["40"] == ""
