"""Complete linkage over atoms, made fast enough for a hundred thousand claims.

Two atoms are only weighed against each other when they share a blocking key
and are described alike, or give the same figure (:func:`candidates`): the
work grows with the claims, not with their square. Atoms told alike whose
figures plainly agree are merged by one sweep before any pair is weighed, and
a group keeps a summary (:class:`_Summary`) that lets a merge of two plainly
agreeing groups skip the member-by-member check. The rules themselves are in
:mod:`factcmp.linkage`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from factcmp.facets import LEXICON_EVENTS, STRONG_EVENTS
from factcmp.linkage import OPEN_REACH, Atom, agree, can_link, indistinct, score

# a bucket of atoms up to this size is compared pair by pair; a larger one by sorted neighbourhood
_FULL_BUCKET = 40
_NEIGHBOURS = 6


def candidates(atoms: list[Atom]) -> set[tuple[int, int]]:
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
        # a bare count of a named thing ("a 200-student schoolhouse") beside the same thing with a weak verb
        bare_acted: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        # a vague count of people beside a named group's exact figure, same act ("wounded several more", "three
        # other officers were wounded"): linkage.can_link asks whether the vague count holds the figure
        vague_named: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for n in members:
            a = atoms[n]
            f = a.facet
            # amounts are compared whatever they are said to be of: "an estimated two million euros" meets
            # "a 2 mn-euro jewelry heist" (can_link still keeps the diamonds apart from the necklace)
            noun = "" if f.measure.startswith("money") else f.noun
            alike[(noun, "" if a.verbless else f.event, f.anchor)].append(n)
            weak = f.event.partition(":")[0] not in STRONG_EVENTS
            if f.noun and not a.verbless and weak:
                # a count said with no act ("a 200-student schoolhouse", "he had at least two weapons")
                # may be the same thing another article counts with a weak verb ("armed with two guns")
                bare_acted[f.noun][1 if f.event else 0].append(n)
            if f.event in LEXICON_EVENTS and ((a.vague and not f.noun) or (a.exact and f.noun)):
                vague_named[f.event][0 if a.vague else 1].append(n)
            if a.exact and a.point is not None:
                figure = float(f"{a.point:.3g}")
                same_noun[(f.group, figure)].append(n)  # "four charges" and "four counts for assault" alike
                same_event[(f.event, figure)][0 if f.noun else 1].append(n)
        for bucket in (*alike.values(), *same_noun.values()):
            pairs.update(_bucket_pairs(atoms, bucket))
        for specific, generic in (*same_event.values(), *bare_acted.values(), *vague_named.values()):
            if specific and generic:
                pairs.update(_across_pairs(atoms, specific, generic))
    return pairs


def _across_pairs(atoms: list[Atom], xs: list[int], ys: list[int]) -> list[tuple[int, int]]:
    if len(xs) * len(ys) <= _FULL_BUCKET * _FULL_BUCKET // 2:
        return [((x, y) if x < y else (y, x)) for x in xs for y in ys]
    # too many: each atom meets its nearest few on the other side, in window and place order
    order = sorted([*xs, *ys], key=lambda n: (atoms[n].window, sorted(atoms[n].places)))
    side = set(xs)
    out = []
    for i, x in enumerate(order):
        for y in order[i + 1 : i + 1 + _NEIGHBOURS]:
            if (x in side) != (y in side):
                out.append((x, y) if x < y else (y, x))
    return out


def _bucket_pairs(atoms: list[Atom], bucket: list[int]) -> list[tuple[int, int]]:
    if len(bucket) <= _FULL_BUCKET:
        return [((x, y) if x < y else (y, x)) for i, x in enumerate(bucket) for y in bucket[i + 1 :]]
    ordered = sorted(bucket, key=lambda n: (atoms[n].window, atoms[n].lo, atoms[n].hi))
    out = []
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 : i + 1 + _NEIGHBOURS]:
            out.append((x, y) if x < y else (y, x))
    return out


# a reference point's name this long or longer may be spelled with one letter more or less ("Bireun", "Bireuen")
_SPELLED_APART = 5


def same_reference_points(atoms: list[Atom]) -> None:
    """Give the distances from one place spelled two ways one anchor, in place.

    Outlets transliterate a town's name differently: "55 kilometres south of
    Bireun" and "roughly 55 kilometers from the town of Bireuen" are measured
    from one town. Two reference names of one cluster that differ by one
    letter inserted, dropped or changed (never the first), both at least
    :data:`_SPELLED_APART` letters long, are read as one name: the one more
    claims use.
    """
    counts: dict[str, int] = defaultdict(int)
    for a in atoms:
        if a.facet.measure == "length" and len(a.facet.anchor) >= _SPELLED_APART:
            counts[a.facet.anchor] += len(a.items) or 1
    if len(counts) < 2:
        return
    by_initial: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts, key=lambda n: (-counts[n], n)):  # the commonest spelling first
        by_initial[name[0]].append(name)
    canon: dict[str, str] = {}
    for names in by_initial.values():
        for n, name in enumerate(names):
            for other in names[:n]:
                if other not in canon and Levenshtein.distance(name, other, score_cutoff=1) <= 1:
                    canon[name] = other
                    break
    for a in atoms:
        to = canon.get(a.facet.anchor) if a.facet.measure == "length" else None
        if to is not None:
            a.facet = replace(
                a.facet, anchor=to, keys=tuple((k[0], to) if k[1:] == (a.facet.anchor,) else k for k in a.facet.keys)
            )


def cluster(atoms: list[Atom]) -> list[list[Atom]]:
    """Complete linkage over the candidate pairs, best-scoring first."""
    same_reference_points(atoms)
    # what every pair of a group must pass, nothing keeps the two apart, per pair (low, high):
    # a candidate pair that may link passes it too
    apart: dict[tuple[int, int], bool] = {}

    def all_compatible(xs: list[int], ys: list[int]) -> bool:
        # the member-by-member check, the hot loop of complete linkage: written out, no call per pair
        for x in xs:
            for y in ys:
                key = (x, y) if x < y else (y, x)
                ok = apart.get(key)
                if ok is None:
                    ok = apart[key] = can_link(atoms[key[0]], atoms[key[1]], evidence=False)
                if not ok and not (
                    _vouched(atoms, x, xs, y)
                    or _vouched(atoms, y, ys, x)
                    or _vouched(atoms, y, xs, x, across=True)
                    or _vouched(atoms, x, ys, y, across=True)
                ):
                    return False
        return True

    owner = list(range(len(atoms)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(atoms))}
    summary = [_Summary.of(a) for a in atoms]
    for run in _plain_runs(atoms, summary):
        # atoms told alike whose figures plainly agree are one group before any pair is weighed
        head = run[0]
        for n in run[1:]:
            owner[n] = head
            members[head].extend(members.pop(n))
            summary[head].absorb(summary[n])
    lows, highs, scores = [], [], []
    for pair in candidates(atoms):
        x, y = pair  # x < y
        if owner[x] != owner[y]:
            a, b = atoms[x], atoms[y]
            if can_link(a, b):
                apart[pair] = True
                lows.append(x)
                highs.append(y)
                scores.append(score(a, b))
    # best score first, then by atom; numpy sorts the hundred thousand pairs of a large story at once
    order = np.lexsort((np.array(highs, dtype=np.int64), np.array(lows, dtype=np.int64), -np.array(scores, dtype=np.float64)))
    # groups only grow, and a larger group is harder to join: a refusal stands for good
    refused: set[tuple[int, int]] = set()
    for k in order.tolist():
        x, y = lows[k], highs[k]
        gx, gy = owner[x], owner[y]
        if gx == gy:
            continue
        groups = (gx, gy) if gx < gy else (gy, gx)
        if groups in refused:
            continue
        if not summary[gx].fits(summary[gy]) and (
            not all_compatible(members[gx], members[gy]) or _is_vague_only_bridge(atoms, members[gx], members[gy])
        ):
            refused.add(groups)
            continue
        for m in members[gy]:
            owner[m] = gx
        members[gx].extend(members.pop(gy))
        summary[gx].absorb(summary[gy])
    return [[atoms[m] for m in ms] for ms in members.values()]


def _vouched(atoms: list[Atom], x: int, group: list[int], y: int, across: bool = False) -> bool:
    """May ``y`` stand beside ``x`` because ``x`` is the same figure as a mate of its group, told with another verb?

    "The navy freed 16 fishermen" and "The 16 freed fishermen will be flown home" are one group: the same
    figure of the same people, told with two acts. Another outlet's "freed 13 fishermen" is that fact's
    rival figure, though nothing links a 13 "freed" with a 16 "flown": a member that repeats a mate's exact
    figure of the same noun is read with the mate's act, and complete linkage asks no more of it than of
    the mate; so is a count of a group its own article also gives of people in general ("21 injured
    passengers", "21 injured"), read as the people's. Nothing else is waived: the mate must link with ``y``
    as well, as every member must, and two figures of one article stay two facts (a total and a part)
    whatever they are told with. ``across`` looks for the mate in the group ``x`` would join, not in its
    own: only its own article's restatement vouches for it there ("two other court officers" who exchanged
    shots are not the two bailiffs killed because both are two officers).
    """
    a = atoms[x]
    if not a.exact or not a.docs.isdisjoint(atoms[y].docs):
        return False
    act = a.facet.event.partition(":")[0]
    for m in group:
        mate = atoms[m]
        if (
            mate.lo == a.lo  # the cheapest test first: the hot loop of complete linkage calls this on refusals
            and m != x
            and mate.exact
            # a firm act says what befell them ("had shot two bailiffs"); it is told with no other verb than its
            # own or its grade's ("two guards were slightly injured" as "two guards were hurt")
            and (act not in STRONG_EVENTS or mate.facet.event.partition(":")[0] == act)
            and mate.facet.measure == a.facet.measure
            and ((not across and _told_with_another_verb(a, mate)) or _told_of_people(a, mate))
            and can_link(_told_as(a, mate), atoms[y], evidence=False)
        ):
            return True
    return False


def _told_with_another_verb(a: Atom, mate: Atom) -> bool:
    """The same people, told with another act: "freed 16 fishermen", "the 16 freed fishermen will be flown"."""
    return mate.facet.event != a.facet.event and mate.facet.noun == a.facet.noun


def _told_of_people(a: Atom, mate: Atom) -> bool:
    """The same count an article gives of people in general and of a group: "21 injured passengers", "21 injured".

    The article itself says the group is all the people its act befell, so another outlet's "18 people
    injured" is a rival figure of the group's count, not of a larger set it is part of.
    """
    return (
        mate.facet.event == a.facet.event
        and bool(a.facet.noun)
        and not mate.facet.noun
        and a.unit == mate.unit == "person"
        and not a.docs.isdisjoint(mate.docs)
    )


def _told_as(a: Atom, mate: Atom) -> Atom:
    """``a`` told with its mate's description: the same figure, scope and reports, the mate's facet."""
    return replace(a, facet=mate.facet)


def _plain_runs(atoms: list[Atom], singles: list[_Summary]) -> list[list[int]]:
    """Runs of atoms with one description, one window and figures that all meet, found by one sweep.

    These are the merges complete linkage would make first (same words, same
    figure); making them up front keeps the pairwise work for the pairs that
    need judgement.
    """
    alike: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for n, a in enumerate(atoms):
        f = a.facet
        # a rival figure waits for its rival (linkage.score): a run would merge it with another outlet's same
        # figure first, and a place that one gives could then keep the rival out
        act = f.role if a.verbless else f.event  # a court's years or money are told apart by role, not by verb
        alike[(f.keys, f.noun, act, f.anchor, a.unit, a.window, a.part, a.rival, a.off_topic)].append(n)
    runs = []
    for bucket in alike.values():
        if len(bucket) < 2:
            continue
        bucket.sort(key=lambda n: (atoms[n].lo, atoms[n].hi))
        run: list[int] = []
        summ: _Summary | None = None
        for n in bucket:
            one = singles[n]
            if summ is not None and summ.fits(one):
                run.append(n)
                summ.absorb(one)
                continue
            if len(run) > 1:
                runs.append(run)
            run, summ = [n], _Summary.of(atoms[n])  # a copy: the run's summary grows
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
    parts: set[bool]  # sub-counts of their articles, or not (a toll never meets a part)
    totals: set[bool]  # counts of a whole set ("only one gunman") or not: a whole never meets a firm act's count
    spots: set[str]  # spots of the scene ("inside camp"): two differing ones never share a group
    not_spots: set[str]  # spots some member is not about (its article counts them otherwise)

    @classmethod
    def of(cls, a: Atom) -> _Summary:
        """The summary of a group of one atom."""
        far = a.lo if math.isfinite(a.lo) else a.hi
        near = a.hi if math.isfinite(a.hi) else a.lo
        loose = a.vague or a.converted or not (math.isfinite(far) and math.isfinite(near))
        # an open bound on a logarithmic scale reaches less far than OPEN_REACH says (linkage._near_bound)
        loose = loose or (a.facet.measure == "magnitude" and (a.open_up or a.open_down))
        # the dead counted with their killer where the cluster also counts his victims: linkage.can_link decides
        loose = loose or a.doer_apart
        return cls(
            {a.window}, {a.facet.role if a.verbless else a.facet.event}, {a.facet.noun}, set(a.docs), {a.unit},
            a.lo, a.hi, far, near, a.lo if a.open_up else math.inf, a.hi if a.open_down else -math.inf, loose,
            {a.part}, {a.facet.total}, set(a.spots), set(a.not_spots),
        )  # fmt: skip

    def fits(self, o: _Summary) -> bool:
        """Every pair of members of the two groups would pass :func:`can_link` by agreeing.

        True only when the members share one noun class, one act (or none), one
        unit, windows that cannot clash, no article in both, a point inside every
        member's interval and no open bound reaching too far ("at least 5" is not
        near 249); anything less sends the merge to the member-by-member check.
        """
        if (
            self.loose
            or o.loose
            or self.parts != o.parts
            or self.totals != o.totals
            or self.nouns != o.nouns
            or len(self.nouns) > 1
            or self.units != o.units
            or len(self.units) > 1
            or len(self.spots | o.spots) > 1
            or not self.spots.isdisjoint(o.not_spots)
            or not o.spots.isdisjoint(self.not_spots)
        ):
            return False
        if len((self.events | o.events) - {""}) > 1 or not self.docs.isdisjoint(o.docs):
            return False
        windows = self.windows | o.windows
        if len(windows) > 1 and (any(w.startswith("period:") for w in windows) or len(windows - {"", "recent"}) > 1):
            return False
        if max(self.lo, o.lo) > min(self.hi, o.hi):
            return False
        return max(self.far, o.far) <= min(self.up, o.up) * OPEN_REACH and min(self.near, o.near) * OPEN_REACH >= max(
            self.down, o.down
        )

    def absorb(self, o: _Summary) -> None:
        """Take in the summary of a group merged into this one."""
        self.loose = self.loose or o.loose
        for mine, theirs in ((self.windows, o.windows), (self.events, o.events), (self.nouns, o.nouns), (self.docs, o.docs)):
            mine |= theirs
        self.units |= o.units
        self.parts |= o.parts
        self.totals |= o.totals
        self.spots |= o.spots
        self.not_spots |= o.not_spots
        self.lo, self.hi = max(self.lo, o.lo), min(self.hi, o.hi)
        self.far, self.near = max(self.far, o.far), min(self.near, o.near)
        self.up, self.down = min(self.up, o.up), max(self.down, o.down)


def _is_vague_only_bridge(atoms: list[Atom], a: list[int], b: list[int]) -> bool:
    # two precise figures that disagree must not be joined through a vague "thousands"
    precise_a = [atoms[m] for m in a if not atoms[m].vague]
    precise_b = [atoms[m] for m in b if not atoms[m].vague]
    return bool(precise_a and precise_b) and not any(agree(p, q) or indistinct(p, q) for p in precise_a for q in precise_b)
