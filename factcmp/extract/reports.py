"""Counts told through a reporting word: who speaks, and what a speaker tells of themselves or of others.

"One report said 14 people were killed": the one is a report and the killed are others; "seven passengers
reported minor injuries": the injuries are theirs; "two officers said they shot the man": the shooting is
theirs. Also the event a sentence asks the number of, which a source's estimate answers ("it's unknown how
many were injured ... Sky News estimates at least 50").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
