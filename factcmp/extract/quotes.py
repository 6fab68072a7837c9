"""Surface cues of who is speaking: quoted passages, embedded tweets, headline colons.

These read the article's characters, not its parse, so they survive the
sentence splits and missing spaces of scraped pages. :mod:`factcmp.extract.attribution`
combines them with the reporting frames it finds in the parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.entities import ALIAS_TO_CANON
from factcmp.extract.lexicon import EVENT_COUNT_NOUNS
from factcmp.extract.speakers import EVENT_SUBJECTS, SOURCE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

OPENERS = "\u201c\u201e"
CLOSERS = "\u201d"
STRAIGHT = '"'
QUOTE_CHARS = OPENERS + CLOSERS + STRAIGHT

# "... #NOPDAlert — NOPD (@NOPDNews) November 27, 2016": an embedded tweet and its author
_TWEET_SIGNATURE = re.compile(
    r"[\u2014\u2013-]\s*(?P<who>[^\u2014\u2013()\n@]{2,60}?)\s*\(@\w{1,30}\)\s*"
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})?\s*$"
)
# words that open a headline or live-blog line before a colon without being a source
_LABELS = {
    "breaking",
    "breaking news",
    "developing",
    "exclusive",
    "live",
    "local news",
    "news",
    "note",
    "editor's note",
    "photos",
    "read more",
    "related",
    "update",
    "updated",
    "video",
    "watch",
    "opinion",
    "analysis",
    "pictured",
    "warning",
    "correction",
    "last modified",
    "modified",
    "published",
    "date published",
    "posted",
    "date",
}
_MAX_COLON_SOURCE = 4


def quote_regions(text: str) -> list[tuple[int, int]]:
    r"""Character spans of quoted passages, following a quote across line breaks.

    A quote left open at the end of a line goes on if the next line closes it
    (one sentence per line, as in some archives) or opens again (a quote that
    runs over several paragraphs); otherwise it ends with its line.

    >>> t = '"It was felt for 15 seconds.\nPeople panicked," he said.\nNo quote.'
    >>> [t[a:b] for a, b in quote_regions(t)]
    ['"It was felt for 15 seconds.\nPeople panicked,"']
    """
    regions: list[tuple[int, int]] = []
    lines = _lines(text)
    open_at: int | None = None
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        for k, ch in enumerate(line):
            if ch not in QUOTE_CHARS:
                continue
            pos = start + k
            at_line_start = k == lead
            if ch in OPENERS:
                if open_at is None:
                    open_at = pos
            elif ch in CLOSERS:
                if open_at is not None:
                    regions.append((open_at, pos + 1))
                    open_at = None
            elif open_at is None:
                open_at = pos
            elif not (at_line_start and open_at < start):
                # a straight quote closes, unless it re-opens a quote carried over a line break
                regions.append((open_at, pos + 1))
                open_at = None
        if open_at is not None and not _continues(text, lines, n + 1):
            regions.append((open_at, end))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for piece in text.split("\n"):
        if piece.strip():
            out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def _continues(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether a quote open at the end of line ``n - 1`` goes on into line ``n``."""
    if n >= len(lines):
        return False
    line = text[lines[n][0] : lines[n][1]].strip()
    if line[:1] in OPENERS + STRAIGHT:
        return True  # a quote running over paragraphs opens each of them again
    marks = [ch for ch in line if ch in QUOTE_CHARS]
    if not marks:
        return False
    if marks[0] in CLOSERS:
        return True
    return marks[0] == STRAIGHT and marks.count(STRAIGHT) % 2 == 1


def tweet_authors(text: str) -> list[tuple[int, int, str]]:
    """Lines that are embedded tweets, with the author the signature names.

    >>> tweet_authors("Update: 10 victims were shot. #NOPDAlert \u2014 NOPD (@NOPDNews) November 27, 2016")
    [(0, 77, 'NOPD')]
    """
    out = []
    for start, end in _lines(text):
        match = _TWEET_SIGNATURE.search(text, start, end)
        if match:
            who = match.group("who").strip(" ,.:;")
            if any(ch.isalpha() for ch in who):
                out.append((start, end, who))
    return out


def colon_source(sent: Span, *, headline: bool) -> tuple[int, int] | None:
    """Token range of a source a headline names with a colon ("Police: 212 rounds fired").

    The source stands before the colon at the start of the line, or after the
    last colon at its end ("6.1-magnitude quake strikes Aceh: USGS", headlines only).
    It is a short name or a source noun, never a label such as "UPDATE" or "Video".
    """
    colons = [t.i for t in sent if t.text == ":"]
    if not colons:
        return None
    first, last = colons[0], colons[-1]
    doc = sent.doc
    head = _strip_labels(doc, sent.start, first)
    if (
        head is not None
        and _looks_like_source(doc[head:first])
        and not _is_topic(doc[head:first])
        and not _dateline(doc, head, first, headline=headline)
    ):
        return head, first
    tail_start, tail_end = last + 1, sent.end
    while tail_end > tail_start and (doc[tail_end - 1].is_punct or doc[tail_end - 1].is_space):
        tail_end -= 1
    if headline and 0 < tail_end - tail_start <= _MAX_COLON_SOURCE:
        tail = doc[tail_start:tail_end]
        if all(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in tail):
            return tail_start, tail_end
    return None


# the words a story's lead opens with after its dateline: "MUMBAI: The navy ...", "LIMA: In the south ..."
_LEAD_OPENERS = frozenset({"the", "a", "an", "in", "at", "on"})


def _dateline(doc: object, start: int, colon: int, *, headline: bool) -> bool:
    """Whether the capitals before a colon are a dateline: "MUMBAI: The Indian Navy on Saturday ...".

    Indian, Pakistani and Gulf papers open a story with its city in capitals and a
    colon. Initials before a headline's colon are a source ("APD: One dead, others
    hurt"); in a story's text, at the start of a line, capitals before a colon are
    its city. In a headline (or a text with none) they are the city when a lead
    sentence follows, opening with an article or a preposition, as headlines do not.
    """
    words = doc[start:colon]  # type: ignore[index]
    if not all(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() for t in words):
        return False
    if len(words) == 1 and not _reads_as_word(words[0].text):
        return False  # initials: "APD:", "NOPD:", "USGS:" (a page repeating its headline in the text)
    before = doc[start - 1] if start > 0 else None  # type: ignore[index]
    if before is not None and "\n" not in before.text_with_ws:
        return False
    if not headline:
        return True
    nxt = next((t for t in doc[colon + 1 : colon + 3] if not t.is_space), None)  # type: ignore[index]
    return nxt is not None and nxt.lower_ in _LEAD_OPENERS


_MIN_CITY = 4
_VOWELS = frozenset("AEIOU")


def _reads_as_word(word: str) -> bool:
    """Whether capitals spell a word, as a city's name does ("MUMBAI", "LIMA"), not initials ("APD", "UNHCR").

    >>> [_reads_as_word(w) for w in ("MUMBAI", "LIMA", "STOCKHOLM", "APD", "NOPD", "UNHCR", "ISIS")]
    [True, True, True, False, False, False, False]
    """
    if len(word) < _MIN_CITY or word.lower() in ALIAS_TO_CANON:
        return False
    return sum(ch in _VOWELS for ch in word) >= 2


def _strip_labels(doc: object, start: int, end: int) -> int | None:
    # "Local News APD: ..." -> "APD"; a label alone is no source
    words = [t.lower_ for t in doc[start:end]]  # type: ignore[index]
    for cut in range(len(words), 0, -1):
        if " ".join(words[:cut]) in _LABELS:
            return start + cut if cut < len(words) else None
    return start


# words before a place name that make it the place the story is about: "in Ikoyi", "at Sadr City"
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "across", "outside", "inside", "around"})


def _is_topic(span: Span) -> bool:
    """Whether a label before a headline's colon names what the story is about, not who speaks.

    "Ikoyi Building Collapse: Death Toll Rises To 40" (an event), "Iraq: 30 dead as ..."
    (a place), "Ikoyi: Rescuers find 40th body" (a name the story never names again, or
    only as a place). "Sheriff:", "Police:", "Report:" (a source noun) and "APD:", "TBI:"
    (a body's initials) stay speakers; a person's name ("Harrison: ...") is one when the
    story names that person again.
    """
    root = span.root
    if root.lower_ in SOURCE_NOUNS:
        return False
    if root.lower_ in EVENT_SUBJECTS or root.lower_ in EVENT_COUNT_NOUNS:
        return True
    if root.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if root.text.isupper() and len(root.text) >= 2:
        return False  # initials: "APD", "TBI", "VA"
    if root.pos_ != "PROPN" and not root.ent_type_:
        return False  # a common noun the source test let through
    doc = span.doc
    line = span.sent
    again = [t for t in doc if t.lower_ == root.lower_ and not line.start <= t.i < line.end]
    return not any(not _as_place(t) for t in again)


# "the states of Tamaulipas and Sonora": after these nouns "of" names places
_PLACE_KIND_NOUNS = frozenset(
    {"state", "states", "province", "provinces", "city", "cities", "town", "towns", "region", "regions"}
    | {"district", "districts", "county", "counties", "village", "villages", "municipality", "municipalities"}
)


def _as_place(tok: object) -> bool:
    """Whether a word is used as a place: tagged one, after "in"/"at"/"near" ("in Ikoyi"), or after "the state(s) of".

    A name in a list is used as the list's first name is: "in Chihuahua, Sonora and Durango".
    """
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):  # type: ignore[attr-defined]
        return True
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":  # type: ignore[attr-defined]
        tok = tok.head  # type: ignore[attr-defined]
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):  # type: ignore[attr-defined]
            return True
    k = tok.i - 1  # type: ignore[attr-defined]
    doc = tok.doc  # type: ignore[attr-defined]
    while k >= 0 and doc[k].pos_ == "PROPN":  # "in the upscale Ikoyi district": skip the name's own words
        k -= 1
    while k >= 0 and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _PLACE_KIND_NOUNS:
        return True
    return k >= 0 and doc[k].lower_ in _PLACE_PREPOSITIONS


def _looks_like_source(span: Span) -> bool:
    if not 0 < len(span) <= _MAX_COLON_SOURCE:
        return False
    if any(t.pos_ in ("VERB", "AUX", "NUM", "PRON") or t.like_num or t.ent_type_ in ("DATE", "TIME") for t in span):
        return False
    # a label after a dateline ("AUSTIN - UPDATE:", "Last Modified:") is no source
    if span[-1].lower_ in _LABELS or span[-2:].text.lower() in _LABELS:
        return False
    # the head names the source: "Austin Police:", not "Indonesia earthquake:", an event in a place
    root = span.root
    return root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or root.lower_ in SOURCE_NOUNS
