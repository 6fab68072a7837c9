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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.currency import learn_rates, to_base
from factcmp.extract.units import CURRENCIES
from factcmp.facets import Facet, facet
from factcmp.linkage import OPEN_REACH as _OPEN_REACH
from factcmp.linkage import Atom, agree, can_link, flag, indistinct, own_window, score
from factcmp.verdict import STATUSES, TOLERANCE, overlaps, verdict

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["STATUSES", "TOLERANCE", "comparable_figures", "group_quantities", "judge", "overlaps", "verdict"]

# a bucket of atoms up to this size is compared pair by pair; a larger one by sorted neighbourhood
_FULL_BUCKET = 40
_NEIGHBOURS = 6
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
    groups = [[i for a in members for i in a.items] for members in _cluster(list(atoms.values()))]
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


def _candidates(atoms: list[Atom]) -> set[tuple[int, int]]:
    """Pairs of atoms worth comparing: those that could be one fact.

    Atoms meet inside a blocking key (:attr:`Facet.keys`). There, atoms that
    describe the fact alike (same noun class, event and anchor) are all
    compared, which finds agreements and conflicts; atoms described apart
    ("three killed" and "three officers killed") are compared only when they
    give the same figure. A very large bucket is compared by sorted
    neighbourhood (each atom with the next few in figure order), so the work
    stays near-linear in the number of claims.
    """
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, a in enumerate(atoms):
        for k in a.facet.keys:
            blocks[k].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        alike: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        # same figure, told apart: same noun with another verb, or people in general beside a group
        same_noun: dict[tuple[str, float], list[int]] = defaultdict(list)
        same_event: dict[tuple[str, float], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for n in members:
            a = atoms[n]
            f = a.facet
            alike[(f.noun, "" if a.verbless else f.event, f.anchor)].append(n)
            if a.exact and a.point is not None:
                figure = float(f"{a.point:.3g}")
                same_noun[(f.noun, figure)].append(n)
                same_event[(f.event, figure)][0 if f.noun else 1].append(n)
        for bucket in (*alike.values(), *same_noun.values()):
            pairs.update(_bucket_pairs(atoms, bucket))
        for specific, generic in same_event.values():
            if specific and generic:
                pairs.update(_across_pairs(atoms, specific, generic))
    return pairs


def _across_pairs(atoms: list[Atom], xs: list[int], ys: list[int]) -> list[tuple[int, int]]:
    if len(xs) * len(ys) <= _FULL_BUCKET * _FULL_BUCKET // 2:
        return [(min(x, y), max(x, y)) for x in xs for y in ys]
    # too many: each atom meets its nearest few on the other side, in window and place order
    order = sorted([*xs, *ys], key=lambda n: (atoms[n].window, sorted(atoms[n].places)))
    side = set(xs)
    out = []
    for i, x in enumerate(order):
        for y in order[i + 1 : i + 1 + _NEIGHBOURS]:
            if (x in side) != (y in side):
                out.append((min(x, y), max(x, y)))
    return out


def _bucket_pairs(atoms: list[Atom], bucket: list[int]) -> list[tuple[int, int]]:
    if len(bucket) <= _FULL_BUCKET:
        return [(min(x, y), max(x, y)) for i, x in enumerate(bucket) for y in bucket[i + 1 :]]
    ordered = sorted(bucket, key=lambda n: (atoms[n].window, atoms[n].lo, atoms[n].hi))
    out = []
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 : i + 1 + _NEIGHBOURS]:
            out.append((min(x, y), max(x, y)))
    return out


def _cluster(atoms: list[Atom]) -> list[list[Atom]]:
    """Complete linkage over the candidate pairs, best-scoring first."""
    memo: dict[tuple[int, int], bool] = {}
    apart: dict[tuple[int, int], bool] = {}

    def linkable(x: int, y: int) -> bool:
        key = (x, y) if x < y else (y, x)
        if key not in memo:
            memo[key] = can_link(atoms[key[0]], atoms[key[1]])
        return memo[key]

    def compatible(x: int, y: int) -> bool:
        # what every pair of a group must pass: nothing keeps the two apart
        key = (x, y) if x < y else (y, x)
        if key not in apart:
            apart[key] = memo.get(key) or can_link(atoms[key[0]], atoms[key[1]], evidence=False)
        return apart[key]

    owner = list(range(len(atoms)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(atoms))}
    summary = [_Summary.of(a) for a in atoms]
    for run in _plain_runs(atoms):
        # atoms told alike whose figures plainly agree are one group before any pair is weighed
        head = run[0]
        for n in run[1:]:
            owner[n] = head
            members[head].extend(members.pop(n))
            summary[head].absorb(summary[n])
    pairs = [(score(atoms[x], atoms[y]), x, y) for x, y in _candidates(atoms) if owner[x] != owner[y] and linkable(x, y)]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    # groups only grow, and a larger group is harder to join: a refusal stands for good
    refused: set[tuple[int, int]] = set()
    for _, x, y in pairs:
        gx, gy = owner[x], owner[y]
        if gx == gy or (min(gx, gy), max(gx, gy)) in refused:
            continue
        if not summary[gx].fits(summary[gy]) and (
            not all(compatible(p, q) for p in members[gx] for q in members[gy])
            or _is_vague_only_bridge(atoms, members[gx], members[gy])
        ):
            refused.add((min(gx, gy), max(gx, gy)))
            continue
        for m in members[gy]:
            owner[m] = gx
        members[gx].extend(members.pop(gy))
        summary[gx].absorb(summary[gy])
    return [[atoms[m] for m in ms] for ms in members.values()]


def _plain_runs(atoms: list[Atom]) -> list[list[int]]:
    """Runs of atoms with one description, one window and figures that all meet, found by one sweep.

    These are the merges complete linkage would make first (same words, same
    figure); making them up front keeps the pairwise work for the pairs that
    need judgement.
    """
    alike: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for n, a in enumerate(atoms):
        f = a.facet
        alike[(f.keys, f.noun, "" if a.verbless else f.event, f.anchor, a.unit, a.window)].append(n)
    runs = []
    for bucket in alike.values():
        if len(bucket) < 2:
            continue
        bucket.sort(key=lambda n: (atoms[n].lo, atoms[n].hi))
        run: list[int] = []
        summ: _Summary | None = None
        for n in bucket:
            one = _Summary.of(atoms[n])
            if summ is not None and summ.fits(one):
                run.append(n)
                summ.absorb(one)
                continue
            if len(run) > 1:
                runs.append(run)
            run, summ = [n], one
        if len(run) > 1:
            runs.append(run)
    return runs


@dataclass(slots=True)
class _Summary:
    """What a group holds, enough to see that two groups agree outright without pairing every member."""

    windows: set[str]
    events: set[str]
    nouns: set[str]
    docs: set[str]
    units: set[str]
    lo: float  # the largest lower end
    hi: float  # the smallest upper end
    far: float  # the largest figure (lower end, else upper end)
    near: float  # the smallest figure (upper end, else lower end)
    up: float  # the smallest "at least" bound
    down: float  # the largest "at most" bound
    loose: bool  # a vague count, a converted amount, a figure without bounds: needs the full rules

    @classmethod
    def of(cls, a: Atom) -> _Summary:
        """The summary of a group of one atom."""
        far = a.lo if math.isfinite(a.lo) else a.hi
        near = a.hi if math.isfinite(a.hi) else a.lo
        loose = a.vague or a.converted or not (math.isfinite(far) and math.isfinite(near))
        return cls(
            {a.window}, {"" if a.verbless else a.facet.event}, {a.facet.noun}, set(a.docs), {a.unit},
            a.lo, a.hi, far, near, a.lo if a.open_up else math.inf, a.hi if a.open_down else -math.inf, loose,
        )  # fmt: skip

    def fits(self, o: _Summary) -> bool:
        """Every pair of members of the two groups would pass :func:`can_link` by agreeing.

        True only when the members share one noun class, one act (or none), one
        unit, windows that cannot clash, no article in both, a point inside every
        member's interval and no open bound reaching too far ("at least 5" is not
        near 249); anything less sends the merge to the member-by-member check.
        """
        if self.loose or o.loose or self.nouns != o.nouns or len(self.nouns) > 1 or self.units != o.units or len(self.units) > 1:
            return False
        if len((self.events | o.events) - {""}) > 1 or not self.docs.isdisjoint(o.docs):
            return False
        windows = self.windows | o.windows
        if len(windows) > 1 and (any(w.startswith("period:") for w in windows) or len(windows - {"", "recent"}) > 1):
            return False
        if max(self.lo, o.lo) > min(self.hi, o.hi):
            return False
        return max(self.far, o.far) <= min(self.up, o.up) * _OPEN_REACH and min(self.near, o.near) * _OPEN_REACH >= max(
            self.down, o.down
        )

    def absorb(self, o: _Summary) -> None:
        """Take in the summary of a group merged into this one."""
        self.loose = self.loose or o.loose
        for mine, theirs in ((self.windows, o.windows), (self.events, o.events), (self.nouns, o.nouns), (self.docs, o.docs)):
            mine |= theirs
        self.units |= o.units
        self.lo, self.hi = max(self.lo, o.lo), min(self.hi, o.hi)
        self.far, self.near = max(self.far, o.far), min(self.near, o.near)
        self.up, self.down = min(self.up, o.up), max(self.down, o.down)


def _is_vague_only_bridge(atoms: list[Atom], a: list[int], b: list[int]) -> bool:
    # two precise figures that disagree must not be joined through a vague "thousands"
    precise_a = [atoms[m] for m in a if not atoms[m].vague]
    precise_b = [atoms[m] for m in b if not atoms[m].vague]
    return bool(precise_a and precise_b) and not any(agree(p, q) or indistinct(p, q) for p in precise_a for q in precise_b)


def judge(items: list[Item]) -> str:
    """The verdict of one group of claims (see :func:`verdict`)."""
    figures = [(i.lo, i.hi, i.vague, i.published, i.source) for i in items]
    return verdict(figures, units=[i.unit for i in items])
