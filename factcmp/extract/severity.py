"""How grave the harm a figure counts is: "*seriously* injured", "*in critical condition*", "one *fatally*".

A count of the seriously injured is a part of the injured, not their total, so the grade goes into the
predicate of the fact key ("injured:serious"). It is read from adverbs on the event verb, from state phrases
("fighting for his life", "with minor injuries"), from an adverb that closes an elided count ("two
slightly"); and a destruction told as partial ("partly destroyed", "destroyed or damaged") is damage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, GRAVE_CONDITIONS, LIFE_CLING_VERBS, LIFE_FIGHT_VERBS, PEOPLE_NOUNS

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
    """The grade of "in critical condition" or "with life-threatening injuries" ('' for any other phrase).

    A phrase that closes a partitive ("five people were hospitalized, two of them in critical condition") grades
    the part (:func:`care_state`), not the verb's count.
    """
    if _after_partitive(prep):
        return ""
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if prep.lower_ == "in" and _intensive_care(obj):
            return "serious"  # "two remain in intensive care": the critically injured, as "in critical condition"
        condition = prep.lower_ == "in" and obj.lower_ in _CONDITION_WORDS
        injury = prep.lower_ == "with" and EVENT_WORDS.get(obj.lower_) == "injured"
        if condition or injury:
            return _grade_of(prep.doc[obj.left_edge.i : obj.i].text.lower(), injury=injury)
    return ""


def _after_partitive(prep: Token) -> bool:
    """Does a state phrase follow "N of them" (with "were", "still" between): "two of them in critical condition"?"""
    doc, k = prep.doc, prep.i - 1
    while k >= 0 and doc[k].lower_ in _STATE_FILLERS:
        k -= 1
    return k >= 2 and doc[k].lower_ in _PARTITIVE and doc[k - 1].lower_ == "of" and doc[k - 2].like_num


def _intensive_care(obj: Token) -> bool:
    """Is a place of care the intensive care of the critically injured ("intensive care", "the ICU")?"""
    if obj.lower_ == "icu":
        return True
    words = {t.lower_ for t in obj.doc[obj.left_edge.i : obj.i + 1]}
    return obj.lower_ in ("care", "unit") and bool(words & {"intensive", "critical"})


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


# words for a part of a set an elided clause grades: "45 fans were hurt, *some* seriously" ("all" is the
# whole set: "injured, all seriously" grades every one)
_PART_WORDS = frozenset({"some", "many", "several", "most", "few", "others", "dozens", "scores", "hundreds"})


def closes_elided_count(adverb: Token) -> bool:
    """Does an adverb close a part of its own ("two slightly", "two of them seriously", "some seriously")?"""
    doc, k = adverb.doc, adverb.i - 1
    nxt = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("and", "but", "while")):
        return False  # "one seriously injured": the adverb of a verb of its own
    if k >= 2 and doc[k].lower_ in ("them", "whom", "those") and doc[k - 1].lower_ == "of":
        k -= 2
    if k >= 1 and doc[k].lower_ in _PART_WORDS and doc[k - 1].is_punct:
        return True  # "were hurt in the crush, some seriously": a vague part, graded; the whole is not
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


# where a part of a set is, after "N of them": "11 of them in critical condition", "two of whom remain in hospital"
_PARTITIVE = frozenset({"them", "whom", "those"})
_STATE_FILLERS = frozenset({"were", "are", "was", "is", "remain", "remains", "remained", "still", "currently", "now", "being"})
# the verbs of being somewhere, as written (the pipeline has no lemmatizer)
_STATE_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays", "stayed", "lie", "lies", "lay"}
)
_HOSPITALS = frozenset({"hospital", "hospitals"})
_GUNFIRE = frozenset({"gunfire", "gunshot", "gunshots", "bullets", "bullet"})
# the event of a count of people in hospital (the reconciler's class of care: taken to hospital, treated, admitted)
IN_HOSPITAL = ("hospital", "in hospital")


def care_state(doc: Doc, sent: Span, q: RawQuantity, subject: Token) -> tuple[str, str] | None:
    """The state a count of people is said to be in: (predicate, words) or None.

    "Sixty-three people were treated in hospitals, 11 of them in critical condition": the 11 are the critically
    injured ("injured:serious"), not more of the treated; "Seven people remain in hospital, two of them in intensive
    care" likewise; "Five of the eight people injured in the attack are still in hospital" counts those in hospital
    (:data:`IN_HOSPITAL`), not the injured, who are eight. The state is the one after "N of them" ("of whom were"),
    or the one the figure's own state verb (be, remain, stay) puts ``subject`` (the figure or its noun) in.
    """
    part = part_state(doc, sent, q.end)
    if part is not None:
        return part
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lower_ not in _STATE_VERBS or verb.i < subject.i:
        return None
    grave = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in GRAVE_CONDITIONS), None)
    if grave is not None and (subject.lower_ in PEOPLE_NOUNS or _harm_told(sent)):
        # "Of the 43 people injured, 11 are critical", "two remain critical": the critically injured, as "11 of them
        # in critical condition"; a bare figure only where the sentence or the one before tells of harm or care
        # ("Of the 40 bridges inspected, 11 are critical" counts no people)
        return "injured:serious", grave.text
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return IN_HOSPITAL if obj is not None and obj.lower_ in _HOSPITALS else None


# the words that make a sentence one of harm or care, for a bare figure's state: "injured", "hospital"
_CARE_WORDS = frozenset({"hospital", "hospitals", "hospitalized", "hospitalised", "treated", "admitted"})


def _harm_told(sent: Span) -> bool:
    """Does a sentence, or the one before it, tell of people injured or cared for ("Of the 43 people injured")?"""
    doc = sent.doc
    spans = [sent] if sent.start == 0 else [doc[sent.start - 1].sent, sent]
    return any(EVENT_WORDS.get(t.lower_) in ("injured", "shot") or t.lower_ in _CARE_WORDS for span in spans for t in span)


def part_state(doc: Doc, sent: Span, j: int) -> tuple[str, str] | None:
    """The state told after "of them" at ``j``: "of them in critical condition", "of whom remain in hospital".

    (predicate, words), or None when "of them" is not there or is followed by no state. A closing adverb of
    harm grades the part too ("of them critically", "of them slightly").
    """
    if not (j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in _PARTITIVE):
        return None
    adverb = doc[j + 2]
    closed = j + 3 >= sent.end or doc[j + 3].is_punct or doc[j + 3].lower_ in ("and", "but", "while")
    if adverb.pos_ == "ADV" and closed and (adverb.lower_ in _SEVERE or adverb.lower_ in _MINOR):
        return ("injured:serious" if adverb.lower_ in _SEVERE else "injured:minor"), adverb.text
    k = j + 2
    while k < sent.end and doc[k].lower_ in _STATE_FILLERS:
        k += 1
    if k + 1 < sent.end and doc[k].lower_ == "by" and doc[k + 1].lower_ in _GUNFIRE:
        return "shot", doc[k : k + 2].text  # "Six classmates were hurt, five of them by gunfire": five were shot
    if k >= sent.end or doc[k].lower_ not in ("in", "at"):
        return None
    prep = doc[k]
    k = prep.i + 1
    while k + 1 < sent.end and doc[k].lower_ not in _HOSPITALS | _CONDITION_WORDS and doc[k + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
        k += 1  # to the last word of the phrase: "in [the] intensive care unit", "in stable but critical condition"
    if k >= sent.end:
        return None
    state = doc[k]
    if state.lower_ in _HOSPITALS:
        return IN_HOSPITAL
    words = doc[prep.i + 1 : k].text.lower()
    if state.lower_ in _CONDITION_WORDS:
        grade = _grade_of(words, injury=False)
    elif state.lower_ == "icu" or (state.lower_ in ("care", "unit") and ("intensive" in words or "critical" in words)):
        grade = "serious"
    else:
        grade = ""
    return (f"injured:{grade}", doc[prep.i : k + 1].text) if grade else None
