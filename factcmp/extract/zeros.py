"""Zero as a figure: "no one was killed", "no casualties", "none of the wounded had life-threatening injuries".

A toll of nought is a claim a fact-checker weighs against "12 people were
killed". But "no" is everywhere in news ("no reason", "no comment", "no
longer"), so a zero is read only where it counts a human event: the thing
negated is an event noun (deaths, injuries, casualties, the dead), or people
whose verb is such an event (killed, hurt, arrested, missing...). Joined
events give a zero each: "no one was killed or injured", "no dead or
wounded". "Casualties" means both the dead and the hurt, so "no casualties"
is a zero for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.known import KnownQuantity, exact_known
from factcmp.extract.lexicon import EVENT_WORDS, HUMAN_EVENTS, PEOPLE_NOUNS, SUFFER_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ZERO_STARTS", "read_zeros"]

ZERO_STARTS = frozenset({"no", "none", "nobody", "not", "n't"})
# nouns that mean both the dead and the injured
_CASUALTY_NOUNS = frozenset({"casualties", "casualty"})
# verbs of harm that mean both too: "no civilians were harmed" denies every death and injury (not "affected":
# "no residents were affected" by an outage is no toll)
_HARM_VERBS = frozenset({"harmed"})
# "no reports of casualties", "no word of injuries": the zero is about what the report would count
_REPORT_NOUNS = frozenset({"report", "reports", "word", "sign", "signs", "indication", "indications"})
# verbs that take an injury as their object: "suffered life-threatening injuries", and "had no injuries"
_SUFFER_VERBS = SUFFER_VERBS | frozenset(["have", "has", "had", "having"])
# verbs whose negation leaves an empty set: "we didn't have officers that were hurt", "there weren't any deaths";
# not "see": "he did not see any casualties" is what one witness saw, not a count
_EXIST_VERBS = _SUFFER_VERBS | frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "report",
        "reported",
        "cause",
        "caused",
        "confirm",
        "confirmed",
    ]
)


def read_zeros(doc: Doc, i: int, sent: Span) -> list[KnownQuantity]:
    """The zero counts that start at token ``i``, one per event; [] if none does."""
    tok = doc[i]
    low = tok.lower_
    if low == "no":
        nxt = doc[i + 1] if i + 1 < sent.end else None
        if nxt is None or nxt.lower_ in ("more", "fewer", "less", "longer", "later", "sooner", "matter", "doubt"):
            return []  # "no more than five": a hedge; "no longer": no count
        if nxt.lower_ == "one":
            return _zeros(doc, sent, i, i + 2, nxt, nxt)
        noun = _negated_noun(doc, tok, sent)
        return _zeros(doc, sent, i, noun.i + 1, noun, noun) if noun is not None else []
    if low in ("none", "nobody"):
        return _zeros(doc, sent, i, i + 1, _partitive(tok), tok)
    if low in ("not", "n't") and tok.dep_ == "neg":
        return _negated_verb(doc, tok, sent)
    return []


def _partitive(none: Token) -> Token:
    """The people counted in "none of the officers", when the words name them."""
    for prep in none.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in PEOPLE_NOUNS:
                    return obj
    return none


def _negated_noun(doc: Doc, det: Token, sent: Span) -> Token | None:
    """The noun "no" quantifies: "no casualties", "no dead", "no immediate reports of any casualties"."""
    noun = det.head
    if noun.i <= det.i or noun.i - det.i > 3 or noun.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if noun.lower_ in _REPORT_NOUNS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    return noun


def _negated_verb(doc: Doc, neg: Token, sent: Span) -> list[KnownQuantity]:
    """A zero said with a negated verb: "we didn't have officers that were hurt", "there weren't any casualties"."""
    verb = neg.head
    if verb.lower_ not in _EXIST_VERBS:
        return []
    for obj in verb.children:
        if obj.dep_ in ("dobj", "attr") and obj.i > neg.i and obj.pos_ in ("NOUN", "ADJ"):
            if any(c.dep_ in ("det", "nummod") and c.lower_ not in ("any",) for c in obj.children):
                return []  # "didn't have the officers", "hadn't two": not an empty set
            if obj.tag_ not in ("NNS", "JJ") and obj.lower_ not in _CASUALTY_NOUNS:
                return []  # "he was not a victim": one person, not a count
            start = neg.i - 1 if neg.i - 1 >= sent.start and doc[neg.i - 1].dep_ in ("aux", "auxpass") else neg.i
            return _zeros(doc, sent, start, obj.i + 1, obj, obj)
    return []


def _zeros(doc: Doc, sent: Span, start: int, end: int, counted: Token, anchor: Token) -> list[KnownQuantity]:
    """A zero for each human event the counted words take part in."""
    events = _events(counted, anchor)
    if not events:
        return []
    noun = "" if counted.lower_ in ("one", "none", "nobody") or counted.i == events[0][1] else counted.lower_
    if noun and noun not in PEOPLE_NOUNS and noun not in _CASUALTY_NOUNS:
        return []  # "no buildings were damaged" is a zero, but not of people; left out
    out = []
    for n, (event, event_i) in enumerate(events):
        # the first zero spans the negated words; each joined event gets its own span, on its own word
        s, e = (start, end) if n == 0 else (event_i, event_i + 1)
        out.append(
            exact_known(
                start=s,
                end=e,
                value=0.0,
                unit="person",
                num_start=s,
                num_end=e,
                event=event,
                event_i=event_i,
                noun=noun,
                amount=False,
            )
        )
    return out


def _events(counted: Token, anchor: Token) -> list[tuple[str, int]]:
    """The human events a negated count takes part in, with the words that name them."""
    low = counted.lower_
    if low in _CASUALTY_NOUNS:
        found = [("killed", counted.i), ("injured", counted.i)]
        return found + [e for e in _joined_events(counted) if e[0] not in ("killed", "injured")]
    own = EVENT_WORDS.get(low)
    if own in HUMAN_EVENTS and counted == anchor and _one_persons(counted):
        return []  # "the driver had no injuries": one person unhurt, not a toll of nought
    if own in HUMAN_EVENTS and counted.pos_ in ("NOUN", "ADJ", "VERB") and counted == anchor:
        return [(own, counted.i), *_joined_events(counted)]  # "no deaths", "no dead or wounded"
    for child in counted.children if counted == anchor else ():
        # "officers that were hurt", "no civilians killed"; but in "none of the victims who were injured were
        # targets" the clause only says which victims: the zero is of what "none" does
        if child.dep_ in ("relcl", "acl", "amod") and EVENT_WORDS.get(child.lower_) in HUMAN_EVENTS:
            return [(EVENT_WORDS[child.lower_], child.i), *_joined_events(child)]
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = anchor.head
    if verb.lower_ in _HARM_VERBS and verb.pos_ in ("VERB", "ADJ") and not _negated(verb):
        return [("killed", verb.i), ("injured", verb.i)]  # "the army said no civilians were harmed"
    event = EVENT_WORDS.get(verb.lower_)
    if event in HUMAN_EVENTS and verb.pos_ in ("VERB", "ADJ", "AUX") and not _negated(verb):
        return [(event, verb.i), *_joined_events(verb)]  # "no one was killed or injured"
    if verb.lower_ in _SUFFER_VERBS:
        for obj in verb.children:  # "none of the wounded had life-threatening injuries"
            if obj.dep_ == "dobj" and EVENT_WORDS.get(obj.lower_) in HUMAN_EVENTS:
                return [(EVENT_WORDS[obj.lower_], obj.i)]
    return []


def _joined_events(tok: Token) -> list[tuple[str, int]]:
    """Events joined to an event word by "or"/"and": "killed or injured", "dead or wounded"."""
    doc = tok.doc
    joined = [c for c in tok.conjuncts if c.i > tok.i]
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("or", "and"):
        joined.append(doc[tok.i + 2])  # "no dead or wounded": the parser often joins "wounded" to the verb
    out = []
    own = EVENT_WORDS.get(tok.lower_)
    for conj in joined:
        event = EVENT_WORDS.get(conj.lower_)
        if event in HUMAN_EVENTS and event != own and all(event != e for e, _ in out):
            out.append((event, conj.i))
    return out


def _one_persons(obj: Token) -> bool:
    """Is an object the injury of one named or singular person ("he had no injuries")?"""
    if obj.dep_ != "dobj":
        return False
    subjects = [c for c in obj.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("he", "she", "i"))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
