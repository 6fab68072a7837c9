"""Titles under a "Related Stories" heading are other stories (probe14b B5).

Cleaning dropped the heading line itself as furniture, so the titles under it lost their heading and
extract.notclaims could no longer tell them from the story: "Riot at northern jail kills 44" gave a toll of 44.
Cleaning now drops the titles with the heading, as it does under Al Jazeera's "Keep reading". Constructed
wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp.cleaning import clean_text

BODY = "More than 130 inmates escaped on Tuesday, officials said."


@pytest.mark.parametrize(
    "heading",
    ["Related Stories", "Related News", "Related Coverage", "RELATED CONTENT", "• Related Articles"],
)
def test_titles_under_a_related_heading_are_dropped(heading: str) -> None:
    text = f"{BODY}\nShare this\n{heading}\nRiot at northern jail kills 44\n\n- Nine hurt in bus crash"
    assert clean_text(text) == BODY


def test_a_paragraph_of_the_story_ends_the_list() -> None:
    text = f"{BODY}\nRelated Stories\nRiot at northern jail kills 44\nOfficials said 20 guards were questioned."
    assert clean_text(text) == f"{BODY}\nOfficials said 20 guards were questioned."


def test_a_sentence_about_related_news_stays() -> None:
    text = f"{BODY}\nRelated news reports said 20 guards were questioned."
    assert clean_text(text) == text
