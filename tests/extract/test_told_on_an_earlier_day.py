"""A figure said on a named earlier day carries that day as the day it was told (``date``).

"The health ministry, which on Tuesday said four people had died, raised the toll to nine" in a Wednesday
report gave the four no time of its own: the reconciler took it for Wednesday's word beside the nine, and could
not see it superseded. A quantity whose nearest reporting verb above it (said, reported, announced ...) is dated
to a day before the article's now has that day in ``date`` (``date_period`` "day"); the article's own day, an
undated verb or a date of the event itself ("killed on Monday, police said") leave it empty.
Source: Baton Rouge 03 ('police spokesman Major Doug Cain said late Sunday', a Monday report) and constructed
wire-style sentences.
"""

from __future__ import annotations

import pytest

from factcmp.extract import extract_quantities

pytestmark = pytest.mark.model


def _told(nlp, text: str, reference: str) -> dict[str, str]:
    return {c.text: c.date for c in extract_quantities(text, nlp=nlp, reference_date=reference)}


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        # constructed, wire-style wording
        (
            "The health ministry, which on Tuesday said four people had died, raised the toll to nine on Wednesday.",
            "four people",
            "2024-06-11",
        ),
        ("Police said on Monday that three people were killed.", "three people", "2024-06-10"),
        ("Three people were killed, police said Monday.", "Three people", "2024-06-10"),
    ],
)
def test_a_figure_told_on_an_earlier_day_carries_it(nlp, text: str, words: str, day: str) -> None:
    assert _told(nlp, text, "2024-06-12").get(words) == day


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the article's own day, and the day of the event rather than of the telling
        ("Three people were killed, police said Wednesday.", "Three people"),
        ("Three people were killed on Monday, police said.", "Three people"),
        ("The health ministry, which on Tuesday said four people had died, raised the toll to nine on Wednesday.", "nine"),
    ],
)
def test_no_earlier_telling_leaves_it_empty(nlp, text: str, words: str) -> None:
    assert _told(nlp, text, "2024-06-12").get(words) == ""
