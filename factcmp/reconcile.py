"""Lining quantity claims up by fact across sources, and judging each fact.

Claims are first blocked by what they measure (:mod:`factcmp.facets`: the
event or thing counted, the person an age belongs to, the reference point of
a distance, the currency of an amount), so two facts that happen to share a
number never meet, and the work grows with the size of each block rather
than with the square of all claims. Inside a block, claims with the same
figure and the same scope collapse into *atoms*; atoms then merge by complete
linkage, best-scoring pairs first: every pair in a group must be allowed
together.

Two atoms may share a group when their time windows are compatible, their
counted nouns do not name different things, and one article does not give
both with different figures (an article that says "six injured" and "two
officers injured" is giving a total and a part). Figures that agree (their
intervals meet, within rounding) may merge on that; figures that differ merge
only when nothing tells them apart (same window, place, reference, event and
noun), which is what makes them a conflict rather than two facts.
"""

from __future__ import annotations

import gc
import math
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.clustering import cluster
from factcmp.currency import learn_rates, to_base
from factcmp.extract.units import CURRENCIES
from factcmp.facets import Facet, facet
from factcmp.linkage import Atom, flag, own_window
from factcmp.verdict import STATUSES, TOLERANCE, overlaps, verdict

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pandas as pd

__all__ = ["STATUSES", "TOLERANCE", "comparable_figures", "group_quantities", "judge", "overlaps", "verdict"]

_COLUMNS = (
    "kind",
    "doc_id",
    "norm_low",
    "norm_high",
    "norm_value",
    "norm_unit",
    "unit",
    "vague",
    "window",
    "place",
    "reference",
    "predicate",
    "subject",
    "quantity_of",
    "alt_value",
    "alt_unit",
    "start",
    "in_headline",
)


@dataclass(slots=True)
class Item:
    row: int
    doc: str
    source: str
    published: str
    lo: float
    hi: float
    point: float | None
    vague: bool
    unit: str
    converted: bool
    order: tuple[int, int]


def group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    """Assign a group number and a status to every quantity row of ``claims``.

    Returns:
        (group number per row, status per row), aligned with ``claims``; rows
        that are not quantities get -1 and ''.
    """
    with cycle_collector_paused():
        return _group_quantities(claims, documents)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for a bulk step, then restore it as it was.

    Grouping and tabling make hundreds of thousands of small objects and no
    reference cycles; the collector would rescan them again and again (a third
    of the time at 100,000 claims). Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    date_col = "published" if "published" in documents.columns else "reference_date"
    pub = {d: str(p or "") for d, p in zip(documents["doc_id"], documents[date_col], strict=True)}
    doc_order = {d: n for n, d in enumerate(documents["doc_id"])}
    first_day = min((p for p in pub.values() if p), default="")
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in _COLUMNS}
    n_rows = len(claims)
    factors = _currency_factors(cols, n_rows)
    aliases = _person_aliases(claims)
    atoms: dict[tuple[object, ...], Atom] = {}
    facets: dict[tuple[object, ...], Facet] = {}  # many claims share a description
    for n in range(n_rows):
        if cols["kind"][n] != "quantity":
            continue
        row = {c: cols[c][n] for c in _COLUMNS}
        unit = str(row["norm_unit"] or row["unit"] or "")
        lo, hi, point = _interval(row)
        converted = False
        if unit in factors and factors[unit][1] != 1.0:
            base, f = factors[unit]
            lo, hi, point = lo * f, hi * f, None if point is None else point * f
            row["norm_unit"], converted = base, True
        elif unit in factors:
            row["norm_unit"] = factors[unit][0]
        sig = (row["norm_unit"], row["unit"], row["quantity_of"], row["predicate"], row["subject"], row["reference"])
        fct = facets.get(sig)
        if fct is None:
            fct = facets[sig] = facet(row, aliases=aliases)
        doc = str(row["doc_id"])
        item = Item(
            row=n,
            doc=doc,
            source=str(src.get(doc, doc)),
            published=pub.get(doc, ""),
            lo=lo,
            hi=hi,
            point=point,
            vague=flag(row["vague"]),
            unit=str(row["unit"] or ""),
            converted=converted,
            order=(doc_order.get(doc, 0), int(_num(row["start"]) or 0)),
        )
        window = own_window(str(row["window"] or ""), first_day)
        places = frozenset(_place_key(p) for p in str(row["place"] or "").split("|") if p)
        if fct.measure == "count" and flag(row["in_headline"]):
            # a headline's place is the story's setting ("One dead, four injured in Volunteer
            # Parkway shootings"), not a district the count is limited to
            places = frozenset()
        key = (fct, lo, hi, item.vague, window, places, item.unit, converted)
        atom = atoms.get(key)
        if atom is None:
            atom = atoms[key] = Atom(fct, lo, hi, point, item.vague, window, places, item.unit, converted)
        atom.items.append(item)
        atom.docs.add(doc)
        if flag(row["in_headline"]):
            atom.headline_docs.add(doc)
    groups = [[i for a in members for i in a.items] for members in cluster(list(atoms.values()))]
    groups.sort(key=lambda g: min(i.order for i in g))
    group_of = [-1] * n_rows
    status_of = [""] * n_rows
    for gid, g in enumerate(groups):
        status = judge(g)
        for i in g:
            group_of[i.row] = gid
            status_of[i.row] = status
    return group_of, status_of


def comparable_figures(claims: pd.DataFrame) -> list[tuple[float, float, float | None, str]]:
    """Every claim's (low, high, point, unit) in the units the reconciler compares them in.

    Lengths and weights are in their normalised unit (km, kg); amounts of money
    are converted to the cluster's most common currency where the articles'
    own conversions allow. Non-quantity rows get (-inf, inf, None, "").
    """
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in _COLUMNS}
    factors = _currency_factors(cols, len(claims))
    out: list[tuple[float, float, float | None, str]] = []
    for n in range(len(claims)):
        if cols["kind"][n] != "quantity":
            out.append((-math.inf, math.inf, None, ""))
            continue
        row = {c: cols[c][n] for c in _COLUMNS}
        unit = str(row["norm_unit"] or row["unit"] or "")
        lo, hi, point = _interval(row)
        if unit in factors:
            base, f = factors[unit]
            lo, hi, point, unit = lo * f, hi * f, None if point is None else point * f, base
        out.append((lo, hi, point, unit))
    return out


def _currency_factors(cols: dict[str, list[object]], n_rows: int) -> dict[str, tuple[str, float]]:
    """Currency -> (base currency, factor), from the conversions the articles write."""
    pairs = []
    seen = []
    for n in range(n_rows):
        unit = str(cols["norm_unit"][n] or cols["unit"][n] or "")
        if cols["kind"][n] != "quantity" or unit not in CURRENCIES:
            continue
        seen.append(unit)
        alt_unit = str(cols["alt_unit"][n] or "")
        value, alt = _num(cols["norm_value"][n]), _num(cols["alt_value"][n])
        if alt_unit and value is not None and alt is not None:
            pairs.append((unit, value, alt_unit, alt))
    base, factor = to_base(learn_rates(pairs), seen)
    return {cur: (base, f) for cur, f in factor.items()}


def _person_aliases(claims: pd.DataFrame) -> dict[str, str]:
    """Person names as written -> linked entity id, so "Larry Gordon" and "Gordon" are one person."""
    if "entity_id" not in claims.columns or "entity_type" not in claims.columns:
        return {}
    ents = claims[(claims["kind"] == "entity") & (claims["entity_type"] == "PERSON") & (claims["entity_id"] != "")]
    aliases: dict[str, str] = {}
    by_word: dict[str, set[str]] = defaultdict(set)
    for text, eid in zip(ents["text"], ents["entity_id"], strict=True):
        aliases[str(text)] = str(eid)
        for w in str(text).split():
            if w[:1].isupper() and len(w) > 2:
                by_word[w].add(str(eid))
    # a single name that belongs to one person only ("Gordon", "Lakeem") stands for that person
    for w, ids in by_word.items():
        if len(ids) == 1:
            aliases.setdefault(w, next(iter(ids)))
    return aliases


def _place_key(place: str) -> str:
    p = place.lower().strip()
    return p[4:] if p.startswith("the ") else p


def _interval(row: dict[str, object]) -> tuple[float, float, float | None]:
    lo = _num(row.get("norm_low"))
    hi = _num(row.get("norm_high"))
    v = _num(row.get("norm_value"))
    if lo is None and hi is None and v is not None:
        lo = hi = v
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi, v)


def _num(x: object) -> float | None:
    if x is None:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def judge(items: list[Item]) -> str:
    """The verdict of one group of claims (see :func:`verdict`)."""
    figures = [(i.lo, i.hi, i.vague, i.published, i.source) for i in items]
    return verdict(figures, units=[i.unit for i in items])
