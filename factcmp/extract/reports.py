"""Counts told through a reporting word: who speaks, and what a speaker tells of themselves or of others.

"One report said 14 people were killed": the one is a report and the killed are others; "seven passengers
reported minor injuries": the injuries are theirs; "two officers said they shot the man": the shooting is
theirs. Also the event a sentence asks the number of, which a source's estimate answers ("it's unknown how
many were injured ... Sky News estimates at least 50").
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from factcmp.extract.dates import resolve
from factcmp.extract.doc_index import index_of
from factcmp.extract.lexicon import EVENT_WORDS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity


def told_of_speakers(clause: Token) -> bool:
    """Is a reported clause told of the speakers as a group ("two officers said *they* shot the man")?

    Not "he" or "she": two witnesses who say he shot the man tell of another.
    """
    return any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in clause.children)


# pronouns by which a speaker tells of themselves: "two officers said *they* were shot"
_SELF_PRONOUNS = frozenset({"they", "he", "she", "we", "i"})


def is_speaker(below: Token, verb: Token) -> bool:
    """Is ``below`` the one who speaks through a reporting word: its subject, or the source of "according to"?

    Not a subject whose own words tell an event ("one man who was shot said"), nor one of two subjects
    the parser gave the verb: a headline's run-on clauses ("Two bailiffs, shooter killed ..., report
    says") are no speaker.
    """
    if verb.lower_ == "according":
        return below.lower_ == "to" and below.head.i == verb.i
    if below.dep_ != "nsubj" or below.head.i != verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) > 1:
        return False
    return not any(t.lower_ in EVENT_WORDS for t in below.subtree if t.i > below.i)


def own_injury(verb: Token) -> Token | None:
    """The injuries a speaker reports of themselves: "seven passengers reported minor *injuries*".

    A bare injury noun (no figure of its own) as the object of a reporting verb is the subject's own
    injury; "officials reported 14 injuries" counts others'.
    """
    for child in verb.children:
        if (
            child.dep_ == "dobj"
            and child.pos_ == "NOUN"
            and EVENT_WORDS.get(child.lower_) == "injured"
            and not any(g.dep_ in ("nummod", "quantmod") or g.like_num for g in child.children)
        ):
            return child
    return None


def tells_of_others(clause: Token) -> bool:
    """Has a clause a subject of its own that is not the speaker ("said *the gunman* was killed")?"""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(c.lower_ in _SELF_PRONOUNS for c in subjects)


# verbs by which a source gives a count it has made, beside the reporting verbs ("witnesses counted a dozen")
COUNTING_VERBS = frozenset({"count", "counts", "counted", "counting", "tallied", "tally", "tallies", "gave", "give", "gives"})


def asked_event(sent: Span) -> Token | None:
    """The event a sentence asks the number of: "it's unknown *how many* were *injured*", "how many people died".

    The verb whose subject is "how many" (or the noun "how many" counts), when it is an event word; None if the
    sentence asks no such thing.
    """
    for tok in sent:
        if tok.lower_ != "how" or tok.i + 1 >= sent.end or tok.doc[tok.i + 1].lower_ != "many":
            continue
        many = tok.doc[tok.i + 1]
        counted = many.head if many.dep_ in ("amod", "nummod") and many.head.pos_ in ("NOUN", "PROPN") else many
        verb = counted.head
        if counted.dep_ in ("nsubj", "nsubjpass") and verb.lower_ in EVENT_WORDS and verb.pos_ in ("VERB", "ADJ"):
            return verb
    return None


# how far up the parse a figure's reporting verb may be: "which on Tuesday said four people had died"
_REPORT_DEPTH = 8


def told_on(doc: Doc, sent: Span, q: RawQuantity, reference: str) -> str:
    """The day before the article's own that a figure is said to have been told on (ISO), or ''.

    "The health ministry, which on Tuesday said four people had died, raised the toll to nine": in a Wednesday
    report the four is Tuesday's word, a figure the nine superseded; "Police said on Monday that three people
    were killed" is Monday's. The figure's nearest reporting verb above it (said, reported, announced ...) must
    be dated to a day ("on Tuesday", "Monday") before the reference date; an undated one tells nothing.
    """
    if not reference:
        return ""
    tok = doc[q.num_end - 1]
    for _ in range(_REPORT_DEPTH):
        if tok.head == tok or not (sent.start <= tok.head.i < sent.end):
            return ""
        if tok.dep_ == "conj" and tok.head.lower_ in REPORTING_VERBS:
            return ""  # "Police had first said ..., but court records show he turned 18": a report of its own
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lower_ in REPORTING_VERBS:
            break
    else:
        return ""
    if tok.pos_ != "VERB" or tok.lower_ not in REPORTING_VERBS:
        return ""
    day = _day_of(tok)
    if day is None or q.start <= day.start < q.end:
        return day_before(reference) if _told_first(tok) and _another_figure(sent, q) else ""
    iso, period = resolve(day.text, reference)
    return iso if period == "day" and iso and iso < reference[:10] else ""


# how a report says it was the first word, since set right: "Police had first said", "initially reported"
_FIRST_WORDS = frozenset({"first", "initially", "originally", "earlier", "previously"})
# the same of a report noun: "an initial report said", "earlier reports put the toll at"
_FIRST_REPORTS = frozenset({"initial", "earlier", "first", "original", "preliminary"})


def day_before(reference: str) -> str:
    """The day before a reference date (ISO), '' when it is no date."""
    try:
        return str(datetime.date.fromisoformat(reference[:10]) - datetime.timedelta(days=1))
    except ValueError:
        return ""


def _told_first(verb: Token) -> bool:
    """Whether a reporting verb tells an earlier word another has set right: "Police had first said Pitts was 17".

    A figure so told is not the article's own fresh word but the one its later figure replaced, as a
    figure told on a named earlier day is ("which on Tuesday said four people had died").
    """
    if any(c.dep_ == "advmod" and c.lower_ in _FIRST_WORDS for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ in ("amod", "advmod") and c.lower_ in _FIRST_REPORTS for c in subj.children)


_CALENDAR_WORDS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    }
)


def _another_figure(sent: Span, q: RawQuantity) -> bool:
    """Whether the sentence gives a figure beside this one (a day of the calendar is none).

    The first word is read as replaced only where its sentence tells what replaced it ("Police had first
    said Pitts was 17, but court records show he turned 18"): the reconciler puts an earlier figure with
    the one that superseded it when one sentence holds both.
    """
    doc = sent.doc
    for tok in sent:
        if q.start <= tok.i < q.end or tok.pos_ != "NUM" or (len(tok.text) == 4 and tok.text[:2] in ("19", "20")):
            continue
        ent = tok.ent_type_ and next((e for e in index_of(doc).ents if e.start <= tok.i < e.end), None)
        if ent and ent.label_ in ("DATE", "TIME") and any(t.lower_ in _CALENDAR_WORDS for t in ent):
            continue
        return True
    return False


def _day_of(verb: Token) -> Span | None:
    """The DATE a verb is dated by: "said *Monday*", "said *on Tuesday*", "which *on Tuesday* said"."""
    for child in verb.children:
        word = child
        if child.dep_ == "prep" and child.lower_ == "on":
            word = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in ("npadvmod", "tmod"):
            continue
        if word.ent_type_ == "DATE":
            return _entity_of(word)
    return None


def _entity_of(word: Token) -> Span | None:
    return next((e for e in index_of(word.doc).ents if e.start <= word.i < e.end), None)
