"""Page debris: titles under a link heading with no colon, and share counters (probe14b B5).

"Most Read", "More on this story", "Related Stories", "Recommended (4)" alone on a line head a list of other
stories, bulleted or not ("1 Storm toll rises to 12"): their figures are other reports'. Under a "Read more:"
label only bullets were entries, and the colon-less headings were not labels. A paragraph of the story (it ends
its sentences) ends the list. "Recommended (4)" and a stamp line's "| 1,204 views" are counters. Wire-style
wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model

BODY = "More than 130 inmates escaped on Tuesday, officials said."
MORE = "Officials said 20 guards were being questioned."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{BODY}\nMost Read\n1 Storm toll rises to 12\n2 Nine hurt in bus crash", ["More than 130 inmates"]),
        (f"{BODY}\nMore on this story\nFlood kills 44 in south\n{MORE}", ["More than 130 inmates", "20 guards"]),
        (f"{BODY}\nRelated Stories\nRiot at northern jail kills 44", ["More than 130 inmates"]),
        (f"{BODY}\nRecommended (4)", ["More than 130 inmates"]),
        (f"Did the buyer pay too little?\n7/10/2012 @ 11:20AM | 1,204 views\n{BODY}", ["More than 130 inmates"]),
    ],
)
def test_link_list_and_counters_are_no_claims(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected


def test_a_headline_about_views_stays(nlp) -> None:
    assert quantity_texts(nlp, "Video of the arrest gets 2 million views") == ["2 million views"]
