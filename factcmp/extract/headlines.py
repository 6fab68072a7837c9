"""Title-case headlines read in sentence case: "Gunman Kills Three, Wounds Five At Florida Mall".

The small model reads a title-case headline as a run of proper names ("Kills" a name, "Five" an apposition of
it), and the figures lose their acts: "Wounds Five" was read killed, "30 Missing" killed, "Floods Kill 12" and
"Police Arrest 3" lost their figure. Some pipelines lower-case such a headline before parsing; here the
headline is parsed again in sentence case (the first word and the names the body spells with a capital keep
it; every character keeps its place), and its quantity claims replace those of the title-case parse, with the
spans and words of the article as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.money import LOCAL_DOLLAR, local_dollar

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

# a word of a headline and a name in running text: a capital after a lower-case word, a comma or a semicolon
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_NAME_IN_TEXT = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'\u2019-]*")
_LONG_WORD = 4  # words this long decide whether a headline is set in title case
# names of days and months keep their capital, as English writes them ("Update No. 3 (18 May 2018)"); "May" and
# "March" are also verbs ("Storm May Hit"), so they keep it only beside a figure
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april june july august september "  # noqa: SIM905 - words read best as a line
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CALENDAR_VERBS = frozenset({"may", "march"})


def title_case(title: str) -> bool:
    """Is a headline set in title case: most of its longer words capitalised, not all in capitals?"""
    words = [w for w in _WORD.findall(title) if len(w) >= _LONG_WORD]
    if len(words) < 2 or all(w.isupper() for w in words):
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def sentence_case(title: str, body: str) -> str:
    """The headline in sentence case, character for character: names the body writes with a capital keep theirs.

    >>> sentence_case("Gunman Kills Three, Wounds Five At Florida Mall", "A gunman ... in Florida on Saturday.")
    'Gunman kills three, wounds five at Florida mall'
    """
    names = set(_NAME_IN_TEXT.findall(body))
    first = True

    def lower(m: re.Match[str]) -> str:
        nonlocal first
        word = m.group(0)
        keep = first or word in names or (word.isupper() and len(word) > 1) or _calendar_word(title, m)
        first = False
        return word if keep else word.lower()

    out = _WORD.sub(lower, title)
    return out if len(out) == len(title) else title


def _calendar_word(title: str, m: re.Match[str]) -> bool:
    """Is a headline word a day's or a month's name: "18 May 2018", "Friday", "Nov 20"?"""
    low = m.group(0).lower()
    if low in _CALENDAR:
        return True
    beside_figure = bool(re.search(r"\d\s*$", title[: m.start()]) or re.match(r"\s*\d", title[m.end() :]))
    return low in _CALENDAR_VERBS and beside_figure


def reparsed_headline(doc: Doc, title_chars: int, parse: Callable[[str], Doc]) -> Doc | None:
    """The headline of ``doc`` (its first ``title_chars`` characters) parsed in sentence case, or None.

    None when the headline is not in title case, or when the sentence-case text does not split into the same
    tokens (a claim's offsets must point at the same words).
    """
    text = doc.text
    title = text[:title_chars]
    if not title_case(title):
        return None
    lowered = sentence_case(title, text[title_chars : title_chars + 5000])
    if lowered == title:
        return None
    head = parse(lowered)
    # the headline alone names no dateline or country: its "$" is the article's
    head.user_data[LOCAL_DOLLAR] = local_dollar(doc)
    ours = [(t.idx, len(t.text)) for t in doc[: len(head)]]
    if [(t.idx, len(t.text)) for t in head] != ours:
        return None
    return head
