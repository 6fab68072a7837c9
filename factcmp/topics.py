"""Entries of a live blog that tell another story than the cluster's.

A live blog ("Live updates: Storm Helene heads for the Carolinas; Toledo bar
shooting toll rises", AP's "The Latest") strings entries under clock-time
lines, and not every entry is about the event the cluster compares: the storm's
"five people killed" is no figure of the shooting's toll. An entry (or the
passage before the first one) that names only things no other article of the
cluster names is another story's. Its figures are kept in the claims table,
marked ``off_topic``, and never join a fact of the cluster's event.

The rule is deliberately narrow: only articles with at least two entry lines
are read this way, and an entry that names nothing at all stays with the story
(most entries of a story's own live blog name nobody: "Police say the gunman
fired 37 shots").
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["entry_spans", "off_topic_rows"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
# a live blog's entry line: a clock time at the head of a line, perhaps "Posted at", a zone, a day and, after a
# dash, the entry's headline or its first sentence ("3:25 p.m.", "2:14 p.m. ET — Fourth person dies after Toledo
# bar shooting", "13.05 BST", BBC's "Posted at 11:42 8 Oct", "7:48 PM — The Philippine Coast Guard said ...")
_ENTRY_LINE = re.compile(
    r"^[ \t]*(?:(?:posted|updated|published)(?:[ \t]+at)?[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?[ \t]?m\.?)?[ \t]*"
    rf"(?:[A-Z]{{2,4}}\b)?[ \t]*(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})?[ \t]*(?:[—–-][^\n]{{0,600}})?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# entries a text needs before it is read as a live blog
_MIN_ENTRIES = 2


def entry_spans(text: str) -> list[tuple[int, int]]:
    r"""The passages of a live blog: the text before the first entry line (after the headline), then each entry.

    Returns [] for a text with fewer than two entry lines (an ordinary article).

    >>> text = "\n\n".join(["Live: a storm; a shooting", "The storm hit.", "2:14 p.m. ET — Shooting", "A death.", "11:02 a.m."])
    >>> [text[a:b].split() for a, b in entry_spans(text)]
    [['The', 'storm', 'hit.'], ['2:14', 'p.m.', 'ET', '—', 'Shooting', 'A', 'death.'], ['11:02', 'a.m.']]
    >>> len(entry_spans("Africa Live\nPosted at 11:42 8 Oct\nFloods in Kano\nPosted at 10:15 8 Oct\nCurfew eased"))
    2
    """
    heads = [m.start() for m in _ENTRY_LINE.finditer(text)]
    if len(heads) < _MIN_ENTRIES:
        return []
    # the headline (the first line) announces every story of the blog: it belongs to none
    title_end = text.find("\n")
    first = title_end + 1 if 0 <= title_end < heads[0] else 0
    bounds = [first, *heads, len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


# the entity types that say where an entry's story happens
_PLACE_TYPES = frozenset(["GPE", "LOC"])


def off_topic_rows(claims: pd.DataFrame, documents: pd.DataFrame) -> list[bool]:
    """Which claim rows stand in a live-blog entry about another story (aligned with ``claims``).

    The cluster's own names are the linked entities (``entity_id``) that two
    or more of its articles mention. An entry is another story's when it
    names at least one place and none of the cluster's names: a person or an
    organisation alone does not move it ("Governor Mike DeWine ordered a 2-mile
    evacuation zone" is the story's, however few outlets name the governor;
    "Nigeria floods kill 30 in Kano" is not).
    """
    out = [False] * len(claims)
    need = {"kind", "doc_id", "start", "entity_id"}
    if not need <= set(claims.columns) or "text" not in documents.columns or len(documents) < 2:
        return out
    blogs = {}
    for doc, text in zip(documents["doc_id"], documents["text"], strict=True):
        spans = entry_spans(text) if isinstance(text, str) else []
        if spans:
            blogs[str(doc)] = spans
    if not blogs:
        return out
    docs_of: dict[str, set[str]] = defaultdict(set)
    for kind, doc, eid in zip(claims["kind"], claims["doc_id"], claims["entity_id"], strict=True):
        if kind == "entity" and isinstance(eid, str) and eid:
            docs_of[eid].add(str(doc))
    cluster_names = {eid for eid, docs in docs_of.items() if len(docs) >= 2}
    if not cluster_names:
        return out
    # per entry of each blog: the names it gives, then whether it is another story's
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    placed: set[tuple[str, int]] = set()  # entries that name a place
    where: list[tuple[str, int] | None] = []
    types = claims["entity_type"] if "entity_type" in claims.columns else [""] * len(claims)
    for kind, doc, start, eid, etype in zip(
        claims["kind"], claims["doc_id"], claims["start"], claims["entity_id"], types, strict=True
    ):
        spans = blogs.get(str(doc))
        entry = _entry_of(spans, start) if spans else None
        key = None if entry is None else (str(doc), entry)
        where.append(key)
        if key is not None and kind == "entity" and isinstance(eid, str) and eid:
            named[key].add(eid)
            if etype in _PLACE_TYPES:
                placed.add(key)
    elsewhere = {key for key, names in named.items() if key in placed and not names & cluster_names}
    for n, (kind, key) in enumerate(zip(claims["kind"], where, strict=True)):
        out[n] = key in elsewhere and kind in ("quantity", "date")
    return out


def _entry_of(spans: list[tuple[int, int]], start: object) -> int | None:
    """The index of the entry holding character ``start`` (None outside them all, or no offset)."""
    try:
        at = int(start)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    for n, (a, b) in enumerate(spans):
        if a <= at < b:
            return n
    return None
