"""A figure told of an earlier, undated event the article marks as another one is that event's.

"The valley is still rebuilding after an earlier flood, which killed 75 people": with no
year, the 75 met the story's own toll and read as an update of it. An indefinite event
noun marked "earlier", "previous", "prior" or "similar" scopes the figures of its relative
clause, participle or verb to another episode (period:earlier, which meets only itself).
The story's own event ("the flood, which killed 12") and a definite "the earlier quake"
(the main shock, in an aftershock story) keep the story's toll. Constructed sentences in
wire-style wording (the request extract31-other-event-toll).
"""

from __future__ import annotations

import pytest

from .article_claims import claims

pytestmark = pytest.mark.model

REFERENCE = "2019-04-02"
EARLIER = "period:earlier"


def _windows(nlp, text: str) -> dict[str, str]:
    return {c["text"]: c["window"] for c in claims(nlp, text, REFERENCE) if c["kind"] == "quantity"}


class TestAnotherEventsToll:
    def test_an_earlier_flood_which_killed(self, nlp):
        text = "The valley is still rebuilding after an earlier flood, which killed 75 people."
        assert _windows(nlp, text)["75 people"] == EARLIER

    def test_a_previous_storm_as_subject(self, nlp):
        assert _windows(nlp, "A previous storm in the region destroyed 300 homes.")["300 homes"] == EARLIER

    def test_a_similar_attack_that_killed(self, nlp):
        text = "Residents recalled a similar attack that killed 14 people at the market."
        assert _windows(nlp, text)["14 people"] == EARLIER

    def test_the_story_own_event_keeps_its_toll(self, nlp):
        assert _windows(nlp, "The flood, which killed 12 people, struck before dawn.")["12 people"] == ""

    def test_the_earlier_quake_is_the_main_shock(self, nlp):
        text = "Aftershocks rattled the town after the earlier quake, which killed 90 people."
        assert _windows(nlp, text)["90 people"] == ""

    def test_a_previous_owner_is_no_event(self, nlp):
        text = "The house was sold by a previous owner, who paid $2 million for it."
        assert _windows(nlp, text)["$2 million"] == ""
