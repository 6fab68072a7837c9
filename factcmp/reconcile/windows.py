"""The time a figure is of, beyond the window extraction gives it.

A figure in an undated sentence that goes on telling a past episode, a figure an
article says a newer one superseded ("up from 30"), and a stretch of days told
up to an article's date ("in three days of protests").
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from factcmp.linkage import own_window
from factcmp.reconcile.items import num

if TYPE_CHECKING:
    import pandas as pd


def carried_windows(claims: pd.DataFrame, first_day: str) -> dict[int, str]:
    """Windows a figure takes from the sentence before it: row number -> window.

    "In April last year an 8.6-magnitude quake struck off Banda Aceh." then
    "Five people died and seven were injured in the quake." The second
    sentence has no date, and it goes on telling the earlier episode the first
    one dated. A figure with no window of its own, in a sentence with no date
    at all, right after a sentence whose dates all name one past episode,
    belongs to that episode.
    """
    need = {"kind", "doc_id", "text", "sentence", "start", "date", "date_period"}
    if not need <= set(claims.columns):
        return {}
    kinds = claims["kind"].tolist()
    if "date" not in kinds:
        return {}
    windows = claims["window"].tolist() if "window" in claims.columns else [""] * len(claims)
    by_doc: dict[str, dict[int, tuple[int, set[str]]]] = defaultdict(dict)  # doc -> sentence start -> (end, episodes)
    located = []
    rows = zip(
        kinds,
        claims["doc_id"],
        claims["text"],
        claims["sentence"],
        claims["start"],
        claims["date"],
        claims["date_period"],
        windows,
        strict=True,
    )
    for n, (kind, doc, text, sentence, start, iso, period, window) in enumerate(rows):
        if kind not in ("date", "quantity") or not isinstance(sentence, str) or not isinstance(text, str) or not text:
            continue
        at = sentence.find(text)
        begin_at = num(start)
        if at < 0 or begin_at is None:
            continue
        begin = int(begin_at) - at
        sent = by_doc[str(doc)].setdefault(begin, (begin + len(sentence), set()))
        if kind == "date":
            # "rebels have been fighting Sudan's army since June": a state that runs up to the story's
            # own days opens no past episode for the next sentence to go on telling
            since = _SINCE.search(sentence[max(0, at - 12) : at]) is not None
            # "Her husband, also a Yeti pilot, died in a crash in 2006.": a date of an event the sentence only names
            # in passing, with an indefinite article, opens no episode; "The crash occurred ..." next is the story's
            passing = _IN_PASSING.search(sentence[max(0, at - 60) : at]) is not None
            sent[1].add("" if since or passing else _episode(str(iso or ""), str(period or ""), first_day))
        elif not (isinstance(window, str) and window):
            located.append((n, str(doc), begin))
    out = {}
    ends: dict[str, dict[int, list[tuple[int, set[str]]]]] = {}  # doc -> sentence end -> (start, episodes)
    for n, doc, begin in located:
        sentences = by_doc[doc]
        if sentences[begin][1]:
            continue  # the sentence has a date of its own
        if doc not in ends:  # sentences looked up by where they end: a scan of all of them per figure was quadratic
            by_end = ends[doc] = defaultdict(list)
            for b, (end, episodes) in sentences.items():
                by_end[end].append((b, episodes))
        # the sentence right before (a space or a line break between them): it ends 0 to 3 characters before
        before = [episodes for gap in range(4) for b, episodes in ends[doc].get(begin - gap, ()) if b < begin]
        if len(before) == 1 and len(before[0]) == 1 and (episode := next(iter(before[0]))):
            out[n] = episode
    return out


_SINCE = re.compile(r"\b(since|ever since)\s+$", re.I)
# "died in a crash in 2006", "injured in an attack on": a past event named in passing, by an indefinite noun phrase
_IN_PASSING = re.compile(r"\b(?:in|during|after|from)\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:in|on)\s+$", re.IGNORECASE)


def _episode(iso: str, period: str, first_day: str) -> str:
    """The window a dated mention opens: "period:2012" for a past episode, "" for the story's own days."""
    if len(iso) < 10 or not iso[:4].isdigit() or int(iso[:4]) < 1800 or not first_day or iso >= first_day:
        return ""
    return own_window(f"period:{iso[:7] if period in ('day', 'month', 'week') else iso[:4]}", first_day)


# what an article writes before the figure a new one superseded: "up from 12,400 acres", "down from an earlier
# count of about 1,200", "rising from six"
_EARLIER = re.compile(
    r"\b(?:up|down|rising|rose|climbing|falling|fell|increased|decreased)\s+from\s+"
    r"(?:(?:an?|the)\s+(?:earlier|previous|initial|first|official)\s+(?:count|figure|estimate|toll|tally|total|number)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)


# what an article writes before a toll it tells as risen: "bringing the death toll to three", "raising the number of
# dead to 12", "the toll has risen to 45"
_RISEN = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushes|pushed|taking|takes|took)\s+the\s+"
    r"(?:(?:official|overall|total|confirmed|death|casualty)\s+){0,2}(?:toll|tally|total|count|number\s+of\s+(?:dead|deaths|victims))"
    r"\s+to\s+(?:at\s+least\s+)?$"
    r"|\b(?:toll|tally|total|count)\s+(?:has\s+|had\s+|now\s+)?(?:rose|risen|climbed|jumped|increased|grown|grew|reached)"
    r"\s+to\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
# a day's last report: sorts after any report of the same date, with or without a time
LATER_THAT_DAY = "~"


def risen_value(text: str, sentence: str) -> bool:
    """Is the claim a toll its article tells as risen to ("bringing the death toll to three")?"""
    if " to " not in sentence:
        return False
    at = sentence.find(text) if text else -1
    return at > 0 and _RISEN.search(sentence[max(0, at - 80) : at]) is not None


def reported_on(published: str, text: str, sentence: str, told: object = "") -> str:
    """When an article's figure is reported, as the reconciler orders reports of one fact.

    A figure its article says was told on an earlier day ("the ministry, which on Tuesday said four people had
    died": extraction gives it that day as its ``date``) is that day's; an earlier value its article says a new
    one superseded ("up from 30") is the day before's; a toll told as risen ("bringing the death toll to three")
    is the day's later word.
    """
    if not published:
        return published
    day = told_before(told, published)
    if day:
        return day
    if earlier_value(text, sentence):
        return day_before(published)
    return published + LATER_THAT_DAY if risen_value(text, sentence) else published


def told_before(told: object, published: str) -> str:
    """The day a quantity's ``date`` cell says it was told, when that is before its article's day ('' otherwise)."""
    day = str(told or "")[:10] if isinstance(told, str) else ""
    return day if len(day) == 10 and day[:4].isdigit() and day < published[:10] else ""


def earlier_value(text: str, sentence: str) -> bool:
    """Is the claim a figure its article says a new one superseded ("up from 30 on Monday")?"""
    if " from " not in sentence:
        return False  # most sentences: no "up from" to look for
    at = sentence.find(text) if text else -1
    return at > 0 and _EARLIER.search(sentence[max(0, at - 60) : at]) is not None


@functools.cache
def day_before(published: str) -> str:
    """The day before an article's date ('' stays '')."""
    try:
        return str(datetime.date.fromisoformat(published[:10]) - datetime.timedelta(days=1))
    except ValueError:
        return published


@functools.cache
def days_so_far(days: int, published: str) -> str:
    """The day a stretch of days told up to an article's date began: "from:2026-10-05".

    "killed at least 12 people during two days of protests" on Tuesday and "17 people have been killed in
    three days of protests" on Wednesday count the same protests so far; "500 killed in three days" and "300
    killed in four days" on one day are two stretches.

    >>> days_so_far(2, "2026-10-06"), days_so_far(3, "2026-10-07T09:00:00")
    ('from:2026-10-04', 'from:2026-10-04')
    """
    try:
        day = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return f"{days}d"
    return f"from:{day - datetime.timedelta(days=days)}"
