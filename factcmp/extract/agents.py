"""Who did a harm, as against who underwent it: "Two officers *shot* the suspect", "2 shooters on loose".

A count of the doers of a harm is no toll: it takes their act (:data:`SHOOTING_AGENT` for a shooting,
:data:`HARM_AGENT` for any other harm), so that it never lines up with the victims. Read from an active harm
verb that has a target, a relative clause or participle told of the counted noun, and a doer noun hung on a
harm's noun; :func:`factcmp.extract.events.read_predicate` asks these readers first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
SHOOTING_AGENT, HARM_AGENT = "shoot", "attack"
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# nouns that name who did a harm: a count of them told with the harm's noun ("Bourbon Street shooting: 2 shooters
# on loose") counts the doers; only a verb makes them its victims ("two gunmen were killed")
_DOER_NOUNS = frozenset(
    {"shooter", "shooters", "gunman", "gunmen", "sniper", "snipers", "attacker", "attackers", "assailant"}
    | {"assailants", "killer", "killers", "bomber", "bombers", "perpetrator", "perpetrators", "murderer", "murderers"}
)
DOER_NOUNS = _DOER_NOUNS


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


def agent_act(verb: Token, noun: Token | None) -> str:
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
    verbs += [c for c in verb.children if c.dep_ == "conj" and c.lower_ in _AGENT_HARMS and not has_own_subject(c)]
    shooting = any(EVENT_WORDS.get(v.lower_) == "shot" for v in verbs)
    if not any(_harm_target(v, shooting=shooting) is not None for v in verbs):
        return ""
    return SHOOTING_AGENT if shooting else HARM_AGENT


def agent_clause(clause: Token) -> bool:
    """Is a clause on a noun told of the noun as its doer: "men *who shot* up", "officers *shooting* into the car"?

    A relative clause whose subject is the relative pronoun, or a present participle; not a reduced passive
    ("two officers shot Sunday") nor a clause with a subject of its own ("the officers Gordon shot").
    """
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in clause.children)
    return clause.dep_ == "acl" and clause.tag_ == "VBG"


def doers_of(event: Token, below: Token, noun: Token | None) -> bool:
    """Does a count of doers ("2 shooters", "two gunmen") hang on a harm's noun as those who did it?

    Not through "of" or a possessive: "the shooting of two gunmen", "the gunmen's deaths" are theirs to undergo.
    """
    if noun is None or noun.lower_ not in _DOER_NOUNS or event.pos_ not in ("NOUN", "PROPN"):
        return False
    if EVENT_WORDS[event.lower_] not in ("killed", "injured", "shot"):
        return False
    return below.dep_ != "poss" and not (below.dep_ == "prep" and below.lower_ == "of")


def own_subject(below: Token, anchor: Token) -> bool:
    """Is the subject the figure itself ("two officers", "two of the officers"), not a noun it qualifies?

    "The father of two children shot the man": the father did it, and what the children underwent is not said.
    """
    return below.i == anchor.i or below.like_num or below.pos_ == "NUM"


# nouns of an act of harm whose "of" names whom it befell ("the shooting of two men"); "attack", "protest" and
# the like are left out: their "of" is as often who did it ("the attack of two gunmen")
HARM_ACT_NOUNS = frozenset(
    {"shooting", "shootings", "stabbing", "stabbings", "beating", "beatings", "strangling", "poisoning", "mauling"}
)


def has_own_subject(verb: Token) -> bool:
    """Has a verb a subject of its own (active or passive)?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# the doer of the harm as a toll names him among its dead: "including the gunman", "including the suspect"
_INCLUDED_DOERS = _DOER_NOUNS | {"suspect", "suspects"}
# words that take the named member out of the count: "not including the gunman", "excluding the shooter"
_LEAVING_OUT = frozenset({"not", "excluding", "besides", "except"})


def counts_doer(anchor: Token, sent: Span) -> bool:
    """Does a count name the doer of the harm among its members: "three people are dead, including the shooter"?

    "Five people, including the gunman, were killed" counts another set than the victims' toll ("a gunman
    killed four people"): the dead with their killer. The "including" (or "counting") may hang on the count's
    noun or on the verbs above it in its clause; "not including the gunman", "not counting the gunman" count
    the victims only.
    """
    heads = [anchor]
    tok = anchor
    while tok.head.i != tok.i and sent.start <= tok.head.i < sent.end and tok.dep_ not in ("ccomp", "advcl", "relcl"):
        tok = tok.head
        heads.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "xcomp", "acomp"):
            break
    for head in heads:
        for child in head.children:
            low = child.lower_
            if low == "including" and child.dep_ == "prep":
                named = [g for g in child.children if g.dep_ == "pobj"]
            elif low == "counting" and child.pos_ == "VERB":
                named = [g for g in child.children if g.dep_ == "dobj"]
            else:
                continue
            if any(g.lower_ in _LEAVING_OUT for g in child.children) or (
                child.i > sent.start and child.doc[child.i - 1].lower_ in _LEAVING_OUT
            ):
                continue
            members = [m for g in named for m in (g, *g.conjuncts)]
            if any(m.lower_ in _INCLUDED_DOERS for m in members):
                return True
    return False
