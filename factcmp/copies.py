"""Which articles are copies of one another, so a wire story run by ten stations counts once.

Local stations, papers and aggregators republish agency copy with small
edits: a new first line, a cut paragraph, a photo caption. Two articles are
one *copy family* when most of the shorter one's word 5-grams appear in the
longer one. A family is one independent source, whatever the number of
outlets that carried it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# share of the shorter article's 5-grams found in the longer one for the two to be one copy
COPY_CONTAINMENT = 0.6
_SHINGLE = 5
_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, n: int = _SHINGLE) -> set[int]:
    """Hashes of the word n-grams of a text (case and punctuation ignored).

    >>> len(shingles("Four men rammed a car into the store")) == len(shingles("four men, rammed a car into the store!"))
    True
    """
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1))}


def copy_families(texts: Iterable[tuple[str, str]], *, threshold: float = COPY_CONTAINMENT) -> dict[str, str]:
    """Map each document id to the id of its copy family (the family's first document).

    Args:
        texts: (doc_id, text) pairs, in the order the documents were given.
        threshold: share of the shorter text's 5-grams that must appear in the longer.

    >>> fam = copy_families([("a", "Two bailiffs were killed at the courthouse on Monday, police said."),
    ...                      ("b", "Two bailiffs were killed at the courthouse on Monday, police said. More soon."),
    ...                      ("c", "A gunman opened fire in a Michigan courthouse.")])
    >>> fam["b"], fam["c"]
    ('a', 'c')
    """
    ids: list[str] = []
    sets: list[set[int]] = []
    for doc_id, text in texts:
        ids.append(doc_id)
        sets.append(shingles(text or ""))
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # an inverted index keeps this near-linear: only articles sharing a 5-gram are compared
    postings: dict[int, list[int]] = {}
    for i, s in enumerate(sets):
        for h in s:
            postings.setdefault(h, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for docs in postings.values():
        if len(docs) > 1 and len(docs) <= 200:  # a 5-gram in 200 articles is boilerplate
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    key = (docs[x], docs[y])
                    shared[key] = shared.get(key, 0) + 1
    for (x, y), n in shared.items():
        smaller = min(len(sets[x]), len(sets[y]))
        if smaller and n / smaller >= threshold:
            a, b = find(x), find(y)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {ids[i]: ids[find(i)] for i in range(len(ids))}
