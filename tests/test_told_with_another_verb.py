"""A figure's rival joins its group though another member repeats the figure with another verb (clustering._vouched).

Complete linkage asks every pair of a group to be allowed together. "The navy freed 16 fishermen" and "The 16
freed fishermen will be flown home" are one fact told with two verbs, so another outlet's "freed 13 fishermen"
failed against the "flown" member and was left a single beside an agreeing pair: the commonest shape of a
conflict (one outlet against the rest) was lost. Claims are written as extraction gives them; the wording is
constructed, wire style.
"""

from __future__ import annotations

from .test_reconcile import THREE, q, reconcile, same_group, status_of


def test_a_rival_figure_joins_a_fact_told_with_two_verbs():
    claims = [
        q("a", "16 fishermen", 16, event="freed", noun="fishermen"),
        q("b", "13 fishermen", 13, event="freed", noun="fishermen"),
        q("c", "16", 16, event="flown", noun="fishermen"),
    ]
    result = reconcile(claims, THREE)
    assert same_group(result, ("b", "13 fishermen"), ("c", "16"))
    assert status_of(result, "b", "13 fishermen") == "conflict"


def test_a_grade_told_beside_the_plain_act_does_not_hold_a_rival_out():
    # "Two guards were slightly injured", "Two guards were hurt", "Three guards were injured"
    claims = [
        q("a", "Two guards", 2, event="injured:minor", noun="guards"),
        q("b", "Three guards", 3, event="injured", noun="guards"),
        q("c", "Two guards", 2, event="injured", noun="guards"),
    ]
    result = reconcile(claims, THREE)
    assert same_group(result, ("a", "Two guards"), ("b", "Three guards"))
    assert status_of(result, "b", "Three guards") == "conflict"


def test_one_article_figures_stay_two_facts_whatever_the_verb():
    # "officers fired 16 rounds" and "witnesses heard between 15 and 20 shots" in one article, "16 bullets" with no
    # verb in another: the article's own two figures are two facts, and a mate told otherwise does not waive that
    claims = [
        q("a", "16 rounds", 16, event="fired", noun="shots", unit="count"),
        q("b", "16 bullets", 16, event="", noun="shots", unit="count"),
        q("a", "between 15 and 20 shots", low=15, high=20, qualifier="range", event="heard", noun="shots", unit="count"),
    ]
    result = reconcile(claims, THREE)
    assert not same_group(result, ("a", "16 rounds"), ("a", "between 15 and 20 shots"))
