"""What a number is about: the thing counted, the event, the place, the time window.

These are the keys the reconciler lines facts up by, read from spaCy's dependency parse and entities around
each quantity. :func:`describe` puts them together from the readers beside it: the counted noun
(:mod:`factcmp.extract.nouns`), the event (:mod:`factcmp.extract.events`) and its grade
(:mod:`factcmp.extract.severity`), the reason of an arrest (:mod:`factcmp.extract.reasons`), the noun or event
a count leaves to other words (:mod:`factcmp.extract.ellipsis`), the owner of an age
(:mod:`factcmp.extract.ages`), the reference of a length (:mod:`factcmp.extract.lengths`), the object of an
amount (:mod:`factcmp.extract.money`). Time windows and places are read in :mod:`factcmp.extract.scope`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.agents import HARM_AGENT, SHOOTING_AGENT, counts_doer
from factcmp.extract.ages import (
    age_subject,
    copula_person,
    decade_owner,
    looks_like_age,
    stated_age_owner,
    thing_owner,
    turned_subject,
)
from factcmp.extract.doc_index import index_of
from factcmp.extract.ellipsis import (
    antecedent_of,
    both_dead,
    copula_class,
    dead_after_list,
    earlier_value_of,
    elliptic_antecedent,
    partitive_noun,
)
from factcmp.extract.events import (
    ABOARD,
    COPULAS,
    CROWD,
    CROWD_NOUNS,
    SHELTERED,
    bodies_found,
    crowd_sized,
    dead_subject_event,
    force_of,
    on_board,
    read_predicate,
    tallied_noun,
    whole_aboard,
)
from factcmp.extract.known import KnownQuantity
from factcmp.extract.lengths import (
    FALL_AMOUNTS,
    LENGTH_WORDS,
    REACH,
    fallen_amount,
    length_of_thing,
    length_role,
    reference_of,
    zone_radius,
)
from factcmp.extract.lexicon import CAPTIVE_NOUNS, CARE_VERBS, DESTROYED, EVENT_WORDS, HUMAN_EVENTS, MOVEMENT_VERBS, PEOPLE_NOUNS
from factcmp.extract.measures import SPEED_LIMIT, flight_experience, speed_limit
from factcmp.extract.money import BOND, is_money, money_subject
from factcmp.extract.nouns import (
    CAPACITY,
    STOREY,
    body_of_members,
    body_of_size,
    capacity_owner,
    count_unit,
    glued_noun,
    harm_category,
    hyphened_people,
    hyphened_size,
    joined_count,
    magnitude_owner,
    noun_class,
    noun_phrase,
    other_object,
    others_kind,
    share_phrase,
    share_subject,
    shot_participle,
    singular,
    size_class,
    sized_owner,
    told_harm_category,
)
from factcmp.extract.numbers import ADVERB_COUNTS
from factcmp.extract.reasons import REASONED_EVENTS, reason_of
from factcmp.extract.scope import deadline_verb, places_of
from factcmp.extract.severity import (
    FATAL,
    STATE_EVENTS,
    care_state,
    elliptic_severity,
    partial_destruction,
    severity_of,
    state_severity,
)
from factcmp.extract.stays import state_stay_of
from factcmp.extract.units import TIME_UNITS, dimension

# the dimension of a speed, as units.dimension gives it
SPEED = "[length] / [time]"

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

__all__ = ["INCREMENT", "TOTAL", "WITH_DOER", "QuantityContext", "describe", "restated_places"]


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


# acts a count of people on board may not override: what befell them, what they did, what was aimed at them
_FIRM_ACTS = frozenset(EVENT_WORDS.values()) | {CROWD, SHOOTING_AGENT, HARM_AGENT}


def _shared_count(noun: Token) -> bool:
    """Does one figure count its noun and a people noun joined to it: "176 *passengers and crew*"?

    Not "38 passengers and two drivers", where each noun has its own figure.
    """
    return any(
        c.dep_ == "conj" and c.lower_ in PEOPLE_NOUNS and not any(g.dep_ == "nummod" or g.like_num for g in c.children)
        for c in noun.children
    )


def describe(doc: Doc, sent: Span, q: RawQuantity) -> QuantityContext:
    """Read the predicate, counted noun, unit, subject and reference of a quantity."""
    if isinstance(q, KnownQuantity):
        return _describe_known(doc, sent, q)
    if q.noun_i < 0:
        later = earlier_value_of(doc, sent, q)
        if later is not None:
            # "More than 2,500 homes were damaged, up from an earlier count of about 1,200": the 1,200 counts what
            # the 2,500 counts, an earlier figure of the same fact, not a bare "(damaged)"
            return describe(doc, sent, later)
    ctx = QuantityContext(unit=q.unit)
    anchor = doc[q.noun_i] if q.noun_i >= 0 else doc[q.num_end - 1]
    noun_tok = doc[q.noun_i] if q.noun_i >= 0 else None
    held = capacity_owner(doc, sent, q) if q.unit in ("", "count", "person") and not q.is_age else None
    if held is not None:
        # "About 75,000 fans turned up at the 60,000-seat stadium", "the stadium, which holds 60,000 people": how
        # many the stadium holds, one fact however written, and never people an act befell
        ctx.unit, ctx.noun = "count", CAPACITY
        ctx.noun_text = f"{CAPACITY} of {held.lower()}" if held else CAPACITY
        ctx.quantity_of = _quantity_of(ctx, q)
        return ctx
    members = hyphened_people(doc, q)
    if members is not None:
        # "a 200-student schoolhouse" counts the students; what happened to the school is not theirs
        ctx.noun, ctx.noun_text, ctx.unit = noun_class(members.text), members.text, "person"
        body = body_of_size(members)
        if body is not None:
            # "a three-man panel", "a 12-member jury": the size of the body, not people an act befell
            ctx.noun = ctx.noun_text = f"members of {singular(body.text)}"
        ctx.quantity_of = _quantity_of(ctx, q)
        return ctx
    sized = hyphened_size(doc, q)
    if sized is not None:
        # "A 21-storey building collapsed", "the rubble of the 21-storey tower": a size of the building, not a
        # count of what the sentence's verb did; storeys and floors are one unit
        size, ctx.unit = size_class(doc[q.noun_i]), "count"
        ctx.noun_text = f"{size} of {singular(sized.text)}"
        # a building's storeys are one measure whatever the building is called ("tower", "block"); any other
        # size is of its thing ("a six-shot revolver" holds six rounds: no count of shots fired)
        ctx.noun = size if size == STOREY else ctx.noun_text
        ctx.quantity_of = _quantity_of(ctx, q)
        return ctx
    headline_shot = shot_participle(doc, q)
    if headline_shot is not None:
        # "11 shot at house party", "9 shot outside nightclub": the people shot, as "5 wounded" are people injured
        noun_tok, ctx.unit = None, "person"
    glued = glued_noun(noun_tok) if noun_tok is not None else None
    if glued is not None:
        # "four former co-workers": the workers, people, whom the split-off "co" hid
        noun_tok = glued
        if ctx.unit == "count":
            ctx.unit = count_unit(glued, "")
    if noun_tok is not None:
        ctx.noun = noun_class(noun_tok.text)
        ctx.noun_text = noun_phrase(noun_tok)
        body = body_of_members(noun_tok)
        if body is not None:
            ctx.noun = noun_class(body.text)  # "two sheriff's department employees" are the sheriff's people
        if other_object(noun_tok):
            ctx.noun, ctx.noun_text = "other", "others"
    if noun_tok is None and q.unit == "magnitude":
        owner = magnitude_owner(doc, sent, q)
        if owner is not None:
            # "two aftershocks of more than 5.0 magnitude", "an aftershock of magnitude 5.3": the figure is the
            # aftershocks', as "a 6.1-magnitude quake" is the quake's
            ctx.noun, ctx.noun_text = noun_class(owner.text), owner.text if owner.i >= q.end else noun_phrase(owner)
    if noun_tok is None and ctx.unit == "percent":
        measured = share_subject(doc, q)
        if measured is not None:
            # "relative humidity climbing back above 20 percent": a level of the humidity, never the containment
            ctx.noun_text = share_phrase(measured)
            ctx.noun = noun_class(measured.text)
    # "About 1,500 of the village's 4,700 residents were told to evacuate": the 4,700 are the set the 1,500 are taken
    # from, the village's people, and what the clause tells befell the part only; the set's own words still tell
    # its act ("Five of the eight people injured")
    told_in = doc[noun_tok.left_edge.i : noun_tok.right_edge.i + 1] if _whole_of_a_part(doc, q, noun_tok) else sent
    # only what is counted can be who did a harm: "a 6.1-magnitude earthquake killed one person" tells the quake's act
    ctx.predicate, ctx.verb_text = read_predicate(anchor, noun_tok, told_in, agents=q.unit in ("", "person", "count"))
    if headline_shot is not None:
        ctx.predicate, ctx.verb_text = _shot_event(headline_shot)
    if q.unit in ("", "person", "count") and (
        ctx.predicate.partition(":")[0] not in _FIRM_ACTS or whole_aboard(noun_tok, doc[q.num_end - 1])
    ):
        board = on_board(anchor, noun_tok)
        if board is not None:
            # "A bus with 48 people on board", "The launch was carrying 57 passengers": those on board, one
            # fact however written, which no weak verb ("had", "were", "carrying") tells apart
            ctx.predicate, ctx.verb_text = ABOARD, board.text
            if noun_tok is not None and _shared_count(noun_tok):
                # "the ship's manifest of 300 passengers and crew": the figure counts both, everyone on board
                ctx.noun = ctx.noun_text = "people"
    if ctx.predicate == "rescued" and noun_tok is not None and noun_tok.lower_ in CAPTIVE_NOUNS:
        # "Over 100 hostages were freed" and "rescued 106 people" of one siege: the captives are those it rescued
        ctx.noun = "people"
    found = bodies_found(noun_tok, _verb_token(sent, ctx.verb_text)) if noun_tok is not None else None
    if found is not None and ctx.predicate not in HUMAN_EVENTS:
        # "We have recovered 12 bodies so far", "24 bodies found": the dead, one fact with "At least 24 people
        # drowned" and "the toll rose to 24"; "the bodies of 12 children" are children killed
        ctx.predicate = "killed"
        if found is noun_tok:
            ctx.noun = ctx.noun_text = "people"
            ctx.unit = ctx.unit or "person"
    if ctx.predicate == CROWD and noun_tok is not None and noun_tok.lower_ in CROWD_NOUNS:
        # "About 75,000 fans turned up", "Around 75,000 people gathered": one crowd, whoever it is said to be made of
        ctx.noun = "people"
    if noun_tok is not None and sized_owner(noun_tok) is not None:
        # "The school of some 1,100 students was locked down": the school's size, as "About 1,100 students attend"
        ctx.predicate = ctx.verb_text = ""
    if noun_tok is None:
        event = _event_after(doc, q, sent)
        if event:
            ctx.predicate, ctx.verb_text = event  # "24 dead and over 200 injured": each figure has its own event
    else:
        dead = dead_after_list(noun_tok, sent)
        if dead is None and ctx.predicate != "killed" and q.value == 2:
            dead = both_dead(noun_tok, sent)
        if dead is not None:
            ctx.predicate, ctx.verb_text = "killed", dead.text
    category = _harm_category_of(noun_tok, sent, ctx)
    if category is not None:
        # "Bolivia recorded 1,080 traffic deaths in 2011", "Gun deaths rose to 39,000": a statistic of a kind of death,
        # never the toll of the story's one crash ("38 people died when a bus fell into a ravine")
        ctx.noun = ctx.noun_text = category
        ctx.predicate = ctx.verb_text = ""
        ctx.unit = ctx.unit or "person"  # the dead and the hurt are people, with or without a noun on the figure
    tallied = tallied_noun(anchor) if noun_tok is None and not q.unit and ctx.predicate not in HUMAN_EVENTS else None
    if tallied is not None:
        # "bringing the number of survivors to 12": a level of a count of survivors, whatever verb gives it
        noun_tok = tallied
        ctx.noun, ctx.noun_text = noun_class(tallied.text), noun_phrase(tallied)
        force = force_of(tallied)
        if force is not None:
            # "The number of firefighters assigned to the fire rose to 1,400": the force deployed, at its new level
            ctx.predicate, ctx.verb_text = "deployed", force.text
        elif ctx.verb_text.lower() not in MOVEMENT_VERBS:
            # "bringing the number of survivors to 12", "the survivor count stays at 15": a verb that only
            # carries the level tells no act; a movement ("The number of tourists rose to 2 million") is kept
            ctx.predicate = ctx.verb_text = ""
    said_to_be = None
    if not q.unit and (noun_tok is None or _partitive(doc, q)):
        # "Fifteen of the passengers were foreigners": the part is what the copula says it is
        said_to_be = copula_class(doc[q.num_end - 1])
    if said_to_be is None and not q.unit and noun_tok is None:
        # "The fire has destroyed 132 structures, 112 of them homes": the part counts homes
        said_to_be = partitive_noun(doc, sent, q)
    if said_to_be is not None:
        # "Of the 72 people on board, 57 were Nepali nationals and 15 were foreigners": the 57 are nationals
        noun_tok = said_to_be
        ctx.noun, ctx.noun_text = noun_class(said_to_be.text), noun_phrase(said_to_be)
    antecedent = antecedent_of(doc, sent, q) if noun_tok is None and not q.unit else None
    if antecedent is None and noun_tok is None and not q.unit and ctx.predicate not in HUMAN_EVENTS:
        # "fired 212 rounds during the rampage that left two dead and six wounded": the act on
        # people already says what "six" counts; a set before it lends no noun
        antecedent = elliptic_antecedent(doc, sent, q)
    if antecedent is not None:
        # "Four others were injured. The four were taken to hospital": the four are the injured people
        noun_tok = antecedent
        ctx.noun = noun_class(antecedent.text)
        ctx.noun_text = noun_phrase(antecedent)
    more = doc[q.num_end] if noun_tok is None and q.num_end < sent.end and doc[q.num_end].lower_ == "more" else None
    if more is not None and doc[q.num_end - 1].head.i != more.i:
        more = None  # "four more people": "more" modifies the noun; only "damaged 41 more" stands for it
    if more is not None:
        # "destroyed 132 structures ... and damaged 41 more": more of what the verb joined to it counted; "one bomb
        # ... fell, with several more falling" is an increment of the bombs, left as it is
        kind = joined_count(more)
    else:
        kind = others_kind(noun_tok, sent) if noun_tok is not None and noun_tok.lower_ == "others" else None
    if kind is not None:
        # "another bomb hit the community marketplace and two others hit the outskirts": the others are bombs
        noun_tok = kind
        ctx.noun, ctx.noun_text = noun_class(kind.text), kind.text
    if q.noun_i < 0 and q.num_end - q.num_start == 1 and doc[q.num_start].lower_ in ADVERB_COUNTS:
        # "The officer was shot twice": the times he was hit, as "shot three times" counts them, never people
        noun_tok = None
        ctx.noun, ctx.noun_text, ctx.unit = "time", "times", "count"
    crowd = (
        crowd_sized(noun_tok or doc[q.num_end - 1])
        if q.unit in ("", "person", "count") and not q.is_age and (noun_tok is None or noun_tok.lower_ in PEOPLE_NOUNS)
        else None
    )
    if crowd is not None and ctx.predicate.partition(":")[0] not in HUMAN_EVENTS:
        # "The concert drew a crowd of roughly 3,000", "a crowd estimated at 5,000": the people there, one crowd
        # with "About 3,000 fans turned up", whatever verb tells it
        ctx.predicate, ctx.verb_text = CROWD, ctx.verb_text or crowd.text
        if noun_tok is None or noun_tok.lower_ in CROWD_NOUNS:
            ctx.noun = ctx.noun_text = "people"
            ctx.unit = ctx.unit or "person"
    if not ctx.unit:
        ctx.unit = count_unit(noun_tok, ctx.predicate)
        if ctx.unit == "count" and noun_tok is None and _cared_for(doc, sent, q):
            ctx.unit = "person"  # "some saying 72 were taken to a hospital", "two have already been released"
    stated = stated_age_owner(doc, q) if ctx.unit == "year" and not q.is_age else None
    if stated is not None:
        q.is_age = True  # "The autopsy lists his age as 27": a person's age, as "Price, 27" is
    if q.is_age and q.value is None and decade_owner(doc, sent, q) is not None:
        # "three other women in their 30's were transported to UMC Brackenridge": the age hangs on the women,
        # not on the nearest name
        ctx.subject = decade_owner(doc, sent, q) or ""
    elif q.is_age:
        ctx.subject = (
            stated
            or turned_subject(doc, sent, q)
            or age_subject(doc, sent, q, name_after=True)
            or copula_person(doc, q)
            or thing_owner(doc, q)  # "The ATR 72 aircraft was 16 years old", "the aircraft, a 15-year-old ATR 72-500"
        )
    elif noun_tok is None and not q.unit and q.num_start > sent.start and looks_like_age(doc, sent, q):
        # "Montrell Jackson, 32, and Matthew Gerald, 41, were killed": ages, not a toll
        ctx.subject = age_subject(doc, sent, q)
        if ctx.subject:
            ctx.unit = "year"
            ctx.predicate = ctx.verb_text = ""
            q.is_age = True
    if q.is_age and ctx.predicate.partition(":")[0] != "killed":
        dead = dead_subject_event(anchor, sent)
        if dead is not None:
            # "The customer who was killed is a man in his 50s", "the victim who died ... was identified as
            # 56-year-old Eugene Linscomb": the age is of the one who died, told by a copula or a naming verb
            ctx.predicate, ctx.verb_text = "killed", dead.text
    fallen = fallen_amount(doc, sent, q) if _is_length(ctx.unit) and not q.is_age else ""
    if fallen:
        # "dumped up to 250 mm of rain", "rainfall of more than 200mm": how much fell, keyed on what fell
        ctx.reference = fallen
    elif _is_length(ctx.unit) and not q.is_age and (measured := length_of_thing(doc, q)) is not None:
        # "a 1.5-km corridor", "a 1.5km-long corridor": the corridor's length, the role "The corridor is 1.5 km long"
        # also gives, named with its thing
        role, thing = measured
        ctx.reference, ctx.noun, ctx.noun_text = "", role, f"{role} of {noun_phrase(thing)}"
    elif _is_length(ctx.unit) and not q.is_age:
        ctx.reference = reference_of(doc, sent, q)
        if zone_radius(doc, sent, q):
            # "people within two miles of the depot", "a 1-mile radius of the site": the zone's radius, one
            # measure whatever word names its centre
            ctx.reference, ctx.noun = "", "radius"
            if doc[q.start].lower_ == "within" and q.value is not None:
                # the zone reaches that far: "within two miles" is a two-mile radius, no bound below three
                q.qualifier, q.low, q.high = "exact", q.value, q.value
        if not ctx.reference and not ctx.noun:
            ctx.noun = length_role(doc, sent, q)
            if ctx.noun in ("height", REACH) and ctx.predicate not in HUMAN_EVENTS:
                # "It was flying at around 7,000 feet when", "The crash occurred ... at an altitude of about 2,100
                # metres": the altitude of the flight, whatever verb tells it
                ctx.predicate = ctx.verb_text = ""
    within = ctx.unit in TIME_UNITS and doc[q.start].lower_ == "within" and q.value is not None
    if within and deadline_verb(doc[q.start : q.end]) is not None:
        # "asked to submit its report within 30 days", "must leave within 48 hours": a deadline is the time given,
        # 30 days, not a bound below it (which agreed with another outlet's 15-day deadline)
        q.qualifier, q.low, q.high = "exact", q.value, q.value
    if not ctx.noun and dimension(ctx.unit) == SPEED and speed_limit(doc, sent, q):
        # "exceeded the speed limit of 35 km/h", "in a zone limited to 30km/h": the road's limit, one fact however
        # told, and never the vehicle's speed
        ctx.noun = ctx.noun_text = SPEED_LIMIT
        ctx.predicate = ctx.verb_text = ""
    state = None
    if not q.unit and not q.is_age and (noun_tok is None or noun_tok.lower_ in PEOPLE_NOUNS):
        partitive = noun_tok is not None and _partitive(doc, q)
        state = care_state(doc, sent, q, doc[q.num_end - 1] if noun_tok is None or partitive else noun_tok)
        if (
            state is not None
            and not partitive
            and ctx.predicate in HUMAN_EVENTS
            and q.end < sent.end
            and doc[q.end].lower_ != "of"
        ):
            # "The three innocent bystanders who were wounded remain in the hospital": the wounded, whose act the
            # noun tells; only a part of a set ("Five of the eight people injured ... are still in hospital", "two of
            # them in intensive care") is counted by its state
            state = None
    if state is not None:
        # "63 people were treated in hospitals, 11 of them in critical condition", "Five of the eight people injured
        # ... are still in hospital": what the part's own state says it counts, not the act of the whole
        ctx.predicate, ctx.verb_text = state[0].partition(":")[0], state[1]
        severity = state[0].partition(":")[2]
        if ctx.unit == "count":
            ctx.unit = "person"
    else:
        severity = severity_of(sent, ctx.verb_text) if ctx.predicate in HUMAN_EVENTS or ctx.predicate == "damaged" else ""
    if not severity and state is None and noun_tok is None and ctx.predicate in HUMAN_EVENTS:
        severity = elliptic_severity(doc, sent, q)  # "left three others wounded, one critically"
        if severity == FATAL and ctx.predicate in ("shot", "injured"):
            # "six people were shot, one fatally": the one [was shot] fatally, a death
            ctx.predicate, severity = "killed", ""
    if severity == FATAL:
        severity = ""
    if not severity and ctx.predicate in STATE_EVENTS:
        # "two victims were hospitalized with life-threatening injuries", "one continues to fight for his life"
        verb = _verb_token(sent, ctx.verb_text)
        severity = state_severity(verb) if verb is not None else ""
        if not severity and noun_tok is not None:
            # "one officer, who is in critical condition, was shot": the relative clause grades its noun
            clause = next((c for c in noun_tok.children if c.dep_ == "relcl"), None)
            severity = state_severity(clause) if clause is not None else ""
    if ctx.predicate == DESTROYED and partial_destruction(_verb_token(sent, ctx.verb_text)):
        ctx.predicate = "damaged"  # "200 houses were partially destroyed", "were destroyed or damaged": damage
    if severity and ctx.predicate == "shot":
        # "Five people were shot, two of them critically", "one officer, who is in critical condition, was shot": a
        # shooting graded is a wound of that grade, the count of the critically wounded ("wounded, one critically")
        ctx.predicate = "injured"
    if severity:
        ctx.predicate = f"{ctx.predicate}:{severity}"
    if is_money(ctx.unit) and not ctx.subject:
        ctx.subject = money_subject(doc, sent, q)
        if ctx.subject == BOND:
            # "held on $500,000 bond", "lowered bond to $250,000": one bond whatever verb tells it, so that a court
            # changing it is an update, as a reward that grows is
            ctx.predicate = ctx.verb_text = ""
    flown = flight_experience(doc, q, noun_tok) if ctx.unit in TIME_UNITS else ""
    if flown:
        # "had more than 21,900 flying hours", "more than 21,000 hours of flight experience": one measure, the
        # captain's; the co-pilot's "6,396 hours of flying experience" is another
        ctx.noun = ctx.noun_text = flown
    elif ctx.unit in TIME_UNITS and noun_tok is None and not ctx.subject and not q.is_age:
        # an age with no owner is nobody's stay: "A 17-year-old was in critical condition" is not the condition's
        lasted = _duration_owner(doc, sent, q)
        if lasted is not None:
            # "The siege lasted 14 hours", "a standoff of more than 14 hours", "ended after 14 hours": the siege's
            # duration, as "the 14-hour siege" is
            ctx.noun, ctx.noun_text = noun_class(lasted.text), noun_phrase(lasted)
        else:
            ctx.subject = state_stay_of(sent, q)
    ctx.quantity_of = _quantity_of(ctx, q)
    if ctx.unit in ("person", "count") and ctx.predicate.lower() in COPULAS and _exclusive(doc, sent, q):
        # "there was only one gunman at the scene": how many there were in all, not how many of them an act befell
        ctx.quantity_of = f"{TOTAL}{ctx.quantity_of}".strip()
    elif (
        ctx.unit in ("person", "count")
        and not (more is not None and kind is not None)
        and _increment(doc, sent, q, ctx.predicate)
    ):
        # "Four more people died in hospital", "another two people were killed": what a running count grew by
        ctx.quantity_of = f"{INCREMENT}{ctx.quantity_of}".strip()
    if ctx.unit == "person" and ctx.predicate.partition(":")[0] in _DOER_COUNTED_EVENTS and counts_doer(anchor, sent):
        # "three people are dead, including the shooter": the dead with their killer, another set than the
        # victims' toll the other reports give ("two bailiffs were killed")
        ctx.quantity_of = f"{ctx.quantity_of}{WITH_DOER}"
    if ctx.predicate in REASONED_EVENTS:
        reason = reason_of(anchor, sent)
        if reason:
            ctx.quantity_of = f"{ctx.quantity_of} for {reason}"
    return ctx


# how the quantity_of of a count that names the doer of the harm among its members ends: "people killed including
# suspect" (see agents.counts_doer); the reconciler keeps it apart from the victims' toll
WITH_DOER = " including suspect"
_DOER_COUNTED_EVENTS = frozenset({"killed", "injured", "shot"})

# how the quantity_of of a count of a whole set opens: "total gunman (was)" (see _exclusive)
TOTAL = "total "
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
    return verb.lower_ in COPULAS and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)


# how the quantity_of of an increment opens: "more people killed" (see _increment)
INCREMENT = "more "
# words after the number that make a count what a count grew by: "four *more* people", "two *additional* victims"
_INCREMENT_AFTER = frozenset({"more", "additional", "further"})
# words before it: "*another* two people", "an *additional* 20", "a *further* three bodies"
_INCREMENT_BEFORE = frozenset({"another", "additional", "further"})


def _increment(doc: Doc, sent: Span, q: RawQuantity, predicate: str) -> bool:
    """Does a count say how much a running count grew: "Four more people died", "another two were rescued"?

    "Four more people died in hospital on Thursday" and "a further three bodies were recovered" add to a toll
    told before; they are never rivals of it. "more than" and "or more" are hedges, not increments. A count of
    another act than the figures just before it (in its sentence, else in the sentence before) completes a
    list: "killed three officers and wounded three more", "killing five and injuring another 10" count all
    the wounded.
    """
    after = doc[q.num_end] if q.num_end < sent.end else None
    before = doc[q.num_start - 1] if q.num_start > sent.start else None
    if after is not None and after.lower_ in _INCREMENT_AFTER:
        nxt = doc[after.i + 1] if after.i + 1 < sent.end else None
        if after.lower_ == "more" and nxt is not None and nxt.lower_ == "than":
            return False  # "four more than on Monday": a difference
    elif before is None or before.lower_ not in _INCREMENT_BEFORE:
        return False
    return not _another_act_before(doc, sent, q, predicate.partition(":")[0])


def _another_act_before(doc: Doc, sent: Span, q: RawQuantity, act: str) -> bool:
    """Do the counts just before a count (its sentence's, else the sentence before's) tell acts other than its own?"""
    from factcmp.extract.quantities import scan_sentence  # imported late (cycle), as in ellipsis

    def acts_in(where: Span, upto: int) -> set[str]:
        found = set()
        for other in scan_sentence(doc, where):
            if other.end > upto:
                break
            noun = doc[other.noun_i] if other.noun_i >= 0 else None
            event = read_predicate(noun if noun is not None else doc[other.num_end - 1], noun, where)[0]
            if event.partition(":")[0] in HUMAN_EVENTS:
                found.add(event.partition(":")[0])
        return found

    acts = acts_in(sent, q.start)
    if not acts and sent.start > 0:
        previous = doc[sent.start - 1].sent
        acts = acts_in(previous, previous.end)
    return bool(acts) and act not in acts


# words of a part taken from a set before "of" ("half of the 4,700 residents"); "all", "both", "each" take the whole
_PART_WORDS = frozenset(
    {"some", "many", "most", "half", "several", "few", "none", "majority", "minority", "third", "quarter", "dozens"}
    | {"hundreds", "thousands", "scores"}
)


def _whole_of_a_part(doc: Doc, q: RawQuantity, noun: Token | None) -> bool:
    """Is a count the set another figure is a part of: "1,500 of *the village's 4,700 residents*", "two of *its 40 passengers*"?"""
    if noun is None or doc[q.num_end - 1].head.i != noun.i or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    if q.start <= part.i < q.end:
        return False
    return part.like_num or part.pos_ == "NUM" or part.lower_ in _PART_WORDS


# verbs that give how long a thing went on: "the siege lasted 14 hours", "the standoff ended after 14 hours"
_LASTING_VERBS = frozenset({"last", "lasts", "lasted", "lasting", "stretched", "dragged", "ended", "ends", "finished"})
# nouns of a stretch itself, which own no duration of their own: "a period of 14 hours", "a total of 14 hours"
_STRETCH_NOUNS = frozenset({"period", "span", "total", "time", "maximum", "minimum", "average", "stretch", "spell"})


def _duration_owner(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
    """The thing a duration is how long of, told by a verb of lasting or an "of": the siege in "the siege lasted 14 hours"."""
    unit = doc[q.end - 1]
    if not (sent.start <= unit.head.i < sent.end):
        return None
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        owner = head.head  # "after a standoff of more than 14 hours"
        return owner if owner.lower_ not in _STRETCH_NOUNS else None
    verb = head
    if unit.dep_ == "pobj" and head.lower_ == "after" and head.head.lower_ in ("ended", "ends", "finished"):
        verb = head.head  # "The siege ended after 14 hours"
    elif unit.dep_ not in ("npadvmod", "dobj", "tmod") or verb.lower_ not in _LASTING_VERBS - {"ended", "ends", "finished"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "The standoff, which lasted more than 14 hours"
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ in _STRETCH_NOUNS:
        return None
    return subject


def _harm_category_of(noun: Token | None, sent: Span, ctx: QuantityContext) -> str | None:
    """The category a count of deaths or injuries is a statistic of, or None.

    Its noun's ("1,080 traffic deaths"), or, for a figure with no noun, that of the harm its verb gives the level
    of ("Gun deaths rose to 39,000").
    """
    if noun is not None:
        return harm_category(noun)
    if ctx.predicate.partition(":")[0] not in ("killed", "injured"):
        return None
    return told_harm_category(_verb_token(sent, ctx.verb_text))


def _partitive(doc: Doc, q: RawQuantity) -> bool:
    """Is a count's noun the set it is taken from: "Fifteen *of the passengers*"?"""
    return q.num_end < len(doc) and doc[q.num_end].lower_ == "of" and q.noun_i > q.num_end


# adverbs after a figure that part it from an event word after them: "two not injured", "five never found"
_NOT_BEFORE_EVENT = frozenset({"not", "never", "n't"})


def _event_after(doc: Doc, q: RawQuantity, sent: Span) -> tuple[str, str] | None:
    """The event word right after a bare figure: "24 *dead* and over 200 *injured*", "two *shot* dead"."""
    j = q.end
    while j < sent.end and doc[j].tag_ == "RB" and doc[j].lower_ not in _NOT_BEFORE_EVENT:
        j += 1  # "40 still missing", "two critically injured"
    if j >= sent.end:
        return None
    tok = doc[j]
    event = EVENT_WORDS.get(tok.lower_)
    if event not in HUMAN_EVENTS or not (tok.tag_ in ("VBN", "JJ") or (event == "missing" and tok.tag_ == "VBG")):
        # "missing" is read as a present participle: "Nigeria bus crash kills 20, 15 missing"
        return None
    if event == "shot" and j + 1 < sent.end and EVENT_WORDS.get(doc[j + 1].lower_) == "killed":
        return "killed", doc[j + 1].text  # "two shot dead"
    return event, tok.text


def _shot_event(shot: Token) -> tuple[str, str]:
    """The event of a headline's "N shot": shot, or killed when "dead" follows ("2 shot dead")."""
    after = shot.doc[shot.i + 1] if shot.i + 1 < len(shot.doc) else None
    if after is not None and after.lower_ == "dead":
        return "killed", after.text
    return "shot", shot.text


def _describe_known(doc: Doc, sent: Span, q: KnownQuantity) -> QuantityContext:
    """The context a reader found with its figure (a zero, an ordinal, a calibre), taken as it is."""
    ctx = QuantityContext(unit=q.unit, reference=q.reference, subject=q.subject)
    if q.noun:
        ctx.noun, ctx.noun_text = noun_class(q.noun), q.noun
    if q.event:
        ctx.predicate = q.event
        ctx.verb_text = doc[q.event_i].text if q.event_i >= 0 else ""
        severity = severity_of(sent, ctx.verb_text)
        if severity:
            ctx.predicate = f"{q.event}:{severity}"
    ctx.quantity_of = q.quantity_of or _quantity_of(ctx, q)
    return ctx


def _verb_token(sent: Span, verb_text: str) -> Token | None:
    """The token of a predicate's words as written (its first word), as ``severity_of`` finds it."""
    if not verb_text:
        return None
    first = verb_text.split()[0]
    return next((t for t in sent if t.text == first), None)


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
    if ctx.reference in FALL_AMOUNTS and ctx.reference.islower():
        return FALL_AMOUNTS[ctx.reference]  # "rainfall": an amount that fell, no distance from anywhere
    if ctx.reference:
        return f"{_MEASURE_NAMES.get(ctx.unit, 'distance')} from {ctx.reference}"
    if ctx.noun in LENGTH_WORDS.values() or ctx.noun == REACH:
        # "length of corridor" where the thing is named with its length (length_of_thing), else the role alone
        return ctx.noun_text if ctx.noun_text.startswith(f"{ctx.noun} of ") else ctx.noun
    if ctx.unit == "magnitude" and ctx.noun_text:
        # "a 6.1-magnitude quake injured 50 people": the quake's magnitude, whatever the quake did (not "quake
        # injured"), as "calibre of handgun" and "value of necklace" name what a measure is of
        return f"magnitude of {ctx.noun_text}"
    parts = []
    if ctx.noun_text and ctx.noun != "people":
        parts.append(ctx.noun_text)
    elif ctx.unit == "person":
        parts.append("people")
    elif is_money(ctx.unit) and ctx.subject:
        parts.append(ctx.subject if ctx.subject == BOND else f"value of {ctx.subject}")
    elif ctx.unit not in ("count", ""):
        parts.append(_MEASURE_NAMES.get(ctx.unit, ctx.unit))
    event, _, severity = ctx.predicate.partition(":")
    if event in HUMAN_EVENTS or event == SHELTERED:
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
        if not any(
            c.dep_ in ("amod", "compound") and EVENT_WORDS.get(c.lower_, "").partition(":")[0] == event for c in tok.children
        ):
            continue
        subject = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "most of the damaged houses"
        verb = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lower_ not in COPULAS:
            continue
        spans = [(c.left_edge.i, c.right_edge.i + 1) for c in verb.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE]
        names = places_of(nxt, exclude)
        ents = [e for e in index_of(doc).ents_of(nxt) if e.text in names and any(s <= e.start < e_ for s, e_ in spans)]
        return [e.text for e in ents]
    return []
