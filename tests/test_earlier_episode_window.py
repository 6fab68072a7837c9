"""The window of another, earlier event an article names but does not date (linkage.EARLIER_EPISODE).

"It was the worst storm since Hurricane Willa, which killed nine people": the nine are Willa's dead, not this
storm's. Extraction can give such a figure no year, and before this window a period it could not date was cleared
to the story's own (a clock time read as a year is no window). Wording constructed, wire style.
"""

from __future__ import annotations

from factcmp.linkage import EARLIER_EPISODE, own_window

from .test_reconcile import THREE, q, reconcile, same_group, status_of


def test_the_earlier_episode_window_is_kept():
    assert own_window(EARLIER_EPISODE, "2024-10-05") == EARLIER_EPISODE
    assert own_window("period:07:3", "2024-10-05") == ""  # no year: still no window


def test_an_earlier_storms_toll_is_not_this_storms():
    r = reconcile(
        [
            q("a", "four people", 4, sentence="The storm killed four people on Saturday."),
            q("b", "nine people", 9, window=EARLIER_EPISODE,
              sentence="It was the worst storm since Hurricane Willa, which killed nine people."),
            q("c", "four", 4, sentence="Four people died in the storm, officials said."),
        ],
        THREE,
    )  # fmt: skip
    assert not same_group(r, ("a", "four people"), ("b", "nine people"))
    assert status_of(r, "a", "four people") == "agree"


def test_two_outlets_recalling_the_earlier_event_agree():
    r = reconcile(
        [
            q("a", "nine people", 9, window=EARLIER_EPISODE, sentence="the worst since Willa, which killed nine people"),
            q("b", "nine", 9, window=EARLIER_EPISODE, sentence="the deadliest since Willa, which left nine dead"),
        ],
        THREE,
    )  # fmt: skip
    assert same_group(r, ("a", "nine people"), ("b", "nine"))
