"""A place named with a possessive is the place itself: "New Orleans' French Quarter" is in New Orleans.

The model often takes the possessive into the entity ("Sadr City's", "New Orleans'"), and the
place column then holds a name no other outlet writes, which keeps one toll's sources apart.
"""

from __future__ import annotations

import pytest

from .article_claims import places

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "claim", "place"),
    [
        # corpus/dev/bourbon-street-2016 01: was "New Orleans'"
        (
            "Ten people were shot, one of them fatally, in the crowded heart of New Orleans' French Quarter early "
            "Sunday, police said.",
            "Ten people",
            "New Orleans",
        ),
        # wire-style wording (constructed)
        ("A car bomb killed 12 people at Sadr City's main market on Sunday.", "12 people", "Sadr City"),
    ],
    ids=["bare-apostrophe", "apostrophe-s"],
)
def test_a_possessive_place_is_the_place(nlp, text, claim, place):
    got = places(nlp, text)[claim].split("|")
    assert place in got
    assert not any(p.endswith(("'", "'s", "\u2019s")) for p in got)
