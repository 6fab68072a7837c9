"""Counts whose noun or event is left to other words: "the four", "two landed", "shooter dead", "both deceased".

News leaves out what it has just said: "The four were taken to hospital" counts the four injured of a sentence
before, "Four bombs were dropped ... two landed inside the camp" counts bombs, a headline list ends in one
"dead" for all its nouns ("2 bailiffs, shooter dead"), and "they're both deceased" says that the two just
counted died. These readers find the word that was left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, HUMAN_EVENTS, PEOPLE_NOUNS
from factcmp.extract.nouns import singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

# determiners of a number that stands for people named before: "the four", "all three", "those two"
_ANAPHORIC = frozenset({"the", "all", "those", "these", "both"})


def antecedent_of(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
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


def dead_after_list(noun: Token, sent: Span) -> Token | None:
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


def both_dead(noun: Token, sent: Span) -> Token | None:
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


def elliptic_antecedent(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The counted noun of an elliptic count: "Four *bombs* were dropped ... two landed inside the camp".

    A bare number (no noun, no unit, no determiner) that is the subject of its
    verb counts a part of a set of things counted just before: in the same
    sentence, or else in the one before, a count of a plural noun at least as
    large. Only when that noun is the one candidate: another count of another
    noun there, or people ("Four officers were shot; two died" is a toll the
    event already reads), and the number keeps no noun. "Two of the three"
    names its set and is read with it.
    """
    from factcmp.extract.quantities import scan_sentence  # imported late (cycle), as in antecedent_of

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


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def copula_class(anchor: Token) -> Token | None:
    """The people a bare figure is said to be: "57 were Nepali *nationals* and 15 were *foreigners*"; else None.

    The figure is the subject of a copula (or is written right before one) whose complement is a plural word
    for people: the figure counts them, as "57 Nepali nationals" would.
    """
    verb = anchor.head
    if anchor.dep_ != "nsubj" or verb.lower_ not in _COPULAS:
        # "... and 15 were foreigners": the parser may join the figure to the complement before it
        nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
        if nxt is None or nxt.lower_ not in _COPULAS or anchor.dep_ != "conj":
            return None
        verb = nxt
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or attr.tag_ != "NNS" or (attr.lower_ not in PEOPLE_NOUNS and attr.ent_type_ != "NORP"):
        return None
    return attr


# pronouns a partitive takes its part from: "112 of them homes", "11 of whom were in critical condition"
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "these"})


def partitive_noun(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The noun a partitive of a pronoun says its part is: "132 structures, 112 of them *homes*"; else None.

    The number hangs on a noun written after "of them": the part counts that noun, as "112 homes" would.
    """
    j = q.num_end
    if j + 2 >= sent.end or doc[j].lower_ != "of" or doc[j + 1].lower_ not in PARTITIVE_PRONOUNS:
        return None
    head = doc[q.num_end - 1].head
    # a noun, or a people's name ("116 people, 84 of them South Africans")
    kind = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ == "NORP")
    return head if kind and j + 1 < head.i <= j + 3 else None


# the words "up from" / "down from" take before the earlier figure: "up from 30", "down from an earlier count of 1,200"
_CHANGE_ADVERBS = frozenset({"up", "down"})
# nouns that only name a figure: "up from an earlier count of about 1,200", "down from a previous estimate of 40"
_FIGURE_NOUNS = frozenset({"count", "figure", "estimate", "tally", "total", "toll", "number", "level", "high", "low"})
_BORROWED_UNITS = frozenset({"", "count", "person"})


def earlier_value_of(doc: Doc, sent: Span, q: RawQuantity) -> RawQuantity | None:
    """The figure whose earlier value ``q`` is: "2,500 homes were damaged, up from ... about 1,200"; else None.

    "up from N" / "down from (an earlier count of) N" says what the sentence's figure was before: the same
    thing counted, so N counts what that figure counts, not the bare verb's "(damaged)". The figure is the
    nearest one before N under the verb "up"/"down" hangs on ("The toll rose to 45, up from 30": 30 dead;
    "employs 5,000 workers, down from 6,200": 6,200 workers). A unit of its own that is not the figure's
    ("rose 5 percent, up from 40 dollars") keeps N its own.
    """
    from factcmp.extract.quantities import scan_sentence  # imported late (cycle), as in antecedent_of

    tok = doc[q.num_end - 1]
    while q.start <= tok.head.i < q.end and tok.head.i != tok.i:
        tok = tok.head  # "down from 4.3 percent": the figure's own unit word is what "from" governs
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _FIGURE_NOUNS:
        tok = tok.head.head  # "from an earlier count of about 1,200"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.head.lower_ not in _CHANGE_ADVERBS:
        return None
    verb = prep.head.head
    if verb.i == prep.head.i or not sent.start <= verb.i < sent.end:
        return None
    before = [o for o in scan_sentence(doc, sent) if o.end <= q.start and o.value is not None]
    for main in reversed(before):
        anchor = doc[main.num_end - 1]
        if anchor.i == verb.i or verb in anchor.ancestors:
            if q.unit == main.unit or (q.unit in _BORROWED_UNITS and main.unit in _BORROWED_UNITS):
                return main
            return None
    return None
