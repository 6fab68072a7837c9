"""Figures a quantity benchmark lists but a comparison leaves aside: no other source states or contradicts them.

An amount is an amount ("the two countries", "several landslides", "one
report said"), and :func:`factcmp.extract_quantities` lists it as quantity
benchmarks annotate it. But a comparison lines figures up across sources to
find where they agree and conflict, and three kinds say nothing another
source could confirm or contradict:

- a definite reference to parties already named ("the two sides", "the two
  countries", "the two former civil war foes"): the number restates that the
  story has two parties, it is no count of anything that happened;
- a vague count of things ("several landslides", "several affected villages",
  "several tours of duty"): "several" bounds nothing, and only counts of people
  (the toll, "dozens injured") are what sources report and revise;
- a vague exception ("waged for all but a few years since 1955"): it bounds
  what was left out, no figure a source reports;
- the figure that introduces whoever speaks ("one report said", "said one man
  who was working in the shop", "several residents of the camp told him") or a
  person singled out by name ("one victim, Denise Slaughter, was shot"): it
  counts the speaker or names one person, not the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, PEOPLE_NOUNS, REPORTING_VERBS
from factcmp.extract.reports import own_injury

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.raw import RawQuantity

# nouns for the parties of a story that a definite "the two" points back to
PARTY_NOUNS = frozenset(
    {
        "side",
        "sides",
        "nation",
        "nations",
        "country",
        "countries",
        "state",
        "states",
        "province",
        "provinces",
        "government",
        "governments",
        "party",
        "parties",
        "foe",
        "foes",
        "rival",
        "rivals",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "ally",
        "allies",
        "enemies",
        "capitals",
        "leaders",
        "presidents",
        "sudans",
        "koreas",
    }
)
# verbs that introduce what someone says: the count of their subject is the speaker's
# (inflected forms: the pipeline may run without a lemmatizer)
_SPEECH_VERBS = frozenset(
    {
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "report",
        "reports",
        "reported",
        "add",
        "adds",
        "added",
        "recall",
        "recalls",
        "recalled",
        "describe",
        "describes",
        "described",
        "explain",
        "explains",
        "explained",
        "claim",
        "claims",
        "claimed",
    }
)
# nouns that carry what is said ("one report said"), counted as speakers
_SPEAKER_THINGS = frozenset(
    {
        "report",
        "reports",
        "account",
        "accounts",
        "source",
        "sources",
        "witness",
        "witnesses",
        "estimate",
        "estimates",
        "statement",
        "statements",
    }
)
# pronouns by which a speaker tells of themselves: "two officers said *they* were shot"
_SELF_PRONOUNS = frozenset({"they", "he", "she", "we", "i"})


def is_aside(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """Is this figure one a comparison leaves aside (see the module docstring)?"""
    if q.vague and q.start - 2 >= sent.start and doc[q.start - 2].lower_ == "all" and doc[q.start - 1].lower_ == "but":
        return True  # "waged for all but a few years since 1955": the exception of a vague span, no figure of it
    if q.unit and q.unit not in ("person", "count"):
        return False  # a measure ("a few years", "several days", "$5 million") is compared as such
    noun = doc[q.noun_i] if q.noun_i >= 0 else None
    return (
        _is_party_reference(doc, q, sent, noun)
        or (q.vague and not q.unit and _counts_things(doc, q, sent, noun))
        or _introduces_speaker(doc, q, sent, noun)
        or _names_one(doc, q, sent, noun)
    )


def _is_party_reference(doc: Doc, q: RawQuantity, sent: Span, noun: Token | None) -> bool:
    """A definite pointer to parties already named: "the two countries", "the two former civil war foes"."""
    if noun is None or noun.lower_ not in PARTY_NOUNS or q.start <= sent.start or q.value is None:
        return False
    return doc[q.start - 1].lower_ in ("the", "these", "those") and q.value <= 4


def _counts_things(doc: Doc, q: RawQuantity, sent: Span, noun: Token | None) -> bool:
    """A vague count whose noun is not people ("several landslides"), or "a few others" beside a thing ("that car and a few others")."""
    tok = noun if noun is not None else doc[q.end - 1]
    if tok.lower_ in ("others", "more") and tok.dep_ == "conj":
        return tok.head.pos_ == "NOUN" and tok.head.lower_ not in PEOPLE_NOUNS
    return noun is not None and noun.lower_ not in PEOPLE_NOUNS and noun.ent_type_ not in ("NORP", "PERSON")


def _introduces_speaker(doc: Doc, q: RawQuantity, sent: Span, noun: Token | None) -> bool:
    """The speaker, counted: "One report said ...", "said one man who ...", "Several residents ... told him".

    Also the source of "according to" ("according to one report, 14 were killed"), and a thing that
    carries what is said before any reporting verb ("two reports put the toll at 40"). Not a speaker
    who tells what befell themselves: "two officers told reporters they were shot" counts the shot.
    """
    tok = noun if noun is not None else doc[q.num_end - 1]
    thing = tok.lower_ in _SPEAKER_THINGS
    if not thing and tok.lower_ not in PEOPLE_NOUNS:
        return False
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    verb = tok.head
    speaks = tok.dep_ == "nsubj" and (verb.lower_ in _SPEECH_VERBS or (thing and verb.lower_ in REPORTING_VERBS))
    if not (according or speaks):
        return False
    if speaks and _tells_of_self(verb):
        return False
    # "one man who was shot said": the relative clause tells an event, the count is the victim's
    return not any(t.lower_ in EVENT_WORDS for t in tok.subtree if t.i >= q.end)


def _tells_of_self(verb: Token) -> bool:
    """Does a speech verb report an event of its own speaker?

    "said *they were shot*", "claimed to have been shot", "reported minor *injuries*".
    """
    if own_injury(verb) is not None:
        return True
    return any(
        c.lower_ in EVENT_WORDS
        and (
            (c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in _SELF_PRONOUNS for s in c.children))
            or c.dep_ == "xcomp"
        )
        for c in verb.children
    )


def _names_one(doc: Doc, q: RawQuantity, sent: Span, noun: Token | None) -> bool:
    """One person singled out by name, not a count: "One victim, Denise Slaughter, was shot".

    Or by whose someone is: "one victim's mother said", "One Precinct 5 constable's deputy was
    released": the one possessor says whose relative or deputy is meant, and what the sentence tells
    befalls that other person, not a set of victims or constables of one.
    """
    if noun is not None and q.value == 1 and noun.dep_ == "poss":
        return True
    if noun is None or q.value != 1 or noun.i + 2 >= sent.end or doc[noun.i + 1].text != ",":
        return False
    k = noun.i + 2
    if doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return False
    while k + 1 < sent.end and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k].dep_ == "appos" and doc[k].head.i == noun.i  # "Denise Slaughter": the name's last word hangs from "victim"
