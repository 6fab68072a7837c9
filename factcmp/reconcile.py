"""Lining claims up by fact across sources, and judging each fact.

Claims are first blocked by what they measure (the thing counted and its
event, the reference point of a distance, the person an age belongs to), so
the work grows with the size of each block, not with the square of all
claims. Inside a block, claims merge by complete linkage: every pair in a
group must be allowed together. Figures that agree may merge unless their
time windows differ; figures that disagree merge only when nothing else
tells them apart (same window, same place, same reference), which is what
makes them a conflict rather than two facts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.extract.units import dimension

if TYPE_CHECKING:
    import pandas as pd

STATUSES = ("conflict", "updated", "agree", "single")
POLICIES = ("range", "conservative", "latest")
# relative slack when comparing figures: conversions ("100 km (60 miles)") are rounded
TOLERANCE = 0.02
_SHORT_WINDOWS = {"recent", ""}


@dataclass
class _Item:
    row: int
    doc: str
    source: str
    published: str
    key: tuple[str, ...]
    lo: float
    hi: float
    vague: bool
    window: str
    places: frozenset[str]
    reference: str
    order: tuple[int, int] = (0, 0)


@dataclass
class _Group:
    items: list[_Item] = field(default_factory=list)


def fact_key(row: dict[str, object]) -> tuple[str, ...]:
    """The block a quantity claim belongs to: what it measures, not its value."""
    unit = str(row.get("unit") or "")
    norm_unit = str(row.get("norm_unit") or unit)
    dim = dimension(norm_unit)
    quantity_of = str(row.get("quantity_of") or "")
    predicate = str(row.get("predicate") or "")
    subject = str(row.get("subject") or "").lower()
    reference = str(row.get("reference") or "").lower()
    if quantity_of.startswith("age"):
        return ("age", _surname(subject))
    if dim in ("person", "count"):
        # "500 people" and "500 have fled" count the same people
        return (dim, predicate, "" if subject == "people" else subject)
    if reference:
        return (dim, "ref", reference)
    return (dim, subject or predicate)


def _surname(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w[:1].isalpha()]
    return words[-1].lower() if words else name.lower()


def _interval(row: dict[str, object]) -> tuple[float, float]:
    lo = _num(row.get("norm_low"))
    hi = _num(row.get("norm_high"))
    v = _num(row.get("norm_value"))
    if lo is None and hi is None and v is not None:
        lo = hi = v
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi)


def _num(x: object) -> float | None:
    if x is None:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def overlaps(a: tuple[float, float], b: tuple[float, float], tol: float = TOLERANCE) -> bool:
    """True when two intervals share a point, allowing a small relative slack."""
    slack = tol * max(abs(x) for x in (*a, *b) if math.isfinite(x)) if any(math.isfinite(x) for x in (*a, *b)) else 0
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _windows_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("period:") or b.startswith("period:"):
        return False  # a figure about April is not a figure about this week
    # "3d" against "4d" are two different stretches of time
    return a in _SHORT_WINDOWS or b in _SHORT_WINDOWS


def _can_link(a: _Item, b: _Item) -> bool:
    if not _windows_compatible(a.window, b.window):
        return False
    if a.vague or b.vague or overlaps((a.lo, a.hi), (b.lo, b.hi)):
        return True
    # different figures are one fact in conflict only when nothing tells them apart
    if a.window != b.window or a.reference != b.reference:
        return False
    return not (a.places and b.places and not a.places & b.places)


def _score(a: _Item, b: _Item) -> float:
    score = 0.0
    if a.vague or b.vague:
        score -= 1
    if overlaps((a.lo, a.hi), (b.lo, b.hi)):
        score += 4
    if a.window == b.window:
        score += 1
    if a.places and a.places == b.places:
        score += 0.5
    if a.doc == b.doc:
        score -= 0.25
    return score


def group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    """Assign a group number and a status to every quantity row of ``claims``.

    Returns:
        (group number per row, status per row), aligned with ``claims``; rows
        that are not quantities get -1 and ''.
    """
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    pub = dict(zip(documents["doc_id"], documents["reference_date"], strict=True))
    doc_order = {d: n for n, d in enumerate(documents["doc_id"])}
    blocks: dict[tuple[str, ...], list[_Item]] = defaultdict(list)
    records = claims.to_dict("records")
    for n, row in enumerate(records):
        if row["kind"] != "quantity":
            continue
        lo, hi = _interval(row)
        doc = str(row["doc_id"])
        item = _Item(
            row=n,
            doc=doc,
            source=str(src.get(doc, doc)),
            published=str(pub.get(doc, "") or ""),
            key=fact_key(row),
            lo=lo,
            hi=hi,
            vague=bool(row.get("vague")),
            window=str(row.get("window") or ""),
            places=frozenset(p for p in str(row.get("place") or "").split("|") if p),
            reference=str(row.get("reference") or "").lower(),
            order=(doc_order.get(doc, 0), int(row.get("start") or 0)),
        )
        blocks[item.key].append(item)
    groups: list[_Group] = []
    for items in blocks.values():
        groups.extend(_cluster(items))
    groups.sort(key=lambda g: min(i.order for i in g.items))
    group_of = [-1] * len(records)
    status_of = [""] * len(records)
    for gid, g in enumerate(groups):
        status = verdict([(i.lo, i.hi, i.vague, i.published, i.source) for i in g.items])
        for i in g.items:
            group_of[i.row] = gid
            status_of[i.row] = status
    return group_of, status_of


def _cluster(items: list[_Item]) -> list[_Group]:
    groups = [_Group([i]) for i in items]
    if len(items) < 2:
        return groups
    pairs = []
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            a, b = items[x], items[y]
            if _can_link(a, b):
                pairs.append((_score(a, b), x, y))
    pairs.sort(key=lambda p: -p[0])
    owner = list(range(len(items)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(items))}
    for _, x, y in pairs:
        gx, gy = owner[x], owner[y]
        if gx == gy:
            continue
        if not all(_can_link(items[p], items[q]) for p in members[gx] for q in members[gy]):
            continue
        if _is_vague_only_bridge(items, members[gx], members[gy]):
            continue
        for m in members[gy]:
            owner[m] = gx
        members[gx].extend(members.pop(gy))
    return [_Group([items[m] for m in ms]) for ms in members.values()]


def _is_vague_only_bridge(items: list[_Item], a: list[int], b: list[int]) -> bool:
    # two precise figures that disagree must not be joined through a vague "thousands"
    precise_a = [items[m] for m in a if not items[m].vague]
    precise_b = [items[m] for m in b if not items[m].vague]
    return bool(precise_a and precise_b) and not any(
        overlaps((p.lo, p.hi), (q.lo, q.hi)) or p.window == q.window for p in precise_a for q in precise_b
    )


def verdict(figures: list[tuple[float, float, bool, str, str]]) -> str:
    """Judge one fact from its figures: (low, high, vague, published, source).

    >>> verdict([(500, 500, False, "2015-05-18", "A"), (450, 550, False, "2015-05-18", "B")])
    'agree'
    >>> verdict([(4, 4, False, "2016-07-07", "A"), (3, 3, False, "2016-07-08", "B")])
    'updated'
    """
    sources = {f[4] for f in figures}
    if len(sources) < 2:
        return "single"
    precise = [f for f in figures if not f[2]]
    if len(precise) < 2 or _common_point(precise):
        return "agree"
    dates = sorted({f[3] for f in precise if f[3]})
    if len(dates) > 1:
        latest = [f for f in precise if f[3] == dates[-1]]
        if _common_point(latest):
            return "updated"
    return "conflict"


def _common_point(figures: list[tuple[float, float, bool, str, str]]) -> bool:
    lo = max(f[0] for f in figures)
    hi = min(f[1] for f in figures)
    return overlaps((lo, lo), (hi, hi)) if math.isfinite(lo) and math.isfinite(hi) else lo <= hi
