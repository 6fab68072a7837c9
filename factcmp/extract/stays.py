"""Durations that are the fact itself: how long someone stayed with something.

A duration inside a time window usually scopes another figure ("500 killed
in three days of fighting"): it is that figure's window, not a claim. But
"Zangaro had served as the court's director of security for 10 years after
having retired from the Michigan State Police after 25 years" scopes no
figure: each duration is what the sentence states, the length of a stay
with something (a career at the police, a post at the court). Such a
duration is read as a figure when its verb names what it was spent with,
in, at or from ("retired from the Michigan State Police"); that thing
becomes its subject, so a career at the police is never lined up with a
post at the court, nor with any other duration.

A duration whose verb names nothing of the kind ("walked for seven days"),
or that dates a moment ("gained its independence from Sudan 6 months ago":
time since, not a stay with Sudan), stays a window: what it lasts for cannot be told apart
from any other duration of the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcmp.extract.raw import RawQuantity

# prepositions that name what a stay is spent with ("served with the court", "retired from
# the police", "worked at the motel", "in law enforcement", "served as the court's director")
_STAY_PREPS = frozenset({"with", "from", "at", "in", "as"})
# words after a duration that make it an offset to a moment, not a length spent somewhere
_OFFSETS = frozenset({"ago", "later", "earlier", "before", "after", "since"})
# verbs of state: a duration they take with a 'with/at/in' object is a stay, whatever else the sentence counts
_STATE_VERBS = frozenset(
    {
        "been",
        "was",
        "were",
        "is",
        "are",
        "served",
        "serve",
        "serves",
        "serving",
        "worked",
        "work",
        "works",
        "working",
        "stayed",
        "remained",
        "lived",
        "spent",
    }
)
# entity labels that are a time or a number, never the thing a stay is spent with
_NOT_A_PLACE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def scopes_a_figure(q: RawQuantity, found: list[RawQuantity], windows: list[tuple[Span, str]]) -> bool:
    """Does a duration read as a time window scope another figure of its sentence?

    "500 killed in three days": the three days are the window of the 500. When
    every figure of the sentence is inside a window, none scopes another. Nor
    does a stay told by a verb of state ("The two bailiffs, Joseph Zangaro, 61, and
    Ronald Kienzle, 63, ... had been with the trial court for more than 10 years"):
    the bailiffs are who stayed, the years are not the window of their count.
    """
    others = any(other is not q and not any(w.start <= other.num_start < w.end for w, _ in windows) for other in found)
    if not others or not windows:
        return others
    sent = windows[0][0].sent
    verb = _verb_of(sent, q)
    return not (verb is not None and verb.lower_ in _STATE_VERBS and stay_of(sent, q))


def stay_of(sent: Span, q: RawQuantity) -> str:
    """What a duration was spent with, from its verb's 'with/from/at/in' object ('' if none is named).

    The verb is the one the duration hangs from ("retired ... after 25 years" -> "retired");
    its object is written out whole ("the Michigan State Police" -> "Michigan State Police").
    """
    after = sent.doc[q.end].lower_ if q.end < len(sent.doc) else ""
    before = sent.doc[q.start - 1].lower_ if q.start > sent.start else ""
    if after in _OFFSETS and before != "for":
        # "6 months ago" dates a moment (time since it), it is no stay with anything;
        # "for 10 years after having retired" is a length all the same
        return ""
    verb = _verb_of(sent, q)
    if verb is None:
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _STAY_PREPS or q.start <= prep.i < q.end:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in _NOT_A_PLACE:
                if prep.lower_ == "as":
                    # "served as the Berrien County Trial Court's director of security": a post, held at its owner
                    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    return _name_of(owner) if owner is not None else _name_of(obj)
                return _name_of(obj)
    return ""


def _verb_of(sent: Span, q: RawQuantity) -> Token | None:
    """The verb a duration hangs from: up from its unit word, stopping at the first verb."""
    doc = sent.doc
    tok = doc[q.end - 1]
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and not q.start <= tok.i < q.end:
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _name_of(obj: Token) -> str:
    """A noun with the compounds and adjectives right before it ("the Michigan State Police" -> "Michigan State Police")."""
    start = obj.i
    while start > obj.sent.start and obj.doc[start - 1].dep_ in ("compound", "amod"):
        start -= 1
    return obj.doc[start : obj.i + 1].text


def state_stay_of(sent: Span, q: RawQuantity) -> str:
    """The stay a duration outside any date window tells with a verb of state; '' if none.

    "Both had been with the trial court for over 10 years" -> "trial court", so it meets
    the same stay told inside a window.
    """
    verb = _verb_of(sent, q)
    return stay_of(sent, q) if verb is not None and verb.lower_ in _STATE_VERBS else ""
