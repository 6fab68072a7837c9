"""Judging one fact from its figures: agree, conflict, updated or single.

Figures are intervals (a hedge or a range widens them); two figures agree
when their intervals meet within rounding. A fact whose figures do not all
meet is a conflict, unless the figure changed once and for all over time,
which is an update.
"""

from __future__ import annotations

import math
from datetime import date

from factcmp.currency import CONVERSION_TOLERANCE
from factcmp.extract.units import normalise

STATUSES = ("conflict", "updated", "agree", "single")
# relative slack between figures in one unit: "500" and "about 500" are one figure
TOLERANCE = 0.02
# units whose figures are stated to their last digit
# the unit the reconciler gives a person's age in years: an age is told to the year, never rounded
AGE_UNIT = "year of age"
EXACT_UNITS = frozenset(["magnitude", AGE_UNIT])
# counts of people and things: below this size a figure is counted, not rounded
COUNTED_UNITS = frozenset(["person", "count"])
COUNTED_ONE_BY_ONE = 1000
# a later figure this many times an earlier "at least" bound is a toll that rose ("at least 50", then 249)
RISE_BEYOND_BOUND = 2.0
# reports this many times a unit of time apart may straddle the day a figure in that unit went up by one
# (a month, for an age in years)
BIRTHDAY_ODDS = 12
# a figure that rose within this many days of the last report of the one it replaces is the story moving on,
# however few outlets carry it (coverage thins after the first day); one that rose in a recap weeks later, against
# what more outlets said at the time, is a disagreement to check
LONE_RISE_DAYS = 7
# a different unit or a converted currency: "six miles" is "10 km", "€2m" is "$2.6m"
CROSS_UNIT_TOLERANCE = CONVERSION_TOLERANCE


def tolerance(unit_a: str, unit_b: str, large: float = math.inf) -> float:
    """The relative slack between two figures in these units, the larger of them ``large``.

    A magnitude is read to a tenth on a logarithmic scale: 8.6 and 8.7 are two
    readings of a quake, not one figure rounded. A count below a thousand is
    counted one by one, not rounded: 49 dead and 50 dead are the two counts of
    a toll with and without its gunman (a writer who rounds says "about 50").
    """
    if unit_a != unit_b:
        return CROSS_UNIT_TOLERANCE
    if unit_a in COUNTED_UNITS and large < COUNTED_ONE_BY_ONE:
        return 0.0
    return 0.0 if unit_a in EXACT_UNITS else TOLERANCE


def overlaps(a: tuple[float, float], b: tuple[float, float], tol: float = TOLERANCE) -> bool:
    """True when two intervals share a point, allowing a small relative slack.

    >>> overlaps((500, 500), (450, 550)), overlaps((4, 4), (5, 5)), overlaps((98, 98), (90, 110))
    (True, False, True)
    """
    # written out by hand: the reconciler calls this for every pair it weighs
    big = 0.0
    for x in (a[0], a[1], b[0], b[1]):
        if -math.inf < x < math.inf:
            ax = x if x >= 0 else -x
            if ax > big:
                big = ax
    slack = tol * big
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


_Figure = tuple[float, float, bool, str, str]


def verdict(
    figures: list[_Figure],
    *,
    units: list[str] | None = None,
    revisable: bool = True,
    reports: list[str] | None = None,
    running: bool = False,
    falling: bool = False,
    dead: bool = False,
) -> str:
    """Judge one fact from its figures: (low, high, vague, published, source).

    ``single`` when one source gives it; ``agree`` when the precise figures
    share a point (vague ones never make a conflict); ``updated`` when they
    do not, but the figure changed once and for all: the reports of the
    latest date agree among themselves, and every report that disagrees with
    them is older than the first report that gave the new figure (a toll that
    rises: 1, 3, 5 on Tuesday, 24 on Wednesday; a bound such as Tuesday's "at
    least one" fits 24 without stating it), and the new figure comes from as
    many outlets as the most-reported figure it replaces; otherwise
    ``conflict`` (four bombs, then five, then four again is a disagreement, not
    an update, and so is one late report of nine shot against three outlets'
    ten, or of four taken to hospital in a recap two weeks after three
    outlets' three; but a figure that rose within a week needs no such
    support: 21,000 acres burned in two reports, 26,500 the next day in one).
    A span of time that grew by no more than the days between the
    reports, give or take one unit, is an update whoever reports it: an age of
    24 in July and 25 in October.
    ``units`` (the unit each figure was written in) loosens the comparison of
    figures written in different units, and converted for comparison, to
    :data:`CROSS_UNIT_TOLERANCE`. ``reports`` (the article each figure comes
    from, when a source is a speaker inside one: two rival figures of one
    sentence) keeps a toll from "rising through its last day" when one article
    gives the day's two figures side by side. ``running=True`` is for a toll
    that only grows (killed, injured, arrested): a later day's figure above an
    earlier "at least" bound is the toll rising past it, an update, however
    little it rose. ``falling=True`` is for a count of people in a state they
    leave as a search goes on (trapped, missing, stranded): a later day's
    lower figure, told within :data:`LONE_RISE_DAYS`, is the count falling, an
    update even from fewer outlets ("29 trapped" in three reports on Monday,
    "18 remain trapped" in two on Tuesday). ``dead=True`` is for a count of the
    dead that no article counts with its killer: it never falls, so an
    earlier figure above the latest stands against it (a rights group's 13
    beside the official 9, then 11). ``revisable=False`` is for a fixed property
    (a building's height, the minutes a flight lasted, a person's age): later
    reports do not revise it as a toll rises, so figures that differ conflict,
    unless they grew with the days between the reports as an age does.

    >>> verdict([(500, 500, False, "2015-05-18", "A"), (450, 550, False, "2015-05-18", "B")])
    'agree'
    >>> verdict([(4, 4, False, "2016-07-07", "A"), (3, 3, False, "2016-07-08", "B")])
    'updated'
    >>> verdict([(4, 4, False, "2016-07-07", "A"), (5, 5, False, "2016-07-07", "B")])
    'conflict'
    """
    sources = {f[4] for f in figures}
    if len(sources) < 2:
        return "single"
    tagged = list(zip(figures, units or [""] * len(figures), strict=True))
    precise = [(f, u) for f, u in tagged if not f[2]]
    if len(precise) < 2:
        return "agree"
    if _consistent(precise):
        return "updated" if revisable and _rose(precise, running) else "agree"
    dates = sorted({f[3] for f, _ in precise if f[3]})
    if len(dates) < 2 or any(not f[3] for f, _ in precise):
        return "conflict"  # undated reports cannot be put in order
    latest = [(f, u) for f, u in precise if f[3] == dates[-1]]
    if not revisable:
        # a fixed property only "changes" as an age does: 24 in July, 25 in October; 21 storeys then 22 conflict
        old = [(f, u) for f, u in precise if not _consistent([(f, u), *latest])]
        new = [(f, u) for f, u in precise if _consistent([(f, u), *latest])]
        grew = bool(old) and _consistent(latest) and max(f[3] for f, _ in old) < min(f[3] for f, _ in new)
        return "updated" if grew and _grew_with_time(old, new) else "conflict"
    if not _consistent(latest):
        # "at least five" on Tuesday, then "11" and "24" on Wednesday: a toll that went on rising through its
        # last day, every report of that day above everything told before (only a toll runs on so: the shots of a
        # standoff that ended are counted once, and a sheriff's five against a chief's four conflict); other
        # disagreements of a day conflict,
        # and so do two figures one article sets side by side ("30, security sources said, while the ministry
        # put the toll at 35"): they are two counts at one time, not a count and its rise
        earlier = [(f, u) for f, u in precise if f[3] != dates[-1]]
        rose = (
            running
            and _above_all(latest, earlier)
            and len({f[4] for f, _ in latest}) >= _support(earlier)
            and not _side_by_side(tagged, reports, dates[-1])
        )
        return "updated" if rose else "conflict"
    floor = min(f[0] for f, _ in latest)
    fits = [all(_consistent([(f, u), other]) for other in latest) for f, u in precise]
    old = [(f, u) for (f, u), fit in zip(precise, fits, strict=True) if not fit]
    # "at least one" on the first day fits 24 on the second without giving it: only a figure
    # that states the new value (or a bound near it) dates the new figure; and one that fits the
    # superseded figures as well ("at least 38" on Thursday, 45 on Friday, 70 on Monday) gives neither
    new = [
        f
        for (f, u), fit in zip(precise, fits, strict=True)
        if fit and _states(f, floor) and not any(_consistent([(f, u), o]) for o in old)
    ]
    # with nothing superseded the disagreement lies among reports the latest one fits alike
    if not old or not new or max(f[3] for f, _ in old) >= min(f[3] for f in new):
        return "conflict"
    if dead and any(f[0] > max(g[1] for g, _ in latest) * (1 + TOLERANCE) for f, _ in old):
        return "conflict"  # the dead do not come back: a later toll below an earlier one leaves that one standing
    if _grew_with_time(old, [(f, u) for (f, u), fit in zip(precise, fits, strict=True) if fit]):
        return "updated"  # an age or a time since: 24 in July, 25 in October
    # a lone later report against a figure more outlets gave is a disagreement to check, not a revision,
    # unless it is the figure rising while the story still runs
    if len({f[4] for f in new}) >= _support(old) or _rose_soon(old, new) or (falling and _fell_soon(old, new)):
        return "updated"
    return "conflict"


def _side_by_side(tagged: list[tuple[_Figure, str]], reports: list[str] | None, day: str) -> bool:
    """Do two precise figures of ``day`` that do not meet come from one article?"""
    if reports is None:
        return False
    by_report: dict[str, list[tuple[_Figure, str]]] = {}
    for (f, u), report in zip(tagged, reports, strict=True):
        if not f[2] and f[3] == day:
            by_report.setdefault(report, []).append((f, u))
    return any(len(told) > 1 and not _consistent(told) for told in by_report.values())


def _pint_unit(unit: str) -> str:
    """The unit pint knows a figure's unit by (an age is in years)."""
    return "year" if unit == AGE_UNIT else unit


def _rose_soon(old: list[tuple[_Figure, str]], new: list[_Figure]) -> bool:
    """Is every new figure above every old one, and first told within :data:`LONE_RISE_DAYS` of the last old report?

    A span of time is left to :func:`_grew_with_time`: "four months ago" and "six months ago" four days apart
    did not rise, they disagree.
    """
    if any(normalise(1.0, _pint_unit(u))[1] == "day" for _, u in old if u):
        return False
    ceiling = max((f[0] if math.isinf(f[1]) else f[1]) for f, _ in old)
    return all(f[0] > ceiling * (1 + TOLERANCE) for f in new) and _told_soon(old, new)


def _fell_soon(old: list[tuple[_Figure, str]], new: list[_Figure]) -> bool:
    """Is every new figure below every old one, and first told within :data:`LONE_RISE_DAYS` of the last old report?"""
    floor = min(f[0] for f, _ in old)
    return all(math.isfinite(f[1]) and f[1] * (1 + TOLERANCE) < floor for f in new) and _told_soon(old, new)


def _told_soon(old: list[tuple[_Figure, str]], new: list[_Figure]) -> bool:
    """Was the new figure first told within :data:`LONE_RISE_DAYS` of the last report of the old one?"""
    gap = date.fromisoformat(min(f[3] for f in new)[:10]) - date.fromisoformat(max(f[3] for f, _ in old)[:10])
    return gap.days <= LONE_RISE_DAYS


def _above_all(later: list[tuple[_Figure, str]], earlier: list[tuple[_Figure, str]]) -> bool:
    """Is every later figure above every earlier one (a bound read at its bound), beyond rounding?"""
    floor = min(f[0] for f, _ in later)
    return math.isfinite(floor) and all((f[0] if math.isinf(f[1]) else f[1]) * (1 + TOLERANCE) < floor for f, _ in earlier)


def _grew_with_time(old: list[tuple[_Figure, str]], new: list[tuple[_Figure, str]]) -> bool:
    """Is the fact a span of time that grew as the days went by, as an age does?

    Every figure is in one time unit, every new figure is above every old one,
    and by no more than the time between the reports, plus one unit when the
    reports are a twelfth of that unit apart or more: an age is counted in
    whole years, so 24 in July can be 25 in October (but 17 cannot become 18
    overnight, and four months cannot become six in four days).
    """
    units = {u for _, u in old + new}
    if len(units) != 1:
        return False
    # the figures are compared in the common unit of time, days ("24-year-old" is 8,766 days)
    unit = units.pop()
    one_unit, common = normalise(1.0, _pint_unit(unit))
    if common != "day" or one_unit < 1:
        # reports are dated by the day: "18 minutes after takeoff" and "25 minutes" a day later did not grow
        return False
    rise = min(f[0] for f, _ in new) - max(f[1] for f, _ in old)
    if not 0 < rise < math.inf:
        return False
    elapsed = (date.fromisoformat(max(f[3] for f, _ in new)[:10]) - date.fromisoformat(min(f[3] for f, _ in old)[:10])).days
    # a figure in whole units may pass a birthday between two reports, but hardly between two a few days apart:
    # 17 on Monday and 18 on Tuesday disagree, 24 in July and 25 in October may not
    allowance = one_unit if elapsed * BIRTHDAY_ODDS >= one_unit else 0.0
    return rise <= elapsed + allowance * (1 + TOLERANCE)


def _states(figure: _Figure, floor: float) -> bool:
    """Does a figure state a value near ``floor``: a closed interval, or a lower bound not far below it?"""
    return math.isfinite(figure[1]) or figure[0] * RISE_BEYOND_BOUND >= floor


def _support(old: list[tuple[_Figure, str]]) -> int:
    """The most sources that gave one superseded figure (closed figures; bounds only when nothing else)."""
    closed = [(f, u) for f, u in old if math.isfinite(f[1])] or old
    return max(len({g[4] for g, v in closed if _consistent([(f, u), (g, v)])}) for f, u in closed)


def _rose(figures: list[tuple[_Figure, str]], running: bool = False) -> bool:
    """Did a toll given as a lower bound rise past it by a later day?

    "At least 50" injured on Tuesday and "249" on Wednesday meet as intervals,
    but a reporter's "at least 50" counts 50 and perhaps some more: every
    earlier figure lies below the latest day's, and the latest passes an
    earlier lower bound many times over. That is an update, as a toll of 1,
    then 3, then 24 is. A ``running`` toll needs to pass the bound by no more
    than rounding: "at least nine" hurt, then 11 the next day. Other counts
    need the many times: "more than 30 shots", then 37 casings, is one
    figure told more closely.
    """
    dates = sorted({f[3] for f, _ in figures})
    if len(dates) < 2 or not dates[0]:
        return False
    # the day it rose need not be the last: "at least 20" homes on Sunday, 27 on Monday and again on Tuesday
    return any(_rose_on(figures, day, running) for day in dates[1:])


def _rose_on(figures: list[tuple[_Figure, str]], day: str, running: bool) -> bool:
    """Did every figure from ``day`` on pass every earlier one, and an earlier lower bound as :func:`_rose` asks?"""
    since = [f for f, _ in figures if f[3] >= day]
    earlier = [f for f, _ in figures if f[3] < day]
    floor = min(f[0] for f in since)
    if not math.isfinite(floor) or floor <= 0:
        return False
    below = all((f[0] if math.isinf(f[1]) else f[1]) * (1 + TOLERANCE) < floor for f in earlier)
    beyond = 1 + TOLERANCE if running else RISE_BEYOND_BOUND
    return below and any(math.isinf(f[1]) and f[0] > 0 and f[0] * beyond < floor for f in earlier)


def _consistent(figures: list[tuple[_Figure, str]]) -> bool:
    """Every two figures meet, each pair within the slack its units allow."""
    distinct = list({(f[0], f[1], u) for f, u in figures})
    for x in range(len(distinct)):
        for y in range(x + 1, len(distinct)):
            a, b = distinct[x], distinct[y]
            large = max((abs(v) for v in (a[0], a[1], b[0], b[1]) if math.isfinite(v)), default=0.0)
            if not overlaps((a[0], a[1]), (b[0], b[1]), tolerance(a[2], b[2], large)):
                return False
    return True
