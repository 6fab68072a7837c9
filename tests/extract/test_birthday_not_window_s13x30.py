"""The day an age was turned is its birthday, no window of the age (scope.window_of).

"Jordan Smith, who turned 18 in July, was among three people shot" (a story of August) gave the 18 the window
period:<July>, the period of an earlier episode, so it never met another outlet's "Jordan Smith, 18".
Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Smith, who turned 18 in July, was among three people shot Saturday.",
        "The victim had turned 18 in June, his mother said.",
    ],
)
def test_a_birthday_is_no_window_of_the_age(nlp, text):
    assert windows(nlp, text, reference="2017-08-02").get("18") == ""


def test_an_earlier_episodes_age_keeps_its_period(nlp):
    # the date of the deed, not a birthday: the age is of that episode
    got = windows(nlp, "In 2004, a 17-year-old killed two people.", reference="2017-08-02")
    assert got.get("17-year-old") == "period:2004"
