"""When two claims may be one fact: the pairwise rules of the reconciler.

Claims of one block that share a figure and a scope are gathered into an
:class:`Atom`; :func:`can_link` says whether two atoms may stand in one
group, and :func:`score` how much they look like one fact, so the best pairs
merge first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.facets import LEXICON_EVENTS, STRONG_EVENTS, Facet
from factcmp.verdict import CROSS_UNIT_TOLERANCE, TOLERANCE, overlaps

if TYPE_CHECKING:
    from factcmp.reconcile import Item

_OPEN_WINDOWS = {"recent", ""}
# a weakly keyed block ("$2.5m" and "$2.6m", no event to name them) holds one fact
# with differing figures only when the figures are of a similar size
_SIMILAR_SIZE = 2.0
# even a firmly named fact is not revised by more than this factor (a toll of 1 may become 24)
_PLAUSIBLE_REVISION = 50.0
# "at least 50" agrees with figures up to this many times 50; beyond, they are only compatible
_OPEN_REACH = 5.0
# how far a vague count ("dozens": 24-99) stretches to meet a figure
_VAGUE_SLACK = 0.5
# measures whose verb says nothing about which fact a figure is ("made off with $2m", "valued at $2m")
_VERBLESS = ("money", "magnitude", "percent", "age", "length")


@dataclass(slots=True)
class Atom:
    """Claims of one block with the same figure and scope (usually one per outlet saying it)."""

    facet: Facet
    lo: float
    hi: float
    point: float | None
    vague: bool
    window: str
    places: frozenset[str]
    unit: str
    converted: bool
    items: list[Item] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)


def _tol(a: Atom, b: Atom) -> float:
    # two amounts written in dollars compare as dollars, even when both were converted to euros
    return TOLERANCE if a.unit == b.unit else CROSS_UNIT_TOLERANCE


def flag(x: object) -> bool:
    """A boolean cell read from a frame or CSV: NaN and NA are False."""
    try:
        return bool(x) and x == x  # NaN / NA read from a CSV are not True
    except (TypeError, ValueError):
        return False


def own_window(window: str, first_day: str) -> str:
    """A period window that holds the event itself scopes nothing: "in November" in a story about November.

    ``first_day`` is the earliest publication date of the cluster, the best
    guess at when the event happened.

    >>> own_window("period:2016-11", "2016-11-27"), own_window("period:2004", "2013-07-02")
    ('', 'period:2004')
    """
    if not window.startswith("period:"):
        return window
    period = window[len("period:") :]
    year = period[:4]
    if not year.isdigit() or int(year) < 1800:
        return ""  # a clock time read as a year ("07:37" -> 737) is no window
    return "" if first_day and first_day.startswith(period) else window


def _windows_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("period:") or b.startswith("period:"):
        return False  # a figure about April is not a figure about this week
    # "3d" against "4d" are two different stretches of time
    return a in _OPEN_WINDOWS or b in _OPEN_WINDOWS


def _places_disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a & b:
        return False
    # "aceh" and "aceh province", "houston" and "west houston" name one place
    return not any(x in y or y in x for x in a for y in b)


def _same_figure(a: Atom, b: Atom) -> bool:
    """Could two figures of one article be the same fact told twice?

    "500" and "about 500", "between 6,000 and 8,000" and "8,000", "thousands"
    and "8,000" can; "at least 5" and "249" cannot: an open bound meets any
    larger figure, so it needs a matching point.
    """
    if a.point is not None and b.point is not None and not (a.vague or b.vague):
        return overlaps((a.point, a.point), (b.point, b.point), _tol(a, b))
    bounded = all(math.isfinite(x) for x in (a.lo, a.hi, b.lo, b.hi))
    return bounded and overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b))


def agree(a: Atom, b: Atom) -> bool:
    """Do two figures agree? Intervals meet; an open bound must also be near the other figure.

    "more than 185" agrees with "212", but "at least 5" and "249" are only
    compatible: they are kept apart rather than called one fact. A vague
    count agrees with what its loose interval holds ("dozens" with 50, not with 7).
    """
    if a.vague or b.vague:
        return overlaps((a.lo, a.hi), (b.lo, b.hi), _VAGUE_SLACK)
    if not overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b)):
        return False
    return _near_bound(a, b) and _near_bound(b, a)


def _near_bound(a: Atom, b: Atom) -> bool:
    # a's open side must not be what lets it meet b
    if math.isinf(a.hi) and math.isfinite(a.lo) and a.lo > 0:
        far = b.lo if math.isfinite(b.lo) else b.hi
        return not math.isfinite(far) or far <= a.lo * _OPEN_REACH
    if math.isinf(a.lo) and math.isfinite(a.hi) and a.hi > 0:
        near = b.hi if math.isfinite(b.hi) else b.lo
        return not math.isfinite(near) or near * _OPEN_REACH >= a.hi
    return True


def can_link(a: Atom, b: Atom) -> bool:
    """May two atoms of one block stand in one group?"""
    fa, fb = a.facet, b.facet
    if not _windows_compatible(a.window, b.window):
        return False
    if not _events_compatible(a, b):
        return False
    if fa.noun != fb.noun:
        if fa.noun and fb.noun:
            return False  # "two officers" and "two children" are two facts
        # "three officers killed" and "three killed" may be one fact; "hundreds killed" and "15 soldiers" are not
        exact = a.lo == a.hi and b.lo == b.hi and not a.vague and not b.vague
        # within one article, "two men" and "two constables" are two groups of people
        # unless the act is the same firm event ("three killed", "three officers killed")
        same_doc_ok = fa.event == fb.event and fa.event.partition(":")[0] in LEXICON_EVENTS
        return exact and _same_figure(a, b) and (not a.docs & b.docs or same_doc_ok)
    if a.docs & b.docs and not _same_figure(a, b) and _parts_possible(fa):
        return False  # one article giving two counts gives two facts (a total and a part)
    if agree(a, b):
        return True
    return indistinct(a, b)


def _events_compatible(a: Atom, b: Atom) -> bool:
    ea, eb = a.facet.event, b.facet.event
    if ea == eb or not ea or not eb or a.facet.measure.startswith(_VERBLESS):
        return True
    # "21 bullet holes" the SUV "had" and "showed": one thing counted, told with two verbs
    noun = a.facet.noun
    return bool(noun) and noun == b.facet.noun and ea not in STRONG_EVENTS and eb not in STRONG_EVENTS and agree(a, b)


def _parts_possible(f: Facet) -> bool:
    # a count can have parts; one person's age or the distance to one place cannot
    return not (f.measure in ("age", "length") and f.anchor)


def indistinct(a: Atom, b: Atom) -> bool:
    """Nothing but the figure tells two atoms apart: one fact, in conflict."""
    fa, fb = a.facet, b.facet
    if a.window != b.window or fa.anchor != fb.anchor or fa.noun != fb.noun:
        return False
    if fa.event != fb.event and not fa.measure.startswith(_VERBLESS):
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # "140 injured in Central Aceh" and "249 injured in Aceh": a part and a total
    if fa.named and fb.named:
        # "no one was killed" against "12 killed" is a conflict; "12 killed" against
        # "close to a million killed" (in Rwanda, years ago) is another fact
        return _size_ratio(a, b) <= _PLAUSIBLE_REVISION
    if fa.measure == "count":
        return False  # a bare number and a verb ("6 took", "3 transported") are too little to call a conflict
    if not (a.places & b.places or (fa.event and fa.event == fb.event)):
        return False  # two amounts with no place or act in common may be two thefts
    return _size_ratio(a, b) <= _SIMILAR_SIZE


def _size_ratio(a: Atom, b: Atom) -> float:
    """How many times larger one figure is than the other (inf when unbounded; 1 when one is zero)."""
    if not _bounded(a, b):
        return math.inf
    lo = min(abs(x) for x in (a.lo, a.hi, b.lo, b.hi) if math.isfinite(x))
    hi = max(abs(x) for x in (a.lo, a.hi, b.lo, b.hi) if math.isfinite(x))
    return 1.0 if lo == 0 else hi / lo


def _bounded(a: Atom, b: Atom) -> bool:
    return any(math.isfinite(x) for x in (a.lo, a.hi)) and any(math.isfinite(x) for x in (b.lo, b.hi))


def score(a: Atom, b: Atom) -> float:
    """How much two linkable atoms look like one fact; the best pairs merge first."""
    score = 0.0
    if a.vague or b.vague:
        score -= 1
    elif overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b)):
        score += 4 + _closeness(a, b)
    else:
        score += 0.5 * _closeness(a, b)  # of two conflicting figures, the nearer is likelier the same fact
    if a.window == b.window:
        score += 1
    if a.facet.noun == b.facet.noun:
        score += 1 if a.facet.noun else 0.5
    if a.facet.event == b.facet.event:
        score += 1
    if a.places and a.places == b.places:
        score += 0.5
    elif _places_disjoint(a.places, b.places):
        score -= 1.5
    # an outlet restating its own figure is weaker evidence than two outlets agreeing
    if a.docs & b.docs:
        score -= 0.25
    return score


def _closeness(a: Atom, b: Atom) -> float:
    # "at least 5" meets "249" and "more than 200" alike; prefer the figures that are near each other
    pa = a.point if a.point is not None else (a.lo if math.isfinite(a.lo) else a.hi)
    pb = b.point if b.point is not None else (b.lo if math.isfinite(b.lo) else b.hi)
    if not (math.isfinite(pa) and math.isfinite(pb)) or pa <= 0 or pb <= 0:
        return 0.0
    return max(0.0, 2.0 - 2.0 * abs(math.log10(pa / pb)))
