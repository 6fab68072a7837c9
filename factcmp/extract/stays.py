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
# the police", "worked at the motel", "in law enforcement")
_STAY_PREPS = frozenset({"with", "from", "at", "in"})
# words after a duration that make it an offset to a moment, not a length spent somewhere
_OFFSETS = frozenset({"ago", "later", "earlier", "before", "after", "since"})
# entity labels that are a time or a number, never the thing a stay is spent with
_NOT_A_PLACE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def scopes_a_figure(q: RawQuantity, found: list[RawQuantity], windows: list[tuple[Span, str]]) -> bool:
    """Does a duration read as a time window scope another figure of its sentence?

    "500 killed in three days": the three days are the window of the 500. When
    every figure of the sentence is inside a window, none scopes another.
    """
    return any(other is not q and not any(w.start <= other.num_start < w.end for w, _ in windows) for other in found)


def stay_of(sent: Span, q: RawQuantity) -> str:
    """What a duration was spent with, from its verb's 'with/from/at/in' object ('' if none is named).

    The verb is the one the duration hangs from ("retired ... after 25 years" -> "retired");
    its object is written out whole ("the Michigan State Police" -> "Michigan State Police").
    """
    after = sent.doc[q.end].lower_ if q.end < len(sent.doc) else ""
    if after in _OFFSETS:
        return ""  # "6 months ago" dates a moment (time since it), it is no stay with anything
    verb = _verb_of(sent, q)
    if verb is None:
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _STAY_PREPS or q.start <= prep.i < q.end:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in _NOT_A_PLACE:
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
