"""A toll of another episode the story compares itself with takes that episode's window (scope, dates).

"The shooting came a day after a gunman killed five people in <another city>" gave the five no window (the
offset has no number), and they stood against the story's own toll as a conflict (probe14a A8); "the worst
storm since Hurricane Willa, which killed nine people" names no date at all (extract23-undated-earlier-episode):
the reconciler's undated period linkage.EARLIER_EPISODE is now given to such a figure. "came a few days after"
stopped compare with a ValueError. Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

from factcmp import linkage
from factcmp.extract.scope import EARLIER_EPISODE

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        (
            "A worker shot four people at a warehouse on Tuesday. The shooting came a day after a gunman killed "
            "five people at a factory in Orlando.",
            "2017-06-07",
            {"four people": "", "five people": "period:2017-06-06"},
        ),
        (
            "It was the worst storm to hit the coast since Hurricane Willa, which killed nine people.",
            "2018-11-06",
            {"nine people": EARLIER_EPISODE},
        ),
        (
            "It was the deadliest mass shooting in the state since a gunman killed 12 people at a bar.",
            "2018-11-06",
            {"12 people": EARLIER_EPISODE},
        ),
        (  # a date of its own keeps its period
            "The quake was the strongest to hit the region since the 2010 quake, which killed 500 people.",
            "2018-11-06",
            {"500 people": "period:2010"},
        ),
        (  # no comparison: the attack may be the story's own
            "Schools have stayed closed since the attack, which killed nine people.",
            "2018-11-06",
            {"nine people": ""},
        ),
        (  # the story's own capsize told from a day later keeps no window (cb07080)
            "Police arrested the captain on Wednesday, a day after the ferry capsized, killing 21 people.",
            "2018-11-08",
            {"21 people": ""},
        ),
        (  # an offset of no count dates nothing yet, and no longer stops the pipeline
            "The shooting came a few days after a gunman killed five people at a factory in Orlando.",
            "2017-06-07",
            {"five people": ""},
        ),
    ],
)
def test_another_episodes_toll_takes_its_window(nlp, text, reference, want):
    got = windows(nlp, text, reference=reference)
    assert {k: got.get(k) for k in want} == want


def test_the_undated_period_is_the_reconcilers():
    assert EARLIER_EPISODE == linkage.EARLIER_EPISODE
