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

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.currency import CONVERSION_TOLERANCE, learn_rates, to_base
from factcmp.extract.units import CURRENCIES
from factcmp.facets import STRONG_EVENTS, Facet, facet

if TYPE_CHECKING:
    import pandas as pd

STATUSES = ("conflict", "updated", "agree", "single")
# relative slack between figures in one unit: "500" and "about 500" are one figure
TOLERANCE = 0.02
# a different unit or a converted currency: "six miles" is "10 km", "€2m" is "$2.6m"
CROSS_UNIT_TOLERANCE = CONVERSION_TOLERANCE
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
)


@dataclass(slots=True)
class _Item:
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


@dataclass(slots=True)
class _Atom:
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
    items: list[_Item] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)


def group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    """Assign a group number and a status to every quantity row of ``claims``.

    Returns:
        (group number per row, status per row), aligned with ``claims``; rows
        that are not quantities get -1 and ''.
    """
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    date_col = "published" if "published" in documents.columns else "reference_date"
    pub = {d: str(p or "") for d, p in zip(documents["doc_id"], documents[date_col], strict=True)}
    doc_order = {d: n for n, d in enumerate(documents["doc_id"])}
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in _COLUMNS}
    n_rows = len(claims)
    factors = _currency_factors(cols, n_rows)
    aliases = _person_aliases(claims)
    atoms: dict[tuple[object, ...], _Atom] = {}
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
        fct = facet(row, aliases=aliases)
        doc = str(row["doc_id"])
        item = _Item(
            row=n,
            doc=doc,
            source=str(src.get(doc, doc)),
            published=pub.get(doc, ""),
            lo=lo,
            hi=hi,
            point=point,
            vague=_flag(row["vague"]),
            unit=str(row["unit"] or ""),
            converted=converted,
            order=(doc_order.get(doc, 0), int(_num(row["start"]) or 0)),
        )
        window = str(row["window"] or "")
        places = frozenset(_place_key(p) for p in str(row["place"] or "").split("|") if p)
        key = (fct, lo, hi, item.vague, window, places, item.unit, converted)
        atom = atoms.get(key)
        if atom is None:
            atom = atoms[key] = _Atom(fct, lo, hi, point, item.vague, window, places, item.unit, converted)
        atom.items.append(item)
        atom.docs.add(doc)
    groups: list[list[_Item]] = []
    for block in _blocks(list(atoms.values())):
        for members in _cluster(block):
            groups.append([i for a in members for i in a.items])
    groups.sort(key=lambda g: min(i.order for i in g))
    group_of = [-1] * n_rows
    status_of = [""] * n_rows
    for gid, g in enumerate(groups):
        status = judge(g)
        for i in g:
            group_of[i.row] = gid
            status_of[i.row] = status
    return group_of, status_of


def _blocks(atoms: list[_Atom]) -> list[list[_Atom]]:
    """Atoms that share a blocking key, directly or through others (union-find over keys)."""
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(k: tuple[str, ...]) -> tuple[str, ...]:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a in atoms:
        first = find(a.facet.keys[0])
        for k in a.facet.keys[1:]:
            parent[find(k)] = first
    out: dict[tuple[str, ...], list[_Atom]] = defaultdict(list)
    for a in atoms:
        out[find(a.facet.keys[0])].append(a)
    return list(out.values())


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


def overlaps(a: tuple[float, float], b: tuple[float, float], tol: float = TOLERANCE) -> bool:
    """True when two intervals share a point, allowing a small relative slack.

    >>> overlaps((500, 500), (450, 550)), overlaps((4, 4), (5, 5)), overlaps((98, 98), (90, 110))
    (True, False, True)
    """
    finite = [abs(x) for x in (*a, *b) if math.isfinite(x)]
    slack = tol * max(finite) if finite else 0.0
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _tol(a: _Atom | _Item, b: _Atom | _Item) -> float:
    # two amounts written in dollars compare as dollars, even when both were converted to euros
    return TOLERANCE if a.unit == b.unit else CROSS_UNIT_TOLERANCE


def _flag(x: object) -> bool:
    try:
        return bool(x) and x == x  # NaN / NA read from a CSV are not True
    except (TypeError, ValueError):
        return False


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


def _same_figure(a: _Atom, b: _Atom) -> bool:
    """Could two figures of one article be the same fact told twice?

    "500" and "about 500", "between 6,000 and 8,000" and "8,000", "thousands"
    and "8,000" can; "at least 5" and "249" cannot: an open bound meets any
    larger figure, so it needs a matching point.
    """
    if a.point is not None and b.point is not None and not (a.vague or b.vague):
        return overlaps((a.point, a.point), (b.point, b.point), _tol(a, b))
    bounded = all(math.isfinite(x) for x in (a.lo, a.hi, b.lo, b.hi))
    return bounded and overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b))


def _agree(a: _Atom, b: _Atom) -> bool:
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


def _near_bound(a: _Atom, b: _Atom) -> bool:
    # a's open side must not be what lets it meet b
    if math.isinf(a.hi) and math.isfinite(a.lo) and a.lo > 0:
        far = b.lo if math.isfinite(b.lo) else b.hi
        return not math.isfinite(far) or far <= a.lo * _OPEN_REACH
    if math.isinf(a.lo) and math.isfinite(a.hi) and a.hi > 0:
        near = b.hi if math.isfinite(b.hi) else b.lo
        return not math.isfinite(near) or near * _OPEN_REACH >= a.hi
    return True


def can_link(a: _Atom, b: _Atom) -> bool:
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
        return exact and _same_figure(a, b) and not (a.docs & b.docs and _parts_possible(fa))
    if a.docs & b.docs and not _same_figure(a, b) and _parts_possible(fa):
        return False  # one article giving two counts gives two facts (a total and a part)
    if _agree(a, b):
        return True
    return _indistinct(a, b)


def _events_compatible(a: _Atom, b: _Atom) -> bool:
    ea, eb = a.facet.event, b.facet.event
    if ea == eb or not ea or not eb or a.facet.measure.startswith(_VERBLESS):
        return True
    # "21 bullet holes" the SUV "had" and "showed": one thing counted, told with two verbs
    noun = a.facet.noun
    return bool(noun) and noun == b.facet.noun and ea not in STRONG_EVENTS and eb not in STRONG_EVENTS and _agree(a, b)


def _parts_possible(f: Facet) -> bool:
    # a count can have parts; one person's age or the distance to one place cannot
    return not (f.measure in ("age", "length") and f.anchor)


def _indistinct(a: _Atom, b: _Atom) -> bool:
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


def _size_ratio(a: _Atom, b: _Atom) -> float:
    """How many times larger one figure is than the other (inf when unbounded; 1 when one is zero)."""
    if not _bounded(a, b):
        return math.inf
    lo = min(abs(x) for x in (a.lo, a.hi, b.lo, b.hi) if math.isfinite(x))
    hi = max(abs(x) for x in (a.lo, a.hi, b.lo, b.hi) if math.isfinite(x))
    return 1.0 if lo == 0 else hi / lo


def _bounded(a: _Atom, b: _Atom) -> bool:
    return any(math.isfinite(x) for x in (a.lo, a.hi)) and any(math.isfinite(x) for x in (b.lo, b.hi))


def _score(a: _Atom, b: _Atom) -> float:
    score = 0.0
    if a.vague or b.vague:
        score -= 1
    elif overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b)):
        score += 4 + _closeness(a, b)
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


def _closeness(a: _Atom, b: _Atom) -> float:
    # "at least 5" meets "249" and "more than 200" alike; prefer the figures that are near each other
    pa = a.point if a.point is not None else (a.lo if math.isfinite(a.lo) else a.hi)
    pb = b.point if b.point is not None else (b.lo if math.isfinite(b.lo) else b.hi)
    if not (math.isfinite(pa) and math.isfinite(pb)) or pa <= 0 or pb <= 0:
        return 0.0
    return max(0.0, 2.0 - 2.0 * abs(math.log10(pa / pb)))


def _cluster(atoms: list[_Atom]) -> list[list[_Atom]]:
    if len(atoms) < 2:
        return [atoms]
    pairs = []
    linkable: set[tuple[int, int]] = set()
    for x in range(len(atoms)):
        for y in range(x + 1, len(atoms)):
            if can_link(atoms[x], atoms[y]):
                linkable.add((x, y))
                pairs.append((_score(atoms[x], atoms[y]), x, y))
    pairs.sort(key=lambda p: -p[0])
    owner = list(range(len(atoms)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(atoms))}
    for _, x, y in pairs:
        gx, gy = owner[x], owner[y]
        if gx == gy:
            continue
        if not all((min(p, q), max(p, q)) in linkable for p in members[gx] for q in members[gy]):
            continue
        if _is_vague_only_bridge(atoms, members[gx], members[gy]):
            continue
        for m in members[gy]:
            owner[m] = gx
        members[gx].extend(members.pop(gy))
    return [[atoms[m] for m in ms] for ms in members.values()]


def _is_vague_only_bridge(atoms: list[_Atom], a: list[int], b: list[int]) -> bool:
    # two precise figures that disagree must not be joined through a vague "thousands"
    precise_a = [atoms[m] for m in a if not atoms[m].vague]
    precise_b = [atoms[m] for m in b if not atoms[m].vague]
    return bool(precise_a and precise_b) and not any(_agree(p, q) or _indistinct(p, q) for p in precise_a for q in precise_b)


def judge(items: list[_Item]) -> str:
    """The verdict of one group of claims (see :func:`verdict`)."""
    figures = [(i.lo, i.hi, i.vague, i.published, i.source) for i in items]
    return verdict(figures, units=[i.unit for i in items])


_Figure = tuple[float, float, bool, str, str]


def verdict(figures: list[_Figure], *, units: list[str] | None = None) -> str:
    """Judge one fact from its figures: (low, high, vague, published, source).

    ``single`` when one source gives it; ``agree`` when the precise figures
    share a point (vague ones never make a conflict); ``updated`` when they
    do not, but the figure changed once and for all: the reports of the
    latest date agree among themselves, and every report that disagrees with
    them is older than the first report that gave the new figure (a toll that
    rises: 1, 3, 5 on Tuesday, 24 on Wednesday); otherwise ``conflict`` (four
    bombs, then five, then four again is a disagreement, not an update). ``units`` (the unit each figure was
    written in) loosens the comparison of figures written in different units
    (converted for comparison) to :data:`CROSS_UNIT_TOLERANCE`.

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
    if len(precise) < 2 or _consistent(precise):
        return "agree"
    dates = sorted({f[3] for f, _ in precise if f[3]})
    if len(dates) < 2 or any(not f[3] for f, _ in precise):
        return "conflict"  # undated reports cannot be put in order
    latest = [(f, u) for f, u in precise if f[3] == dates[-1]]
    if not _consistent(latest):
        return "conflict"
    new = [f[3] for f, u in precise if all(_consistent([(f, u), other]) for other in latest)]
    old = [f[3] for f, u in precise if not all(_consistent([(f, u), other]) for other in latest)]
    return "updated" if max(old) < min(new) else "conflict"


def _consistent(figures: list[tuple[_Figure, str]]) -> bool:
    """Every two figures meet, each pair within the slack its units allow."""
    distinct = list({(f[0], f[1], u) for f, u in figures})
    for x in range(len(distinct)):
        for y in range(x + 1, len(distinct)):
            a, b = distinct[x], distinct[y]
            if not overlaps((a[0], a[1]), (b[0], b[1]), TOLERANCE if a[2] == b[2] else CROSS_UNIT_TOLERANCE):
                return False
    return True
