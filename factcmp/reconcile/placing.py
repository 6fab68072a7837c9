"""The places a figure is of, as the reconciler compares them.

Not the city of the dateline it was filed under, not a place it is only near,
with the places the cluster says its places lie inside; and the spots of a
scene an article counts otherwise.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from factcmp.linkage import country_names
from factcmp.places import places_within
from factcmp.reconcile.items import Read

if TYPE_CHECKING:
    import pandas as pd


def spots_elsewhere(read: list[Read], spots: list[frozenset[str]]) -> list[frozenset[str]]:
    """The spots of the scene a figure with no spot of its own is not about: its article counts them otherwise.

    "One bomb ... fell directly within the camp" and then "two landed and exploded on the outskirts":
    the article's count inside the camp is one, so its "two" is not the two another outlet puts
    inside the camp. The same count is the same measure, counted noun and act, in the same window.
    """
    told: dict[tuple[object, ...], list[tuple[str, float, float]]] = defaultdict(list)
    for (fct, window, _, item, _), own in zip(read, spots, strict=True):
        for spot in own:
            told[(item.doc, fct.measure, fct.noun, fct.event, window)].append((spot, item.lo, item.hi))
    if not told:
        return [frozenset()] * len(read)
    out = []
    for (fct, window, _, item, _), own in zip(read, spots, strict=True):
        others = told.get((item.doc, fct.measure, fct.noun, fct.event, window), []) if not own else []
        out.append(frozenset(spot for spot, lo, hi in others if (lo, hi) != (item.lo, item.hi)))
    return out


# words after a name that say what kind of area it is, not which: "Aceh province" is Aceh
_AREA_WORDS = ("province", "district", "regency", "governorate", "prefecture", "county")

# a place a figure is only near: "a chemical plant near Houston", "outside Paris", "close to the border"; or a name
# that only names the site: "18 miners remain trapped in the Dongfeng coal mine"
_NAME = r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
_NEAR_WORD = re.compile(r"\b(?:near|outside|close to|mines?|colliery|plants?|factory|refinery|mills?|warehouses?)\b")
_NEAR_NAME = re.compile(rf"\b(?:near|outside|close to)\s+(?:the\s+)?{_NAME}")
_SITE_NAME = re.compile(
    rf"{_NAME}\s+(?:coal\s+|gold\s+|chemical\s+|power\s+)?(?:mine|colliery|plant|factory|refinery|mill|warehouse)s?\b"
)


# a dateline: the city the reporter filed from, in capitals, then perhaps its state or the date and the agency
# ("DALLAS — ", "WICHITA, Kan. — ", "BEIJING, Feb 9 (Reuters) - ", "CALAPAN CITY — ")
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'\- ]{2,}[A-Z])(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([^)]{1,40}\))?\s*(?:[\u2014\u2013]|-{1,2})\s"
)


# what is left of a dateline whose city the sentence splitter cut off: ", Mo. (KMV5) - A 7-year-old girl ..."
_DATELINE_TAIL = re.compile(r"\s*,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*(?:\([^)]{1,40}\))?\s*(?:[\u2014\u2013]|-{1,2})\s")


@functools.lru_cache(maxsize=4096)
def off_the_dateline(place: str, sentence: str) -> str:
    """The places of a claim without the city of its sentence's dateline.

    "DALLAS — Three officers were killed in Baton Rouge": the dateline says where the story was filed from
    (Dallas, Wichita, Beijing, Lima), not where its figures happened; as a place it would keep a toll apart
    from the same toll told from the scene. So is the state of a dateline whose city the sentence splitter
    cut off (", Mo. (KMV5) - A 7-year-old girl was killed").
    """
    m = _DATELINE.match(sentence) or _DATELINE_TAIL.match(sentence)
    if not m:
        return place
    city = m.group(1).lower()
    kept = [p for p in place.split("|") if not (p.lower().startswith(city) or city.startswith(p.lower()))]
    return "|".join(kept)


@functools.lru_cache(maxsize=4096)
def near_names(sentence: str) -> frozenset[str]:
    """The names a sentence puts a figure near, or names its site by ("near Houston", "the Dongfeng coal mine")."""
    if not _NEAR_WORD.search(sentence):
        return frozenset()  # most sentences: one cheap look for the words, before the names
    return frozenset(_place_key(m.group(1)) for pattern in (_NEAR_NAME, _SITE_NAME) for m in pattern.finditer(sentence))


def not_near(place: str, near: frozenset[str], within: dict[str, frozenset[str]]) -> frozenset[str]:
    """A claim's places without those its sentence only puts it near: the plant "near Houston" is not in Houston."""
    kept = "|".join(x for x in place.split("|") if x and _place_key(x) not in near)
    return placed(kept, within)


def placed(place: object, within: dict[str, frozenset[str]]) -> frozenset[str]:
    """The place keys of a claim's place column, with the places the cluster says they lie inside."""
    keys = frozenset(_place_key(x) for x in str(place or "").split("|") if x)
    return keys.union(*(within[k] for k in keys if k in within))


def places_inside(cols: dict[str, list[object]]) -> dict[str, frozenset[str]]:
    """The places the cluster's articles say its claims' places lie inside ("the Ikoyi district of Lagos")."""
    known = {_place_key(x) for p in set(cols["place"]) if p for x in str(p).split("|") if x}
    if len(known) < 2:
        return {}
    sentences = {str(s) for s in set(cols["sentence"]) if s}
    return places_within(sentences, known, _place_key, exclude=country_names())


def _place_key(place: str) -> str:
    """A place as the reconciler compares it: "the Aceh province" and "Aceh" are one place.

    >>> _place_key("Aceh province"), _place_key("the Bener Meriah district"), _place_key("Central Aceh")
    ('aceh', 'bener meriah', 'central aceh')
    """
    p = place.lower().strip()
    p = p[4:] if p.startswith("the ") else p
    name, _, last = p.rpartition(" ")
    return name if name and last in _AREA_WORDS else p


# the entity types of places
_PLACE_TYPES = frozenset(["GPE", "LOC", "FAC"])


def story_places(claims: pd.DataFrame) -> frozenset[str]:
    """The places of the story's setting: those at least half the cluster's articles name (two at least).

    "Ramadi" in every report of its fall, not "Yauca" that one report names as where two children died.
    """
    if "entity_type" not in claims.columns or "doc_id" not in claims.columns:
        return frozenset()
    docs_of: dict[str, set[str]] = defaultdict(set)
    rows = zip(claims["kind"], claims["doc_id"], claims["text"], claims["entity_type"], strict=True)
    for kind, doc, text, etype in rows:
        if kind == "entity" and etype in _PLACE_TYPES and isinstance(text, str) and text:
            docs_of[_place_key(text)].add(str(doc))
    n_docs = claims["doc_id"].nunique()
    needed = max(2, (n_docs + 1) // 2)
    return frozenset(key for key, docs in docs_of.items() if len(docs) >= needed)


# "the capital, La Paz", "the Bangladeshi capital Dhaka", "the capital city Kabul"
_CAPITAL_THEN_NAME = re.compile(r"\b(?:the|its)\s+(?:[A-Z][a-z]+\s+|country's\s+|nation's\s+)?capital(?:\s+city)?,?\s+(?=[A-Z])")
# "Dhaka, the capital", "La Paz, the Bolivian capital"
_NAME_THEN_CAPITAL = re.compile(r",\s+(?:the|its)\s+(?:[A-Z][a-z]+\s+|country's\s+|nation's\s+)?capital\b")


def named_capital(claims: pd.DataFrame) -> str:
    """The one city the cluster calls the capital, or "" when it names none or several.

    An outlet writing for readers abroad measures from "the capital" where another names it: "about 100 km
    northeast of the capital" and "some 100 km northeast of La Paz" are one distance when an article of the
    cluster says "the capital, La Paz". The name must be a name the parse found in that sentence, of any
    type: the small model takes "La Paz" for a building or a person as often as for a city.
    """
    if "sentence" not in claims.columns:
        return ""
    places_in: dict[str, set[str]] = defaultdict(set)
    for kind, sentence, text in zip(claims["kind"], claims["sentence"], claims["text"], strict=True):
        if kind == "entity" and isinstance(text, str) and isinstance(sentence, str) and text:
            places_in[sentence].add(text)
    named: set[str] = set()
    for sentence, places in places_in.items():
        if "capital" not in sentence:
            continue
        for m in _CAPITAL_THEN_NAME.finditer(sentence):
            named.update(p for p in places if sentence.startswith(p, m.end()))
        for m in _NAME_THEN_CAPITAL.finditer(sentence):
            named.update(p for p in places if sentence[: m.start()].endswith(p))
    keys = {_place_key(p) for p in named}
    return min(named, key=len) if len(keys) == 1 else ""


_WATER_WORDS = r"(?:[Rr]iver|[Ss]ea|[Ll]ake|[Bb]ay|[Gg]ulf|[Ss]trait|[Cc]hannel|[Oo]cean|[Ll]agoon|[Ee]stuary)"
# "the Meghna river", "the Caspian Sea"; "River Thames", "Lake Victoria", "the Gulf of Aden"
_WATER_AFTER = re.compile(rf"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+{_WATER_WORDS}\b")
_WATER_BEFORE = re.compile(rf"\b{_WATER_WORDS}\s+(?:of\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)")


def water_places(claims: pd.DataFrame) -> frozenset[str]:
    """The place keys the cluster names as a river, sea, lake or gulf.

    A toll "on the Meghna" and one "in Munshiganj district" are one ferry's: a water is where the scene
    lies, not an area a count is confined to, so it never sets a count apart from one placed on land.
    """
    if "sentence" not in claims.columns:
        return frozenset()
    waters: set[str] = set()
    for sentence in set(claims["sentence"].dropna()):
        if not isinstance(sentence, str):
            continue
        for pattern in (_WATER_AFTER, _WATER_BEFORE):
            for m in pattern.finditer(sentence):
                name = m.group(1)
                waters.add(_place_key(name.removeprefix("The ")))
    return frozenset(waters)
