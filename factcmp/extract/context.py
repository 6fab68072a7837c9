"""What a number is about: the thing counted, the event, the place, the time window.

These are the keys the reconciler lines facts up by, read from spaCy's
dependency parse and entities around each quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.known import KnownQuantity
from factcmp.extract.lexicon import (
    CARE_VERBS,
    DESTROYED,
    DISTANCE_DIRECTIONS,
    ESCAPE_FROM,
    ESCAPERS,
    EVENT_WORDS,
    FAMILY_NOUNS,
    FLEE_VERBS,
    GENERIC_PEOPLE,
    GRAVE_CONDITIONS,
    HUMAN_EVENTS,
    IMPLICATIVE_VERBS,
    LIFE_CLING_VERBS,
    LIFE_FIGHT_VERBS,
    PEOPLE_NOUNS,
    REPORTING_VERBS,
    SUFFER_VERBS,
    VALUABLE_OBJECTS,
)
from factcmp.extract.scope import _clause_head, is_duration_window, places_of, unit_word_after, window_key, window_of
from factcmp.extract.stays import state_stay_of
from factcmp.extract.units import TIME_UNITS, unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

__all__ = [
    "QuantityContext",
    "_clause_head",
    "describe",
    "direction_of",
    "is_duration_window",
    "noun_class",
    "places_of",
    "predicate_of",
    "restated_places",
    "singular",
    "unit_word_after",
    "window_key",
    "window_of",
]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_SEVERE = {"seriously", "critically", "severely", "badly", "gravely", "life-threatening", "serious", "critical", "heavily"}
_MINOR = {"slightly", "lightly", "minor", "non-life-threatening", "superficially"}
_LENGTH_WORDS = {
    "depth": "depth",
    "deep": "depth",
    "wide": "width",
    "width": "width",
    "across": "width",
    "long": "length",
    "length": "length",
    "high": "height",
    "tall": "height",
    "height": "height",
    "altitude": "height",
    "radius": "radius",
}
# event nouns that count things, not people
_COUNTED_EVENTS = {"wound", "wounds", "shooting", "shootings", "shot", "shots", "gunshot", "gunshots"}
# event words that name an event only as nouns: "he lives behind the shop" is not a toll
_NOUN_ONLY_EVENTS = {"lives", "toll", "counts"}
# "west of the town of Bireun": the reference is the name, not the word "town"
_PLACE_CLASS_NOUNS = {"town", "city", "village", "capital", "province", "district", "region", "state", "county", "island"}


@dataclass
class QuantityContext:
    """The meaning around one quantity."""

    predicate: str = ""
    noun: str = ""
    noun_text: str = ""
    verb_text: str = ""
    unit: str = ""
    quantity_of: str = ""
    subject: str = ""
    reference: str = ""
    window_i: tuple[int, int] | None = None


def singular(word: str) -> str:
    """A crude singular for fact keys ("strikes" -> "strike", "militiamen" -> "militiaman").

    >>> singular("strikes"), singular("militiamen"), singular("casualties"), singular("police")
    ('strike', 'militiaman', 'casualty', 'police')
    """
    w = word.lower()
    if w in ("people", "police", "staff", "personnel", "crew", "dead", "wounded", "injured", "news", "series"):
        return w
    for a, b in (("men", "man"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x")):
        if w.endswith(a) and len(w) > len(a) + 1:
            return w[: -len(a)] + b
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def noun_class(noun: str) -> str:
    """The class a counted noun belongs to: generic people words become "people"."""
    w = noun.lower()
    if w in _COUNTED_EVENTS:
        return singular(w)  # "two exit wounds", "2 shootings": wounds and incidents, not people
    if w in GENERIC_PEOPLE or w in ("dead", "wounded", "injured") or EVENT_WORDS.get(w) in HUMAN_EVENTS:
        return "people"  # "500 people", "500 victims", "500 deaths" count the same thing
    return singular(w)


def describe(doc: Doc, sent: Span, q: RawQuantity) -> QuantityContext:
    """Read the predicate, counted noun, unit, subject and reference of a quantity."""
    if isinstance(q, KnownQuantity):
        return _describe_known(doc, sent, q)
    ctx = QuantityContext(unit=q.unit)
    anchor = doc[q.noun_i] if q.noun_i >= 0 else doc[q.num_end - 1]
    noun_tok = doc[q.noun_i] if q.noun_i >= 0 else None
    members = _hyphened_people(doc, q)
    if members is not None:
        # "a 200-student schoolhouse" counts the students; what happened to the school is not theirs
        ctx.noun, ctx.noun_text, ctx.unit = noun_class(members.text), members.text, "person"
        ctx.quantity_of = _quantity_of(ctx, q)
        return ctx
    if noun_tok is not None:
        ctx.noun = noun_class(noun_tok.text)
        ctx.noun_text = _noun_phrase(noun_tok)
        body = _body_of_members(noun_tok)
        if body is not None:
            ctx.noun = noun_class(body.text)  # "two sheriff's department employees" are the sheriff's people
        if _other_object(noun_tok):
            ctx.noun, ctx.noun_text = "other", "others"
    if noun_tok is None and q.unit == "magnitude":
        owner = _magnitude_owner(doc, sent, q)
        if owner is not None:
            # "two aftershocks of more than 5.0 magnitude", "an aftershock of magnitude 5.3": the figure is the
            # aftershocks', as "a 6.1-magnitude quake" is the quake's
            ctx.noun, ctx.noun_text = noun_class(owner.text), owner.text if owner.i >= q.end else _noun_phrase(owner)
    # only what is counted can be who did a harm: "a 6.1-magnitude earthquake killed one person" tells the quake's act
    ctx.predicate, ctx.verb_text = _predicate(anchor, noun_tok, sent, agents=q.unit in ("", "person", "count"))
    if noun_tok is None:
        event = _event_after(doc, q, sent)
        if event:
            ctx.predicate, ctx.verb_text = event  # "24 dead and over 200 injured": each figure has its own event
    else:
        dead = _dead_after_list(noun_tok, sent)
        if dead is None and ctx.predicate != "killed" and q.value == 2:
            dead = _both_dead(noun_tok, sent)
        if dead is not None:
            ctx.predicate, ctx.verb_text = "killed", dead.text
    antecedent = _antecedent(doc, sent, q) if noun_tok is None and not q.unit else None
    if antecedent is None and noun_tok is None and not q.unit and ctx.predicate not in HUMAN_EVENTS:
        # "fired 212 rounds during the rampage that left two dead and six wounded": the act on
        # people already says what "six" counts; a set before it lends no noun
        antecedent = _elliptic_antecedent(doc, sent, q)
    if antecedent is not None:
        # "Four others were injured. The four were taken to hospital": the four are the injured people
        noun_tok = antecedent
        ctx.noun = noun_class(antecedent.text)
        ctx.noun_text = _noun_phrase(antecedent)
    kind = _others_kind(noun_tok, sent) if noun_tok is not None and noun_tok.lower_ == "others" else None
    if kind is not None:
        # "another bomb hit the community marketplace and two others hit the outskirts": the others are bombs
        noun_tok = kind
        ctx.noun, ctx.noun_text = noun_class(kind.text), kind.text
    if not ctx.unit:
        ctx.unit = _count_unit(noun_tok, ctx.predicate)
        if ctx.unit == "count" and noun_tok is None and _cared_for(doc, sent, q):
            ctx.unit = "person"  # "some saying 72 were taken to a hospital", "two have already been released"
    if q.is_age and q.value is None and _decade_owner(doc, sent, q) is not None:
        # "three other women in their 30's were transported to UMC Brackenridge": the age hangs on the women,
        # not on the nearest name
        ctx.subject = _decade_owner(doc, sent, q) or ""
    elif q.is_age:
        ctx.subject = (
            _turned_subject(doc, sent, q) or _age_subject(doc, sent, q, name_after=True) or _copula_person(doc, q)
        )
    elif noun_tok is None and not q.unit and q.num_start > sent.start and _looks_like_age(doc, sent, q):
        # "Montrell Jackson, 32, and Matthew Gerald, 41, were killed": ages, not a toll
        ctx.subject = _age_subject(doc, sent, q)
        if ctx.subject:
            ctx.unit = "year"
            ctx.predicate = ctx.verb_text = ""
            q.is_age = True
    if q.is_age and ctx.predicate.partition(":")[0] != "killed":
        dead = _dead_subject_event(anchor, sent)
        if dead is not None:
            # "The customer who was killed is a man in his 50s", "the victim who died ... was identified as
            # 56-year-old Eugene Linscomb": the age is of the one who died, told by a copula or a naming verb
            ctx.predicate, ctx.verb_text = "killed", dead.text
    if _is_length(ctx.unit) and not q.is_age:
        ctx.reference = _reference(doc, sent, q)
        if not ctx.reference and not ctx.noun:
            ctx.noun = _length_role(doc, sent, q)
    severity = _severity(sent, ctx.verb_text) if ctx.predicate in HUMAN_EVENTS or ctx.predicate == "damaged" else ""
    if not severity and noun_tok is None and ctx.predicate in HUMAN_EVENTS:
        severity = _elliptic_severity(doc, sent, q)  # "left three others wounded, one critically"
        if severity == _FATAL and ctx.predicate in ("shot", "injured"):
            # "six people were shot, one fatally": the one [was shot] fatally, a death
            ctx.predicate, severity = "killed", ""
    if severity == _FATAL:
        severity = ""
    if not severity and ctx.predicate in _STATE_EVENTS:
        # "two victims were hospitalized with life-threatening injuries", "one continues to fight for his life"
        verb = _verb_token(sent, ctx.verb_text)
        severity = _state_severity(verb) if verb is not None else ""
        if not severity and noun_tok is not None:
            # "one officer, who is in critical condition, was shot": the relative clause grades its noun
            clause = next((c for c in noun_tok.children if c.dep_ == "relcl"), None)
            severity = _state_severity(clause) if clause is not None else ""
    if ctx.predicate == DESTROYED and _partial_destruction(_verb_token(sent, ctx.verb_text)):
        ctx.predicate = "damaged"  # "200 houses were partially destroyed", "were destroyed or damaged": damage
    if severity and ctx.predicate == "shot":
        # "Five people were shot, two of them critically", "one officer, who is in critical condition, was shot": a
        # shooting graded is a wound of that grade, the count of the critically wounded ("wounded, one critically")
        ctx.predicate = "injured"
    if severity:
        ctx.predicate = f"{ctx.predicate}:{severity}"
    if _is_money(ctx.unit) and not ctx.subject:
        ctx.subject = _money_subject(doc, sent, q)
    if ctx.unit in TIME_UNITS and noun_tok is None and not ctx.subject:
        ctx.subject = state_stay_of(sent, q)
    ctx.quantity_of = _quantity_of(ctx, q)
    if ctx.unit in ("person", "count") and ctx.predicate.lower() in _COPULAS and _exclusive(doc, sent, q):
        # "there was only one gunman at the scene": how many there were in all, not how many of them an act befell
        ctx.quantity_of = f"{TOTAL}{ctx.quantity_of}".strip()
    if ctx.predicate in _REASONED_EVENTS:
        reason = _reason_of(anchor, sent)
        if reason:
            ctx.quantity_of = f"{ctx.quantity_of} for {reason}"
    return ctx


# how the quantity_of of a count of a whole set opens: "total gunman (was)" (see _exclusive)
TOTAL = "total "
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_EXCLUSIVE_WORDS = frozenset({"only", "sole", "lone"})


def _exclusive(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Does a count said with a copula count a whole set: "only one gunman", "the only one", "there were two"?

    "there was only one gunman at the scene" and "he was the only one at the scene" say how many
    gunmen there were in all; "One suspect is deceased" says how many of them died, and "They were two
    great officers" names the victims the article counts elsewhere: neither is a whole.
    """
    if q.num_start > sent.start and doc[q.num_start - 1].lower_ in _EXCLUSIVE_WORDS:
        return True
    verb = doc[q.num_end - 1].head if q.noun_i < 0 else doc[q.noun_i].head
    return verb.lower_ in _COPULAS and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)


# events whose figures count different things when their reasons differ: arrests for firearms
# and arrests for begging, charges of murder and charges of theft
_REASONED_EVENTS = frozenset({"arrested", "charged"})
_REASON_PREPS = frozenset({"for", "on", "with"})


def _reason_of(anchor: Token, sent: Span) -> str:
    """What an arrest or charge was for, as written; '' if not said.

    "15 arrests for those crimes" -> "those crimes", "arrested for possession of a firearm" -> "possession".
    The event word is the counted noun itself ("arrests") or the first event verb up from it
    ("11 people were arrested"); its 'for/on/with' object is the reason.
    """
    offence = _charge_object(anchor)
    if offence is not None:
        return offence
    tok = anchor
    for _ in range(5):
        if EVENT_WORDS.get(tok.lower_) in _REASONED_EVENTS:
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
                if act.dep_ == "pobj" and (act.lower_ in EVENT_WORDS or act.lower_ in _HARM_ACT_NOUNS or act.lower_ in _ACTS):
                    found.extend(c for c in act.children if c.dep_ == "prep" and c.lower_ == "for")
    return found


def _others_kind(others: Token, sent: Span) -> Token | None:
    """The thing "others" are more of, when the sentence named one of them before and it is no person.

    "One bomb hit a 200-student schoolhouse ..., another bomb hit the community marketplace and two
    others hit the outskirts of the camp": the nearest noun before it counted with "one" or "another".
    Others of people ("One police officer ... among the four others") stay people, as do others with
    no such noun before them ("killing at least one and leaving two others missing").
    """
    for tok in reversed(sent.doc[sent.start : others.i]):
        if tok.pos_ == "NOUN" and any(c.lower_ in ("one", "another") and c.dep_ in ("det", "nummod") for c in tok.children):
            return None if tok.lower_ in PEOPLE_NOUNS or tok.ent_type_ == "NORP" else tok
    return None


_CHARGE_NOUNS = frozenset({"count", "counts", "charge", "charges"})


def _charge_object(noun: Token) -> str | None:
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


def _magnitude_owner(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The noun an "of" phrase gives a magnitude to: "two *aftershocks* of more than 5.0 magnitude".

    Or the noun right after a magnitude that modifies it: "a magnitude-6.1 *earthquake*", "a magnitude
    6.1 *quake*".
    """
    last = doc[q.end - 1]
    if last.head.pos_ == "NOUN" and q.end <= last.head.i <= q.end + 1 and last.head.i < sent.end:
        return last.head
    k = q.start - 1
    if k <= sent.start or doc[k].lower_ != "of":
        return None
    owner = doc[k].head
    return owner if owner.pos_ == "NOUN" and owner.i < k and sent.start <= owner.i else None


def _other_object(noun: Token) -> bool:
    """Are these others joined to another object, the rest and so a part of the count?

    "injuring a police officer and two others": a part; "four others were injured", the subject
    of its verb, is the whole toll.
    """
    return noun.lower_ == "others" and noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj")


def _event_after(doc: Doc, q: RawQuantity, sent: Span) -> tuple[str, str] | None:
    """The event word right after a bare figure: "24 *dead* and over 200 *injured*", "two *shot* dead"."""
    j = q.end
    if j >= sent.end:
        return None
    tok = doc[j]
    event = EVENT_WORDS.get(tok.lower_)
    if event not in HUMAN_EVENTS or tok.tag_ not in ("VBN", "JJ"):
        return None
    if event == "shot" and j + 1 < sent.end and EVENT_WORDS.get(doc[j + 1].lower_) == "killed":
        return "killed", doc[j + 1].text  # "two shot dead"
    return event, tok.text


def _is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _money_subject(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The object an amount is the value of: "a $2.5 million *necklace*", "a diamond *necklace* worth £1.2m".

    Only a concrete object (:data:`VALUABLE_OBJECTS`) is named: two amounts of
    different objects are two facts. Collective words ("$2 million of jewelry",
    "€2 million booty", "a $2.6 million heist") name no object: outlets call
    one haul by many of them, and they stay empty.
    """
    noun = _valued_noun(doc, sent, q)
    return noun if noun in VALUABLE_OBJECTS else ""


def _valued_noun(doc: Doc, sent: Span, q: RawQuantity) -> str:
    j = q.end
    if j < sent.end and doc[j].lower_ == "worth":
        j += 1
    if j < sent.end and doc[j].lower_ == "of":
        for tok in doc[j + 1 : min(sent.end, j + 5)]:
            if tok.pos_ == "NOUN":
                return _head_of_run(tok).lower_
            if tok.pos_ not in ("DET", "ADJ"):
                break
        return ""
    if j < sent.end and doc[j].pos_ == "NOUN" and not unit_of_word(doc[j].text):
        return _head_of_run(doc[j]).lower_  # "a $2.5 million necklace"
    k = q.start - 1
    if k > sent.start and doc[k].lower_ == "worth" and doc[k].head.pos_ == "NOUN" and doc[k].head.i < k:
        return doc[k].head.lower_  # "a diamond necklace worth £1.2m"
    return ""


def _head_of_run(tok: Token) -> Token:
    """The last noun of a compound run: "diamond necklace" -> necklace."""
    doc = tok.doc
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN":
        tok = doc[tok.i + 1]
    return tok


def _hyphened_people(doc: Doc, q: RawQuantity) -> Token | None:
    """The people a hyphened figure counts inside a noun phrase: "a 200-*student* schoolhouse", "a 12-*member* jury"."""
    j = q.num_end
    if q.noun_i < 0 or j + 1 >= len(doc) or doc[j].text != "-" or q.noun_i <= j + 1:
        return None
    word = doc[j + 1]
    if word.lower_ in PEOPLE_NOUNS or word.lower_ == "member":
        return word
    return None


# determiners of a number that stands for people named before: "the four", "all three", "those two"
_ANAPHORIC = frozenset({"the", "all", "those", "these", "both"})


def _antecedent(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The counted noun a bare "the four" refers back to, from a figure of the same value in the two sentences before."""
    from factcmp.extract.quantities import scan_sentence  # the scanner is what finds figures; imported late (cycle)

    if q.value is None or q.qualifier != "exact" or q.num_start <= sent.start:
        return None
    if doc[q.num_start - 1].lower_ not in _ANAPHORIC:
        return None
    nxt = doc[q.num_end] if q.num_end < sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return None  # "the four men", "the four-day": the noun is there
    prev = sent
    for _ in range(2):
        if prev.start == 0:
            return None
        prev = doc[prev.start - 1].sent
        for other in reversed(scan_sentence(doc, prev)):
            if other.value == q.value and other.noun_i >= 0 and other.unit in ("", "person"):
                return doc[other.noun_i]
    return None


# the adjectives that say a person is dead without an event verb: "2 bailiffs, shooter dead", "both deceased"
_DEAD_WORDS = frozenset({"dead", "deceased"})
# words a headline list of the dead is made of: "2 bailiffs, shooter dead", "two officers and a gunman dead"
_LIST_GLUE = frozenset({",", "and", "&"})


def _dead_after_list(noun: Token, sent: Span) -> Token | None:
    """The "dead" that closes a headline list the counted noun opens: "2 bailiffs, shooter *dead* in ... shooting".

    Headlines drop the copula, and the parser hangs such a list anywhere
    (often under a later "shooting"); the words tell it: the noun, then only
    other nouns of the list (with commas, "and", articles and their
    modifiers), then "dead" or "deceased". A verb, a preposition, another
    figure or any other word on the way ends the list: "two people shot dead"
    is read by the verb, "9 Hurt, 1 Dead" gives each figure its own event,
    "three officers in the car dead" is no list. A noun that names its event
    ("9 Hurt" read as a noun) keeps it.
    """
    if noun.lower_ in EVENT_WORDS:
        return None
    doc = noun.doc
    j = noun.i + 1
    while j < sent.end and j - noun.i <= 8:
        tok = doc[j]
        if tok.lower_ in _DEAD_WORDS and tok.pos_ == "ADJ":
            return tok
        if tok.like_num or not (tok.text in _LIST_GLUE or tok.pos_ in ("DET", "NOUN", "PROPN", "ADJ")):
            return None
        j += 1
    return None


def _both_dead(noun: Token, sent: Span) -> Token | None:
    """The death a later "both" gives a count of two in its sentence: "had shot two bailiffs, they're both *deceased*".

    "Both" restates the two it follows, so the count takes the graver event, as
    in "shot and killed two bailiffs"; it is no count of its own. Only people
    are "both dead": "both sides", a "both" of things or of a set named after
    it ("both of the officers" opens its own set) lend nothing.
    """
    if noun.lower_ not in PEOPLE_NOUNS and noun.ent_type_ != "NORP":
        return None
    doc = noun.doc
    for tok in doc[noun.i + 1 : sent.end]:
        if tok.lower_ != "both":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN")):
            return None  # "both sides", "both of the officers": a noun of its own
        if any(t.like_num for t in doc[noun.i + 1 : tok.i]):
            return None  # "two bailiffs and two deputies; both ...": which two is not said
        head = tok.head
        if head.lower_ in ("they", "them") and head.head != head:
            head = head.head  # "they both": the parser may hang "both" on the pronoun
        if head.lower_ in _DEAD_WORDS:
            return head  # "both dead"
        # "they're both deceased": "both" hangs on the copula, whose subject is a pronoun and complement the death
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject is not tok and subject.lower_ not in ("they", "both"):
            return None
        for child in head.children:
            if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in _DEAD_WORDS:
                return child
        if EVENT_WORDS.get(head.lower_) == "killed" and head.pos_ == "VERB":
            return head  # "both died", "they were both killed"
        return None
    return None


_SET_UNITS = frozenset({"", "count", "person"})


def _elliptic_antecedent(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The counted noun of an elliptic count: "Four *bombs* were dropped ... two landed inside the camp".

    A bare number (no noun, no unit, no determiner) that is the subject of its
    verb counts a part of a set of things counted just before: in the same
    sentence, or else in the one before, a count of a plural noun at least as
    large. Only when that noun is the one candidate: another count of another
    noun there, or people ("Four officers were shot; two died" is a toll the
    event already reads), and the number keeps no noun. "Two of the three"
    names its set and is read with it.
    """
    from factcmp.extract.quantities import scan_sentence  # imported late (cycle), as in _antecedent

    if q.value is None or q.qualifier != "exact" or q.num_start != q.start:
        return None
    num = doc[q.num_end - 1]
    if num.dep_ not in ("nsubj", "nsubjpass") or num.head.pos_ not in ("VERB", "AUX") or num.head.i < num.i:
        return None
    if q.num_start > sent.start and doc[q.num_start - 1].pos_ in ("DET", "PRON", "ADJ"):
        return None  # "the two", "the other two": read as back-references, or not at all
    if q.num_end < sent.end and doc[q.num_end].lower_ == "of":
        return None
    # the nearest set: a count before the number in its sentence, else a count of the sentence before
    counted = [o for o in scan_sentence(doc, sent) if o.end <= q.start and o.noun_i >= 0 and o.unit in _SET_UNITS]
    if not counted and sent.start > 0:
        counted = [o for o in scan_sentence(doc, doc[sent.start - 1].sent) if o.noun_i >= 0 and o.unit in _SET_UNITS]
    if len({singular(doc[o.noun_i].text) for o in counted}) != 1:
        return None  # no set, or two sets the number could be a part of ("four bombs and six rockets")
    whole = counted[-1]
    noun = doc[whole.noun_i]
    if whole.value is None or whole.value < q.value:
        return None  # "several bombs", "two bombs ... five landed": no set this number is a part of
    if noun.tag_ != "NNS" or noun.lower_ in PEOPLE_NOUNS or noun.ent_type_ == "NORP":
        return None
    if noun.lower_ in EVENT_WORDS and EVENT_WORDS[noun.lower_] in HUMAN_EVENTS:
        return None  # "12 deaths": a toll, not a set of things
    return noun


def _describe_known(doc: Doc, sent: Span, q: KnownQuantity) -> QuantityContext:
    """The context a reader found with its figure (a zero, an ordinal, a calibre), taken as it is."""
    ctx = QuantityContext(unit=q.unit, reference=q.reference, subject=q.subject)
    if q.noun:
        ctx.noun, ctx.noun_text = noun_class(q.noun), q.noun
    if q.event:
        ctx.predicate = q.event
        ctx.verb_text = doc[q.event_i].text if q.event_i >= 0 else ""
        severity = _severity(sent, ctx.verb_text)
        if severity:
            ctx.predicate = f"{q.event}:{severity}"
    ctx.quantity_of = q.quantity_of or _quantity_of(ctx, q)
    return ctx


def _severity(sent: Span, verb_text: str) -> str:
    """Severity of an event: "30 people *seriously* injured" is a part of the injured, not the total."""
    if not verb_text:
        return ""
    for tok in sent:
        if tok.text != verb_text.split()[0]:
            continue
        for child in tok.children:
            if child.dep_ not in ("advmod", "amod"):
                continue
            if _closes_elided_count(child):
                continue  # "Four people were hurt, two slightly": the adverb is the two's, not the four's
            word = _hyphenated(child)
            if word in _SEVERE:
                return "serious"
            if word in _MINOR:
                return "minor"
    return ""


_INCLUDING = frozenset({"including"})


def _one_person(anchor: Token, noun: Token | None) -> bool:
    """Does a figure count one person by a word for people: "one police officer", "a child"?"""
    if noun is None or noun.lower_ not in PEOPLE_NOUNS or singular(noun.lower_) != noun.lower_:
        return False
    return anchor.i == noun.i and any(c.lower_ in ("one", "a", "an", "1") for c in noun.children)

# events whose figures a state phrase grades: the injured and the shot are in critical condition, the arrested
# "in critical condition" are still arrests, not injuries
_STATE_EVENTS = frozenset({"injured", "shot"})
_LIFE_WORDS = frozenset({"life", "lives"})
_CONDITION_WORDS = frozenset({"condition", "conditions"})


def _verb_token(sent: Span, verb_text: str) -> Token | None:
    """The token of a predicate's words as written (its first word), as ``_severity`` finds it."""
    if not verb_text:
        return None
    first = verb_text.split()[0]
    return next((t for t in sent if t.text == first), None)


def _state_severity(verb: Token, depth: int = 2) -> str:
    """The severity a state phrase on a verb gives the one it tells of; '' if none.

    News grades the injured by the state they are in as often as by an adverb: one who "continues to
    *fight for his life*", is "*battling for her life*" or "*clinging to life*", or "remains *in critical
    condition*" (grave, serious) is critically injured ("serious"), as is one "hospitalized *with
    life-threatening injuries*"; "taken to hospital *with minor injuries*" is "minor". A condition that
    says no gravity ("in stable condition") grades nothing. The verb's infinitive complements are read
    too: "continues to fight for his life".
    """
    for child in verb.children:
        if child.dep_ == "xcomp" and depth > 0:
            found = _state_severity(child, depth - 1)
            if found:
                return found
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ in _LIFE_WORDS and (
                (prep == "for" and verb.lower_ in LIFE_FIGHT_VERBS) or (prep == "to" and verb.lower_ in LIFE_CLING_VERBS)
            ):
                return "serious"
            # "taken to a hospital with minor injuries": the parser often hangs the state on the place
            for graded in (child, *(c for c in obj.children if c.dep_ == "prep")):
                grade = _prep_grade(graded)
                if grade:
                    return grade
    return ""


def _prep_grade(prep: Token) -> str:
    """The grade of "in critical condition" or "with life-threatening injuries" ('' for any other phrase)."""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        condition = prep.lower_ == "in" and obj.lower_ in _CONDITION_WORDS
        injury = prep.lower_ == "with" and EVENT_WORDS.get(obj.lower_) == "injured"
        if condition or injury:
            return _grade_of(prep.doc[obj.left_edge.i : obj.i].text.lower(), injury=injury)
    return ""


_NOT_LIFE_THREATENING = re.compile(r"\b(?:non|not)[\s-]*life[\s-]*threatening")
_LIFE_THREATENING = re.compile(r"\blife[\s-]*threatening")


def _grade_of(modifiers: str, *, injury: bool) -> str:
    """The grade the words before "injuries" or "condition" give: "serious", "minor", '' for none or both.

    Read from the words, not the parse, which splits "non-life-threatening" apart in many ways; injuries
    that are "life-threatening and non-life threatening" grade a set of both kinds, which is no one grade.
    """
    minor = bool(_NOT_LIFE_THREATENING.search(modifiers))
    rest = _NOT_LIFE_THREATENING.sub(" ", modifiers)
    serious = bool(_LIFE_THREATENING.search(rest))
    for word in re.findall(r"[a-z]+", _LIFE_THREATENING.sub(" ", rest)):
        serious = serious or word in GRAVE_CONDITIONS or (injury and word in _SEVERE)
        minor = minor or (injury and word in _MINOR)
    return "" if serious == minor else "serious" if serious else "minor"


def _holds_state(verb: Token, below: Token) -> bool:
    """Is ``below`` (a figure's word under ``verb``) the one a state phrase on the verb tells of?

    The object of a verb that has one ("doctors are treating *two patients* in critical condition"),
    else the subject ("*two* remain in critical condition", "*one deputy* continues to fight for his life").
    """
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return below.dep_ == "dobj" or below.dep_ == "nsubjpass" or (below.dep_ == "nsubj" and not has_object)


def _closes_elided_count(adverb: Token) -> bool:
    """Does an adverb close a bare figure of its own ("two slightly", "two of them seriously")?"""
    doc, k = adverb.doc, adverb.i - 1
    nxt = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("and", "but", "while")):
        return False  # "one seriously injured": the adverb of a verb of its own
    if k >= 2 and doc[k].lower_ in ("them", "whom", "those") and doc[k - 1].lower_ == "of":
        k -= 2
    return k >= 0 and doc[k].like_num and doc[k].dep_ != "nummod"


def _elliptic_severity(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The severity an adverb right after a bare figure gives it: "three others wounded, one *critically*".

    The figure stands for the people of the clause before and the adverb for its elided verb ("one
    [was wounded] critically", "two of them seriously"); only a closing adverb counts, not one that
    modifies a verb of its own ("one seriously hurt" is read by its verb). A fatal adverb ("one fatally")
    says :data:`_FATAL`: the elided act killed.
    """
    j = q.end
    if j + 1 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "whom", "those"):
        j += 2
    if j >= sent.end or doc[j].pos_ != "ADV":
        return ""
    nxt = doc[j + 1] if j + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("and", "but", "while")):
        return ""
    word = doc[j].lower_
    if word in _FATAL_ADVERBS:
        return _FATAL
    return "serious" if word in _SEVERE else "minor" if word in _MINOR else ""


# the adverbs that make an elided act a death ("one fatally", "two of them mortally"), and what
# _elliptic_severity says for them
_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
_FATAL = "fatal"


# adverbs that leave a destruction short of one: "partially destroyed", "nearly flattened"
_PARTIAL = frozenset({"partially", "partly", "half", "nearly", "almost", "slightly"})


def _partial_destruction(verb: Token | None) -> bool:
    """Does a verb of destruction tell damage: "partly collapsed", or joined to one of damage for the same count?

    "300 houses were damaged or destroyed", "destroyed or damaged 300 houses": the count holds both, which is
    the count of the damaged; "destroyed 15 homes and damaged 30 others" gives each verb its own object.
    """
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _PARTIAL for c in verb.children):
        return True
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    own = ("dobj", "nsubj", "nsubjpass")
    for other in joined:
        if EVENT_WORDS.get(other.lower_) != "damaged":
            continue
        second = other if other.i > verb.i else verb
        if not any(c.dep_ in own for c in second.children):
            return True  # the second verb shares the first one's count
    return False


def _hyphenated(tok: Token) -> str:
    """A modifier with the words hyphened to it: spaCy splits "life-threatening" into three tokens."""
    start = tok.left_edge.i
    words = tok.doc[start : tok.i + 1]
    if len(words) > 1 and all(t.text == "-" or not t.whitespace_ for t in words[:-1]):
        return words.text.lower()
    return tok.lower_


def _length_role(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """Which length a bare distance is: "at a *depth* of 10 km", "two metres *wide*"."""
    before = doc[max(sent.start, q.start - 3) : q.start]
    after = doc[q.end : min(sent.end, q.end + 2)]
    for tok in [*before, *after]:
        role = _LENGTH_WORDS.get(tok.lower_)
        if role and not _is_name(tok, sent):
            return role
    if _under_ground(doc, sent, q.end):
        return "depth"
    return ""


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP"})


def _is_name(tok: Token, sent: Span) -> bool:
    """Is a word a name (or part of one), not the common word it is spelt like: "shot *Long* from 100 yards"?

    Surnames and places are spelt like role words (Long, High, Wide), and the small model often tags
    them as adverbs. A name is a proper noun or an entity of the model, or a capitalised word inside a
    sentence in running text; in a headline, where every word has a capital, a word the article uses in a
    person's name ("Gavin Long").
    """
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_LABELS:
        return True
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if tok.i != sent.start and not _headline_case(sent):
        return True
    return any(e.label_ == "PERSON" and tok.text in e.text.split() for e in index_of(tok.doc).ents)


def _headline_case(sent: Span) -> bool:
    """Is a sentence set in title case or capitals ("Bridge Is 2 Km Long"), so that a capital tells nothing?"""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


# "originated six miles beneath the surface", "a well 300 metres below ground", "10 km underground"
_DOWN_PREPS = frozenset({"beneath", "below", "under", "underneath"})
_GROUND_WORDS = frozenset({"surface", "ground", "seabed", "seafloor", "sea", "earth", "ocean", "floor"})


def _under_ground(doc: Doc, sent: Span, j: int) -> bool:
    """Does a length end where the words after it put it under the ground or sea: a depth?"""
    if j >= sent.end:
        return False
    if doc[j].lower_ == "underground":
        return True
    if doc[j].lower_ not in _DOWN_PREPS:
        return False
    # the ground in the noun phrase right after the preposition: "the surface", "the Earth's surface"
    for tok in doc[j + 1 : min(sent.end, j + 5)]:
        if tok.lower_ in _GROUND_WORDS:
            return True
        if tok.pos_ not in ("DET", "PROPN", "PART", "NOUN", "ADJ"):
            return False
    return False


def _is_length(unit: str) -> bool:
    # only distances have a reference point; "$2m from the jewellery store" names a source
    return (unit in _MEASURE_NAMES and _MEASURE_NAMES[unit] == "distance") or unit in ("nautical_mile", "inch", "cm", "mm")


_CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "clinics", "treatment", "care"})


def _cared_for(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Is a bare figure the subject of a verb of care in a sentence about a hospital (people, not things)?

    "some saying 72 were taken to a hospital", "Three city firefighters were taken to Sturdy Memorial
    Hospital ..., and two have already been released": the figure counts people though no noun says so.
    """
    tok = doc[q.num_end - 1]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lower_ not in CARE_VERBS:
        return False
    return any(t.lower_ in _CARE_PLACES for t in sent)


def _count_unit(noun: Token | None, predicate: str) -> str:
    if noun is not None:
        low = noun.lower_
        if low in FAMILY_NOUNS:
            return "count"
        if low in EVENT_WORDS and EVENT_WORDS[low] in HUMAN_EVENTS and low not in _COUNTED_EVENTS:  # "500 deaths", "200 injuries"
            return "person"
        if low in PEOPLE_NOUNS or noun.ent_type_ in ("NORP",):
            return "person"
        return "count"
    return "person" if predicate in HUMAN_EVENTS else "count"


# nouns that count the members of a body the words before them name
_MEMBER_NOUNS = frozenset({"employee", "employees", "member", "members", "staff", "staffers", "personnel", "workers"})


def _body_of_members(noun: Token) -> Token | None:
    """The people a body's members are counted as: "two sheriff's department *employees*" -> sheriff.

    A count of employees, members or staff says whose they are in the words before the noun (a possessor
    or a compound: "police department employees", "sheriff's office staff"); when those words name
    people ("sheriff", "police"), the count is of that body's people, and it lines up with other counts of
    them ("two bailiffs").
    """
    if noun.lower_ not in _MEMBER_NOUNS:
        return None
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        if tok.dep_ in ("compound", "poss") and tok.lower_ in PEOPLE_NOUNS and tok.lower_ not in _MEMBER_NOUNS:
            return tok
    return None


def _noun_phrase(noun: Token) -> str:
    # "air strikes", "ISIS fighters": the noun with the compounds written before it
    mods = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1 and not unit_of_word(c.text)]
    return " ".join([*(m.text for m in mods), noun.text])


# harm verbs whose active subject, when the verb has a target, is who did the harm: "Two officers shot and
# killed the gunman", "the two men who shot up a busy street". The intransitive ones ("died", "perished") have
# no agent, and a headline's "2 officers shot" (no target) is read as the passive it stands for
_AGENT_HARMS = frozenset(
    w
    for w, cat in EVENT_WORDS.items()
    if cat in ("killed", "injured", "shot")
    and w not in {"died", "die", "dies", "dying", "dead", "death", "deaths", "toll", "fatalities", "fatality"}
    and w not in {"fatal", "fatally", "perished", "lives", "deceased", "injuries", "injury", "wounds", "shootings"}
)
# verbs of striking: their agents are counted when they are people ("two officers struck the suspect"); a
# thing that hits ("one bomb hit a school") is never counted as a victim, and its act keeps its own verb
_STRIKE_VERBS = frozenset({"hit", "hits", "hitting", "struck", "strike", "strikes", "striking"})
# objects that are no target: the doers harmed themselves or each other ("two men killed themselves", "shot each
# other"), or the parser took a time or a state for an object ("killed the first night", "Shot Dead In Dallas")
_SELF_OBJECTS = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself", "other", "another"})
_TIME_OBJECTS = frozenset(
    {"night", "nights", "day", "days", "morning", "afternoon", "evening", "week", "weekend", "time", "times", "hour"}
    | {"hours", "minute", "minutes", "month", "year", "sunday", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "today", "tonight", "yesterday"}
)
# the act given to those who did a harm: shooting is firing (the verb class of "opened fire", "fired at"); any
# other harm ("two gunmen killed 12 people", "two men wounded a guard") is an attack. Never the victims' event
_SHOOTING_AGENT, _HARM_AGENT = "shoot", "attack"
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# nouns that name who did a harm: a count of them told with the harm's noun ("Bourbon Street shooting: 2 shooters
# on loose") counts the doers; only a verb makes them its victims ("two gunmen were killed")
_DOER_NOUNS = frozenset(
    {"shooter", "shooters", "gunman", "gunmen", "sniper", "snipers", "attacker", "attackers", "assailant"}
    | {"assailants", "killer", "killers", "bomber", "bombers", "perpetrator", "perpetrators", "murderer", "murderers"}
)


def _harm_target(verb: Token, *, shooting: bool) -> Token | None:
    """What an active harm verb does its harm to: its object, or whom or where it shoots at or into."""
    for child in verb.children:
        if child.dep_ == "dobj" and _is_target(child):
            return child  # "shot the suspect", "shot up a busy street", "killed three officers"
        if shooting and child.dep_ == "prep" and child.lower_ in ("at", "into"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "shot into the crowd", "shot at officers", "shot at him"; not the place of a headline's victims
            # ("Four people shot at a Berrien County Courthouse")
            if obj is not None and (child.lower_ == "into" or _is_person(obj)):
                return obj
    return None


def _is_target(obj: Token) -> bool:
    low = obj.lower_
    if low in _SELF_OBJECTS or low in _TIME_OBJECTS or low in EVENT_WORDS:
        return False
    return obj.ent_type_ not in ("DATE", "TIME")


def _is_person(tok: Token) -> bool:
    # a common noun or a pronoun: a name after "at" is as often a place ("Four people shot at a Berrien County
    # Courthouse", where a parse that runs on into the next line ends the place at "Larry Gordon")
    return tok.lower_ in PEOPLE_NOUNS or tok.lower_ in ("him", "her", "them", "us", "me")


def _agent_act(verb: Token, noun: Token | None) -> str:
    """The act of whoever is the active subject of a harm verb that has a target, or "" if the verb tells no agent.

    "Two officers shot the suspect", "shot and killed the gunman", "fired and killed": the subject did the
    harm, so it is counted with the act ("shoot", as "opened fire" is, else "attack"), never with the victims'
    event. A passive ("were shot"), a verb with no target ("2 officers shot", "two people died") or one whose
    target is the subject itself ("killed themselves") leaves the victims' reading.
    """
    low = verb.lower_
    if verb.pos_ != "VERB" or not (low in _AGENT_HARMS or low in _STRIKE_VERBS):
        return ""
    if low in _STRIKE_VERBS and (noun is None or noun.lower_ not in PEOPLE_NOUNS or noun.lower_ in ("others", "other")):
        return ""  # "one bomb hit a school", "two others hit the outskirts" (bombs): the thing's own act
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return ""
    # "shot and killed the gunman": the target may be the object of a harm verb joined on without its own subject
    verbs = [verb]
    verbs += [c for c in verb.children if c.dep_ == "conj" and c.lower_ in _AGENT_HARMS and not _has_own_subject(c)]
    shooting = any(EVENT_WORDS.get(v.lower_) == "shot" for v in verbs)
    if not any(_harm_target(v, shooting=shooting) is not None for v in verbs):
        return ""
    return _SHOOTING_AGENT if shooting else _HARM_AGENT


def _agent_clause(clause: Token) -> bool:
    """Is a clause on a noun told of the noun as its doer: "men *who shot* up", "officers *shooting* into the car"?

    A relative clause whose subject is the relative pronoun, or a present participle; not a reduced passive
    ("two officers shot Sunday") nor a clause with a subject of its own ("the officers Gordon shot").
    """
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in clause.children)
    return clause.dep_ == "acl" and clause.tag_ == "VBG"


def _doers_of(event: Token, below: Token, noun: Token | None) -> bool:
    """Does a count of doers ("2 shooters", "two gunmen") hang on a harm's noun as those who did it?

    Not through "of" or a possessive: "the shooting of two gunmen", "the gunmen's deaths" are theirs to undergo.
    """
    if noun is None or noun.lower_ not in _DOER_NOUNS or event.pos_ not in ("NOUN", "PROPN"):
        return False
    if EVENT_WORDS[event.lower_] not in ("killed", "injured", "shot"):
        return False
    return below.dep_ != "poss" and not (below.dep_ == "prep" and below.lower_ == "of")


def _told_of_speakers(clause: Token) -> bool:
    """Is a reported clause told of the speakers as a group ("two officers said *they* shot the man")?

    Not "he" or "she": two witnesses who say he shot the man tell of another.
    """
    return any(c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in clause.children)


def _own_subject(below: Token, anchor: Token) -> bool:
    """Is the subject the figure itself ("two officers", "two of the officers"), not a noun it qualifies?

    "The father of two children shot the man": the father did it, and what the children underwent is not said.
    """
    return below.i == anchor.i or below.like_num or below.pos_ == "NUM"


def _predicate(anchor: Token, noun: Token | None, sent: Span, *, agents: bool = True) -> tuple[str, str]:
    """The event a count belongs to (key, words as written): event noun, adjective or governing verb.

    With ``agents``, a count of those who did a harm ("Two officers shot the suspect") takes their act
    (see _agent_act), not the victims' event.
    """
    if noun is not None and noun.lower_ in EVENT_WORDS and noun.lower_ not in _COUNTED_EVENTS:
        return EVENT_WORDS[noun.lower_], ""
    if noun is not None and _charge_object(noun) is not None:
        return "charged", ""  # "one count of first-degree murder", "two charges of theft"
    named_set = _set_named_among(anchor, sent)
    if named_set is not None:
        # "237 people had been arrested and 42 people injured, among them 17 police officers": the officers are
        # some of the injured, whatever verb the parser hangs them on. A set read as doers of a harm lends no
        # act: that reading of a bare "25 people hurt" is the parser's doubt, not the members'
        found = _predicate(named_set, named_set if named_set.pos_ in ("NOUN", "PROPN") else None, sent, agents=agents)
        if found[0] not in (_SHOOTING_AGENT, _HARM_AGENT):
            return found
    for child in anchor.children:
        if agents and _agent_clause(child):
            # "the two men who shot up a busy street", "two officers shooting into the car": the men did it
            act = _agent_act(child, noun)
            if act:
                return act, _verb_phrase(child)
        if child.lower_ in EVENT_WORDS and child.pos_ in ("ADJ", "VERB", "NOUN") and not is_escape(child, anchor):
            death = _death_of_subject(anchor, child)
            if death is not None:
                # "after seven injured passengers died in hospital": the injured died; what the noun's verb
                # tells of it is what befell the count, its modifier only what had befallen it before
                return "killed", death.text
            if _joined_verb(child):
                # "The quake killed at least one person, injured dozens and destroyed buildings": the parser hung
                # the next verb of the list on the noun; its object is its own count, the noun's act is the verb's
                continue
            return EVENT_WORDS[child.lower_], child.text
        if child.dep_ == "relcl":
            found = _event_in(child, agents=agents)
            if found:
                return found, child.text
        if child.dep_ == "acl" and _state_severity(child, 0) == "serious":
            return "injured", child.text  # "left two others fighting for their lives"
    tok = anchor
    for _ in range(7):
        if tok.head == tok:
            break
        below, tok = tok, tok.head
        if tok.i < sent.start or tok.i >= sent.end:
            break
        low = tok.lower_
        if low in EVENT_WORDS and _unrealised(tok):
            # "do everything possible to arrest the two suspects", "were sent to arrest five men": an aim, not
            # an arrest, and the figure is what the aim is about, not what the verb above it did
            return f"to {low}", tok.text
        if low in _INCLUDING and tok.dep_ == "prep" and below.dep_ == "pobj" and _one_person(anchor, noun):
            # "three others, including one police officer, were injured": one person named by "including"
            # underwent the act of the set. Only one person: the reconciler lines two weak verbs of one
            # person up with nothing (one person is no group), while a group ("including two women and eight
            # men") meets the same group told with another weak verb ("the victims included two women")
            if tok.head.pos_ in ("NOUN", "PROPN", "PRON") and sent.start <= tok.head.i < sent.end:
                return _predicate(tok.head, tok.head, sent, agents=agents)
            continue  # "Several people were hurt, including one police officer": the act is the verb's
        if low in _LIFE_WORDS and tok.dep_ == "pobj" and _state_severity(tok.head.head, 0) == "serious":
            # "doctors are fighting for the lives of two victims": the victims are critically injured, not dead
            return "injured", tok.head.head.text
        if agents and below.dep_ == "nsubj" and _own_subject(below, anchor):
            act = _agent_act(tok, noun)
            if act:
                return act, _verb_phrase(tok)  # "Two officers shot and killed the gunman": they are no toll
        if agents and low in EVENT_WORDS and _doers_of(tok, below, noun):
            return (_SHOOTING_AGENT if EVENT_WORDS[low] == "shot" else _HARM_AGENT), tok.text
        if low in CARE_VERBS and low in EVENT_WORDS and _part_of_set(anchor):
            # "at least 25 of the injured in his district were hospitalised in intensive care": a part of the
            # injured, counted by the care it gets, as "ten of the injured were taken to hospital" is
            return _stem(low), _verb_phrase(tok)
        if below.dep_ == "prep" and below.lower_ == "of" and _deadly_act(tok):
            # "the fatal shooting of three law enforcement officers", "the deadly stabbing of two teenagers": the
            # "of" of an act of harm names whom it befell, and a deadly one killed them
            return "killed", tok.text
        if low in EVENT_WORDS and not (tok.pos_ == "VERB" and low in _NOUN_ONLY_EVENTS) and not is_escape(tok, below):
            return _graver_conj(tok, EVENT_WORDS[low]), tok.text
        if below.dep_ in ("dobj", "attr") and (low in REPORTING_VERBS or low in _COUNTING_VERBS):
            asked = _asked_event(sent)
            if asked is not None:
                # "Although it's unknown how many were injured, Sky News estimates 'at least 50 people'": a figure
                # a source gives as its estimate answers what the sentence asks, not what its next clause tells
                return _graver_conj(asked, EVENT_WORDS[asked.lower_]), asked.text
        if tok.pos_ in ("VERB", "AUX") and low not in REPORTING_VERBS:
            tally = _tally_event(tok, below) if noun is None else ""
            if tally:
                return tally, tok.text  # "bringing the confirmed death toll from the disaster to 11"
            injury = _injury_object(tok)
            if injury is not None:
                return EVENT_WORDS[injury.lower_], injury.text  # "nine others suffered life-threatening injuries"
            if low not in CARE_VERBS and _holds_state(tok, below) and _state_severity(tok):
                # "one deputy continues to fight for his life", "two remain in critical condition": critically
                # injured (the grade is read again from the same verb); a verb of care keeps its own fact
                # ("three women were transported to UMC Brackenridge with serious injuries" count the transported)
                return "injured", tok.text
            # "forced to leave", "continued to rise": look into the complement
            found = _event_in(tok, agents=agents)
            return (found, tok.text) if found else (_stem(low), _verb_phrase(tok))
        speaker = below.i == anchor.i or (low == "according" and anchor.head.i == below.i)
        if low in REPORTING_VERBS and speaker and is_speaker(below, tok):
            # "One report said 14 people were killed", "14 were killed, one witness said", "according to one
            # report": the count (its own word, not a name's age beside it) is of whoever speaks, and what
            # they tell befell others, unless they tell it of themselves ("two officers said they were
            # shot") or of their own subject ("claimed to have been shot")
            harm = own_injury(tok)
            if harm is not None:
                return EVENT_WORDS[harm.lower_], harm.text  # "Seven passengers reported minor injuries": their own
            found = _event_in(tok, own_only=True, agents=agents)
            if found:
                return found, tok.text
            return (low, "according to") if low == "according" else (_stem(low), _verb_phrase(tok))
        if low in REPORTING_VERBS:
            found = _event_in(tok, agents=agents) or (_tally_event(tok, below) if noun is None else "")
            if found:
                return found, tok.text  # "were reported killed"; "officials put the death toll at 40"
    return "", ""


_MEMBER_PRONOUNS = frozenset({"them", "those", "whom"})


def _set_named_among(anchor: Token, sent: Span) -> Token | None:
    """The set a count named by "among them" is part of: "42 people injured, among *them* 17 police officers".

    The count has an "among" of its own whose object is a pronoun; the set is the nearest counted word
    before the "among" (a noun or a figure that is a subject or an object, outside the count's own phrase).
    """
    among = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < anchor.i), None)
    if among is None or not any(g.dep_ == "pobj" and g.lower_ in _MEMBER_PRONOUNS for g in among.children):
        return None
    for tok in reversed(sent[: among.i - sent.start]):
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            (tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"))
            or tok.like_num
            or any(c.dep_ == "nummod" for c in tok.children)
        ):
            return tok
    return None


def _death_of_subject(noun: Token, modifier: Token) -> Token | None:
    """The death verb of a noun an adjective of harm describes: "seven *injured* passengers *died*", or None.

    Only an adjective (amod) yields to its noun's verb, and only to a death: "two injured people were
    rescued" or "three wounded soldiers were taken to hospital" stay injured.
    """
    if modifier.dep_ != "amod" or EVENT_WORDS.get(modifier.lower_) == "killed":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    return verb if EVENT_WORDS.get(verb.lower_) == "killed" else None


def is_escape(verb: Token, fleer: Token | None = None) -> bool:
    """Is a flight an escape rather than a displacement: "two suspects who fled the scene", "fled police"?

    Refugees who flee fighting, a region or their homes are displaced; offenders who flee the scene,
    the police or custody, and hostages or inmates who flee at all, escape. ``fleer`` is who flees when
    the parse hangs the verb on it (a relative clause) or it on the verb (a subject); else the verb's
    own subject is read.
    """
    if verb.lower_ not in FLEE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in ESCAPE_FROM:
            return True  # "fled the scene", "fled police"
        if (
            child.dep_ == "prep"
            and child.lower_ == "from"
            and any(g.dep_ == "pobj" and g.lower_ in ESCAPE_FROM for g in child.children)
        ):
            return True  # "fled from police", "fled from the scene"
    fleers = [fleer] if fleer is not None else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(f.lower_ in ESCAPERS for f in fleers)


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


# verbs that only say who someone is: the age they give is of their subject
_NAMING_VERBS = frozenset({"identified", "identifies", "identify", "named", "names", "name"})


def _dead_subject_event(anchor: Token, sent: Span) -> Token | None:
    """The death verb of the subject an age is told of through a copula or a naming verb, or None.

    "the person killed was a woman in her 30s", "The customer who was killed is a man in his 50s", "The
    victim who died in the shooting was identified today as 56-year-old Eugene Linscomb": the verb (a
    copula or identify/name) has a subject whose relative clause or participle says it died.
    """
    tok = anchor
    for _ in range(6):
        if tok.head.i == tok.i or not (sent.start <= tok.head.i < sent.end):
            return None
        tok = tok.head
        if tok.lower_ in _COPULAS or tok.lower_ in _NAMING_VERBS:
            break
        if tok.pos_ == "VERB":
            return None  # another verb tells what the age's owner did: "a man in his 50s shot two people"
    else:
        return None
    # who is named: the subject of a copula or of a passive ("the victim ... was identified as"), the object of
    # an active naming verb ("family members identified her as"), never who names
    named = ("nsubj", "nsubjpass") if tok.lower_ in _COPULAS else ("nsubjpass", "dobj")
    for subject in tok.children:
        if subject.dep_ not in named:
            continue
        for clause in subject.children:
            event = EVENT_WORDS.get(clause.lower_)
            if clause.dep_ in ("relcl", "acl") and event and _graver_conj(clause, event) == "killed":
                return clause
    return None


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


def _tells_of_others(clause: Token) -> bool:
    """Has a clause a subject of its own that is not the speaker ("said *the gunman* was killed")?"""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(c.lower_ in _SELF_PRONOUNS for c in subjects)


# nouns of a running count whose level a verb gives ("the death toll rose to 24", "the number of dead was 22")
_TALLY_NOUNS = frozenset({"toll", "tally", "number", "count", "total"})


def _tally_event(verb: Token, below: Token) -> str:
    """The event of the toll a bare figure is the level of: "the death toll rose *to* 24" is 24 killed.

    The figure is the verb's "to"/"at" object or its complement ("the death toll was 11"), and the
    verb's subject or object is a toll, tally or number whose own words name the event ("death toll",
    "number of dead", "toll of injured"); a bare "toll" is the toll of the dead.
    """
    if not (below.dep_ in ("attr", "dobj", "oprd") or (below.dep_ == "prep" and below.lower_ in ("to", "at"))):
        return ""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lower_ not in _TALLY_NOUNS or child == below:
            continue
        for word in child.subtree:
            if word != child and word.i > child.i + 3:
                break
            event = EVENT_WORDS.get(word.lower_)
            if word != child and event in HUMAN_EVENTS:
                return event
        return "killed" if child.lower_ == "toll" else ""
    return ""


def _injury_object(verb: Token) -> Token | None:
    """The injury noun a suffering verb takes ("suffered *injuries*"), if it names a human event."""
    if verb.lower_ not in SUFFER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and EVENT_WORDS.get(child.lower_) in HUMAN_EVENTS:
            return child
    return None


def predicate_of(anchor: Token, sent: Span) -> tuple[str, int]:
    """The event (category or verb stem) a figure's word takes part in, and the token naming it (-1 if none)."""
    predicate, verb_text = _predicate(anchor, None, sent)
    if not verb_text:
        return predicate, -1
    first = verb_text.split()[0]
    tok = anchor
    for _ in range(8):
        if tok.text == first:
            return predicate, tok.i
        if tok.head == tok:
            break
        tok = tok.head
    return predicate, next((t.i for t in sent if t.text == first), -1)


# nouns of an act of harm whose "of" names whom it befell ("the shooting of two men"); "attack", "protest" and
# the like are left out: their "of" is as often who did it ("the attack of two gunmen")
_HARM_ACT_NOUNS = frozenset(
    {"shooting", "shootings", "stabbing", "stabbings", "beating", "beatings", "strangling", "poisoning", "mauling"}
)
_DEADLY_WORDS = frozenset({"fatal", "deadly", "lethal"})


def _deadly_act(noun: Token) -> bool:
    """Is a noun an act of harm told as deadly: "the *fatal shooting* of", "the *deadly stabbing* of"?"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in _HARM_ACT_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _DEADLY_WORDS for c in noun.children)


# verbs by which a source gives a count it has made, beside the reporting verbs ("witnesses counted a dozen")
_COUNTING_VERBS = frozenset({"count", "counts", "counted", "counting", "tallied", "tally", "tallies", "gave", "give", "gives"})


def _asked_event(sent: Span) -> Token | None:
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


def _part_of_set(anchor: Token) -> bool:
    """Does a figure count a part of a set it names: "25 *of the injured*", "two *of those* hurt"?"""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in ("them", "those") or any(d.lower_ in ("the", "those", "these") for d in obj.children)):
                    return True
    return False


def _joined_verb(clause: Token) -> bool:
    """Is a verb hung on a counted noun one of a list of verbs, not a modifier of the noun?

    "killed at least one person, *injured dozens* and destroyed buildings": a participle with a direct
    object of its own tells its own act of its own object; "two people *injured* in the crash" has none.
    """
    return clause.dep_ == "acl" and clause.pos_ == "VERB" and any(c.dep_ == "dobj" for c in clause.children)


def _graver_conj(tok: Token, event: str) -> str:
    """The graver of two joined events: in "shot and killed two officers" the officers were killed."""
    if event not in ("shot", "injured"):
        return event
    for child in tok.children:
        # "shot and killed two officers"; "two people were shot dead"
        if child.dep_ in ("conj", "oprd", "acomp", "xcomp") and EVENT_WORDS.get(child.lower_) == "killed":
            return "killed"
        if child.dep_ == "advmod" and child.lower_ == "fatally" and not _closes_elided_count(child):
            return "killed"  # "two bailiffs were fatally shot"; not "six were shot, one fatally": the one's
    return event


def _verb_phrase(verb: Token) -> str:
    particles = [c.text for c in verb.rights if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_MODALS = frozenset({"would", "could", "might", "may", "should", "will", "shall", "can", "must", "'d", "'ll"})


def _unrealised(verb: Token) -> bool:
    """Is an event verb an aim, a plan or a possibility rather than an act told as done?

    "to arrest the two suspects" after "do everything possible", "vowed to kill 40 militants", "would
    arrest": a purpose clause, the complement of a verb of intent, a modal before a bare verb. "were
    forced to flee", "managed to rescue 12 people", "the firearms he used to kill three officers", "is
    believed to have killed 20" tell acts done.
    """
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _has_own_subject(verb):
        verb = verb.head  # "vowed to kill 40 militants and capture 20 others": the second verb shares the aim
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "have" for a in aux):
        return False  # "is believed to have killed 20 people": a past act
    if verb.tag_ == "VB" and any(a.tag_ == "MD" and a.lower_ in _MODALS for a in aux):
        return True
    if not any(a.tag_ == "TO" for a in aux):
        return False
    if verb.dep_ == "advcl":
        return True  # a purpose: "were sent to arrest five men"
    return verb.dep_ == "xcomp" and verb.head.lower_ not in IMPLICATIVE_VERBS


def _event_in(tok: Token, *, own_only: bool = False, agents: bool = True) -> str:
    """The event a verb's complement names; with ``own_only``, not one a clause tells of another subject.

    With ``agents``, a harm the verb's subject does through a joined verb or a complement ("opened fire and
    killed three people") is not its event: the subject is who did it.
    """
    for child in tok.children:
        if child.dep_ == "conj" and _has_own_subject(child):
            continue  # "one shooter opened fire, ... two police officers wounded": the officers were, not he
        if own_only and child.dep_ in ("ccomp", "parataxis") and _tells_of_others(child):
            continue  # "one report said 14 people were killed": the people were, not the report
        if child.lower_ in EVENT_WORDS and _unrealised(child):
            continue  # "tried to arrest", "vowed to kill"
        if agents and child.dep_ in ("conj", "xcomp") and not _has_own_subject(child) and _agent_act(child, None):
            continue  # "two gunmen opened fire and killed three people": the gunmen did it, the verb's act is theirs
        if agents and own_only and child.dep_ == "ccomp" and _agent_act(child, None):
            # "two officers said they shot the man": what they did, not underwent; "said he shot the man" is
            # told of another (or of one speaker): no harm of theirs either
            if _told_of_speakers(child):
                return _agent_act(child, None)
            continue
        if child.dep_ in ("xcomp", "ccomp", "acomp", "oprd", "relcl", "conj") and child.lower_ in EVENT_WORDS:
            if is_escape(child, tok if child.dep_ == "relcl" else None):
                continue
            return EVENT_WORDS[child.lower_]
        if child.dep_ == "xcomp":
            for grand in child.children:
                if grand.dep_ in ("xcomp", "ccomp") and grand.lower_ in EVENT_WORDS:
                    return EVENT_WORDS[grand.lower_]
            if child.lower_ in ("leave",) and tok.lower_ in ("forced", "force", "forcing"):
                return "displaced"
    return ""


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


def _decade_owner(doc: Doc, sent: Span, q: RawQuantity) -> str | None:
    """Whose age "in her 20's" is: the name the "in" phrase belongs to, "" for an unnamed person, None if it hangs on a verb."""
    i = q.start - 2  # "in" before "her"
    if i < sent.start or doc[i].lower_ != "in":
        return None
    owner = doc[i].head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i >= i:
        return None
    if owner.ent_type_ == "PERSON":
        return next((e.text for e in index_of(doc).ents_of(sent) if e.start <= owner.i < e.end), owner.text)
    # "a woman in her 20s": no name, and a common noun would make every unnamed woman one person
    return ""


def _looks_like_age(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Tell whether a bare number stands in apposition to a person ("Gavin Long, 29,")."""
    if q.value is None or not (0 < q.value < 120) or q.qualifier != "exact":
        return False
    prev = doc[q.num_start - 1]
    nxt = doc[q.num_end] if q.num_end < sent.end else None
    if prev.text not in (",", "(") or q.num_start - 2 < sent.start:
        return False
    name = doc[q.num_start - 2]
    # a PERSON entity, or a capitalised name the tagger missed ("Brad Garafola, 45,", "McCray, 24,": not istitle)
    if name.ent_type_ != "PERSON" and not (
        name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON", "ORG") and name.text[:1].isupper()
    ):
        return False
    return nxt is None or nxt.text in (",", ")", ".", ";", "and")


def _copula_person(doc: Doc, q: RawQuantity) -> str:
    """The person a copula gives an age, named by a word or a name the tagger missed; '' if none.

    "The gunman, who was killed by police, was 25" -> "gunman" (as "a 25-year-old man" is the man's),
    "Moultrie was 30" -> "Moultrie"; "he was 25" names no one.
    """
    num = doc[q.num_end - 1]
    if num.dep_ not in ("attr", "acomp", "oprd"):
        return ""
    subj = next((c for c in num.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return ""
    if subj.tag_ == "NN" and subj.lower_ in PEOPLE_NOUNS:
        return subj.lower_
    if subj.tag_ == "NNP" and subj.is_title:
        k = subj.i
        while k > 0 and doc[k - 1].tag_ == "NNP" and doc[k - 1].is_title and doc[k - 1].dep_ == "compound":
            k -= 1
        return doc[k : subj.i + 1].text
    return ""


_TURNED = frozenset({"turned", "turns", "turn", "turning"})


def _turned_subject(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """Who turned an age; '' if no name tells.

    The subject of "turned" ("Long, a former Marine from Kansas City, turned 29"), or the
    name a "who" points back to ("Gavin Long of Kansas City, who turned 29").
    """
    if q.num_start <= sent.start or doc[q.num_start - 1].lower_ not in _TURNED:
        return ""
    verb = doc[q.num_start - 1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    first = doc[sent.start]
    if (subj is None or subj.ent_type_ != "PERSON") and _leading_name(doc, sent, verb):
        # "Long, a former Marine from Kansas City, turned 29": the small model reads "Long" as an adverb
        # and "Marine" as the subject; the name that opens the sentence before its apposition is who turned 29
        subj = first
    if subj is None or subj.pos_ not in ("PROPN", "ADV") or not subj.text[:1].isupper():
        return ""
    if subj.ent_type_ == "PERSON":
        for ent in index_of(doc).ents_of(sent):
            if ent.start <= subj.i < ent.end:
                return ent.text
    k = subj.i
    while k - 1 >= sent.start and doc[k - 1].dep_ == "compound" and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return doc[k : subj.i + 1].text


def _leading_name(doc: Doc, sent: Span, verb: Token) -> bool:
    """Does the sentence open with one capitalised name and a comma, hanging from this verb ("Long, ... turned 29")?"""
    first = doc[sent.start]
    return (
        sent.start + 1 < verb.i
        and first.is_title
        and first.is_alpha
        and doc[sent.start + 1].text == ","
        and first.head.i == verb.i
        and first.ent_type_ in ("", "PERSON")
        and first.lower_ not in ("however", "meanwhile", "instead", "still", "now", "then", "also", "yes", "no", "well")
    )


def _age_subject(doc: Doc, sent: Span, q: RawQuantity, *, name_after: bool = False) -> str:
    # the person the age belongs to: "Gavin Long, 29", "a 25-year-old man, Jordan Clay"
    persons = [e for e in index_of(doc).ents_of(sent) if e.label_ == "PERSON"]  # Span.ents walks all of Doc.ents
    if name_after:
        # "41-year-old Matthew Gerald", "45-year-old East Baton Rouge Parish Sheriff's Office Deputy Brad Garafola"
        # a title run ends at the name: take the last PERSON the run reaches
        found = ""
        for ent in persons:
            if ent.start >= q.num_end and ent.start - q.end <= 10:
                if not all(t.pos_ in ("PROPN", "PART", "NOUN", "ADJ") or t.ent_type_ for t in doc[q.end : ent.start]):
                    break
                found = ent.text
        if found:
            return found
        name = _name_after(doc, sent, q.end)
        if name:
            return name
    for ent in reversed(persons):
        if ent.end <= q.start and q.start - ent.end <= 2:
            return ent.text
    for ent in persons:
        if ent.start >= q.end and ent.start - q.end <= 3:
            return ent.text
    if q.noun_i >= 0:
        return doc[q.noun_i].text.lower()
    name_end = q.num_start - 1
    k = name_end
    while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    return doc[k:name_end].text if k < name_end else ""


def _name_after(doc: Doc, sent: Span, start: int) -> str:
    """A capitalised name right after an age that the tagger did not call a PERSON.

    "Thirty-year-old Teqnika Marie Moultrie was walking": the small model tags
    the name ORG. Two to four title-case proper nouns, none of them a place.
    """
    k = start
    while (
        k < min(sent.end, start + 4) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_type_ in ("", "PERSON", "ORG")
    ):
        k += 1
    return doc[start:k].text if k - start >= 2 else ""


def _reference(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """For distances: "west of Baghdad" -> "Baghdad"; "from Chicago" -> "Chicago"."""
    j = q.end
    while j < min(sent.end, q.end + 4):
        t = doc[j]
        if t.lower_ in ("of", "from") or (t.lower_ in DISTANCE_DIRECTIONS and j + 1 < sent.end and doc[j + 1].lower_ == "of"):
            k = j + 1 if t.lower_ in ("of", "from") else j + 2
            k = _skip_place_class(doc, sent, k)
            for m in range(k, min(sent.end, k + 5)):
                if doc[m].ent_type_ in _PLACE_LABELS or doc[m].pos_ in ("PROPN", "NOUN"):
                    ent_end = m
                    while ent_end + 1 < sent.end and doc[ent_end + 1].ent_iob_ == "I":
                        ent_end += 1
                    return doc[m : ent_end + 1].text
            return ""
        if t.is_punct and t.text not in (")", "("):
            return ""
        j += 1
    return ""


def _skip_place_class(doc: Doc, sent: Span, k: int) -> int:
    """Step over "the town of" / "the provincial capital," to the place's own name."""
    m = k
    while m < sent.end and doc[m].lower_ in ("the", "a", "provincial", "nearby", "small", "coastal", "regional"):
        m += 1
    if m < sent.end and doc[m].lower_ in _PLACE_CLASS_NOUNS:
        nxt = m + 1
        if nxt < sent.end and doc[nxt].lower_ in ("of", ","):
            nxt += 1
        if nxt < sent.end and (doc[nxt].ent_type_ in _PLACE_LABELS or doc[nxt].pos_ == "PROPN"):
            return nxt
    return k


def direction_of(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The compass direction after a distance ("55 km *south* of Bireun"), if any."""
    for t in doc[q.end : min(sent.end, q.end + 5)]:
        if t.lower_ in DISTANCE_DIRECTIONS:
            return t.lower_.replace("-", "").replace("ern", "")
    return ""


_MEASURE_NAMES = {
    "km": "distance",
    "m": "distance",
    "mile": "distance",
    "foot": "distance",
    "yard": "distance",
    "percent": "share",
    "magnitude": "magnitude",
    "USD": "amount",
    "EUR": "amount",
    "GBP": "amount",
}


def _quantity_of(ctx: QuantityContext, q: RawQuantity) -> str:
    """A readable name for what is counted or measured ("people killed", "distance west of Baghdad")."""
    if q.is_age:
        return f"age of {ctx.subject}" if ctx.subject else "age"
    if ctx.unit in TIME_UNITS and ctx.noun_text:
        return f"duration of {ctx.noun_text}"
    if ctx.reference:
        return f"{_MEASURE_NAMES.get(ctx.unit, 'distance')} from {ctx.reference}"
    if ctx.noun in _LENGTH_WORDS.values():
        return ctx.noun
    if ctx.unit == "magnitude" and ctx.noun_text:
        # "a 6.1-magnitude quake injured 50 people": the quake's magnitude, whatever the quake did (not "quake
        # injured"), as "calibre of handgun" and "value of necklace" name what a measure is of
        return f"magnitude of {ctx.noun_text}"
    parts = []
    if ctx.noun_text and ctx.noun != "people":
        parts.append(ctx.noun_text)
    elif ctx.unit == "person":
        parts.append("people")
    elif _is_money(ctx.unit) and ctx.subject:
        parts.append(f"value of {ctx.subject}")
    elif ctx.unit not in ("count", ""):
        parts.append(_MEASURE_NAMES.get(ctx.unit, ctx.unit))
    event, _, severity = ctx.predicate.partition(":")
    if event in HUMAN_EVENTS:
        parts.append(f"{severity}ly {event}" if severity else event)
    elif ctx.verb_text:
        parts.append(f"({ctx.verb_text})")
    return " ".join(parts)


_LOCATIVE = frozenset({"in", "at", "near", "around", "inside", "outside"})


def restated_places(doc: Doc, q: RawQuantity, predicate: str, nxt: Span, exclude: list[tuple[int, int]]) -> list[str]:
    """The places the next sentence puts a count it takes up in: "*the damaged houses* were in the Wih Pesam area".

    "Around 40 houses were damaged by the quake ... Most of the damaged houses were in the Wih Pesam area of the
    district": a definite noun phrase of the count's noun told with the count's act (an event word of the same
    event before the noun) takes the count up, and a copula with "in", "at", "near" ... says where it is. Only
    such a sentence: "the injured people were taken to hospitals in Banda Aceh" says where they went, not where
    they were hurt.
    """
    if q.noun_i < 0 or not predicate:
        return []
    noun, event = doc[q.noun_i].lower_, predicate.partition(":")[0]
    for tok in nxt:
        if tok.lower_ != noun or not any(c.lower_ in ("the", "these", "those") for c in tok.children):
            continue
        if not any(c.dep_ in ("amod", "compound") and EVENT_WORDS.get(c.lower_, "").partition(":")[0] == event for c in tok.children):
            continue
        subject = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "most of the damaged houses"
        verb = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lower_ not in _COPULAS:
            continue
        spans = [(c.left_edge.i, c.right_edge.i + 1) for c in verb.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE]
        names = places_of(nxt, exclude)
        ents = [e for e in index_of(doc).ents_of(nxt) if e.text in names and any(s <= e.start < e_ for s, e_ in spans)]
        return [e.text for e in ents]
    return []
