"""The event a figure takes part in: the predicate of its fact key ("killed", "injured", "arrested", a verb stem).

Read from the counted noun itself ("500 deaths"), a word on it ("24 dead"), or the verbs and nouns above the
figure in the parse, with the turns that change what a figure counts: a flight that is an escape, an aim
that is no act ("vowed to kill"), a toll whose level the figure is ("the death toll rose to 24"), the graver
of two joined events ("shot and killed"), a member named by "including" or "among them", a doer of the harm
(:mod:`factcmp.extract.agents`), a speaker (:mod:`factcmp.extract.reports`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.agents import (
    HARM_ACT_NOUNS,
    HARM_AGENT,
    SHOOTING_AGENT,
    agent_act,
    agent_clause,
    doers_of,
    has_own_subject,
    own_subject,
)
from factcmp.extract.lexicon import (
    BODY_NOUNS,
    CAPTIVE_NOUNS,
    CARE_VERBS,
    CUSTODY_WORDS,
    DANGER_PLACES,
    DESTROYED,
    ESCAPE_FROM,
    ESCAPERS,
    EVENT_WORDS,
    FINDING_VERBS,
    FLEE_VERBS,
    FORCED_VERBS,
    FREEING_VERBS,
    GUN_DOWN_VERBS,
    HOME_WORDS,
    HUMAN_EVENTS,
    IMPLICATIVE_VERBS,
    LIFE_LOSING_VERBS,
    MOVE_OUT_VERBS,
    MOVEMENT_VERBS,
    PARTICIPLE_ADJECTIVES,
    PEOPLE_NOUNS,
    REPORTING_VERBS,
    RESCUE_AGENTS,
    RESCUE_MEANS,
    SACRIFICE_VERBS,
    SEARCH_WORDS,
    SEARCHED_PEOPLE,
    SET_PARTICIPLES,
    SHELTER_WORDS,
    SUFFER_VERBS,
    ULTIMATE_WORDS,
)
from factcmp.extract.nouns import COUNTED_EVENTS, singular
from factcmp.extract.reasons import charge_object
from factcmp.extract.reports import COUNTING_VERBS, asked_event, is_speaker, own_injury, tells_of_others, told_of_speakers
from factcmp.extract.severity import LIFE_WORDS, closes_elided_count, holds_state, state_severity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# event words that name an event only as nouns: "he lives behind the shop" is not a toll
_NOUN_ONLY_EVENTS = {"lives", "toll", "counts"}
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})


_INCLUDING = frozenset({"including"})


def _counted_thing(noun: Token | None) -> bool:
    """Is a figure's noun a thing counted one by one ("homes", "structures"), not people nor an event?"""
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.lower_ not in PEOPLE_NOUNS
        and noun.lower_ not in EVENT_WORDS
        and noun.ent_type_ != "NORP"
    )


# kinds of people a toll names some of ("including 11 children"); people in general are the toll itself
_PEOPLE_KINDS = frozenset(
    {"children", "women", "men", "students", "foreigners", "officers", "soldiers", "civilians", "tourists"}
    | {"girls", "boys", "babies", "infants", "teenagers", "pupils", "policemen", "firefighters", "journalists"}
)
# verbs that put a count among a set: "17 children were *among* the dead", "11 now *counted* among the wounded"
_COUNTED_AMONG = frozenset({"counted", "listed", "numbered", "included"})


def _kind_of_people(noun: Token | None) -> bool:
    """Is a counted noun a kind of people a toll names a part of: "including 11 *children*"?"""
    return noun is not None and noun.lower_ in _PEOPLE_KINDS


def among_event(verb: Token) -> Token | None:
    """The harm a copula's "among" names: "were among *the dead*", "counted among *wounded*"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if EVENT_WORDS.get(obj.lower_) in ("killed", "injured"):
                return obj
            if obj.lower_ in ("those", "the"):
                # "among those killed", "among those who died"
                told = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.lower_ in EVENT_WORDS), None)
                if told is not None and EVENT_WORDS[told.lower_] in ("killed", "injured"):
                    return told
    return None


def _one_person(anchor: Token, noun: Token | None) -> bool:
    """Does a figure count one person by a word for people: "one police officer", "a child"?"""
    if noun is None or noun.lower_ not in PEOPLE_NOUNS or singular(noun.lower_) != noun.lower_:
        return False
    return anchor.i == noun.i and any(c.lower_ in ("one", "a", "an", "1") for c in noun.children)


def read_predicate(anchor: Token, noun: Token | None, sent: Span, *, agents: bool = True) -> tuple[str, str]:
    """The event a count belongs to (key, words as written): event noun, adjective or governing verb.

    With ``agents``, a count of those who did a harm ("Two officers shot the suspect") takes their act
    (see agent_act), not the victims' event.
    """
    if noun is not None and noun.lower_ in EVENT_WORDS and noun.lower_ not in COUNTED_EVENTS:
        return EVENT_WORDS[noun.lower_], ""
    if noun is not None and charge_object(noun) is not None:
        return "charged", ""  # "one count of first-degree murder", "two charges of theft"
    named_set = _set_named_among(anchor, sent)
    if named_set is not None:
        # "237 people had been arrested and 42 people injured, among them 17 police officers": the officers are
        # some of the injured, whatever verb the parser hangs them on. A set read as doers of a harm lends no
        # act: that reading of a bare "25 people hurt" is the parser's doubt, not the members'
        found = read_predicate(named_set, named_set if named_set.pos_ in ("NOUN", "PROPN") else None, sent, agents=agents)
        if found[0] not in (SHOOTING_AGENT, HARM_AGENT):
            return found
    for child in anchor.children:
        if child.dep_ == "relcl" and _part_clause(child):
            continue  # "inspected 3,100 buildings, of which about 1,200 homes were damaged": the part's act
        if agents and agent_clause(child):
            # "the two men who shot up a busy street", "two officers shooting into the car": the men did it
            act = agent_act(child, noun)
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
        if child.lower_ in SET_PARTICIPLES and _names_the_set(anchor, child):
            # "The volunteers are helping the 2,000 people affected by the quake", "reached 300 stranded tourists":
            # the participle names the set, whatever the clause's verb does to it
            return _stem(child.lower_), child.text
        if _lost_building(anchor, child):
            return DESTROYED, child.text  # "112 homes lost in Butte County": homes a fire or a flood destroyed
        if child.dep_ == "acl" and _forced_out(child):
            return "displaced", child.text  # "Kenya floods kill at least 38, thousands forced from homes"
        if child.dep_ == "relcl":
            found = _event_in(child, agents=agents)
            if found:
                return found, child.text
        if child.dep_ == "acl" and state_severity(child, 0) == "serious":
            return "injured", child.text  # "left two others fighting for their lives"
    searched = _searched_for(anchor, noun)
    if searched is not None:
        return "missing", searched.text  # "The search for the remaining four continued on Monday"
    tok = anchor
    for _ in range(7):
        if tok.head == tok:
            break
        below, tok = tok, tok.head
        if tok.i < sent.start or tok.i >= sent.end:
            break
        if _subject_on_auxiliary(tok, below):
            # "nine people have died and five are missing after ...": the parser hung the second clause's subject on
            # its auxiliary, whose head is the verb (a state, "missing") that tells what the figure counts
            continue
        if _scene_clause(below):
            # "gathered at the site, where more than 100 people are believed to have been working": a "where"/"when"
            # clause tells its own scene; what the main clause did is not its figure's act
            own = _complement_verb(below)
            return _stem(own.lower_), _verb_phrase(own)
        low = act_word(tok, noun)
        if low in PARTICIPLE_ADJECTIVES and noun is not None and tok.i < noun.i and below.i == noun.i:
            continue  # "recovered ... 34 spent shell casings": the tagger's verb "spent" describes the casings
        if tok.pos_ == "NOUN" and noun is None and any(c.dep_ == "nsubj" for c in tok.children):
            # "Bangladesh ferry death toll climbs to 41, 40 still missing": a headline's verb the tagger took for a
            # plural noun still carries its toll's level; read on, its figure would take the next clause's act
            tally = _tally_event(tok, below)
            if tally:
                return tally, tok.text
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
                return read_predicate(tok.head, tok.head, sent, agents=agents)
            continue  # "Several people were hurt, including one police officer": the act is the verb's
        if (
            low in _INCLUDING
            and tok.dep_ == "prep"
            and below.dep_ == "pobj"
            and _kind_of_people(noun)
            and tok.head.pos_ in ("NOUN", "PROPN")
            and sent.start <= tok.head.i < sent.end
        ):
            # "At least 54 people, including 11 children, were killed": the children are some of the dead, the
            # part "children killed" that "At least 17 children were among the dead" also counts. Only a toll:
            # a part of those shot or hurt keeps "including", and meets "the victims included two women"
            found = read_predicate(tok.head, tok.head, sent, agents=agents)
            if found[0] == "killed":
                return found
        if low in COPULAS | _COUNTED_AMONG and below.dep_ in ("nsubj", "nsubjpass"):
            among = among_event(tok)
            if among is not None:
                return EVENT_WORDS[among.lower_], among.text  # "17 children were among the dead"
        if low in _INCLUDING and tok.dep_ == "prep" and below.dep_ == "pobj" and _counted_thing(noun):
            # "132 structures have been destroyed, including 112 homes": the homes underwent the set's act (a part
            # of things is no group of people a weak verb could line up with another)
            if tok.head.pos_ in ("NOUN", "PROPN") and sent.start <= tok.head.i < sent.end:
                found = read_predicate(tok.head, tok.head, sent, agents=agents)
                if found[0]:
                    return found
            continue
        if low in LIFE_WORDS and tok.dep_ == "pobj" and state_severity(tok.head.head, 0) == "serious":
            # "doctors are fighting for the lives of two victims": the victims are critically injured, not dead
            return "injured", tok.head.head.text
        if agents and below.dep_ == "nsubj" and own_subject(below, anchor):
            act = agent_act(tok, noun)
            if act:
                return act, _verb_phrase(tok)  # "Two officers shot and killed the gunman": they are no toll
        if agents and below.dep_ == "agent" and tok.pos_ == "VERB" and EVENT_WORDS.get(low) in ("killed", "injured", "shot"):
            # "The gunman was shot dead by two officers", "killed by two gunmen": the passive's agent did the harm
            return (SHOOTING_AGENT if EVENT_WORDS[low] == "shot" else HARM_AGENT), _verb_phrase(tok)
        if agents and low in EVENT_WORDS and doers_of(tok, below, noun):
            return (SHOOTING_AGENT if EVENT_WORDS[low] == "shot" else HARM_AGENT), tok.text
        if low in CARE_VERBS and low in EVENT_WORDS and _part_of_set(anchor):
            # "at least 25 of the injured in his district were hospitalised in intensive care": a part of the
            # injured, counted by the care it gets, as "ten of the injured were taken to hospital" is
            return _stem(low), _verb_phrase(tok)
        if below.dep_ == "prep" and below.lower_ == "of" and _deadly_act(tok):
            # "the fatal shooting of three law enforcement officers", "the deadly stabbing of two teenagers": the
            # "of" of an act of harm names whom it befell, and a deadly one killed them
            return "killed", tok.text
        if EVENT_WORDS.get(low) == "displaced" and _evacuation_rescue(tok, below):
            return "rescued", tok.text  # "its teams had evacuated about 3,000 people by boat"
        if low in EVENT_WORDS and tok.pos_ in ("VERB", "ADJ") and negated(tok):
            continue  # "Three staff members were tied up but not hurt": what did not befall them is no act of theirs
        if low in EVENT_WORDS and not (tok.pos_ == "VERB" and low in _NOUN_ONLY_EVENTS) and not is_escape(tok, below):
            return _graver_conj(tok, EVENT_WORDS[low]), tok.text
        if below.dep_ in ("dobj", "attr") and (low in REPORTING_VERBS or low in COUNTING_VERBS):
            asked = asked_event(sent)
            if asked is not None:
                # "Although it's unknown how many were injured, Sky News estimates 'at least 50 people'": a figure
                # a source gives as its estimate answers what the sentence asks, not what its next clause tells
                return _graver_conj(asked, EVENT_WORDS[asked.lower_]), asked.text
        if tok.pos_ in ("VERB", "AUX") and low not in REPORTING_VERBS:
            track = off_the_tracks(tok) if below.dep_ == "nsubj" else None
            if track is not None:
                # "38 cars left the tracks", "jumped the rails", "came off the tracks": derailed, one act with "50
                # cars derailed" (the stem extraction gives "derailed")
                return "derail", tok.doc[tok.i : track.i + 1].text
            idiom = idiom_event(tok, below)
            if idiom:
                return idiom, tok.text  # "three of them paid the ultimate sacrifice", "were taken into custody"
            tally = _tally_event(tok, below) if noun is None else ""
            if tally:
                return tally, tok.text  # "bringing the confirmed death toll from the disaster to 11"
            injury = _injury_object(tok)
            if injury is not None:
                # "nine others suffered life-threatening injuries", "19 passengers were treated for injuries"
                return EVENT_WORDS.get(injury.lower_, "injured"), injury.text
            if below.dep_ in ("dobj", "nsubjpass") and _brought_out(tok, noun):
                return "rescued", _verb_phrase(tok)  # "26 people have been brought out alive", "pulled 120 from the water"
            if low not in CARE_VERBS and holds_state(tok, below) and state_severity(tok):
                # "one deputy continues to fight for his life", "two remain in critical condition": critically
                # injured (the grade is read again from the same verb); a verb of care keeps its own fact
                # ("three women were transported to UMC Brackenridge with serious injuries" count the transported)
                return "injured", tok.text
            if noun is not None and below.dep_ in ("nsubj", "nsubjpass") and _force_at_work(tok, noun):
                # "More than 900 firefighters were battling the blaze", "1,460 personnel were assigned", "1,400
                # firefighters are on the lines": the size of the force sent, as "1,500 firefighters are deployed"
                return "deployed", _verb_phrase(tok)
            if below.dep_ == "nsubj" and _crowd_act(tok) and (noun is None or _alive_people(noun)):
                # "About 75,000 fans turned up", "thousands of people held a minute's silence": a crowd, as "5,000
                # people gathered" is, whatever verb counts it
                return CROWD, _verb_phrase(tok)
            # "forced to leave", "continued to rise": look into the complement
            found = _event_in(tok, agents=agents)
            if not found and below.dep_ == "nsubj" and _fire_object(tok) is not None:
                # "Two officers returned fire", "opened fire", "exchanged gunfire with the gunmen": they fired, one
                # act with "Three officers fired 16 rounds", whatever verb the idiom takes
                return FIRED, f"{tok.text} {_fire_object(tok).text}"
            return (found, tok.text) if found else (_stem(low), _verb_phrase(tok, low))
        if low in REPORTING_VERBS and _under_evacuation_order(tok, below):
            return "displaced", tok.text  # "About 1,500 residents were told to evacuate": told as an order is
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


# verbs whose object "fire" makes the idiom of firing: "returned fire", "exchanged gunfire" ("opened fire" is read
# as firing already, by the verb class of "open": facets.VERB_CLASS)
_FIRE_IDIOM_VERBS = frozenset(
    {"return", "returns", "returned", "returning", "exchange", "exchanges", "exchanged", "exchanging"}
    | {"trade", "trades", "traded", "trading"}
)
_FIRE_NOUNS = frozenset({"fire", "gunfire"})
# the act of those who fire, as the stem of "fired" names it
FIRED = "fir"


def _fire_object(verb: Token) -> Token | None:
    """The "fire" of a firing idiom ("returned *fire*", "opened *fire*"), or None when the verb has no such object."""
    if verb.lower_ not in _FIRE_IDIOM_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _FIRE_NOUNS), None)


def _subject_on_auxiliary(aux: Token, below: Token) -> bool:
    """Is ``below`` a subject the parser hung on an auxiliary ("five *are* missing") rather than on its verb?

    The auxiliary's head is then the verb the subject belongs to, which has no subject of its own.
    """
    if aux.dep_ not in ("aux", "auxpass") or below.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = aux.head
    return verb.i > aux.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_MEMBER_PRONOUNS = frozenset({"them", "those", "whom"})
_LIFE_NOUNS = frozenset({"life", "lives"})


def _searched_for(anchor: Token, noun: Token | None) -> Token | None:
    """The search a count of people is the object of ("the *search* for the remaining four"), or None.

    Those searched for are missing: a bare figure or people in general, passengers, miners, climbers...;
    a search for suspects or gunmen is a manhunt, and a search for things is no count of people.
    """
    if noun is not None and noun.lower_ not in SEARCHED_PEOPLE:
        return None
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "for":
        return None
    search = anchor.head.head
    return search if search.lower_ in SEARCH_WORDS and search != anchor.head else None


def _forced_out(verb: Token) -> bool:
    """Is a verb a driving out of home: "forced from homes", "driven from their villages"?"""
    if verb.lower_ not in FORCED_VERBS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("from", "out") and any(g.dep_ == "pobj" and g.lower_ in HOME_WORDS for g in c.subtree)
        for c in verb.children
    )


# the order that moves people out ("evacuation orders", "a mandatory evacuation warning") and the verbs of it
_ORDER_NOUNS = frozenset({"order", "orders", "warning", "warnings", "notice", "notices", "mandate", "mandates"})
# "ordered to evacuate", and the same order in plainer words: "were told to evacuate", "instructed to leave their homes"
_ORDER_VERBS = frozenset({"order", "orders", "ordered", "ordering", "told", "tell", "tells", "telling", "instructed", "directed"})
_LEAVE_VERBS = frozenset({"leave", "flee"})
# verbs that end an order: the people an order is "lifted for" go home, they are no longer evacuated
_ORDER_ENDING_VERBS = frozenset(
    {"lifted", "lift", "lifts", "rescinded", "cancelled", "canceled", "withdrawn", "ended", "removed", "eased", "downgraded"}
)


def _evacuation_order(noun: Token) -> bool:
    """Is a noun an order to evacuate: "evacuation orders", "a mandatory evacuation warning"?"""
    return noun.lower_ in _ORDER_NOUNS and any(c.dep_ in ("compound", "amod") and c.lower_ == "evacuation" for c in noun.children)


def _under_evacuation_order(verb: Token, below: Token) -> bool:
    """Are the people a figure counts under an order to leave? Then they are the evacuated (displaced).

    "8,000 people were ordered to evacuate", "ordered 8,000 people to leave their homes"; "11,000 residents
    remain under evacuation orders"; "evacuation orders covered 8,000 residents", "evacuation orders remain
    in place for 8,000 people", "evacuation warnings were issued for 2,000 residents": every wildfire,
    hurricane and flood story counts its evacuated by the order, as often as by "were evacuated".
    """
    ordered = verb.lower_ in _ORDER_VERBS and below.dep_ in ("nsubjpass", "dobj")
    for child in verb.children:
        if ordered and child.dep_ == "xcomp" and _leaving(child):
            return True
        if (
            below.dep_ == "nsubj"
            and child.dep_ == "prep"
            and child.lower_ == "under"
            and any(g.dep_ == "pobj" and _evacuation_order(g) for g in child.children)
        ):
            return True
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and child != below
            and verb.lower_ not in _ORDER_ENDING_VERBS
            and _evacuation_order(child)
            and (below.dep_ == "dobj" or (below.dep_ == "prep" and below.lower_ == "for"))
        ):
            return True
    return False


def _leaving(verb: Token) -> bool:
    """Is a verb a leaving of home: "to evacuate", "to leave their homes" (not "to leave the court")?"""
    if verb.lower_ == "evacuate":
        return True
    return verb.lower_ in _LEAVE_VERBS and any(g.dep_ == "dobj" and g.lower_ in HOME_WORDS for g in verb.children)


def _evacuation_rescue(verb: Token, below: Token) -> bool:
    """Is an evacuation a rescue: "its teams had evacuated about 3,000 people *by boat*"?

    Who evacuates is a rescuer (teams, soldiers, the Red Cross, a helicopter), or the evacuation is by a
    means of rescue (by boat, by helicopter): people taken out of danger by others, counted as rescued,
    not the displaced a government counts ("Some 40,000 people have been displaced"). "Authorities
    evacuated 5,000 people ahead of the storm" stays a displacement.
    """
    if below.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in RESCUE_AGENTS:
            return True
        by = child.dep_ in ("prep", "agent") and child.lower_ == "by"
        if by and any(g.dep_ == "pobj" and (g.lower_ in RESCUE_MEANS or g.lower_ in RESCUE_AGENTS) for g in child.children):
            return True
    return False


def idiom_event(verb: Token, below: Token) -> str:
    """The act an idiom tells of the figure ``below`` hangs on ``verb`` by; '' when there is none.

    "three officers *lost their lives*", "two deputies *gave their lives*", "three of them *paid the ultimate
    sacrifice*": the subject died. "five people were *gunned down*": the passive subject (or the object) was
    shot. "two men were *taken into custody*", "three people are now *in custody*", "police took four people
    *into custody*": arrested. A life lost without a possessive ("lost life savings", "gave life to") or a
    sacrifice that is not the ultimate one ("made sacrifices") is no death; who guns down others is the doer.
    """
    low = verb.lower_
    subject = below.dep_ in ("nsubj", "nsubjpass")
    for child in verb.children:
        if child.dep_ == "dobj" and subject and below.dep_ == "nsubj":
            if low in LIFE_LOSING_VERBS and child.lower_ in _LIFE_NOUNS and any(c.dep_ == "poss" for c in child.children):
                return "killed"
            if low in SACRIFICE_VERBS and child.lower_ == "sacrifice" and any(c.lower_ in ULTIMATE_WORDS for c in child.children):
                return "killed"
            if low in _LOSING_VERBS and child.lower_ in HOME_WORDS and any(c.dep_ == "poss" for c in child.children):
                return "displaced"  # "About 3,000 people lost their homes": homeless, as "left 3,000 homeless" tells
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "into")
            and below.dep_ in ("nsubj", "nsubjpass", "dobj")
            and any(g.dep_ == "pobj" and g.lower_ in CUSTODY_WORDS for g in child.children)
        ):
            return "arrested"
    if below.dep_ in ("nsubjpass", "dobj") and _forced_out(verb):
        return "displaced"  # "thousands of people were forced from their homes"
    if _under_evacuation_order(verb, below):
        return "displaced"  # "11,000 residents remain under evacuation orders"
    if below.dep_ == "nsubj" and low in _BEING_VERBS and _out_of_home(verb):
        return "displaced"  # "About 2,000 people remain out of their homes"
    if below.dep_ in ("nsubj", "nsubjpass") and (below.like_num or below.lower_ in PEOPLE_NOUNS) and _in_shelter(verb):
        return SHELTERED  # "More than 8,000 people had taken refuge in shelters", "spent the night in 210 shelters"
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if low in GUN_DOWN_VERBS and below.dep_ in ("nsubjpass", "dobj") and down:
        return "shot"
    if below.dep_ == "nsubj" and succumbed(verb):
        return "killed"  # "two more victims succumbed to their injuries"
    if low in _TAKING_VERBS and below.dep_ in ("nsubjpass", "dobj") and _taken_as_prisoner(verb):
        return "arrested"  # "25 others were taken prisoner", "took 12 soldiers captive": captured
    if low in FREEING_VERBS and below.dep_ in ("nsubjpass", "dobj") and below.lower_ in CAPTIVE_NOUNS:
        return "rescued"  # "Over 100 hostages were freed", "troops released 12 captives"
    return ""


_TAKING_VERBS = frozenset({"taken", "took", "take", "takes", "taking"})
_LOSING_VERBS = frozenset({"lost", "lose", "loses", "losing"})
# "taken prisoner", "taken captive": held by captors, as "captured" is; "taken hostage" is a hostage-taking
_PRISONER_WORDS = frozenset({"prisoner", "prisoners", "captive", "captives"})


def _taken_as_prisoner(verb: Token) -> bool:
    return any(c.dep_ in ("oprd", "attr", "xcomp", "acomp", "advmod") and c.lower_ in _PRISONER_WORDS for c in verb.children)


# the verbs of being somewhere, as written (the pipeline has no lemmatizer): "remain out of their homes"
_BEING_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays", "stayed", "staying"}
)
# the event of a count of people in shelters: a part of the displaced (not all of them are in shelters), told apart
# from them, and one fact however the stay is told ("took refuge in", "spent the night in", "housed in" shelters)
SHELTERED = "sheltered"


def _out_of_home(verb: Token) -> bool:
    """Does a verb of being put its subject out of home: "remain out of their homes", "are still out of their houses"?"""
    for child in verb.children:
        if child.lower_ == "out" and child.dep_ in ("prep", "advmod", "prt"):
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and any(g.dep_ == "pobj" and g.lower_ in HOME_WORDS for g in of.children):
                return True
    return False


def _in_shelter(verb: Token) -> bool:
    """Does a verb put its subject in shelters: "taken refuge in shelters", "spent the night at 210 shelters"?"""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.dep_ == "pobj" and g.lower_ in SHELTER_WORDS for g in c.children)
        for c in verb.children
    )


# the idioms of a derailment: a train's cars "left the tracks", "jumped the rails", "came off the tracks"
_TRACK_WORDS = frozenset({"track", "tracks", "rail", "rails"})
_LEAVE_TRACK_VERBS = frozenset({"left", "leave", "leaves", "leaving", "jumped", "jump", "jumps", "jumping"})
_COME_OFF_VERBS = frozenset({"came", "come", "comes", "coming", "went", "go", "goes", "going", "are", "were", "was", "is"})


def off_the_tracks(verb: Token) -> Token | None:
    """The track word of a derailment idiom on ``verb`` ("left the *tracks*", "came off the *rails*"), or None."""
    low = verb.lower_
    for child in verb.children:
        if low in _LEAVE_TRACK_VERBS and child.dep_ == "dobj" and child.lower_ in _TRACK_WORDS:
            return child
        if low in _COME_OFF_VERBS and child.dep_ == "prep" and child.lower_ == "off":
            track = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ in _TRACK_WORDS), None)
            if track is not None:
                return track
    return None


_SUCCUMB = frozenset({"succumb", "succumbs", "succumbed", "succumbing"})  # the pipeline has no lemmatizer


def succumbed(verb: Token) -> bool:
    """Does ``verb`` tell a death from wounds: "succumbed to his injuries", "succumb to their wounds"?

    "Succumb" alone is no death ("succumbed to pressure"); to an injury it is the one way news tells that
    someone hurt has since died, the same as "died of his injuries".
    """
    if verb.lower_ not in _SUCCUMB or verb.pos_ != "VERB":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(g.dep_ == "pobj" and EVENT_WORDS.get(g.lower_) == "injured" for g in prep.children)
        for prep in verb.children
    )


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

    Only an adjective (amod) yields to its noun's verb, and only to a death (or "succumbed"): "two injured people were
    rescued" or "three wounded soldiers were taken to hospital" stay injured.
    """
    if modifier.dep_ != "amod" or EVENT_WORDS.get(modifier.lower_) == "killed":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    # "three injured devotees succumbed in hospital": what the injured succumb to is their injuries
    succumb = verb.lower_ in _SUCCUMB and noun.dep_ == "nsubj"
    return verb if EVENT_WORDS.get(verb.lower_) == "killed" or succumb else None


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


# verbs that only say who someone is: the age they give is of their subject
_NAMING_VERBS = frozenset({"identified", "identifies", "identify", "named", "names", "name"})


def _names_the_set(noun: Token, participle: Token) -> bool:
    """Is a participle on a counted noun right after it ("people *affected*") or before it ("*stranded* tourists")?"""
    if participle.dep_ == "acl":
        return participle.i == noun.i + 1 and not negated(participle)
    return participle.dep_ == "amod" and participle.i < noun.i


def bodies_found(noun: Token, verb: Token | None) -> Token | None:
    """The body word of a count of bodies found: "We have recovered *12 bodies*", "the bodies of 12 people were found".

    A body found is a death, one fact with "At least 24 people drowned" and "the toll rose to 24"; bodies "never
    recovered" are not found, and are left as they are.
    """
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    body = noun if noun.lower_ in BODY_NOUNS else owner if owner is not None and owner.lower_ in BODY_NOUNS else None
    if body is None:
        return None
    # a headline's "24 bodies found" hangs the verb on the noun
    verbs = [verb, *(c for c in body.children if c.dep_ in ("acl", "relcl"))]
    return body if any(_found_by(v, body) for v in verbs if v is not None) else None


def _found_by(verb: Token, body: Token) -> bool:
    """Is a body what a verb of finding found: its object, its passive subject, or the noun its participle is on?

    Not its finder: "Two regulatory bodies found irregularities" are bodies of officials. Bodies that "washed
    ashore" are found though they are the verb's subject.
    """
    if verb.lower_ not in FINDING_VERBS or negated(verb):
        return False
    if verb.head == body and verb.dep_ in ("acl", "relcl"):
        return True  # "24 bodies found", "the bodies recovered from the river"
    if body.head != verb:
        return False
    return body.dep_ in ("dobj", "nsubjpass") or (body.dep_ == "nsubj" and verb.lower_ == "washed")


def dead_subject_event(anchor: Token, sent: Span) -> Token | None:
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
        if tok.lower_ in COPULAS or tok.lower_ in _NAMING_VERBS:
            break
        if tok.pos_ == "VERB":
            return None  # another verb tells what the age's owner did: "a man in his 50s shot two people"
    else:
        return None
    # who is named: the subject of a copula or of a passive ("the victim ... was identified as"), the object of
    # an active naming verb ("family members identified her as"), never who names
    named = ("nsubj", "nsubjpass") if tok.lower_ in COPULAS else ("nsubjpass", "dobj")
    for subject in tok.children:
        if subject.dep_ not in named:
            continue
        for clause in subject.children:
            event = EVENT_WORDS.get(clause.lower_)
            if clause.dep_ in ("relcl", "acl") and event and _graver_conj(clause, event) == "killed":
                return clause
    return None


# nouns of a running count whose level a verb gives ("the death toll rose to 24", "the number of dead was 22")
_TALLY_NOUNS = frozenset({"toll", "tally", "number", "count", "total", "figure"})
# the events of a toll a bare tally noun may stand for, from the words around it
_TOLL_EVENTS = frozenset({"killed", "injured", "missing", "displaced", "arrested", "rescued"})


def _level_prep(prep: Token) -> bool:
    """Is a preposition the one a count's level hangs on: "rose *to* 24", "stays *at* 15", "rose *from* 12 to 17"?

    In "from 12 to 17" the parser hangs the level 17 on "from" (with "to" a modifier of it); the scanner
    keeps only the 17 of such a movement (see intervals._count_moved), the level now.
    """
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("to", "at"):
        return True
    return prep.lower_ == "from" and any(
        g.dep_ == "pobj" and any(c.lower_ == "to" for c in g.children if c.i < g.i) for g in prep.children
    )


def _tally_event(verb: Token, below: Token) -> str:
    """The event of the toll a bare figure is the level of: "the death toll rose *to* 24" is 24 killed.

    The figure is the verb's "to"/"at" object or its complement ("the death toll was 11"), and the
    verb's subject or object is a toll, tally or number whose own words name the event ("death toll",
    "number of dead", "toll of injured"); a bare "toll" is the toll of the dead.
    """
    if not (below.dep_ in ("attr", "dobj", "oprd") or _level_prep(below)):
        return ""
    stated = _misparsed_stated_tally(verb)
    if stated:
        return stated
    for child in verb.children:
        event = _risen_set_event(verb, below, child)
        if event:
            return event
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lower_ not in _TALLY_NOUNS or child == below:
            continue
        for word in child.subtree:
            if word != child and word.i > child.i + 3:
                break
            event = EVENT_WORDS.get(word.lower_)
            if word != child and event in HUMAN_EVENTS:
                return event
        event = _counted_clause_event(child)
        if event:
            return event
        if child.lower_ == "toll":
            return "killed"
        if not _names_its_count(child):
            # "Local media reported nine deaths, but the government's figure remains six": a bare figure, count or
            # tally stands for the toll its sentence (or the one before) tells
            return _toll_told_around(child)
        return ""
    return ""


# the verbs a level rises or falls by ("Shooting victims rise to 6")
_LEVEL_VERBS = MOVEMENT_VERBS


def _risen_set_event(verb: Token, below: Token, child: Token) -> str:
    """The event of a set a level verb's subject names with no tally noun, or of a tally the parser misread.

    "Shooting victims rise to 11", "Deaths climb to 40": the set rose to the figure, and its noun (or the event
    compound on it) tells what the figure counts, as "the number of people shot rose to 11" does. The parser
    often makes the participle of "The number of people shot has risen to 11" the clause's subject ("csubj")
    with the tally noun as its own subject; the participle is still the count's event.
    """
    if not _level_prep(below):
        return ""
    if child.dep_ == "csubj" and any(g.dep_ == "nsubj" and g.lower_ in _TALLY_NOUNS for g in child.children):
        event = EVENT_WORDS.get(child.lower_)
        return event if event in HUMAN_EVENTS and child.tag_ == "VBN" else ""
    if child.dep_ != "nsubj" or verb.lower_ not in _LEVEL_VERBS or child.pos_ != "NOUN" or child.lower_ in _TALLY_NOUNS:
        # a tally noun ("The toll of injured climbed to 250") says what it counts in its own words, read below
        return ""
    event = EVENT_WORDS.get(child.lower_)
    if event in HUMAN_EVENTS and child.lower_ not in COUNTED_EVENTS:
        return event  # "Deaths rise to 40"
    if child.lower_ not in PEOPLE_NOUNS:
        return ""
    for word in child.children:
        event = EVENT_WORDS.get(word.lower_)
        if word.dep_ in ("compound", "amod") and event in HUMAN_EVENTS:
            return event  # "Shooting victims rise to 11"
    return ""


def _names_its_count(tally: Token) -> bool:
    """Does a tally noun say what it counts: "the number *of survivors*", "the *survivor* count"?"""
    return any((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in tally.children)


def _toll_told_around(tally: Token) -> str:
    """The event of the nearest toll told before a bare tally noun, in its sentence or the one before, or ''."""
    doc = tally.doc
    sent = tally.sent
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start : tally.i]):
        event = EVENT_WORDS.get(tok.lower_)
        if event in _TOLL_EVENTS and tok.pos_ in ("NOUN", "ADJ", "VERB") and not negated(tok):
            return event
    return ""


def _counted_clause_event(tally: Token) -> str:
    """The event a relative clause on a tally's counted noun tells: "the number of people *who died*".

    In "the number of people who died in the stampede", "the number of those who were injured" the
    clause's verb is the event the count is of, as the participle is in "the number of people killed"
    (which the words next to the tally already give).
    """
    for prep in tally.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for counted in prep.children:
            if counted.dep_ != "pobj":
                continue
            for clause in counted.children:
                event = EVENT_WORDS.get(clause.lower_)
                if clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX") and event in HUMAN_EVENTS:
                    return event
                who = (
                    next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if clause.dep_ == "relcl"
                    else None
                )
                event = idiom_event(clause, who) if who is not None else ""
                if event in HUMAN_EVENTS:
                    return event  # "the number of people who lost their homes", "who lost their lives"
            # "the number of people reported missing": the parser hangs the participle on the tally or the noun
            for clause in (*counted.children, *tally.children):
                event = _stated_state(clause)
                if event:
                    return event
    return ""


# participles that state a person's state as told: "reported missing", "confirmed dead", "presumed dead"
_STATING_PARTICIPLES = frozenset({"reported", "confirmed", "presumed", "declared", "pronounced", "listed", "believed"})


def _misparsed_stated_tally(verb: Token) -> str:
    """The state of a tally the parser made the subject of its own participle, or ''.

    "The number of people confirmed dead rose to 41" is parsed as "The number ... confirmed [that it] rose to
    41": the level verb has no subject and hangs on the participle, whose subject is the tally.
    """
    stating = verb.head
    if verb.dep_ != "ccomp" or stating.lower_ not in _STATING_PARTICIPLES | {"feared"}:
        return ""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return ""
    if not any(c.dep_ == "nsubj" and c.lower_ in _TALLY_NOUNS for c in stating.children):
        return ""
    return _state_stated(stating)


def _stated_state(clause: Token) -> str:
    """The event of a participle clause that states a state: "people *reported missing*" is missing, or ''."""
    if clause.dep_ != "acl" or clause.lower_ not in _STATING_PARTICIPLES:
        return ""
    return _state_stated(clause)


def _state_stated(participle: Token) -> str:
    """The state a participle of stating names in its complement: "reported *missing*", "confirmed *dead*"."""
    for comp in participle.children:
        event = EVENT_WORDS.get(comp.lower_)
        if comp.dep_ in ("oprd", "xcomp", "acomp") and event in HUMAN_EVENTS:
            return event
    return ""


def tallied_noun(anchor: Token) -> Token | None:
    """What a running count a bare figure is the level of counts: "bringing the number of *survivors* to 12".

    The figure is the "to"/"at" object or the complement of a verb whose subject or object is a number,
    count, tally or total of a noun that names no event ("the number of survivors", "the survivor count"):
    the figure counts that noun. A toll of an event ("the death toll", "the number of dead") is read by
    :func:`_tally_event` as its event.
    """
    below, verb = anchor, anchor.head
    if below.dep_ == "pobj":
        below, verb = verb, verb.head
    if verb == below or not (below.dep_ in ("attr", "dobj", "oprd") or _level_prep(below)):
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lower_ not in _TALLY_NOUNS or child == below:
            continue
        for word in child.children:
            if word.dep_ == "compound" and word.pos_ == "NOUN" and word.lower_ not in EVENT_WORDS:
                return word  # "the survivor count stays at 15"
            if word.dep_ == "prep" and word.lower_ == "of":
                counted = next((g for g in word.children if g.dep_ == "pobj"), None)
                if counted is not None and counted.pos_ == "NOUN" and counted.lower_ not in EVENT_WORDS:
                    return counted  # "the number of survivors"
    return None


# verbs of care whose "for" names the harm cared for: "32 people were *treated for* injuries"
_TREAT_VERBS = frozenset({"treated", "treat", "treats", "treating"})
# harms one is treated for that no event word names: burns, smoke inhalation, broken bones
_TREATED_HARMS = frozenset({"burns", "inhalation", "fractures", "cuts", "bruises", "lacerations", "trauma"})


def _injury_object(verb: Token) -> Token | None:
    """The injury noun a suffering verb takes ("suffered *injuries*"), if it names a human event.

    A verb of care names the injury by "for": "Nineteen passengers were treated for injuries", "treated for
    burns and smoke inhalation" count the injured, told by their care as often as by "injured"; plain
    "treated in hospital" says no harm and stays a count of the cared for.
    """
    if verb.lower_ in _TREAT_VERBS:
        # "treated at hospitals for smoke inhalation": the parser often hangs the "for" on the place
        places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for prep in (*verb.children, *(c for p in places for c in p.children)):
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (EVENT_WORDS.get(obj.lower_) == "injured" or obj.lower_ in _TREATED_HARMS):
                    return obj
        return None
    if verb.lower_ not in SUFFER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and EVENT_WORDS.get(child.lower_) in HUMAN_EVENTS:
            return child
    return None


# the act of a count of the people a vessel, a plane or a bus holds: "48 people on board", "the 176 passengers on
# the manifest", "was carrying 57 passengers"
ABOARD = "aboard"
_ABOARD_WORDS = frozenset({"aboard", "onboard"})
_BOARD_NOUNS = frozenset({"board", "manifest", "manifests"})
_CARRY_VERBS = frozenset({"carry", "carries", "carried", "carrying"})


def _marks_aboard(tok: Token) -> Token | None:
    """The word that puts ``tok`` on board: its "aboard", its "on board" / "on the manifest", else None."""
    for child in tok.children:
        if child.lower_ in _ABOARD_WORDS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "in"):
            board = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ in _BOARD_NOUNS), None)
            if board is not None:
                return board
    return None


def on_board(anchor: Token, noun: Token | None) -> Token | None:
    """The word that says a count of people is of those on board ("aboard", "board", "manifest", "carrying").

    A vessel's, a plane's or a bus's people are written five ways in one story: "with 48 people on board",
    "had 62 people aboard", "more than 70 people were on board", "a manifest of 176 passengers", "was
    carrying 57 passengers and 6 crew"; they are one fact, which no verb of theirs names. Only people
    (a bare figure or a word for people), and only where the caller found no act of harm or rescue.
    """
    if noun is not None and noun.lower_ not in PEOPLE_NOUNS:
        return None
    node = noun if noun is not None else anchor
    word = _marks_aboard(node)
    if word is not None:
        return word
    # "57 passengers and 6 crew": the second of a list is where the first is
    first = node.head if node.dep_ == "conj" and node.head.i < node.i else node
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in _BOARD_NOUNS:
        return first.head.head  # "the ship's manifest of 300 passengers and crew"
    if first.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and first.head.pos_ in ("VERB", "AUX"):
        verb = first.head
        word = _marks_aboard(verb)
        if word is not None:
            return word  # "more than 70 people were on board", "48 passengers were listed on the manifest"
        if verb.lower_ in _CARRY_VERBS and first.dep_ == "dobj" and _carrier(verb):
            return verb  # "The ferry was carrying 57 passengers"
        if first.dep_ == "dobj":
            manifest = _listed_by_manifest(verb)
            if manifest is not None:
                return manifest  # "The company's manifest listed 48 passengers"
    return None


# verbs by which a manifest gives who was on board: "the manifest listed 48 passengers", "showed 48 people"
_LISTING_VERBS = frozenset(
    {"list", "lists", "listed", "show", "shows", "showed", "shown", "record", "records", "recorded", "name", "names"}
    | {"named", "include", "includes", "included", "contain", "contains", "contained"}
)


def _listed_by_manifest(verb: Token) -> Token | None:
    """The manifest (or passenger list) that is the subject of a verb of listing, if any."""
    if verb.lower_ not in _LISTING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.lower_ in _BOARD_NOUNS:
            return child
        if child.lower_ in ("list", "lists") and any(c.dep_ == "compound" and c.lower_ == "passenger" for c in child.children):
            return child  # "the passenger list showed 48 people"
    return None


def _carrier(verb: Token) -> bool:
    """Is a "carry" a vessel's load, not people carried somewhere ("Firefighters carried two children from ...")?

    The carrier is no person (a craft, "it", or a clause's "which").
    """
    return not any(
        c.dep_ == "nsubj" and (c.lower_ in PEOPLE_NOUNS or c.lower_ in ("he", "she", "they", "we", "i")) for c in verb.children
    )


def whole_aboard(noun: Token | None, number: Token) -> bool:
    """Is a count of people on board the whole a part is counted of: "Three of *the 88 people aboard* died"?

    The verb tells what befell the part; the whole (``number`` counts ``noun`` itself) keeps its own words.
    """
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or number.head.i != noun.i:
        return False
    part = noun.head.head
    return (part.like_num or part.pos_ == "NUM") and _marks_aboard(noun) is not None


_SAFE_PLACES = frozenset({"surface", "safety", "shore"})


def _brought_out(verb: Token, noun: Token | None) -> bool:
    """Does a verb of moving bring the people it moves out of danger: a rescue no event word names?

    "So far 14 villagers have been brought out alive", "Firefighters pulled three workers out alive", "pulled 40
    people from the sea", "brought six workers to the surface": those saved are counted as rescued,
    the count "52 passengers were rescued" keeps. Only people (a bare figure or a word for people): bodies
    or cars pulled from the water are no rescue, nor is anyone brought out "dead".
    """
    if verb.lower_ not in MOVE_OUT_VERBS or verb.pos_ != "VERB":
        return False
    if noun is not None and noun.lower_ not in PEOPLE_NOUNS:
        return False
    alive = False
    for child in verb.children:
        if child.lower_ == "dead" or EVENT_WORDS.get(child.lower_) == "killed":
            return False
        if child.lower_ == "alive":
            alive = True
        elif child.dep_ == "prep" and child.lower_ in ("from", "of", "to", "out"):
            places = _SAFE_PLACES if child.lower_ == "to" else DANGER_PLACES
            alive = alive or any(g.dep_ == "pobj" and g.lower_ in places for g in child.subtree)
        elif child.dep_ in ("prt", "advmod") and child.lower_ == "out":
            # "pulled out of the water": the parser hangs "of" on "out"
            alive = alive or any(g.dep_ == "pobj" and g.lower_ in DANGER_PLACES for g in child.subtree)
    return alive


def predicate_of(anchor: Token, sent: Span) -> tuple[str, int]:
    """The event (category or verb stem) a figure's word takes part in, and the token naming it (-1 if none)."""
    predicate, verb_text = read_predicate(anchor, None, sent)
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


_DEADLY_WORDS = frozenset({"fatal", "deadly", "lethal"})


def _deadly_act(noun: Token) -> bool:
    """Is a noun an act of harm told as deadly: "the *fatal shooting* of", "the *deadly stabbing* of"?"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in HARM_ACT_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _DEADLY_WORDS for c in noun.children)


def _part_of_set(anchor: Token) -> bool:
    """Does a figure count a part of a set it names: "25 *of the injured*", "two *of those* hurt"?"""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.lower_ in ("them", "those") or any(d.lower_ in ("the", "those", "these") for d in obj.children)
                ):
                    return True
    return False


def _part_clause(clause: Token) -> bool:
    """Is a relative clause told of a part of its noun: "3,100 buildings, *of which* about 1,200 homes were damaged"?

    The clause's verb belongs to its own count ("1,200 homes"), never to the set it names a part of, which keeps
    its own verb ("inspected").
    """
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children) for c in clause.children
    )


def _joined_verb(clause: Token) -> bool:
    """Is a verb hung on a counted noun one of a list of verbs, not a modifier of the noun?

    "killed at least one person, *injured dozens* and destroyed buildings": a participle with a direct
    object of its own tells its own act of its own object; "two people *injured* in the crash" has none.
    """
    return clause.dep_ == "acl" and clause.pos_ == "VERB" and any(c.dep_ == "dobj" for c in clause.children)


_NEGATIONS = frozenset({"not", "n't", "never"})


def negated(tok: Token) -> bool:
    """Is an event verb denied: "not hurt", "were never injured", "wasn't killed"?"""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS) for c in tok.children)


def _graver_conj(tok: Token, event: str) -> str:
    """The graver of two joined events: in "shot and killed two officers" the officers were killed."""
    if event not in ("shot", "injured"):
        return event
    for child in tok.children:
        # "shot and killed two officers"; "two people were shot dead"
        if child.dep_ in ("conj", "oprd", "acomp", "xcomp") and EVENT_WORDS.get(child.lower_) == "killed":
            if negated(child) or (child.dep_ == "conj" and has_own_subject(child)):
                continue  # "were hurt but not killed", "were shot but none was killed": the graver did not befall them
            return "killed"
        if child.dep_ == "advmod" and child.lower_ == "fatally" and not closes_elided_count(child):
            return "killed"  # "two bailiffs were fatally shot"; not "six were shot, one fatally": the one's
    return event


# the act of a crowd (the reconciler's class of marching, gathering, rallying), and the verbs that tell one with a
# particle ("turned up", "showed up", "turned out", "came out") or with what the crowd held ("held a vigil")
CROWD = "attended"
_PHRASAL_CROWD = frozenset({"turn", "turned", "turns", "turning", "show", "showed", "shows", "showing", "came", "come", "comes"})
_CROWD_PARTICLES = frozenset({"up", "out"})
_HELD_BY_CROWDS = frozenset(
    {"silence", "vigil", "vigils", "rally", "rallies", "march", "marches", "protest", "protests", "demonstration"}
)
_HELD = frozenset({"held", "hold", "holds", "holding", "staged", "stage", "observed", "observe"})


# the people a force sent to a disaster is counted in, and what they are said to do there
_RESPONDERS = frozenset(
    {"firefighters", "firefighter", "firemen", "personnel", "crews", "crew", "rescuers", "responders", "rescue", "troops"}
)
_FORCE_VERBS = frozenset(
    {"battling", "battle", "battled", "battles", "fighting", "fight", "fought", "fights", "tackling", "tackle", "tackled"}
    | {"assigned", "committed", "working", "work", "worked", "responded", "responding", "respond"}
)
_FRONTS = frozenset({"lines", "line", "ground", "scene", "front", "fireline", "firelines"})


def _force_at_work(verb: Token, noun: Token) -> bool:
    """Does a verb tell responders at work on a disaster: "battling the blaze", "assigned", "on the lines"?

    Not a fight for one's life ("two firefighters are fighting for their lives"): that is a grave injury.
    """
    if noun.lower_ not in _RESPONDERS:
        return False
    preps = [(c.lower_, g.lower_) for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if verb.lower_ in _FORCE_VERBS:
        return not any(p == "for" and obj in ("life", "lives") for p, obj in preps)
    return verb.lower_ in ("are", "were", "is", "was", "remain", "remained") and any(
        p == "on" and obj in _FRONTS for p, obj in preps
    )


def force_of(noun: Token) -> Token | None:
    """The verb that makes a tallied noun a force at work: "the number of firefighters *assigned* to the fire"."""
    if noun.lower_ not in _RESPONDERS:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl") and (c.lower_ in _FORCE_VERBS or EVENT_WORDS.get(c.lower_) == "deployed")
        ),
        None,
    )


# the people a crowd is made of: people in general and those who come to watch, mourn, pray or protest (not officers,
# responders or suspects, who are counted for their role, nor the dead or hurt)
CROWD_NOUNS = frozenset(
    {"people", "persons", "fans", "supporters", "spectators", "mourners", "worshippers", "worshipers", "protesters"}
    | {"protestors", "demonstrators", "marchers", "onlookers", "pilgrims", "visitors", "attendees", "participants"}
    | {"guests", "residents", "locals", "revellers", "revelers", "concertgoers", "students", "members"}
)


# the words for a crowd whose size a figure gives: "drew a crowd of roughly 3,000", "an audience of 2,000"
CROWD_WORDS = frozenset({"crowd", "crowds", "throng", "throngs", "audience", "audiences"})
_SIZING_VERBS = frozenset({"estimated", "put", "numbering", "numbered", "counted"})


def crowd_sized(counted: Token) -> Token | None:
    """The crowd word a figure gives the size of: "a crowd of roughly 3,000", "a crowd estimated at 5,000".

    ``counted`` is the figure's noun ("a crowd of 3,000 people") or, with none, its last number word.
    """
    head = counted.head
    if counted.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in CROWD_WORDS:
        return head.head
    if counted.dep_ == "pobj" and head.lower_ == "at":
        head = head.head  # "a crowd estimated at 5,000"
    elif counted.dep_ != "dobj":
        return None  # "a crowd numbering 5,000"
    if head.lower_ in _SIZING_VERBS and head.dep_ == "acl" and head.head.lower_ in CROWD_WORDS:
        return head.head
    return None


def _alive_people(noun: Token) -> bool:
    """Is a counted noun people a crowd can be made of ("fans", "people"), not the dead or hurt ("bodies", "victims")?"""
    return noun.lower_ in CROWD_NOUNS


_BEING = frozenset({"were", "was", "are", "is"})
# places and occasions where the people present are a crowd: a crowd's size is how many were there
_GATHERINGS = frozenset(
    {"ground", "grounds", "stadium", "arena", "venue", "square", "concert", "rally", "festival", "match", "game"}
    | {"party", "club", "nightclub", "church", "mosque", "temple", "hall", "plaza", "ceremony", "funeral", "vigil"}
)
_AT = frozenset({"at", "in", "inside", "outside", "around", "near"})


def _at_a_gathering(verb: Token) -> bool:
    """Does a copula put its subject at a gathering ("were at or around the ground", "were inside the club")?"""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        places = [t for t in prep.subtree if t.dep_ == "pobj" and t.head.lower_ in _AT]
        if any(t.lower_ in _GATHERINGS for t in places):
            return True
    return False


def _crowd_act(verb: Token) -> bool:
    """Does a verb tell what a crowd did: "turned up", "showed up", "came out", "held a minute's silence"?

    Not when it tells a harm too: "12 people turned up injured" are injured.
    """
    if any(c.lower_ in EVENT_WORDS and c.dep_ in ("acomp", "oprd", "xcomp", "advcl", "dobj") for c in verb.children):
        return False
    low = verb.lower_
    if low in _BEING and _at_a_gathering(verb):
        return True  # "about 75,000 people were at or around the ground", "300 people were inside the club"
    if low in _PHRASAL_CROWD:
        # not a way out of a place ("Two men came out of the shop") nor a finding ("turned out to be")
        if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "of") for c in verb.children):
            return False
        return any(c.dep_ == "prt" and c.lower_ in _CROWD_PARTICLES for c in verb.children)
    return low in _HELD and any(c.dep_ == "dobj" and c.lower_ in _HELD_BY_CROWDS for c in verb.children)


def _verb_phrase(verb: Token, word: str = "") -> str:
    """The verb as written with its particles; ``word`` stands for a headline's present ("escape" -> "escaped")."""
    particles = [c.text for c in verb.rights if c.dep_ == "prt"]
    written = word if word and word != verb.lower_ else verb.text
    return " ".join([written, *particles])


# a headline tells a past act in the present ("Navy captures 23 pirates", "130 inmates escape prison"): the
# act's past form, which the body's report of the same act uses and the event words know
_HEADLINE_PAST = {
    **dict.fromkeys(("capture", "captures"), "captured"),
    **dict.fromkeys(("catch", "catches"), "caught"),
    **dict.fromkeys(("nab", "nabs"), "nabbed"),
    **dict.fromkeys(("recapture", "recaptures"), "recaptured"),
    **dict.fromkeys(("escape", "escapes"), "escaped"),
    **dict.fromkeys(("free", "frees"), "freed"),
    **dict.fromkeys(("release", "releases"), "released"),
    **dict.fromkeys(("kidnap", "kidnaps"), "kidnapped"),
    **dict.fromkeys(("abduct", "abducts"), "abducted"),
    **dict.fromkeys(("evacuate", "evacuates"), "evacuated"),
    **dict.fromkeys(("rescues",), "rescued"),
    **dict.fromkeys(("seize", "seizes"), "seized"),
}
# taking people is capturing them ("Navy caught 28 pirates", "seized 15 suspects"); taking goods is not ("nab $2.5
# million worth of jewellery", "seized 3 tons of cocaine")
_PEOPLE_TAKING = frozenset({"caught", "nabbed", "seized"})
# endings of nouns of those who do something ("pirates", "smugglers", "escapees"): people, when caught or nabbed
_DOER_ENDINGS = ("ers", "ees", "ates", "ists")


def _taken_people(noun: Token, *, seized: bool) -> bool:
    """Are those caught people: a people noun, or (not for a seizure, mostly of goods) a plural doer's noun?"""
    if noun.lower_ in PEOPLE_NOUNS | ESCAPERS or noun.ent_type_ == "NORP":
        return True
    return not seized and noun.tag_ == "NNS" and noun.lower_.endswith(_DOER_ENDINGS)


def act_word(verb: Token, noun: Token | None) -> str:
    """The word an act is read by: a headline's present as its past, taking people as capture, else as written."""
    low = verb.lower_
    if verb.tag_ in ("VBZ", "VBP", "VB") and low in _HEADLINE_PAST:
        low = _HEADLINE_PAST[low]
    if low in _PEOPLE_TAKING and noun is not None and _taken_people(noun, seized=low == "seized"):
        low = "captured"
    if low in _TAKE_FORMS and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        low = "participated"  # "About 200 people took part in the march": they joined it, nobody took them anywhere
    return low


_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})


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
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not has_own_subject(verb):
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
        if child.dep_ == "conj" and has_own_subject(child):
            continue  # "one shooter opened fire, ... two police officers wounded": the officers were, not he
        if own_only and child.dep_ in ("ccomp", "parataxis") and tells_of_others(child):
            continue  # "one report said 14 people were killed": the people were, not the report
        if child.lower_ in EVENT_WORDS and _unrealised(child):
            continue  # "tried to arrest", "vowed to kill"
        if agents and child.dep_ in ("conj", "xcomp") and not has_own_subject(child) and agent_act(child, None):
            continue  # "two gunmen opened fire and killed three people": the gunmen did it, the verb's act is theirs
        if agents and own_only and child.dep_ == "ccomp" and agent_act(child, None):
            # "two officers said they shot the man": what they did, not underwent; "said he shot the man" is
            # told of another (or of one speaker): no harm of theirs either
            if told_of_speakers(child):
                return agent_act(child, None)
            continue
        if child.dep_ in ("xcomp", "ccomp", "acomp", "oprd", "relcl", "conj") and child.lower_ in EVENT_WORDS:
            if is_escape(child, tok if child.dep_ == "relcl" else None) or negated(child):
                continue  # a flight, or a harm denied: "were tied up but not hurt"
            return EVENT_WORDS[child.lower_]
        if _left_in_state(tok, child):
            return EVENT_WORDS[child.lower_]  # "The quake left 20 people injured", "left 300 homes destroyed"
        if child.dep_ == "xcomp":
            for grand in child.children:
                if grand.dep_ in ("xcomp", "ccomp") and grand.lower_ in EVENT_WORDS:
                    return EVENT_WORDS[grand.lower_]
            if child.lower_ in ("leave",) and tok.lower_ in ("forced", "force", "forcing"):
                return "displaced"
    return ""


_BUILDINGS = frozenset({"homes", "houses", "buildings", "structures", "dwellings", "residences", "home", "house"})


def _lost_building(noun: Token, child: Token) -> bool:
    """Are buildings said "lost" ("112 homes lost in Butte County"): destroyed, not a loss of something they had?"""
    return (
        noun.lower_ in _BUILDINGS
        and child.lower_ == "lost"
        and child.dep_ in ("acl", "amod")
        and not any(c.dep_ == "dobj" for c in child.children)  # "5,000 homes lost power"
    )


_LEAVING = frozenset({"left", "leave", "leaves", "leaving"})


def _left_in_state(verb: Token, child: Token) -> bool:
    """Is ``child`` the state "left" puts its object in, parsed as a clause of its own ("left 20 people injured")?

    The small model hangs the participle on "left" as an adverbial clause; it is the object's state, as the
    "dead" of "left three people dead" is: a bare participle of an event, after the object, with no subject or
    conjunction of its own ("left early, injured in the crash" has a comma).
    """
    if verb.lower_ not in _LEAVING or child.dep_ != "advcl" or child.lower_ not in EVENT_WORDS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or child.i != obj.i + 1 or child.tag_ not in ("VBN", "JJ"):
        return False
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in child.children)


def _scene_clause(clause: Token) -> bool:
    """Is ``clause`` a relative clause opened by "where"/"when" ("the site, where 100 people were working")?"""
    if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
        return False
    # the parser may hang "where" on the verb the clause hands on to ("where 100 people are believed to have been
    # working": on "working"); it opens the clause, before its verb
    verbs = {clause.i, _complement_verb(clause).i}
    return any(
        t.dep_ == "advmod" and t.lower_ in ("where", "when") and t.head.i in verbs and t.i < clause.i
        for t in clause.doc[clause.left_edge.i : clause.i]
    )


def _complement_verb(verb: Token) -> Token:
    """The verb a raising or reporting verb hands its subject to: "are believed *to have been working*"."""
    for _ in range(3):
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None or verb.lower_ not in REPORTING_VERBS | {"seem", "seems", "seemed", "appear", "appears", "appeared"}:
            return verb
        verb = nxt
    return verb


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word
