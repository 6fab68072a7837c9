"""The thing a figure counts: its noun, the class of that noun, and whether it counts people.

"500 people", "500 victims" and "500 deaths" count one thing (people); "two exit wounds" count wounds, "a
200-student schoolhouse" its students, "two sheriff's department employees" the sheriff's people, and "two
others" after "another bomb" more bombs. The fact key of :func:`factcmp.extract.context.describe` is made of
these classes, and the other readers share the singular forms and the counted events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_WORDS, FAMILY_NOUNS, GENERIC_PEOPLE, HUMAN_EVENTS, PEOPLE_NOUNS
from factcmp.extract.numbers import SCALE_WORDS
from factcmp.extract.units import unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

# event nouns that count things, not people
COUNTED_EVENTS = {"wound", "wounds", "shooting", "shootings", "shot", "shots", "gunshot", "gunshots"}


def singular(word: str) -> str:
    """A crude singular for fact keys ("strikes" -> "strike", "militiamen" -> "militiaman").

    >>> singular("strikes"), singular("militiamen"), singular("casualties"), singular("police")
    ('strike', 'militiaman', 'casualty', 'police')
    >>> singular("radius"), singular("census"), singular("analysis")
    ('radius', 'census', 'analysis')
    """
    w = word.lower()
    if w in ("people", "police", "staff", "personnel", "crew", "dead", "wounded", "injured", "news", "series"):
        return w
    for a, b in (("men", "man"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x")):
        if w.endswith(a) and len(w) > len(a) + 1:
            return w[: -len(a)] + b
    # "radius", "census", "analysis" are already singular: a Latin or Greek ending, not a plural one
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


# the levels of a building, one unit however written: "a 21-storey building", "the 21-floor tower"
_STOREY_WORDS = frozenset({"storey", "storeys", "floor", "floors", "story", "stories"})
STOREY = "storey"


def noun_class(noun: str) -> str:
    """The class a counted noun belongs to: generic people words become "people"."""
    w = noun.lower()
    if w in _STOREY_WORDS - {"story", "stories"}:
        return STOREY  # "story" counts a building's levels only hyphened ("a 21-story building"): see hyphened_size
    if w in COUNTED_EVENTS:
        return singular(w)  # "two exit wounds", "2 shootings": wounds and incidents, not people
    if w in GENERIC_PEOPLE or w in ("dead", "wounded", "injured") or EVENT_WORDS.get(w) in HUMAN_EVENTS:
        return "people"  # "500 people", "500 victims", "500 deaths" count the same thing
    return _SAME_EPISODE.get(w, singular(w))


# words news uses for one episode, one class: "the 14-hour siege" and "a standoff of more than 14 hours"
_SAME_EPISODE = dict.fromkeys(("siege", "sieges", "standoff", "standoffs", "stand-off", "stand-offs"), "siege")


def others_kind(others: Token, sent: Span) -> Token | None:
    """The thing "others" (or "more") are more of, when the sentence named one of them before and it is no person.

    "One bomb hit a 200-student schoolhouse ..., another bomb hit the community marketplace and two
    others hit the outskirts of the camp": the nearest noun before it counted with "one" or "another".
    Others of people ("One police officer ... among the four others") stay people, as do others with
    no such noun before them ("killing at least one and leaving two others missing").
    """
    for tok in reversed(sent.doc[sent.start : others.i]):
        if tok.pos_ == "NOUN" and any(c.lower_ in ("one", "another") and c.dep_ in ("det", "nummod") for c in tok.children):
            return None if tok.lower_ in PEOPLE_NOUNS or tok.ent_type_ == "NORP" else tok
    # "112 homes were destroyed and 30 others damaged": the others are more of what the verb they are joined to counted
    return joined_count(others)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def joined_count(others: Token) -> Token | None:
    """The counted thing in the same place of the verb that "others"/"more" is joined to, written before it.

    "112 homes were destroyed and 30 others damaged": "others" is the subject of "damaged", joined to
    "destroyed", whose subject "homes" a number counts. A subject answers a subject, an object an object.
    People stay people (None): "Two students were killed and five others were wounded" counts the wounded.
    """
    verb = others.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or others.dep_ not in _SUBJECTS | {"dobj"}:
        return None
    deps = _SUBJECTS if others.dep_ in _SUBJECTS else {"dobj"}
    for c in verb.head.children:
        if c.dep_ in deps and c.i < others.i and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children):
            return None if c.lower_ in PEOPLE_NOUNS or c.ent_type_ == "NORP" else c
    return None


def magnitude_owner(doc: Doc, sent: Span, q: RawQuantity) -> Token | None:
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


def other_object(noun: Token) -> bool:
    """Are these others joined to another object, the rest and so a part of the count?

    "injuring a police officer and two others": a part; "four others were injured", the subject
    of its verb, is the whole toll.
    """
    return noun.lower_ == "others" and noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj")


def hyphened_people(doc: Doc, q: RawQuantity) -> Token | None:
    """The people a hyphened figure counts inside a noun phrase: "a 200-*student* schoolhouse", "a 12-*member* jury"."""
    j = q.num_end
    if q.noun_i < 0 or j + 1 >= len(doc) or doc[j].text != "-" or q.noun_i <= j + 1:
        return None
    word = doc[j + 1]
    if word.lower_ in PEOPLE_NOUNS or word.lower_ == "member":
        return word
    return None


def hyphened_size(doc: Doc, q: RawQuantity) -> Token | None:
    """The thing a hyphened count inside a noun phrase is a size of: "a 21-storey *building*", "a six-shot *revolver*".

    "A 21-storey building collapsed", "the collapsed 21-storey building" and "the rubble of the 21-storey tower"
    tell one size of one building, whatever the sentence's verb did to it: the figure describes its noun (the
    noun the hyphened word modifies, a few words on: "the six-shot .357-magnum revolver"). People counted so
    ("a 200-student schoolhouse") are read by :func:`hyphened_people`; an age or a length has a unit.
    """
    j = q.num_end
    if q.unit not in ("", "count") or q.noun_i != j + 1 or j >= len(doc) or doc[j].text != "-":
        return None
    word = doc[q.noun_i]
    if word.dep_ not in ("compound", "amod", "nmod") or word.lower_ in PEOPLE_NOUNS:
        return None
    # the noun the phrase ends in, read off the words (the parser may hang a long phrase anywhere): "the
    # six-shot .357-magnum *revolver* Gordon wielded"
    owner = None
    for tok in doc[word.i + 1 : min(len(doc), word.i + 6)]:
        if tok.pos_ == "NOUN":
            owner = tok
        elif not (tok.pos_ in ("NUM", "ADJ") or tok.text in ("-", "\u2010", "\u2011")):
            break
    return owner


def size_class(word: Token) -> str:
    """The class of a hyphened size word: "story" of "a 21-story building" is a storey, "seat" a capacity."""
    if word.lower_ in _CAPACITY_WORDS:
        return CAPACITY
    return STOREY if word.lower_ in _STOREY_WORDS else noun_class(word.text)


# how many a place or a craft holds, one fact however written: "the 60,000-capacity stadium", "a 60,000-seat
# stadium", "the stadium, which holds 60,000 people", "a capacity of 60,000", "a 200-seater plane"
CAPACITY = "capacity"
_CAPACITY_WORDS = frozenset({"capacity", "seat", "seats", "seater", "seated"})
# verbs that say how many a thing holds, in the present (a past "held 60,000 fans" is as often the crowd of one day)
_HOLDING_VERBS = frozenset({"holds", "seats", "accommodates", "fits", "hold", "seat", "accommodate", "fit"})
# the people a capacity may be told in ("holds 60,000 people", "seats 500 passengers")
# ("The party holds 365 seats" is no capacity: seats are not people here)
_HELD = frozenset({"people", "fans", "spectators", "passengers", "guests", "visitors", "persons", "supporters"})
# what a count of seats is a margin of, not a capacity: "an 80-seat majority", "a 12-seat lead"
_SEAT_MARGINS = frozenset({"majority", "majorities", "lead", "swing", "gain", "gains", "loss", "losses", "deficit"})


def capacity_owner(doc: Doc, sent: Span, q: RawQuantity) -> str | None:
    """The thing a figure gives the capacity of ('' when no word names it), or None when it is no capacity.

    "About 75,000 fans turned up at the 60,000-*seat* stadium": the stadium's capacity, never people who turned up;
    "the stadium, which *holds* 60,000 people", "The stadium *seats* 60,000", "the stadium's *capacity of* 60,000",
    "which has a capacity of 60,000". A holding verb must be in the present, or after "can"/"could", and hold
    people or nothing named ("holds 60,000 shares" is no capacity).
    """
    j = q.num_end
    num = doc[j - 1]
    if j + 1 < sent.end and doc[j].text in ("-", "\u2010", "\u2011") and doc[j + 1].lower_ in _CAPACITY_WORDS:
        owner = next((t for t in doc[j + 2 : min(sent.end, j + 6)] if t.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None and owner.lower_ in _SEAT_MARGINS:
            return None
        return singular(owner.text) if owner is not None else ""
    if num.dep_ == "pobj" and num.head.lower_ == "of" and num.head.head.lower_ == CAPACITY:
        cap = num.head.head
        owner = next((c for c in cap.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None and cap.dep_ == "dobj" and cap.head.lower_ in ("has", "have", "had"):
            owner = _holder(cap.head)
        return singular(owner.text) if owner is not None else ""
    held = doc[q.noun_i] if q.noun_i >= 0 else num
    verb = held.head
    if held.i != num.i and held.lower_ not in _HELD:
        return None
    licensed = _licensed_load(held)
    if licensed is not None:
        # "the boat was licensed to carry a maximum of 60 passengers", "was rated for 40 passengers": what the
        # craft may hold, never the people it carried that day ("was carrying 22 passengers")
        owner = next((c for c in licensed.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if owner is not None and owner.lower_ in ("which", "that") and licensed.dep_ == "relcl":
            owner = licensed.head
        if owner is None or owner.lower_ == "it":
            return ""
        if owner.pos_ == "PROPN" and held.head.lower_ in ("carry", "transport"):
            # a vessel's or an airline's name ("the Ocean Star was licensed to carry ..."), which the small model
            # may tag a person: what is licensed to carry passengers is a craft or its operator ("Smith was allowed
            # to take 30 people" is no capacity)
            first = owner.i
            while first > 0 and owner.doc[first - 1].dep_ == "compound" and owner.doc[first - 1].pos_ == "PROPN":
                first -= 1
            return owner.doc[first : owner.i + 1].text
        return singular(owner.text) if owner.lower_ in _CARRIERS else None
    if held.dep_ != "dobj" or verb.lower_ not in _HOLDING_VERBS:
        return None
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("can", "could", "will", "would") for c in verb.children):
        return None
    if verb.tag_ not in ("VB", "VBZ", "VBP"):
        return None
    owner = _holder(verb)
    if owner is None or owner.lower_ in PEOPLE_NOUNS:
        return None
    return singular(owner.text)


# verbs of carrying a load, which give a capacity when the load is licensed or designed ("licensed to carry")
_CARRYING_VERBS = frozenset({"carry", "hold", "accommodate", "seat", "take", "transport"})
# what a craft is licensed, allowed or built to carry, or rated for: its capacity
_LICENSING_VERBS = frozenset(
    {"licensed", "allowed", "permitted", "authorized", "authorised", "certified", "approved", "cleared", "designed"}
    | {"built", "rated", "registered", "meant"}
)


# what carries or holds people by design: a craft or a venue ("Organisers were permitted to hold 500 people" is no
# capacity of the organisers)
_CARRIERS = frozenset(
    {"vessel", "vessels", "ship", "ships", "boat", "boats", "ferry", "ferries", "plane", "planes", "aircraft", "jet"}
    | {"helicopter", "bus", "buses", "coach", "minibus", "train", "truck", "van", "lorry", "car", "raft", "craft"}
    | {"lift", "elevator", "stadium", "arena", "hall", "venue", "room", "bridge", "shelter", "camp", "ward", "hospital"}
)


def _licensed_load(held: Token) -> Token | None:
    """The verb that licenses a load a count is: "was *licensed* to carry 150 passengers", "*rated* for 40"; else None.

    "The bus can carry 60 passengers" licenses itself (the verb is returned).
    """
    verb = held.head
    if held.dep_ == "dobj" and verb.lower_ in _CARRYING_VERBS and verb.tag_ == "VB":
        if verb.dep_ in ("xcomp", "advcl"):  # the parser hangs "to carry" either way
            return verb.head if verb.head.lower_ in _LICENSING_VERBS else None
        return verb if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children) else None
    if held.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lower_ in _LICENSING_VERBS:
        return verb.head  # "The boat was rated for 40 passengers"
    return None


def _holder(verb: Token) -> Token | None:
    """The subject of a verb of holding, through "which"/"that" to the noun the clause hangs on."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


# words of a hyphened count that give the size of a body ("a three-*man* panel", "a 12-*member* jury"), not a
# kind of people ("a 200-student schoolhouse" counts its students): "a five-member commission" and "a five-person
# commission" are one size, the members of the commission, and no count of people in general meets it
_MEMBER_WORDS = frozenset({"man", "men", "woman", "women", "person", "people", "strong", "member", "members"})


def body_of_size(word: Token) -> Token | None:
    """The body a hyphened member word gives the size of: "a three-man *panel*", "a five-person *team*"; else None."""
    owner = word.head
    if word.lower_ not in _MEMBER_WORDS or word.dep_ not in ("compound", "amod", "nmod") or owner.pos_ != "NOUN":
        return None
    return owner if word.i < owner.i <= word.i + 3 else None


# things whose size an "of" phrase gives: "the school *of* some 1,100 students", "a camp of 20,000 refugees"
_SIZED_NOUNS = frozenset(
    {"school", "schools", "camp", "camps", "town", "village", "city", "community", "team", "crew", "unit", "force"}
    | {"company", "family", "class", "congregation"}
)


def sized_owner(noun: Token) -> Token | None:
    """The thing a count in an "of" phrase is the size of: "The *school* of some 1,100 students"; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _SIZED_NOUNS:
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


# verbs whose shot is a round fired or heard, not a person hit: "fired 11 shot", "heard 2 shot" are never people
_FIRING_HEADS = frozenset(
    {
        "fire",
        "fires",
        "fired",
        "firing",
        "hear",
        "hears",
        "heard",
        "hearing",
        "ring",
        "rings",
        "rang",
        "rung",
        "let",
        "lets",
        "take",
        "takes",
        "took",
        "taken",
        "squeeze",
        "squeezed",
        "count",
        "counts",
        "counted",
        "report",
        "reports",
        "reported",
    }
)


def shot_participle(doc: Doc, q: RawQuantity) -> Token | None:
    """The participle "shot" a headline's bare count is read with as a noun: "11 *shot* at house party"; else None.

    A headline drops the noun and the auxiliary ("9 shot outside nightclub", as "3 dead, 5 wounded"): after a
    figure above one, singular "shot" is no count of shots (that would be "11 shots") but the people shot. A
    compound ("2 shot glasses") and a shot fired or heard keep their noun.
    """
    if q.noun_i < 0 or q.noun_i != q.num_end or q.value is None or q.value <= 1:
        return None
    tok = doc[q.noun_i]
    if (
        tok.lower_ != "shot"
        or tok.dep_ == "compound"
        or any(c.dep_ in ("det", "poss") or (c.dep_ == "amod" and c.i < tok.i) for c in tok.children)
    ):
        return None
    if tok.head != tok and tok.head.lower_ in _FIRING_HEADS:
        return None
    return tok


def glued_noun(noun: Token) -> Token | None:
    """The last part of a hyphened noun the tokenizer split after its counted first part: "four *co*-workers"; else None.

    "co-workers", "ex-wives", "step-children" are one noun, and it is the last part that says what they are.
    """
    doc = noun.doc
    i = noun.i
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return None
    last = doc[i + 2]
    return last if last.is_alpha else None


def count_unit(noun: Token | None, predicate: str) -> str:
    """The unit of a count: "person" for people (or a toll of them), else "count"."""
    if noun is not None:
        low = noun.lower_
        if low in FAMILY_NOUNS:
            return "count"
        if low in EVENT_WORDS and EVENT_WORDS[low] in HUMAN_EVENTS and low not in COUNTED_EVENTS:  # "500 deaths", "200 injuries"
            return "person"
        if low in PEOPLE_NOUNS or noun.ent_type_ in ("NORP",):
            return "person"
        return "count"
    return "person" if predicate in HUMAN_EVENTS else "count"


# nouns that count the members of a body the words before them name
_MEMBER_NOUNS = frozenset({"employee", "employees", "member", "members", "staff", "staffers", "personnel", "workers"})


def body_of_members(noun: Token) -> Token | None:
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


def noun_phrase(noun: Token) -> str:
    """The noun with the compounds written before it: "air strikes", "ISIS fighters"."""
    mods = [
        c
        for c in noun.lefts
        # a scale the parser hangs on the noun ("3 lakh devotees") is the figure's, not a word of the noun
        if c.dep_ == "compound" and c.i == noun.i - 1 and not unit_of_word(c.text) and c.lower_ not in SCALE_WORDS
    ]
    return " ".join([*(m.text for m in mods), noun.text])


# the prepositions that put a share at a level ("climbed back above 20 percent", "rose to 5.2 percent"); "by" is a
# change of it, not its level
_LEVEL_PREPS = frozenset({"to", "above", "below", "at", "over", "under", "around", "near", "of"})
_COPULA_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains", "remained", "stood", "stands"})


def share_subject(doc: Doc, q: RawQuantity) -> Token | None:
    """The noun a percentage is the level of: "relative *humidity* ... climbing back above 20 percent"; else None.

    The subject of the verb that puts the share at a level (through "to", "above", "at" ..., or a copula:
    "Turnout was 64 percent"), when it is a thing and not people, or the noun an "of" phrase gives it to
    ("a humidity of 20 percent"). "The fire was 35% contained" gives the containment, which its verb names.
    """
    pct = doc[q.end - 1]
    if pct.dep_ == "pobj" and pct.head.lower_ in _LEVEL_PREPS:
        prep = pct.head
        if prep.lower_ == "of":
            owner = prep.head
            return owner if owner.pos_ == "NOUN" and owner.lower_ not in PEOPLE_NOUNS else None
        verb = prep.head
    elif pct.dep_ == "attr" and pct.head.lower_ in _COPULA_WORDS:
        verb = pct.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ not in ("NN", "NNS") or subj.lower_ in PEOPLE_NOUNS:
        return None
    return subj


def share_phrase(noun: Token) -> str:
    """The name of a measured thing with the words that say which: "relative humidity", "voter turnout"."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i >= noun.i - 2]
    return " ".join([*(m.lower_ for m in mods), noun.lower_])


# causes and kinds of death a statistic is kept by, over a year or a country ("Bolivia recorded 1,080 traffic deaths
# in 2011", "gun deaths rose to 39,000"): never one event's toll. Kinds of people ("civilian deaths", "child deaths")
# and the story's own harms ("flood deaths", "heat deaths") are no such category: those are its victims
_HARM_CATEGORIES = frozenset(
    {"traffic", "road", "highway", "gun", "firearm", "firearms", "overdose", "overdoses", "drug", "opioid", "opioids"}
    | {"maternal", "infant", "workplace", "alcohol", "smoking", "tobacco", "suicide", "suicides"}
)
# the nouns of a harm counted, as the category's name writes them: "road fatalities" are "road deaths"
_HARM_NOUNS = {
    **dict.fromkeys(("death", "deaths", "fatality", "fatalities"), "deaths"),
    **dict.fromkeys(("injury", "injuries"), "injuries"),
}
_TALLY_NOUNS = frozenset({"toll", "tally", "number", "count", "total", "figure"})
_TOLL_NOUNS = frozenset({"toll", "tally"})
# a weapon names a statistic of deaths ("gun deaths rose to 39,000"), but injuries by it are as often the story's
# own ("three people suffered gun injuries")
_WEAPON_CATEGORIES = frozenset({"gun", "firearm", "firearms"})


def harm_category(noun: Token) -> str | None:
    """The statistic a death or injury noun names by its category ("traffic deaths"), or None for a plain harm.

    "1,080 traffic deaths", "road fatalities", "Bolivia's traffic death toll", "the number of road deaths": the
    category, which "38 people died when a bus fell into a ravine" never counts; so is "the road toll".
    """
    harm: Token | None = noun
    if noun.lower_ in _TOLL_NOUNS and not any(c.lower_ in _HARM_NOUNS for c in noun.lefts):
        # "the state's road toll rose to 300": a toll is of the dead, and the road's is the year's road deaths
        category = next((c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.lower_ in _HARM_CATEGORIES), None)
        return f"{category.lower_} deaths" if category is not None else None
    if noun.lower_ in _TALLY_NOUNS:
        harm = next((c for c in noun.lefts if c.dep_ == "compound" and c.lower_ in _HARM_NOUNS), None)
        if harm is None:
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            harm = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if harm is None or harm.lower_ not in _HARM_NOUNS:
        return None
    category = next((c for c in harm.lefts if c.dep_ in ("compound", "amod") and c.lower_ in _HARM_CATEGORIES), None)
    if category is None and harm is not noun:
        # "Bolivia's traffic death toll": the category may hang on the tally beside the harm's noun
        category = next((c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.lower_ in _HARM_CATEGORIES), None)
    if category is None or (category.lower_ in _WEAPON_CATEGORIES and _HARM_NOUNS[harm.lower_] != "deaths"):
        return None
    return f"{category.lower_} {_HARM_NOUNS[harm.lower_]}"


def told_harm_category(verb: Token | None) -> str | None:
    """The category of the harm a verb gives the level of, or None.

    "*Gun deaths* rose to 39,000", "brought *the number of road deaths* to 412", "*the traffic death toll* reached
    1,080".
    """
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            found = harm_category(child)
            if found is not None:
                return found
    return None
