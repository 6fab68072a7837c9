"""A toll in a clause "N days after the <story's thing> ..." is the story's own, not an earlier episode's.

"The arrests came two days after the ferry capsized, killing 21" gave the 21 the window of the day two days back
(period:...), as "two weeks after a gunman killed nine people" rightly dates another episode; in a cluster whose
first report came the day after the capsize, the 21 then stood apart from every other outlet's "21 killed". A
clause after "N days after" whose subject is definite ("the ferry", "its hull") and names nothing else is the
story's own event, and its figures keep no window; an indefinite subject ("a gunman") or one that names a place,
a group or a date ("the Dayton shooting") still dates another episode (test_past_periods).
No dev or Ramadi article has the form: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # constructed, wire-style wording
        ("The arrests came two days after the ferry capsized, killing 21.", "21"),
        ("The search resumed on Monday, two days after the ferry capsized off Mindoro, killing 21 people.", "21 people"),
    ],
)
def test_a_toll_after_the_story_event_keeps_no_window(nlp, text: str, words: str) -> None:
    assert windows(nlp, text, "2024-06-12").get(words) == ""


def test_a_named_other_episode_is_still_dated(nlp):
    # constructed: "the Dayton shooting" names another episode
    text = "The shooting comes two weeks after the Dayton shooting killed nine people."
    assert windows(nlp, text, "2024-06-12").get("nine people") == "period:2024-05-29"
