"""Reporting frames in one sentence: a verb of saying or showing and who does it.

Reads the dependency parse: the subject of "said", "told", "revealed"; the
object of "according to"; the agent of "was reported by"; the owner of a
reporting noun ("initial reports from local law enforcement", "the UN's
estimate"). A frame whose subject the parser missed ("Austin Police say",
"..., police confirm.") takes the noun phrase just before the verb; one
without a subject of its own ("he said, adding that") takes its governing
verb's; a relative pronoun ("all of whom said") takes the noun it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import REPORTING_VERBS, REQUEST_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.doc_index import DocIndex

# verbs that credit a source as surely as "said" does
_MORE_REPORTING = {
    *("reveal", "reveals", "revealed", "revealing", "identify", "identifies", "identified", "identifying"),
    *("named", "names", "accuse", "accuses", "accused", "accusing", "allege", "alleges", "alleged"),
    *("suggest", "suggests", "suggested", "disclose", "disclosed", "discloses", "release", "released", "releases"),
    *("publish", "published", "publishes", "issued", "tallied", "projected", "predicted", "calculated"),
    *("explain", "explains", "insist", "insists", "asserted", "asserts", "conceded", "concedes", "recalled"),
    *("tweet", "tweets", "wrote", "write", "posted", "post", "posts", "maintained", "maintains", "admitted"),
}
_GERUNDS = {
    *("noting", "adding", "claiming", "stating", "confirming", "announcing", "estimating", "warning"),
    *("insisting", "explaining", "describing", "suggesting", "acknowledging", "alleging", "tweeting"),
    *("writing", "posting", "testifying", "indicating", "asserting", "accusing", "identifying"),
}
VERBS = frozenset(REPORTING_VERBS | _MORE_REPORTING | _GERUNDS) - {"according"}
# verbs of seeing and showing: a source only when the subject is one ("investigators found")
EVIDENCE_VERBS = frozenset(
    {
        *("show", "shows", "showed", "shown", "showing", "find", "finds", "found", "see", "sees", "saw"),
        *("hear", "hears", "heard", "witnessed", "counted", "count", "counts", "recorded", "records", "listed"),
    }
)
# nouns that carry a report: "reports from local law enforcement", "the UN's estimate"
REPORT_NOUNS = frozenset(
    {"report", "reports", "estimate", "estimates", "figures", "count", "tally", "statement", "statements", "data"}
)
ORG_HEADS = frozenset(
    {
        *("group", "agency", "organisation", "organization", "monitor", "ministry", "office", "department"),
        *("council", "committee", "observatory", "body", "network", "service", "government", "authority"),
        *("authorities", "coalition", "force", "forces", "army", "military", "police", "company", "firm"),
        *("newspaper", "paper", "station", "broadcaster", "channel", "outlet", "media", "hospital", "bureau"),
        *("sheriff's", "enforcement", "court", "prosecutors", "administration", "embassy", "commission", "agency"),
        *("prosecution", "defence", "defense"),
    }
)
PERSON_HEADS = frozenset(
    {
        *("spokesman", "spokeswoman", "spokesperson", "official", "officials", "officer", "officers", "chief"),
        *("minister", "governor", "commander", "commanders", "man", "woman", "source", "sources", "witness"),
        *("witnesses", "correspondent", "reporter", "reporters", "journalist", "journalists", "doctor", "doctors"),
        *("investigator", "investigators", "resident", "residents", "survivor", "survivors", "leader", "leaders"),
        *("sheriff", "mayor", "president", "director", "worker", "workers", "member", "members", "relatives"),
        *("family", "neighbor", "neighbour", "neighbors", "neighbours", "friend", "friends", "nurse", "staff"),
        *("detective", "deputy", "deputies", "trooper", "troopers", "prosecutor", "coroner", "examiner"),
        *("representative", "senator", "manager", "owner", "employee", "employees", "activist", "activists"),
        *("expert", "experts", "analyst", "analysts", "spokespeople", "secretary", "general", "agent", "agents"),
        *("lawyer", "lawyers", "attorney", "attorneys", "counsel", "judge"),
    }
)
DOCUMENT_HEADS = frozenset(
    {
        *("report", "investigation", "records", "record", "data", "study", "survey", "statement", "autopsy"),
        *("documents", "figures", "analysis", "review", "affidavit", "complaint", "indictment", "census"),
    }
)
SOURCE_NOUNS = ORG_HEADS | PERSON_HEADS | DOCUMENT_HEADS
# nouns of a figure that are a report only with a source for their owner: "the government's official toll of
# 21" is the government's word, "Nepal's toll", "Monday's toll", "the quake's toll" are nobody's
FIGURE_NOUNS = frozenset({"toll", "tolls", "figure"})
# participles that give a figure a source of their own with their agent: "an earlier figure of ten given by the
# provincial government" ("confirmed by", "reported by" are verbs of saying already)
GIVEN_PARTICIPLES = frozenset({"given", "provided", "supplied", "compiled", "offered"})
# verbs of asking: a source of what it asks for only ("Prosecutor Jane Lim asked for eight to ten years' jail");
# a want is no request made to anyone
ASKING_VERBS = REQUEST_VERBS - VERBS - {"want", "wants", "wanted"}
# verbs of an office's act: a source only when the subject holds an office ("Gov. Edwards ordered")
DECREE_VERBS = frozenset(
    {"order", "orders", "ordered", "declare", "declares", "declared", "proclaimed", "proclaims", "decreed", "directed"}
)
# what happened cannot speak: "The shooting ... added to the tensions", "an ambush shooting that claimed the lives"
EVENT_SUBJECTS = frozenset(
    {
        *("shooting", "shootings", "attack", "attacks", "bombing", "explosion", "blast", "crash", "incident", "melee"),
        *("ambush", "rampage", "standoff", "gunfire", "violence", "fighting", "clash", "clashes", "quake"),
        *("earthquake", "tsunami", "storm", "fire", "raid", "robbery", "heist", "riot", "protest", "protests"),
        *("collapse", "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "hurricane", "cyclone"),
        *("typhoon", "tornado", "wildfire", "wildfires", "derailment", "stampede", "siege", "disaster", "tragedy"),
        *("accident", "outbreak", "epidemic", "theft", "thefts", "lockdown"),
    }
)
_ADD_FORMS = frozenset({"add", "adds", "added", "adding"})
_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})
# what a group claims when it owns an attack: "claimed responsibility for", "claimed the bombing"
_DEEDS = frozenset(
    {
        *EVENT_SUBJECTS,
        *("responsibility", "credit", "authorship", "assault", "massacre", "killing", "killings", "kidnapping"),
        *("abduction", "hijacking", "assassination", "strike", "strikes", "operation", "beheading", "life", "lives"),
        *("attacks", "bombings", "blasts", "explosions", "raids", "ambushes"),
    }
)
# the generic "you", and a page's date line ("Date Published: Tuesday, November 15, 2011")
_NOT_SPEAKERS = frozenset({"you", "date"})
# verbs of witnessing: a place that "witnessed" or "saw" a robbery is no observer
_WITNESS_VERBS = frozenset({"see", "sees", "saw", "seen", "witnessed"})
# a title of courtesy names no office
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "sir", "dr", "former"})
_RELATIVES = {"who", "whom", "which", "that", "whose"}
_STATEMENT_WORDS = {"statement", "statements", "message", "tweet", "tweeted", "post", "posted", "letter", "release", "remarks"}
_MAX_SPEAKER_TOKENS = 16
_JUNK_EDGES = " ,;:-\u2013\u2014\"'\u201c\u201d\u2018\u2019"


@dataclass(frozen=True)
class Speaker:
    """A source as an article names it.

    Attributes:
        text: the words that name it ("Ema Suryani, a doctor at a health clinic").
        name: the person or body inside, for entity linking ("Ema Suryani").
        kind: ``PERSON``, ``ORG`` or ``OTHER``.
        head: the head noun, lower-cased ("doctor").
    """

    text: str = ""
    name: str = ""
    kind: str = ""
    head: str = ""


@dataclass
class Frame:
    """One reporting frame: the verb (or noun) of reporting and its speaker's tokens."""

    verb_i: int
    start: int
    end: int
    speaker: Speaker = field(default_factory=Speaker)
    # first token the frame speaks for: words before a headline copy or a caption toggle cut off
    # the speaker's span are the page's, not the speaker's ("APD: One dead ... Austin Police say")
    floor: int = 0
    # whether the speaker's noun carries its own restrictive modifier ("The coroner for Baton Rouge",
    # "The man who killed three officers"): such a description names someone new, it points back to no one
    restricted: bool = False
    # a verb of seeing or recording ("the station recorded", "investigators found"): what it shows is the
    # speaker's own only when no verb of saying reports it ("..., the department said")
    evidence: bool = False
    # a verb of asking ("sought", "asked for"): the speaker's own only for what is asked
    request: bool = False
    # the "that" after a verb the parser read as a noun ("partners on the ground estimate that ..."): the
    # clause it opens is what the verb says, though the parser hangs it elsewhere (-1: none)
    that_i: int = -1


def frames_in(sent: Span, index: DocIndex | None = None, *, title: str = "", headline: bool = False) -> list[Frame]:
    """Every reporting frame of one sentence, in order of the verb.

    ``index``, when given, is the sentence's Doc read once (entities looked up
    there instead of rebuilt for every frame); the frames are the same.
    ``title`` is the article's headline: a copy of it glued before a speaker
    ("Local News APD: One dead, others hurt in downtown shooting Austin Police
    say") is no part of the speaker. ``headline`` says the sentence is the
    headline itself, where "Body found in burned home" is a passive.
    """
    title_words = tuple(_words(title))
    doc = sent.doc
    frames = []
    for tok in sent:
        low = tok.lower_
        source: Token | None = None
        if low == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        elif low in VERBS and tok.pos_ == "NOUN" and _noun_phrase_before(tok) is not None:
            source = _noun_phrase_before(tok)
        elif low in REPORT_NOUNS and tok.pos_ == "NOUN":
            source = _owner_of_report(tok)
        elif low in FIGURE_NOUNS and tok.pos_ == "NOUN":
            source = _owner_of_report(tok)
            if source is not None and not _names_a_source(source):
                source = None
        elif low in GIVEN_PARTICIPLES and tok.tag_ == "VBN":
            source = _agent(tok)
            if source is not None and not _is_source(source):
                source = None
        elif low in VERBS and (tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT")):
            unsaid = _adds_to(tok) or _claims_a_deed(tok) or raised_passive(tok) or _yet_to_say(tok)
            unsaid = unsaid or _reduced_passive(tok)
            source = None if unsaid else _agent(tok) or _subject(tok)
            if source is not None and not _can_speak(source, tok):
                source = None
        elif low in EVIDENCE_VERBS and tok.pos_ == "VERB":
            source = _agent(tok) or _subject(tok)
            if source is not None and not _is_source(source):
                source = None
            elif source is not None and low in _WITNESS_VERBS and source.ent_type_ in ("GPE", "LOC", "FAC"):
                source = None  # "Paris also witnessed another dramatic robbery"
        elif low in ASKING_VERBS and tok.pos_ == "VERB":
            source = _agent(tok) or _subject(tok)
            if source is not None and not _is_source(source):
                source = None
        elif low in DECREE_VERBS and tok.pos_ == "VERB":
            # "Gov. John Bel Edwards has ordered the flags ... to honor the six law enforcement officers
            # who were shot": an office's order or declaration is its statement
            source = _agent(tok) or _subject(tok)
            if source is not None and not _holds_office(source):
                source = None
        if source is None or (headline and _headline_passive(tok, source)):
            continue
        frame = _frame_from(source, tok.i, sent, index, title_words)
        if frame is not None:
            # a report noun is no verb of seeing: "the government's official count of 21" is the government's word
            frame.evidence = low in EVIDENCE_VERBS and low not in VERBS and tok.pos_ == "VERB"
            frame.request = low in ASKING_VERBS
            if tok.pos_ == "NOUN" and low in VERBS and source.i < tok.i:
                frame.that_i = tok.i + 1
            frames.append(frame)
    return frames


def intro_speaker(sent: Span, index: DocIndex | None = None) -> Speaker:
    """Who a sentence announcing a statement names ("Rep. Fred Upton offered a statement:")."""
    words = {t.lower_ for t in sent}
    if not words & _STATEMENT_WORDS:
        return Speaker()
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return Speaker()
    frame = _frame_from(subj, root.i, sent, index)
    return frame.speaker if frame is not None else Speaker()


def speaker_of_range(doc: Doc, start: int, end: int, index: DocIndex | None = None) -> Speaker:
    """A :class:`Speaker` for tokens ``start:end`` of a document."""
    span = doc[start:end]
    return Speaker(_trim(span.text), _name_in(span, index), _kind_of(span), span.root.lower_ if len(span) else "")


# -- finding the source token -----------------------------------------------


def _subject(verb: Token, depth: int = 0) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # of two subjects ("UPDATE 12:30 ET: A police spokesman ... told") the nearest is the speaker
    subj = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
    if subj is not None:
        if _is_relative(subj):
            return _antecedent(verb, subj)
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        if appos is not None and _dateline(subj):
            return appos  # a dateline read as the subject: "BRISTOL, TN (WJHL)- The TBI revealed"
        return subj
    if _shares_subject(verb) and depth < 3:
        shared = _subject(verb.head, depth + 1)  # "he said, adding that ...", "arrived and said"
        # "Nine people died in the crash, saying three others ...": the participle is the writer's, not the dead's
        return None if shared is not None and _a_count(shared) else shared
    return _inverted_subject(verb) or _noun_before(verb)


def _a_count(noun: Token) -> bool:
    """Whether a noun is a number of people or things ("nine people", "three"), not a source ("two witnesses")."""
    counted = noun.like_num or any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    return counted and noun.lower_ not in SOURCE_NOUNS


def _dateline(subj: Token) -> bool:
    """Whether a subject is a dateline's place in capitals ("BRISTOL, TN ..."), not a name in capitals.

    A dateline's place is followed by a comma or a dash; "ISIL (ISIS) has claimed" is
    a name with its alias in brackets, the speaker itself.
    """
    if not (subj.is_sent_start and subj.text.isupper() and len(subj.text) > 2):
        return False
    nxt = subj.nbor(1) if subj.i + 1 < len(subj.doc) else None
    return nxt is not None and nxt.text in (",", "-", "\u2013", "\u2014")


def _can_speak(source: Token, verb: Token) -> bool:
    """Whether the subject of a reporting verb can be its speaker.

    Not an event ("an ambush shooting that claimed the lives"), not the generic
    "you" ("you couldn't tell it"), and for a gerund with a subject of its own,
    only a source: "with no tsunami warning issued" is a noun the parser read
    as a verb.
    """
    if source.lower_ in _NOT_SPEAKERS or (source.lower_ in EVENT_SUBJECTS and source.ent_type_ not in ("PERSON", "ORG")):
        return False
    return verb.tag_ != "VBG" or source.head.i != verb.i or _is_source(source)


def _claims_a_deed(verb: Token) -> bool:
    """Whether a verb is "claim" of an attack: to own a deed, not to say a figure.

    "Islamic State claimed the bombing, which killed 35 people", "has claimed
    responsibility for a suicide bombing that killed 30", "a suicide attack claimed
    by the Islamic State group killed 30 people": the group owns the attack, the
    toll is not its word. "The group claimed 30 soldiers were killed" (a clause)
    and "the ministry claimed a toll of 40" (a figure) stay reports.
    """
    if verb.lower_ not in _CLAIM_FORMS:  # the pipeline runs without a lemmatizer
        return False
    owned = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        owned.append(verb.head)  # "an attack claimed by ..."
    elif verb.tag_ == "VBN" and verb.i > 0 and any(c.dep_ == "agent" for c in verb.children):
        # "32 people died in twin blasts claimed by IS": the parser hangs "claimed" on "died"
        owned.append(verb.doc[verb.i - 1])
    return any(o.lower_ in _DEEDS for o in owned)


# verbs whose participle before an infinitive is a passive of belief, never an active verb: "the victim,
# believed to be a 74-year-old man", "a man thought to be in his 30s" ("he claimed to be" is active: not here)
_RAISING_PARTICIPLES = frozenset(
    {
        *("believed", "thought", "known", "understood", "feared", "presumed", "reputed", "rumoured", "rumored"),
        *("reported", "estimated", "alleged", "considered", "supposed"),
    }
)
# the infinitives after "said" that make it passive: "the man, said to be 40", "said to have fled"
_RAISED_SAID = frozenset({"be", "have"})


def raised_passive(verb: Token) -> bool:
    """Whether a verb of belief is the passive participle of a noun it describes, not a speaker's act.

    "Sheriff Kory Honea said the victim, believed to be a 74-year-old man, had told
    relatives ...": the parser reads "the victim believed"; nobody there believes
    anything, the age is what the sheriff said. A participle of belief right before
    its "to" infinitive is always this passive ("believed to be", "estimated to
    have", "said to be"): the active verb takes an object or a clause first.
    """
    low = verb.lower_
    if verb.tag_ not in ("VBD", "VBN") or (low not in _RAISING_PARTICIPLES and low != "said"):
        return False
    if verb.i + 2 >= len(verb.doc) or verb.nbor(1).lower_ != "to" or verb.nbor(1).tag_ != "TO":
        return False  # "said to reporters" is a preposition
    if not any(c.dep_ == "xcomp" and verb.nbor(1) in c.children for c in verb.children):
        return False
    return low != "said" or verb.nbor(2).lower_ in _RAISED_SAID


def _reduced_passive(verb: Token) -> bool:
    """Whether a verb of saying is a participle describing the noun before it, with no one named doing it.

    "The man accused of shooting a clerk was ordered held", "a man identified as John
    Smith": the man is the one accused or identified, not a speaker; a defendant is
    no source. With an agent ("figures released by the ministry") the agent speaks.
    """
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i < verb.i and _agent(verb) is None


# auxiliaries of what is yet to be said: "the commission would report within 30 days", "police will release"
_TO_COME = frozenset({"will", "'ll", "wo", "would", "must", "shall"})


def _yet_to_say(verb: Token) -> bool:
    """Whether a verb of saying tells a statement still to come, which credits nothing yet.

    "A five-member commission would report within 30 days, the president said": the
    commission has reported nothing; the deadline is the president's word.
    """
    if not any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return False
    # "I would say there's a good possibility": a speaker's hedge is a statement made now
    return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _headline_passive(verb: Token, source: Token) -> bool:
    """Whether a headline's bare noun and participle are a passive: "Body found", "Man held", "Suspect named".

    Headlines drop the article and "is/was": "Body found in burned home as ..." is
    "a body was found", and the body is no speaker (the parser reads "found" as the
    past tense of "Body"). A headline tells its own acts in the present ("Police say",
    "Officer tells"), so a past form after a singular common noun with no article,
    possessive or number of its own, and with no object or clause after it, is the
    participle ("Witness said gunman fired 20 shots" says something: active). The
    headline's first word is capitalised, so the tagger may call it a proper noun;
    a name is an entity.
    """
    if verb.tag_ not in ("VBD", "VBN") or source.i > verb.i or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    if not (source.tag_ == "NN" or (source.tag_ == "NNP" and source.is_sent_start and not source.ent_type_)):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in source.children)


def _adds_to(verb: Token) -> bool:
    """Whether a verb is "add to" ("added to the tensions"): to increase, not to say."""
    # the pipeline runs without a lemmatizer: lemma_ is empty, the forms are listed
    if verb.lower_ not in _ADD_FORMS or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "adding to reporters that 40 were missing" says
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _holds_office(source: Token) -> bool:
    """Whether a subject names an office: a title ("Gov. John Bel Edwards"), a body ("police"), an organisation."""
    from factcmp.extract.entities import TITLE_WORDS

    if source.ent_type_ == "ORG" or source.lower_ in ORG_HEADS:
        return True
    words = [t.lower_.rstrip(".") for t in source.subtree if t.i <= source.i]
    return any(w in TITLE_WORDS and w not in _COURTESY for w in words)


def _shares_subject(verb: Token) -> bool:
    """An active verb without a subject of its own takes its governing verb's.

    Not a passive participle: in "jewels estimated to be worth 2 million euros, the
    thieves reversed", the thieves estimated nothing.
    """
    if verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    if verb.dep_ in ("advcl", "xcomp"):
        return verb.tag_ == "VBG"
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBG")


def _is_relative(subj: Token) -> bool:
    """Whether a subject is a relative pronoun ("who said") or holds one ("all of whom said")."""
    if subj.lower_ in _RELATIVES and subj.tag_ in ("WP", "WDT", "WP$"):
        return True
    return any(g.lower_ in _RELATIVES and g.tag_ in ("WP", "WDT") for c in subj.children if c.dep_ == "prep" for g in c.children)


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," added the doctor.': the parser reads the speaker after the verb as its object."""
    doc = verb.doc
    if verb.i == verb.sent.start or not (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i), None)
    return obj if obj is not None and _is_source(obj) else None


def _antecedent(verb: Token, subj: Token) -> Token | None:
    """The noun a relative pronoun stands for: "five aid workers ..., all of whom said"."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    first = min(t.i for t in subj.subtree)
    doc = verb.doc
    if first < 2 or doc[first - 1].text != ",":
        return None
    tok = doc[first - 2]
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head  # "workers in the Yida camp" -> "workers"
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _agent(verb: Token) -> Token | None:
    """The source of a passive: "was reported by the BBC", "a photo posted by Houston police"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _owner_of_report(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and _is_source(obj):
                return obj
    return None


def _noun_phrase_before(word: Token) -> Token | None:
    """The subject of a verb of saying the parser took for the last noun of it: "partners on the ground estimate that".

    The word opens a clause with "that", comes right after a noun (the end of the subject's phrase, not an
    article or an adjective of its own: "the estimate that"), and agrees with the noun whose phrase it ends,
    as a verb with its subject ("partners ... estimate", "the head ... reports"). The noun of an "of" phrase
    must be a source: "news of reports that" names none.
    """
    doc = word.doc
    if word.i + 1 >= len(doc) or doc[word.i + 1].lower_ != "that" or doc[word.i + 1].dep_ != "mark":
        return None
    if word.dep_ != "pobj" or doc[word.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    prep = word.head
    noun = prep.head
    if prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > word.i:
        return None
    if prep.lower_ == "of" and not _is_source(noun):
        return None
    plural_noun = noun.tag_ in ("NNS", "NNPS")
    if plural_noun != (word.tag_ == "NN"):  # "partners ... estimate", "the head ... reports"
        return None
    return noun


def _names_a_source(owner: Token) -> bool:
    """Whether the owner of a figure is a body that gives figures, not a place, a day or an event.

    A source noun ("the government's", "the ministry's") or a body's initials ("the UN's"); not any name:
    the small model takes "Nepal's" for a person.
    """
    if owner.lower_ in SOURCE_NOUNS:
        return owner.ent_type_ in ("", "ORG", "NORP")
    return owner.ent_type_ == "ORG" and owner.text.isupper() and len(owner.text) > 1


def _noun_before(verb: Token) -> Token | None:
    """The noun phrase right before a verb whose subject the parser missed ("Austin Police say")."""
    doc = verb.doc
    i = verb.i - 1
    if i < verb.sent.start or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[i] if _is_source(doc[i]) else None


def _is_source(tok: Token) -> bool:
    """Whether a noun can speak or document: a name, a pronoun, an official or a report."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "we", "i")
    return tok.lower_ in SOURCE_NOUNS or (tok.pos_ == "PROPN" and not tok.like_num)


# -- the speaker's words ----------------------------------------------------


def _frame_from(
    head: Token, verb_i: int, sent: Span, index: DocIndex | None = None, title_words: tuple[str, ...] = ()
) -> Frame | None:
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl") or child.i > verb_i > head.i or child.i == verb_i or _when(child):
            continue
        if child.dep_ == "case" and head.dep_ == "poss":
            continue  # the owner of a report without its "'s": "the government's estimate" -> "the government"
        if child.is_punct and child.i > head.i:
            # a comma closing a clause left out ("Zeina Khodr, reporting from Baghdad, said") would take it back in
            continue
        if head.i > verb_i and child.dep_ == "prep" and child.lower_ in ("to", "including"):
            # whom a speaker told: '"...," said doctor Ema Suryani to AFP'; what a trailing "including" adds
            # refers back to the figure, not to the source: "according to Belgian media, including one who
            # stayed behind the wheel"
            continue
        keep.extend(child.subtree)
    idx = sorted(t.i for t in keep if sent.start <= t.i < sent.end)
    start, end = idx[0], idx[-1] + 1
    if head.i < verb_i:
        # a comma before the speaker's head ends the clause the parser hung on it: in "... tied up three employees
        # and emptied a safe, spokesperson Kristof Aerts said" the object "a safe" is no part of the speaker
        # (a name before the comma stays: it may be the speaker's own, as in "Smith, the spokesman, said"). The
        # comma may hang lower, on the title: in "Three boys were among the dead, county commissioner Mary Njeri
        # said" the parser takes "the dead" for words of "commissioner"
        commas = [t.i for t in sent.doc[start : head.i] if t.text == "," and (t.head.i == head.i or _titles(t.head, head))]
        if commas and not any(doc_t.pos_ == "PROPN" for doc_t in sent.doc[start : commas[-1]]):
            start = commas[-1] + 1
    doc = sent.doc
    while True:  # "Jaafar al-Husseini told": three subjects, one of them joined by a hyphen
        joined = _with_hyphenated_name(doc, _with_split_subject(doc, start, head, verb_i), sent.start)
        if joined == start:
            break
        start = joined
    cut = _after_page_copy(doc, start, end, title_words)
    floor = cut if cut > start else sent.start
    if floor > head.i:  # the parser took a headline word for the subject: "others hurt in ... Austin Police say"
        head = doc[floor:end].root
    start = _after_label(doc, max(start, floor), head.i)
    start = _after_relative_object(doc, start, head)
    if end - start > 1 and end < sent.end and doc[end].lower_ == "that" and doc[end - 1].lower_ in REPORTING_VERBS:
        # the verb read as the speaker's last noun: "documents released by the Berrien County Prosecutor's Office
        # state that ..."
        end -= 1
        head = doc[start:end].root if head.i >= end else head
    if end < sent.end and doc[end].text == ")" and doc[start:end].text.count("(") > doc[start:end].text.count(")"):
        # the closing bracket of an acronym is punctuation left out above: "Albania's Institute of Geosciences (IGEO)"
        end += 1
    if end - start > _MAX_SPEAKER_TOKENS:
        # cut a long apposition at its last comma rather than mid-phrase
        commas = [t.i for t in doc[start : start + _MAX_SPEAKER_TOKENS] if t.text == "," and t.i > head.i]
        end = commas[-1] if commas else start + _MAX_SPEAKER_TOKENS
    if start <= head.i < verb_i < end:
        end = verb_i  # the verb read as the last noun of its subject: "partners on the ground estimate that"
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") and not t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in span):
        return None
    speaker = Speaker(_trim(_without_age(span, head)), _name_in(span, index), _kind_of(span), head.lower_)
    restricted = any(c.dep_ in ("relcl", "prep", "acl") and c.i != verb_i for c in head.children)
    if not speaker.text:
        return None
    return Frame(verb_i=verb_i, start=start, end=end, speaker=speaker, floor=floor, restricted=restricted)


# the last words of a headline that mark its copy inside a line (fewer if the headline is shorter)
_TITLE_TAIL = 3
# a page's caption toggle or video player scraped into the text: "[ ] Hide Caption [ ] Show Caption Police say",
# "Skip Ad Ad Loading... x Embed x Share Houston police say"
_CAPTION_WORDS = frozenset({"caption", "captions", "embed"})


def _without_age(span: Span, head: Token) -> str:
    """The words of a speaker without the age set off after a name: "Witness Ali Hassan, 35" -> "Witness Ali Hassan".

    The age stays in the frame's words (it is the article's, not what the speaker says). Each name of a pair has
    its own: "Smith, 45, and Jones, 50" -> "Smith and Jones".
    """
    doc = span.doc
    names = [head, *(c for c in head.subtree if c.dep_ == "conj" and span.start <= c.i < span.end)]
    ages = [c.i for name in names for c in name.rights if span.start < c.i < span.end and _is_set_off_age(c)]
    if not ages:
        return span.text
    drop = {i for a in ages for i in (a - 1, a)}  # the age and its comma before: "Ali Hassan, 35, a driver"
    for a in ages:
        if a + 2 < span.end and doc[a + 1].text == "," and doc[a + 2].dep_ == "cc":
            drop.add(a + 1)  # no comma left before the next name: "Smith, 45, and Jones"
    words: list[str] = []
    for t in span:
        if t.i not in drop:
            words.append(t.text_with_ws)
        elif words:  # the last dropped word's space ends the word before: "Smith, 45, and" -> "Smith and"
            words[-1] = words[-1].rstrip() + t.whitespace_
    return "".join(words).strip()


def _is_set_off_age(tok: Token) -> bool:
    """Whether a bare whole number between commas after a name reads as its age ("Ali Hassan, 35,")."""
    if not tok.like_num or tok.n_lefts + tok.n_rights or tok.doc[tok.i - 1].text != ",":
        return False
    return tok.text.isdigit() and 0 < int(tok.text) < 120


def _titles(word: Token, head: Token) -> bool:
    """Whether ``word`` is a title before the name ``head``: a compound of it, after the comma ("county commissioner")."""
    return word.dep_ == "compound" and word.head.i == head.i and word.i < head.i


def _after_page_copy(doc: Doc, start: int, end: int, title_words: tuple[str, ...]) -> int:
    """The first token after page copy glued before a speaker: a headline repeated, a caption toggle.

    Scraped pages run the headline, a section label and caption buttons into
    the first sentence: "APD: One dead, others hurt in downtown shooting [ ]
    Hide Caption [ ] Show Caption Police say ...", "Local News APD: One dead,
    others hurt in downtown shooting Austin Police say ...". The speaker starts
    after the last of them (``start`` when there is none), even when the
    parser took a headline word for the subject.
    """
    tail = title_words[-_TITLE_TAIL:]
    for k in range(end - 2, start - 1, -1):
        tok = doc[k]
        if tok.text in ("]", "[") or tok.lower_ in _CAPTION_WORDS or (tok.text == "Share" and k + 1 < end):
            return k + 1
        if tail and tok.lower_ == tail[-1] and _ends_with(doc, start, k, tail):
            return k + 1
    return start


def _ends_with(doc: Doc, start: int, k: int, words: tuple[str, ...]) -> bool:
    """Whether the words of ``doc[start : k + 1]`` end with ``words`` (punctuation skipped).

    All of ``words``: a headline ending "... Refugee Camp in South Sudan" leaves the
    speaker "South Sudan President Salva Kiir" whole.
    """
    got: list[str] = []
    for i in range(k, start - 1, -1):
        got[:0] = _words(doc[i].text)
        if len(got) >= len(words):
            return tuple(got[-len(words) :]) == words
    return False


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# people named by what they are, not by a post: "the man" is no title a quoted official held
GENERIC_PEOPLE = frozenset({"man", "woman", "person", "men", "women", "people", "boy", "girl", "teen"})
# people a sentence can describe through what a source says of them: "The man police say opened fire"
_DESCRIBED = GENERIC_PEOPLE | {"suspect", "gunman", "shooter", "driver", "victim", "suspects", "gunmen", "victims"}


def _after_relative_object(doc: Doc, start: int, head: Token) -> int:
    """The start of a source after the person a clause without "who" describes.

    "The man police say opened fire on a sixth street crowd ... faces four new charges":
    the parser makes "man" a compound of "police"; the speaker is "police".
    """
    if head.lower_ not in SOURCE_NOUNS:
        return start
    for k in range(head.i - 1, start - 1, -1):
        tok = doc[k]
        if tok.dep_ == "compound" and tok.head.i == head.i and tok.pos_ == "NOUN" and tok.lower_ in _DESCRIBED:
            return k + 1
    return start


def _when(child: Token) -> bool:
    """A time told beside the speaker is no part of it: "police on Sunday said"."""
    if child.dep_ == "prep":
        objs = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)
    return child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")


def _with_split_subject(doc: Doc, start: int, head: Token, verb_i: int) -> int:
    """The start of a name the parser split into two subjects of one verb.

    "Louisiana State Police Col. Mike Edmonson says": "Col" and "Edmonson" are both
    subjects of "says"; the speaker is the two run together, not ". Mike Edmonson".
    """
    if head.dep_ != "nsubj" or head.head.i != verb_i:
        return start
    for sib in sorted((c for c in head.head.children if c.dep_ == "nsubj" and c.i < start), key=lambda c: -c.i):
        words = sorted(t.i for t in sib.subtree)
        if words[-1] + 1 != start or any(doc[i].is_punct for i in words):
            break
        start = words[0]
    return start


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _with_hyphenated_name(doc: Doc, start: int, floor: int) -> int:
    """The start of a name the tokenizer split at a hyphen: "Sanwo-Olu", not "Olu".

    The parser may hang each half on the verb as a subject of its own; the words
    joined by a hyphen without spaces are one name.
    """
    while (
        start - 2 >= floor
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    return start


def _after_label(doc: Doc, start: int, head_i: int) -> int:
    """Drop what a scraped page glued before the speaker: "UPDATE 12:30 P.M. ET: A police spokesman", a dateline."""
    for k in range(head_i - 1, start - 1, -1):
        tok = doc[k]
        if tok.text == ":" or (tok.is_sent_start and k > start):
            return k + 1 if tok.text == ":" else k
        if tok.text.endswith((")-", ")\u2013", ")\u2014")) or (tok.text in ("-", "\u2013", "\u2014") and doc[k - 1].text == ")"):
            return k + 1  # a dateline: "BRISTOL, TN (WJHL)- The Tennessee Bureau of Investigation"
        if tok.text in _DATELINE_DASHES and _ends_dateline(doc, k):
            return k + 1  # "TEMPO.CO, Sidoarjo - Police on Thursday named ..."
        # "'Massive' Reinforcements A spokesman for ...": a capital article starts a new phrase
        if tok.text in ("A", "An", "The") and k > start and doc[k - 1].text not in (",", "(", '"', "\u201c"):
            return k
    return start


#: A dateline opening a line: "KENMORE, Mo. (KMV5) -", "GAROWE, Somalia Feb 7, 2011 (Garowe Online) -",
#: "TEMPO.CO, Sidoarjo -", "WASHINGTON (AP) —". The city is in capitals; the dash is set off by a space
#: (or follows the outlet's bracket), so a hyphen inside "Winston-Salem" is no end of it.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # the city, in capitals
    r"(?:,[ \t]+[^\n()—–]{1,50}?)?"  # the state, country or date
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the outlet
    r"[ \t]*(?<=[\s)])(?:--?|—|–)(?=\s)"
)
_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


_DATELINE_TOKENS = 16


def _ends_dateline(doc: Doc, k: int) -> bool:
    """Whether the dash ``doc[k]`` ends a dateline that opens its line (:data:`DATELINE`)."""
    line = k
    while line > 0 and "\n" not in doc[line - 1].text_with_ws:
        line -= 1
        if k - line > _DATELINE_TOKENS:
            return False
    words = doc[line : k + 1].text
    m = DATELINE.match(words + doc[k].whitespace_)
    return m is not None and m.end() == len(words)


def _name_in(span: Span, index: DocIndex | None = None) -> str:
    from factcmp.extract.entities import clean_name

    root = span.root if len(span) else None
    # span.ents rebuilds every entity of the article: read them once, not once per label
    ents = index.ents_of(span) if index is not None else span.ents
    for label in ("PERSON", "ORG", "NORP", "GPE"):
        for ent in ents:
            # a place only names the speaker when it is the speaker ("Russia said"), not "Britain-based"
            if ent.label_ == label and (label in ("PERSON", "ORG") or (root is not None and ent.start <= root.i < ent.end)):
                return clean_name(ent.text)
    if root is not None and root.pos_ == "PROPN":
        run = [t for t in span if t.pos_ == "PROPN" and abs(t.i - root.i) <= 3]
        return clean_name(span.doc[run[0].i : run[-1].i + 1].text) if run else ""
    return ""


def _kind_of(span: Span) -> str:
    labels = [t.ent_type_ for t in span if t.ent_type_]
    if "PERSON" in labels:
        return "PERSON"
    if len(span):
        # "disaster agency official Fauzi", "Fauzi, an official ...": the title says who it is
        heads = [span.root, *(c for c in span.root.children if c.dep_ in ("appos", "compound"))]
        for tok in heads:
            if tok.lower_ in PERSON_HEADS:
                return "PERSON"
            if tok.lower_ in ORG_HEADS:
                return "ORG"
    if any(lab in ("ORG", "NORP", "GPE") for lab in labels):
        return "ORG"
    return "OTHER"


def _trim(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(_JUNK_EDGES)
