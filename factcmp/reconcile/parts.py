"""How one article's figures of one count stand to each other: a total, its parts, its increments.

An article that says "five dead" and "four other people died in hospital" gives a
toll and a part; "four more" is what a toll grew by; "five dead, including the
gunman" beside "four killed" counts two sets.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import defaultdict

from factcmp.extract.context import WITH_DOER
from factcmp.facets import STRONG_EVENTS
from factcmp.linkage import PLAUSIBLE_REVISION, SAME_OPEN_REACH, countries_apart, flag
from factcmp.reconcile.items import OFF_TOPIC, Read, bounds
from factcmp.reconcile.roles import act_told
from factcmp.verdict import TOLERANCE


def increments(read: list[Read]) -> list[bool]:
    """Which counts are what a toll grew by ("Four more people died in hospital", "another two were killed")?

    Extraction marks them (:data:`factcmp.extract.context.INCREMENT`), and leaves out a "more" that
    counts others after a count of another act ("killing two bailiffs and injuring two more people").
    An increment is a part of the toll whatever else its article says: it meets the same increment
    told elsewhere, never a toll ("The collapse killed 36" is no earlier figure of "four more"). A
    vague "dozens more" is never one.
    """
    return [
        item.increment and not item.vague and fct.measure == "count" and fct.event.partition(":")[0] in STRONG_EVENTS
        for fct, _, _, item, _ in read
    ]


# a toll said to leave its killers out
_WITHOUT_DOER = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|exclusive\s+of|besides|apart\s+from|did\s+not\s+include|does\s+not\s+include)"
    r"\s+(?:the\s+)?(?:\w+\s+)?(?:attackers?|gunm[ae]n|assailants?|militants?|shooters?|suspects?|bombers?|perpetrators?)\b"
    # or whose killer then took his own life: "shot four co-workers before killing himself", "then turned the gun on
    # himself": the dead he is one of are another count than those he killed
    r"|\b(?:before|then|and\s+then|after\s+which\s+(?:he|she))\s+(?:fatally\s+)?(?:kill(?:ing|ed)?|shoot(?:ing)?|shot|turn(?:ing|ed)?"
    r"\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on|tak(?:ing|e|es)|took)\s+(?:himself|herself|(?:his|her)\s+own\s+life)\b",
    re.IGNORECASE,
)


def counted_with_doer(cols: dict[str, list[object]]) -> dict[str, set[tuple[float, float]]]:
    """Per article, the (low, high) of the body's counts of the dead with their killer ("five people, including the gunman")."""
    out: dict[str, set[tuple[float, float]]] = defaultdict(set)
    rows = zip(cols["kind"], cols["doc_id"], cols["quantity_of"], cols["in_headline"], strict=True)
    for n, (kind, doc, quantity_of, in_headline) in enumerate(rows):
        if kind == "quantity" and quantity_of == f"people killed{WITH_DOER}" and not flag(in_headline):
            lo, hi, _ = bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
            out[str(doc)].add((lo, hi))
    return out


def doer_told_apart(read: list[Read]) -> frozenset[str]:
    """The windows whose dead some article counts both with and without their killer, as two figures.

    "Five people are dead in all, including the gunman" beside "the four people
    killed" in one article shows the cluster counts two sets; an outlet that
    only gives "50 people died, including the shooter" on the first day and
    the victims' 49 on the next has revised one count (issue 4's convention).
    """
    figures: dict[tuple[str, str, bool], set[tuple[float, float]]] = defaultdict(set)
    # windows where an article says its toll leaves the killers out ("27, not counting the attackers"), and where one
    # counts them in ("26 people were killed, including the five gunmen"): two sets, even told by two outlets
    without: set[str] = set()
    within: set[str] = set()
    # articles that say so of any count of their dead ("shot four co-workers before killing himself"): their tolls
    # of people in general, the headline's too ("Fired worker kills 4"), leave the killer out
    apart_docs = {
        item.doc
        for fct, window, _, item, _ in read
        if fct.event == "killed" and window != OFF_TOPIC and not fct.with_doer and _WITHOUT_DOER.search(item.sentence)
    }
    for fct, window, _, item, _ in read:
        if fct.measure == "count" and fct.event == "killed" and not fct.noun and window != OFF_TOPIC:
            figures[(item.doc, window, fct.with_doer)].add((item.lo, item.hi))
            if fct.with_doer:
                within.add(window)
            elif item.doc in apart_docs:
                without.add(window)
    return frozenset(
        window
        for (doc, window, with_doer), told in figures.items()
        if with_doer and figures.get((doc, window, False), set()) - told
    ) | (within & without)


def sub_counts(read: list[Read]) -> list[bool]:
    """Which counts of people are parts: their article gives a larger figure of the same count.

    An article that says "five dead" and "four other people died in hospital",
    or "24 dead" and "another two people killed", gives a toll and its parts;
    analysts line the toll up with other outlets' tolls and a part only with
    the same part told elsewhere. The same count is the same act, of people in
    general (a toll; "two officers" is already told apart by its noun), in the
    same window; a larger figure beyond any plausible revision
    ("10 killed" beside "230,000 killed") is another fact, not a whole.

    A named group is the whole of the people told after it ("Two deputy
    constables were shot. One man was shot in the hand": one of them), never
    of a count told before it: that is the story's own toll, and a group
    recalled further down is another event's ("One woman died" in Bristol,
    then "12 officers were shot ... in Dallas. Five of the officers died").
    """
    # the lower ends per count, of people in general, with their places
    general: dict[tuple[object, ...], list[tuple[float, frozenset[str]]]] = defaultdict(list)
    named: dict[tuple[object, ...], list[tuple[tuple[int, int], float]]] = defaultdict(list)  # named groups, in order
    keys: list[tuple[object, ...] | None] = []
    for fct, window, places, item, _ in read:
        act = act_told(fct.event)
        if fct.measure != "count" or act.partition(":")[0] not in STRONG_EVENTS:
            keys.append(None)
            continue
        # the dead with their killer are another set than the victims ("Five people are dead in all, including the
        # gunman" beside "the four people killed"): the victims' toll is no part of it (linkage.can_link)
        key = (item.doc, act, window, act == "killed" and fct.with_doer)
        # people in general may be parts of any count of people ("One man was shot" beside "Two
        # deputy constables were shot": the man is one of the people shot); a named group is
        # only ever a whole here ("two officers" is told apart by its noun already); a vague
        # count is never a part, but its floor is a whole ("injuring one" beside "several others
        # were injured" is one of the injured)
        keys.append(None if fct.noun or item.vague else key)
        if not math.isfinite(item.lo):
            continue
        if not fct.group:  # people in general, also when the article says what for ("11 total arrests for the same offense")
            general[key].append((item.lo, places))
        elif item.unit == "person":
            named[key].append((item.order, item.lo))
    # the largest named group told up to each point of the article, per count
    running: dict[tuple[object, ...], tuple[list[tuple[int, int]], list[float]]] = {}
    for key, groups in named.items():
        groups.sort()
        running[key] = ([order for order, _ in groups], list(itertools.accumulate((lo for _, lo in groups), max)))
    out = []
    for key, (_, _, places, item, _) in zip(keys, read, strict=True):
        # an open bound is read at its bound: "at least 25 of the injured" beside "249 injured"
        figure = item.hi if math.isfinite(item.hi) else item.lo
        if key is None or not math.isfinite(figure) or figure <= 0:  # "no casualties" denies the toll, it is no part of it
            out.append(False)
            continue
        # the article's largest figure of the same count, if one toll could hold both
        # ("In neighbouring Tanzania, at least 155" is no whole of "45 people in Kenya")
        top = max((lo for lo, where in general.get(key, ()) if not countries_apart(places, where)), default=-math.inf)
        if key in running:
            orders, tops = running[key]
            before = bisect.bisect_left(orders, item.order)
            if before:
                top = max(top, tops[before - 1])
        if math.isinf(item.hi) and top <= figure * SAME_OPEN_REACH:
            out.append(False)  # "more than 200" beside "249": the same toll, rounded down
            continue
        out.append(figure * (1 + TOLERANCE) < top <= max(figure, 1.0) * PLAUSIBLE_REVISION)
    return out
