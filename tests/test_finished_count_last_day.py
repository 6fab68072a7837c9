"""Two figures of the last day, both above an earlier bound, rise through it only for a toll that runs on.

A toll (killed, injured, arrested) goes on rising while a story runs: "at least 25" on Sunday, then 30 and 35
from two outlets on Monday is the count rising through Monday. The shots fired in a standoff that ended are
counted once: a sheriff's five rounds and a police chief's four shots, told the same day, are two accounts of
one finished count, a conflict, however far both lie above the "at least three" of the night before.
Wording constructed, wire style.
"""

from __future__ import annotations

from .test_reconcile import docs, q, reconcile

DAYS = docs(("a", "Station", "2018-03-06"), ("b", "Wire", "2018-03-07"), ("c", "Paper", "2018-03-07"))


def _shots():
    fired = {"unit": "count", "event": "fired", "noun": "shots"}
    return [
        q("a", "at least three shots", 3, low=3, qualifier="at_least", attributed_to="Sheriff Dale Reyes", **fired,
          sentence="Sheriff Dale Reyes says the man has fired at least three shots at deputies."),
        q("b", "five rounds", 5, attributed_to="Sheriff Dale Reyes", **fired,
          sentence="The man fired five rounds at officers during the standoff, Sheriff Dale Reyes said."),
        q("c", "four shots", 4, attributed_to="Police Chief Ann Cole", **fired,
          sentence="Police Chief Ann Cole said the man fired four shots at officers from an upstairs window."),
    ]  # fmt: skip


def test_two_accounts_of_a_finished_count_on_its_last_day_conflict():
    result = reconcile(_shots(), DAYS)
    assert result["group"].nunique() == 1
    assert set(result["status"]) == {"conflict"}


def test_a_toll_above_its_bound_from_two_outlets_of_the_last_day_still_rises():
    tolls = [
        q("a", "at least three people", 3, low=3, qualifier="at_least"),
        q("b", "five people", 5),
        q("c", "four people", 4),
    ]
    assert set(reconcile(tolls, DAYS)["status"]) == {"updated"}
