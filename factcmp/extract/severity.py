"""How grave the harm a figure counts is: "*seriously* injured", "*in critical condition*", "one *fatally*".

A count of the seriously injured is a part of the injured, not their total, so the grade goes into the
predicate of the fact key ("injured:serious"). It is read from adverbs on the event verb, from state phrases
("fighting for his life", "with minor injuries"), from an adverb that closes an elided count ("two
slightly"); and a destruction told as partial ("partly destroyed", "destroyed or damaged") is damage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, GRAVE_CONDITIONS, LIFE_CLING_VERBS, LIFE_FIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

_SEVERE = {"seriously", "critically", "severely", "badly", "gravely", "life-threatening", "serious", "critical", "heavily"}
_MINOR = {"slightly", "lightly", "minor", "non-life-threatening", "superficially"}


def severity_of(sent: Span, verb_text: str) -> str:
    """Severity of an event: "30 people *seriously* injured" is a part of the injured, not the total."""
    if not verb_text:
        return ""
    for tok in sent:
        if tok.text != verb_text.split()[0]:
            continue
        for child in tok.children:
            if child.dep_ not in ("advmod", "amod"):
                continue
            if closes_elided_count(child):
                continue  # "Four people were hurt, two slightly": the adverb is the two's, not the four's
            word = _hyphenated(child)
            if word in _SEVERE:
                return "serious"
            if word in _MINOR:
                return "minor"
    return ""


# events whose figures a state phrase grades: the injured and the shot are in critical condition, the arrested
# "in critical condition" are still arrests, not injuries
STATE_EVENTS = frozenset({"injured", "shot"})
LIFE_WORDS = frozenset({"life", "lives"})
_CONDITION_WORDS = frozenset({"condition", "conditions"})


def state_severity(verb: Token, depth: int = 2) -> str:
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
            found = state_severity(child, depth - 1)
            if found:
                return found
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ in LIFE_WORDS and (
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


def holds_state(verb: Token, below: Token) -> bool:
    """Is ``below`` (a figure's word under ``verb``) the one a state phrase on the verb tells of?

    The object of a verb that has one ("doctors are treating *two patients* in critical condition"),
    else the subject ("*two* remain in critical condition", "*one deputy* continues to fight for his life").
    """
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return below.dep_ == "dobj" or below.dep_ == "nsubjpass" or (below.dep_ == "nsubj" and not has_object)


def closes_elided_count(adverb: Token) -> bool:
    """Does an adverb close a bare figure of its own ("two slightly", "two of them seriously")?"""
    doc, k = adverb.doc, adverb.i - 1
    nxt = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("and", "but", "while")):
        return False  # "one seriously injured": the adverb of a verb of its own
    if k >= 2 and doc[k].lower_ in ("them", "whom", "those") and doc[k - 1].lower_ == "of":
        k -= 2
    return k >= 0 and doc[k].like_num and doc[k].dep_ != "nummod"


def elliptic_severity(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The severity an adverb right after a bare figure gives it: "three others wounded, one *critically*".

    The figure stands for the people of the clause before and the adverb for its elided verb ("one
    [was wounded] critically", "two of them seriously"); only a closing adverb counts, not one that
    modifies a verb of its own ("one seriously hurt" is read by its verb). A fatal adverb ("one fatally")
    says :data:`FATAL`: the elided act killed.
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
        return FATAL
    return "serious" if word in _SEVERE else "minor" if word in _MINOR else ""


# the adverbs that make an elided act a death ("one fatally", "two of them mortally"), and what
# elliptic_severity says for them
_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
FATAL = "fatal"


# adverbs that leave a destruction short of one: "partially destroyed", "nearly flattened"
_PARTIAL = frozenset({"partially", "partly", "half", "nearly", "almost", "slightly"})


def partial_destruction(verb: Token | None) -> bool:
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
