"""A reward is one amount whatever verb tells it, and it is raised as a story runs (linkage._RUNNING_AMOUNTS).

"Crime Stoppers is offering a reward of up to $10,000" and, two days later, "The reward has grown to $25,000":
extraction names both the value of the reward, but two amounts with no place or act in common were kept apart as
possibly two thefts, and a figure 2.5 times another was too far for one amount. Wording constructed, U.S. local news.
"""

from __future__ import annotations

from .test_reconcile import docs, q, reconcile, same_group, status_of

TWO_DAYS = docs(("a", "Station A", "2016-05-01"), ("b", "Station B", "2016-05-03"))


def reward(doc, text, value, verb, **kw):
    return q(doc, text, value, unit="USD", event=verb, noun="reward", quantity_of=f"value of reward ({verb})", **kw)


def test_a_raised_reward_is_an_update():
    r = reconcile(
        [
            reward("a", "up to $10,000", None, "offering", high=10000, qualifier="at_most"),
            reward("b", "$25,000", 25000, "grown"),
        ],
        TWO_DAYS,
    )
    assert same_group(r, ("a", "up to $10,000"), ("b", "$25,000"))
    assert status_of(r, "b", "$25,000") == "updated"


def test_amounts_of_two_things_stay_apart():
    # a reward and a bail amount are two facts, however alike their verbs
    r = reconcile(
        [reward("a", "$10,000", 10000, "offered"), q("b", "$25,000", 25000, unit="USD", event="set", noun="bail")],
        TWO_DAYS,
    )
    assert not same_group(r, ("a", "$10,000"), ("b", "$25,000"))
