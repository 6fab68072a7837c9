"""The verdict of one group of claims, from its figures, their hedges, dates and sources."""

from __future__ import annotations

import math
import re
from collections import defaultdict

from factcmp.reconcile.items import Item
from factcmp.reconcile.rivals import speaker_key
from factcmp.verdict import verdict

# "almost $2 million" is close under $2 million, not anything up to it ("up to $2 million")
JUST_BELOW = re.compile(r"(almost|nearly|just under|just shy of|close to|approaching)\b", re.I)
JUST_BELOW_SPAN = 0.1


def judge(
    items: list[Item],
    *,
    revisable: bool = True,
    running: bool = False,
    falling: bool = False,
    dead: bool = False,
    length: bool = False,
) -> str:
    """The verdict of one group of claims (see :func:`verdict`).

    ``revisable`` is False for a fixed property, ``running`` True for a toll that only grows, ``falling`` True
    for a count of people a search takes out of a state (trapped, missing), ``dead`` True for a count of the
    dead (without their killer), which never falls, ``length`` True for a distance or another length.
    """
    # a headline drops the body's hedge: "Lagos tower toll reaches 36" over "At least 36 people were killed" says
    # "at least 36", which a later 40 revises, not contradicts
    bounds = (
        {(i.doc, i.lo) for i in items if not i.headline and math.isfinite(i.lo) and math.isinf(i.hi)}
        if any(i.headline for i in items)
        else set()
    )
    if not revisable and _set_right(items):
        # "Deputies had first said Reed was 24, but jail records show he is 25": an article that tells a fixed
        # property's earlier figure and its own says the earlier one was wrong; the later reports supersede it
        revisable = True
    estimates_apart = _estimates_apart(items, length)
    figures = [
        ((i.lo, math.inf) if i.headline and (i.doc, i.lo) in bounds else _judged(i, estimates_apart))
        # rival figures of one article are two sources' word, as two outlets' would be
        + (i.vague, i.published, f"{i.source} ({speaker_key(i.speaker)})" if i.rival else i.source)
        for i in items
    ]
    # only rival figures are set side by side; an article's own earlier and later toll (a live blog) is a rise
    reports = [i.doc if i.rival else f"{i.doc}#{n}" for n, i in enumerate(items)] if any(i.rival for i in items) else None
    status = verdict(
        figures,
        units=[i.unit for i in items],
        revisable=revisable,
        reports=reports,
        running=running,
        falling=falling,
        dead=dead,
    )
    if status == "updated" and (_rival_last_word(items) or _rival_left_above(items)):
        # "31 bodies, four more than the government's count of 27", said the ambulance service the next day: a
        # rival claimant's higher count is no revision of the official toll, it stands against it
        return "conflict"
    return status


def _set_right(items: list[Item]) -> bool:
    """Does an article give a figure of the group as told before its day, beside a figure of its own that differs?

    Extraction dates a figure a report first gave ("had first said", "initially reported") the day before its
    article; the article's own figure of that day is the correction.
    """
    latest: dict[str, str] = {}
    for i in items:
        latest[i.doc] = max(latest.get(i.doc, ""), i.published)
    own: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for i in items:
        if i.published == latest[i.doc] and not i.vague:
            own[i.doc].add((i.lo, i.hi))
    return any(i.published < latest[i.doc] and any(fig != (i.lo, i.hi) for fig in own[i.doc]) for i in items if not i.vague)


def _split_by_camp(items: list[Item], camp: str) -> tuple[list[Item], list[Item]] | None:
    """The precise figures of the latest day, when all are ``camp``'s, and the precise figures before it."""
    latest = max(i.published for i in items)
    last = [i for i in items if i.published == latest and not i.vague]
    if not last or any(i.camp != camp for i in last):
        return None
    return last, [i for i in items if i.published < latest and not i.vague]


def _rival_last_word(items: list[Item]) -> bool:
    """Is the latest figure only an independent counter's, where the state gave the earlier ones?"""
    split = _split_by_camp(items, "independent")
    return split is not None and any(i.camp == "official" for i in split[1])


def _rival_left_above(items: list[Item]) -> bool:
    """Does an independent counter's earlier figure stand above every figure the state gives last?

    "420 families displaced", said the Red Cross, beside the county's "about 300"; the next day the county says
    "some 350": the state's later word is below the counter's and does not revise it, the two counts stand apart.
    A state's later figure above the counter's earlier one is the count rising past it.
    """
    split = _split_by_camp(items, "official")
    if split is None:
        return False
    last, earlier = split
    top = max(i.hi for i in last)
    return any(i.camp == "independent" and i.lo > top for i in earlier)


def _estimate(item: Item) -> bool:
    """Is the figure a hedged point ("about 50": a point inside its own interval)?"""
    return item.point is not None and not item.vague and item.lo < item.point < item.hi


def _estimates_apart(items: list[Item], length: bool = False) -> bool:
    """Do the group's two farthest estimates each fall outside the other's slack?

    The slack of "about" is for rounding one figure: "about 50" and "about 60" dead, or "about 12
    million euros" and "about 10 million", are two estimates, not one figure rounded two ways, though
    their slacks overlap (54 to 55). "About 100 km" and "about 60 miles" (96.6 km) are one.
    A ``length`` is measured between points nobody names (a town's centre or its edge, by road or
    straight), so two lengths are apart only when neither point falls in the other's slack:
    "about 100 km" from the capital covers "about 90 km", though 100 lies outside 81 to 99.
    """
    about = [(i.point, i) for i in items if i.point is not None and _estimate(i)]
    if len(about) < 2:
        return False
    (p_low, low), (p_high, high) = min(about, key=lambda e: e[0]), max(about, key=lambda e: e[0])
    if length:
        return not (low.lo <= p_high <= low.hi or high.lo <= p_low <= high.hi)
    return not (low.lo <= p_high <= low.hi and high.lo <= p_low <= high.hi)


def _judged(item: Item, estimates_apart: bool = False) -> tuple[float, float]:
    """The interval a figure is judged by: "almost $2 million" is a little under $2 million.

    Grouping still reads the open interval ("almost $2 million" may be the
    theft another outlet puts at £910,000); judging then sees they differ.
    Estimates that fall apart (:func:`_estimates_apart`) are judged at their points.
    """
    if estimates_apart and item.point is not None and _estimate(item):
        return item.point, item.point
    lo, hi = item.lo, item.hi
    if math.isinf(lo) and math.isfinite(hi) and hi > 0 and item.just_below:
        return hi * (1 - JUST_BELOW_SPAN), hi
    return lo, hi
