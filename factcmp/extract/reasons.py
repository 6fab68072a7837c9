"""What an arrest or a charge was for: "15 arrests *for those crimes*", "one count of *first-degree murder*".

Arrests for firearms and arrests for begging are two facts, as are a charge of murder and one of theft: the
reason is added to the fact key (``quantity_of``), and a counted charge of an offence is a charge whatever
verb governs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.agents import HARM_ACT_NOUNS
from factcmp.extract.lexicon import EVENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# events whose figures count different things when their reasons differ: arrests for firearms
# and arrests for begging, charges of murder and charges of theft
REASONED_EVENTS = frozenset({"arrested", "charged"})
_REASON_PREPS = frozenset({"for", "on", "with"})


def reason_of(anchor: Token, sent: Span) -> str:
    """What an arrest or charge was for, as written; '' if not said.

    "15 arrests for those crimes" -> "those crimes", "arrested for possession of a firearm" -> "possession".
    The event word is the counted noun itself ("arrests") or the first event verb up from it
    ("11 people were arrested"); its 'for/on/with' object is the reason.
    """
    offence = charge_object(anchor)
    if offence is not None:
        return offence
    tok = anchor
    for _ in range(5):
        if EVENT_WORDS.get(tok.lower_) in REASONED_EVENTS:
            preps = [c for c in tok.children if c.dep_ == "prep"]
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if nxt is not None and nxt.dep_ == "prep" and nxt not in preps:
                preps.append(nxt)  # "adding to 11 total arrests for the same offense": the parser hangs "for" on "adding"
            preps.extend(p for p in _reason_fors(tok) if p not in preps)
            for prep in preps:
                if prep.lower_ in _REASON_PREPS:
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME"):
                        words = [t for t in obj.lefts if t.dep_ in ("det", "amod", "compound", "nmod")]
                        words = [t for t in words if t.lower_ not in ("the", "a", "an")]
                        return " ".join([*(t.text for t in words), obj.text])
            return ""
        if tok.head == tok or not (sent.start <= tok.head.i < sent.end):
            return ""
        tok = tok.head
    return ""


# nouns of an incident, besides the acts of harm, after which arrests are made
_ACTS = frozenset({"attack", "attacks", "incident", "incidents"})
# prepositions of time after which the parser may hang an arrest's "for" on the event it follows
_AFTER_PREPS = frozenset({"after", "following", "during", "since", "before"})


def _reason_fors(event: Token) -> list[Token]:
    """The "for" phrases the parser hung away from an arrest word that still tell what the arrest was for.

    "Two arrests were made ... for illegal carrying of a firearm": the arrests are the subject or object of a
    verb that only says they happened ("made", "carried out"), and the verb's "for" after them is theirs.
    "Two arrests were made after the shooting for illegal carrying of a firearm": the parser hangs the "for"
    on the act of harm a time preposition names; a shooting is not done "for" anything that way, the arrest
    is. Only "for": an "on" or "with" there tells where or how ("after the shooting on Bourbon Street").
    """
    holders = [event]
    if event.pos_ == "NOUN" and event.dep_ in ("nsubj", "nsubjpass", "dobj") and event.head.pos_ in ("VERB", "AUX"):
        holders.append(event.head)
    found = [c for c in holders[1:] for c in c.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > event.i]
    for holder in holders:
        for time in holder.children:
            if time.dep_ != "prep" or time.lower_ not in _AFTER_PREPS:
                continue
            for act in time.children:
                if act.dep_ == "pobj" and (act.lower_ in EVENT_WORDS or act.lower_ in HARM_ACT_NOUNS or act.lower_ in _ACTS):
                    found.extend(c for c in act.children if c.dep_ == "prep" and c.lower_ == "for")
    return found


_CHARGE_NOUNS = frozenset({"count", "counts", "charge", "charges"})


def charge_object(noun: Token) -> str | None:
    """The offence of a counted charge: "one count of *first-degree murder*" -> "first degree murder"; None if none.

    A count or charge "of" an offence is the charge itself, whatever verb governs it ("held on", "pled
    guilty to", "indicted on"), and the offence tells one charge from another: one count of murder and
    one of possessing a stolen firearm are two facts. Hyphens go ("first-degree" and "first degree" are
    one offence), articles too; a gerund keeps its object ("possessing stolen firearm").
    """
    if noun.lower_ not in _CHARGE_NOUNS:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "VERB") or obj.ent_type_ in ("DATE", "TIME"):
        return None
    # a gerund ends at its object: "possessing a stolen firearm"
    end = max((c.i for c in obj.children if c.dep_ == "dobj"), default=obj.i) if obj.pos_ == "VERB" else obj.i
    words = [t.text for t in noun.doc[obj.left_edge.i : end + 1] if t.dep_ != "det" and t.text != "-"]
    return " ".join(w for word in words for w in word.split("-"))
