"""Spelling-insensitive names, and the words that say what kind of body or place a name is."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_STOP = {"of", "the", "and", "for", "at", "in", "on", "de", "du", "la", "le"}
_NAME_MARKS = str.maketrans("", "", "'’-")


def name_cased(word: str) -> bool:
    """Is ``word`` capitalised as a name is: "Price", and "McClain", "DeShawn", "O'Neal", which are no title case?

    >>> [name_cased(w) for w in ("Price", "McClain", "O'Neal", "Smith-Jones", "USA", "iPhone", "23")]
    [True, True, True, True, False, False, False]
    """
    letters = word.translate(_NAME_MARKS)
    return word[:1].isupper() and letters.isalpha() and any(c.islower() for c in letters[1:])


_ORDINALS = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}
_VARIANTS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "dept": "department",
    "southern": "south",
    "northern": "north",
    "eastern": "east",
    "western": "west",
    "hwy": "highway",
    "ave": "avenue",
    "rd": "road",
    "blvd": "boulevard",
}
# words after a name that say what kind of place or body it is, not which one
DESIGNATORS = {
    *("department", "motel", "hotel", "inn", "hospital", "university", "street", "saint", "avenue", "road"),
    *("highway", "boulevard", "drive", "center", "centre", "camp", "refugee", "regional", "inc", "co", "corp"),
    *("company", "ltd", "llc", "island", "islands", "mountains", "river", "province", "district", "city"),
    *("village", "town", "office", "headquarters", "clinic", "medical", "facility", "complex", "store", "shop"),
    # the legal form after a company's name in Europe: "Halvorsen Marine ASA", "Dansk Vind A/S", "Tesco Plc"
    *("plc", "ab", "as", "asa", "ag", "gmbh", "sa", "nv", "bv", "spa", "oyj", "limited"),
}
STREETS = {"street", "avenue", "road", "highway", "boulevard", "drive", "lane"}
# words that make a longer name a different body: "Houston" is not "Houston Police"
INSTITUTIONS = {
    *("police", "sheriff", "sheriffs", "court", "courthouse", "council", "ministry", "county", "parish", "state"),
    *("army", "forces", "agency", "bureau", "commission", "committee", "party", "government", "news", "herald"),
    *("times", "post", "press", "tribune", "courier", "journal", "gazette", "school", "church", "airport"),
    *("township", "fire", "security", "prosecutor", "prosecutors", "attorney", "attorneys", "department"),
}
DIRECTIONS = {"north", "south", "east", "west", "central", "new", "upper", "lower", "greater", "old"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Spelling-insensitive form of a name.

    >>> fold("Place Vendôme"), fold("St. Joseph"), fold("Hill St."), fold("Tennessee Bureau of Investigation")
    ('place vendome', 'saint joseph', 'hill street', 'tennessee bureau investigation')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019`]s\b", "s", text)
    text = re.sub(r"\b([a-z])/([a-z])\b", r"\1\2", text)  # a company's "A/S" is one word, as "AS" is
    words = re.sub(r"[^a-z0-9 ]", " ", text.replace("&", " ")).split()
    if len(words) > 1 and words[-1] == "st":
        words[-1] = "street"  # "Hill St." is a street; "St. Joseph" a saint
    words = [_VARIANTS.get(w, _ORDINALS.get(w, w)) for w in words if w not in _STOP]
    return " ".join(words)


def slug(text: str) -> str:
    """A stable id from a canonical name: "Haider al-Abadi" -> "haider-al-abadi"."""
    return re.sub(r"\s+", "-", fold(text)) or "entity"


def close_pairs(keys: list[str], cutoff: float) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i > j``, of keys at least ``cutoff`` alike (rapidfuzz ratio).

    Keys are compared only with keys of the same first letter, in one vectorised
    call per letter, so thousands of names take a moment, not minutes.

    >>> sorted(close_pairs(["bireun", "bireuen", "banda", "aceh"], 90))
    [(1, 0)]
    """
    by_first: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            by_first[key[0]].append(i)
    for idx in by_first.values():
        if len(idx) < 2:
            continue
        strings = [keys[i] for i in idx]
        scores = process.cdist(strings, strings, scorer=fuzz.ratio, score_cutoff=cutoff, dtype="uint8")
        rows, cols = scores.nonzero()
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            if r > c:
                yield idx[r], idx[c]


def shared_key_pairs(keys_of: Iterable[Iterable[object]]) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i > j``, of items that share at least one key."""
    holders: dict[object, list[int]] = defaultdict(list)
    for i, keys in enumerate(keys_of):
        for key in set(keys):
            holders[key].append(i)
    return {(b, a) for items in holders.values() for n, a in enumerate(items) for b in items[n + 1 :]}
