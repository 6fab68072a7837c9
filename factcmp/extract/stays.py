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
or that dates a moment ("arrived in Yida one month ago"), stays a window: what
it lasts for cannot be told apart from any other duration of the story. One
moment is the exception: the change of state of a named subject ("South Sudan
gained its independence from Sudan 6 months ago"). The time since it is how
long the subject has been in its new state, a figure outlets give and may
disagree on; it is read as one, named by its subject (:func:`since_of`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
    if not windows:
        return any(other is not q for other in found)
    sent = windows[0][0].sent
    verb = _verb_of(sent, q)
    # a duration in a clause on a noun scopes only that clause: "Moss, who retired from the police after 25 years,
    # said he heard 12 shots"
    inside = verb if verb is not None and verb.dep_ in ("relcl", "acl") else None
    others = any(
        other is not q
        and not any(w.start <= other.num_start < w.end for w, _ in windows)
        and not _is_stay(sent.doc, other.start, other.end)  # another stay ("served ... for 10 years") scopes nothing
        and (inside is None or inside.left_edge.i <= other.num_start <= inside.right_edge.i)
        for other in found
    )
    if not others:
        return False
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
    return "" if verb is None else _stay_object(verb, q.start, q.end)


def _stay_object(verb: Token, start: int, end: int) -> str:
    """The thing a verb's 'with/from/at/in/as' object names, and 'on' under a verb of state ("served on the force")."""
    # under a verb of state, "on" and "for" name the stay too: "served on the force", "worked for the company"
    preps = _STAY_PREPS | {"on", "for"} if verb.lower_ in _STATE_VERBS else _STAY_PREPS
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or start <= prep.i < end:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in _NOT_A_PLACE:
                if prep.lower_ == "as":
                    # "served as the Berrien County Trial Court's director of security": a post, held at its owner
                    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    return _name_of(owner) if owner is not None else _name_of(obj)
                return _name_of(obj)
    return ""


# how a time since a change of state opens its quantity_of: "time since South Sudan gained"
TIME_SINCE = "time since "
# verbs of a change of state, as written (the pipeline runs no lemmatizer): what a subject became, gained or
# left at a moment; the time since is how long it has been in its new state ("became the world's newest country")
_CHANGE_WORDS = """become became becomes gain gained gains win won wins achieve achieved achieves declare declared
declares secede seceded secedes split splits join joined joins formed founded establish established
elect elected appoint appointed inaugurate inaugurated"""
_CHANGE_VERBS = frozenset(_CHANGE_WORDS.split())
# verbs that change a state only with their particle: "broke away from Sudan", not "broke a record"
_CHANGE_WITH_AWAY = frozenset({"break", "broke", "breaks", "broken"})
_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def since_of(sent: Span, q: RawQuantity) -> tuple[str, str]:
    """The named subject and verb of a change of state a duration counts the time since; ('', '') if none.

    "South Sudan gained its independence from Sudan 6 months ago", "South Sudan, which became the
    world's newest country only four months ago", "Less than six months after South Sudan broke away
    from Sudan": each is how long South Sudan has been independent, one figure the articles may
    disagree on, not a moment that dates another figure. Only a named subject (a proper noun) is
    kept: "he became a father two years ago" names no one outlets would line up.
    """
    if q.unit not in _TIME_UNITS:
        return "", ""
    doc = sent.doc
    after = doc[q.end] if q.end < sent.end else None
    unit_tok = doc[q.end - 1]
    if after is not None and after.lower_ == "ago":
        verb = after.head
    elif unit_tok.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in unit_tok.head.children
    ):
        verb = unit_tok.head  # "six months after South Sudan broke away": the duration modifies the change
    else:
        return "", ""
    if verb.pos_ not in ("VERB", "AUX") or not sent.start <= verb.i < sent.end:
        return "", ""
    away = any(c.lower_ in ("away", "off") and c.dep_ in ("advmod", "prt") for c in verb.children)
    if verb.lower_ not in _CHANGE_VERBS and not (verb.lower_ in _CHANGE_WITH_AWAY and away):
        return "", ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "South Sudan, which became ...": the relative pronoun stands for the name right before it
        prev = subject.i - 1
        while prev > sent.start and doc[prev].is_punct:
            prev -= 1
        subject = doc[prev]
    if subject is None or subject.pos_ != "PROPN":
        return "", ""
    return _name_of(subject), verb.text


def stay_span(span: Span) -> bool:
    """Is a DATE span how long someone stayed with something, no window of the sentence's other figures?

    "Officer Daniel Reyes, 42, had served on the force for 18 years", "Reyes had served with the department for
    18 years, police said, and leaves two children": the years are the officer's service, a figure of their own
    (read as :func:`state_stay_of` reads them), and no stretch the age or the children were counted over. A
    duration "for N years" (or bare: "has been with the department five years") on a verb of state that names
    what the stay was with, whose subject is no count ("For three days, 200 people were in the stadium" is a
    window of the 200) and is not "there".
    """
    return _is_stay(span.doc, span.start, span.end)


def _is_stay(doc: Doc, start: int, end: int) -> bool:
    """:func:`stay_span` for the tokens ``start:end``."""
    prev = doc[start - 1] if start > doc[start].sent.start else None
    opener = doc[start] if doc[start].pos_ == "ADP" else prev if prev is not None and prev.pos_ == "ADP" else None
    if opener is not None and opener.lower_ != "for":
        return False  # "in the past two weeks", "over three days": a stretch things happened over
    if not any(t.like_num for t in doc[start:end]):
        return False
    verb = verb_from(doc[end - 1], start, end)
    if verb is None or verb.lower_ not in _STATE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "expl" or (
            child.dep_ in ("nsubj", "nsubjpass") and any(t.like_num and t.ent_type_ != "DATE" for t in child.subtree)
        ):
            return False
    return bool(_stay_object(verb, start, end))


def _verb_of(sent: Span, q: RawQuantity) -> Token | None:
    """The verb a duration hangs from: up from its unit word, stopping at the first verb."""
    return verb_from(sent.doc[q.end - 1], q.start, q.end)


def verb_from(tok: Token, start: int, end: int) -> Token | None:
    """The first verb up from ``tok`` (a duration's unit word) that lies outside the duration ``start:end``."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and not start <= tok.i < end:
            return tok
        if tok.head == tok:
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


# A term of punishment is what a court gave or a party asked for: "sentenced to nine years' jail", "jailed for
# 11 years", "asked for eight years", "a sentence of 12 to 14 years". It is the claim of its sentence (the
# outlets' terms must meet), never a date ("nine years'" read as nine years ago) nor the window of the sum the
# case is about ("jails ex-director for 11 years over $9 mln fraud").
_PENALTY_NOUNS = frozenset(
    {"jail", "prison", "imprisonment", "detention", "probation", "custody", "sentence", "term", "bars", "gaol"}
)
_PENALTY_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("jail", ("", "s", "ed", "ing")),
        ("sentence", ("", "s", "d")),
        ("sentencing", ("",)),
        ("imprison", ("", "s", "ed", "ing")),
        ("gaol", ("", "s", "ed")),
    )
    for end in ends
)
# verbs whose object is the term a party wants: "sought six years", "asked for eight years", "is seeking
# between 12 and 14 years' jail"
_ASK_VERBS = frozenset(
    {"seek", "seeks", "seeking", "sought", "ask", "asks", "asking", "asked", "demand", "demands", "demanded"}
    | {"demanding", "urge", "urged", "urges", "request", "requested", "requests", "call", "called", "calls"}
)
# How long people were held where they could not leave is the claim of a rescue story: "trapped for more than
# three days", "rescued after four days trapped", "trapped eight others for three days". It scopes no other
# figure of its sentence: the eight rescued were not counted over the three days.
_CONFINED = frozenset(
    {"trapped", "stranded", "stuck", "buried", "entombed", "marooned", "adrift", "underground", "missing"}
    | {"held", "detained", "imprisoned", "captive", "hostage", "besieged", "lost"}
)


def stated_span(span: Span) -> bool:
    """Is a DATE span a length the sentence states (a term of punishment, a time held captive), no window or date?"""
    unit = _unit_token(span)
    if unit is None:
        return False
    return _penalty(unit) or _confinement(unit, span)


def _unit_token(span: Span) -> Token | None:
    """The time-unit word of a duration span ("years" of "nine years'"), if it holds a number."""
    words = [t for t in span if t.lower_.rstrip("s") in ("year", "month", "week", "day", "hour")]
    if not words or not any(t.like_num for t in span):
        return None
    return words[-1]


def _after(unit: Token) -> list[Token]:
    """The two words after a unit word, past a possessive mark ("years' jail" -> ["jail", ...])."""
    doc = unit.doc
    k = unit.i + 1
    while k < len(doc) and doc[k].text in ("'", "'s", "’", "’s"):
        k += 1
    return list(doc[k : min(k + 2, unit.sent.end)])


def _penalty(unit: Token) -> bool:
    after = _after(unit)
    words = [t.lower_ for t in after]
    if words[:1] and words[0] in _PENALTY_NOUNS - {"sentence", "term", "bars", "custody"}:
        return True  # "nine years' jail", "11 years' imprisonment"
    if words[:2] in (["in", "jail"], ["in", "prison"], ["behind", "bars"], ["in", "gaol"]):
        return True  # "seven years in prison"
    head = unit.head
    if unit.dep_ in ("dobj", "npadvmod", "obj") and head.lower_ in _PENALTY_VERBS | _ASK_VERBS:
        return True  # "jailed 3 years", "sought six years"
    if unit.dep_ != "pobj" or head.dep_ != "prep":
        return False
    gov = head.head
    if head.lower_ == "of":
        return gov.lower_ in _PENALTY_NOUNS  # "a sentence of 10 years", "an imprisonment term of up to 20 years"
    if head.lower_ in ("to", "for") and gov.lower_ in _PENALTY_VERBS:
        return True  # "sentenced to seven years", "jailed for 11 years"
    # "asked for eight years": the first words after the verb, not a later "for" of the asking
    return head.lower_ == "for" and gov.lower_ in _ASK_VERBS and head.i == gov.i + 1


def _confinement(unit: Token, span: Span) -> bool:
    after = _after(unit)
    if after and after[0].lower_ in _CONFINED:
        return True  # "after four days trapped", "after 17 days underground"
    verb = verb_from(unit, span.start, span.end)
    if verb is None or verb.lower_ not in _CONFINED:
        return False
    # "trapped for more than three days", "trapped eight others for three days"
    prep = unit.head if unit.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and prep.head == verb
