"""Which places of a cluster lie inside which, as its own articles say.

One outlet puts a building collapse "in Ikoyi", another "in Lagos"; one puts
a market bombing in "Sadr City", another in "Baghdad". The reconciler keeps
figures told of disjoint places apart (a district's toll is a part of a
province's), so without knowing that Ikoyi lies in Lagos the toll of one
collapse splits in two. factcmp carries no gazetteer: the articles say it
themselves, in "the upscale Ikoyi district of Lagos" or "Baghdad's Sadr City
district". Only such explicit wordings are learned, and only between places
the cluster's claims are placed in.

A place learned to lie inside another is read as standing in both, unless
the outer place holds two or more such inner places: then the cluster
reports an area event district by district ("Aceh's Bener Meriah district"
and "Central Aceh"), and each district's figure is a part of the whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

__all__ = ["places_within"]

_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
# "the Ikoyi district of Lagos", "the French Quarter section of New Orleans"
_AREA_OF = re.compile(
    rf"\b({_NAME})\s+(?:district|area|neighbou?rhood|suburb|quarter|section|borough|township|municipality|"
    rf"sub-district|ward|locality)\s+of\s+({_NAME})"
)
# "Baghdad's Sadr City district", "Baghdad's Sadr City"
_POSSESSIVE = re.compile(rf"\b({_NAME})['\u2019]s\s+({_NAME})")


def _pairs(sentence: str) -> Iterable[tuple[str, str]]:
    """(inner, outer) name pairs one sentence states."""
    for m in _AREA_OF.finditer(sentence):
        yield m.group(1), m.group(2)
    for m in _POSSESSIVE.finditer(sentence):
        yield m.group(2), m.group(1)


def _known(name: str, known: frozenset[str], key: Callable[[str], str]) -> str:
    """The known place a captured name is, trying its shorter tails ("Upscale Ikoyi" -> "ikoyi"); "" if none."""
    words = name.split()
    for i in range(len(words)):
        k = key(" ".join(words[i:]))
        if k in known:
            return k
    # the name runs on past the place ("Sadr City District" is keyed "sadr city" already; "Lagos State")
    for j in range(len(words) - 1, 0, -1):
        k = key(" ".join(words[:j]))
        if k in known:
            return k
    return ""


def places_within(
    sentences: Iterable[str], known: Iterable[str], key: Callable[[str], str], exclude: frozenset[str] = frozenset()
) -> dict[str, frozenset[str]]:
    """The places each known place lies inside, as the sentences state it.

    Args:
        sentences: the cluster's sentences (each read once).
        known: the place keys the cluster's claims are placed in.
        key: how a written place becomes a key (the reconciler's own).
        exclude: places never learned as an outer one (countries, which the
            reconciler compares on their own).

    Returns:
        inner key -> the keys of every place it lies inside (transitively),
        for inner places that are the only one learned inside their outer.

    >>> k = str.lower
    >>> places_within(["It collapsed in the upscale Ikoyi district of Lagos."], {"ikoyi", "lagos"}, k)
    {'ikoyi': frozenset({'lagos'})}
    >>> places_within(["A bomb hit Baghdad's Sadr City district."], {"sadr city", "baghdad"}, k)
    {'sadr city': frozenset({'baghdad'})}
    >>> places_within(["in Aceh's Bener Meriah district", "Central Aceh"], {"bener meriah", "central aceh", "aceh"}, k)
    {}
    """
    known = frozenset(known)
    outer_of: dict[str, set[str]] = defaultdict(set)
    for sentence in set(sentences):
        if "'s " not in sentence and "\u2019s " not in sentence and " of " not in sentence:
            continue
        for inner_name, outer_name in _pairs(sentence):
            inner, outer = _known(inner_name, known, key), _known(outer_name, known, key)
            if inner and outer and inner != outer and outer not in exclude:
                outer_of[inner].add(outer)
    inners: dict[str, set[str]] = defaultdict(set)
    for inner, outers in outer_of.items():
        for outer in outers:
            inners[outer].add(inner)
    for outer in list(inners):
        # "Central Aceh" lies in "Aceh" by its very name
        inners[outer] |= {k for k in known if k != outer and k.endswith(" " + outer)}
    shared = {outer for outer, inside in inners.items() if len(inside) > 1}
    direct = {inner: {o for o in outers if o not in shared} for inner, outers in outer_of.items()}
    out: dict[str, frozenset[str]] = {}
    for inner in direct:
        seen: set[str] = set()
        todo = list(direct[inner])
        while todo:
            place = todo.pop()
            if place not in seen and place != inner:
                seen.add(place)
                todo.extend(direct.get(place, ()))
        if seen:
            out[inner] = frozenset(seen)
    return out
