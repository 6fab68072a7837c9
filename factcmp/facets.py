"""What a quantity claim measures, in canonical classes the reconciler can compare.

Extraction writes what the article says: the verb ("fell", "landed"), the
counted noun ("constables", "officers"), the person an age belongs to. Two
outlets describe one fact with different words, so before lining claims up
the reconciler maps those words onto classes: a *measure* (a count, a
distance, an amount in one currency, an age, a duration), an *event* (killed,
injured, fired...), a *noun class* (officer, shot, building...) and, for ages,
the person. The classes are small hand-written tables: they say which words
news writers use for the same thing, not which figures are right.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcmp.extract.context import TOTAL, WITH_DOER
from factcmp.extract.lexicon import EVENT_WORDS
from factcmp.extract.stays import TIME_SINCE
from factcmp.extract.units import dimension
from factcmp.figure_roles import figure_role

# events that name what is counted firmly enough to block on ("5 killed")
LEXICON_EVENTS = frozenset(EVENT_WORDS.values())
# events firm enough to block on; the last five come from verbs and only gather their synonyms
STRONG_EVENTS = LEXICON_EVENTS | {"fired", "hospital", "dropped", "exploded", "attended"}
# measures of a fixed property (a person's age, a building's height, the minutes before a crash, a weight): reports
# a day apart that differ about one disagree, they do not revise it as a toll is revised
FIXED_MEASURES = frozenset(["age", "length", "duration", "mass"])
# superlatives that pick one person out of a group: "the youngest victim", "the oldest of the dead"
_EXTREMES = frozenset(["youngest", "oldest"])
# people an age may be told of without picking anybody out: "a 58-year-old man", "a 34-year-old woman"
ANYBODY = frozenset(["man", "woman", "boy", "girl", "person", "teen", "teenager", "child", "adult", "individual"])
# acts that may wound as well as kill: a count of the people they only wounded is that grade of
# "injured" ("injured:shot"), told as often with the act as with "wounded"
WOUNDING_ACTS = frozenset(["shot", "hit"])

# verb stems as extraction writes them -> one class per way of saying the same act
_VERB_CLASSES = {
    "fired": "fir fire firing fires shoot shooting opened open",
    "hit": "hit hitt hits strik strike struck strikes jolt rock shook shake felt feel",
    "hospital": "taken took tak transport treat treated hospitaliz hospitalis admitt rush rushed airlift",
    "dropped": "dropp drop drops fell fall land landed",
    "exploded": "explod explode explosion detonat",
    "damaged": "damag",
    # destruction is a grade of damage (extract.lexicon.DESTROYED): "two homes flattened" is not "40 houses damaged"
    "damaged:destroyed": "destroy flatten collaps raz demolish",
    "including": "includ including include",
    # people brought out of water or rubble: "Rescuers had pulled 120 people from the water" (they are rescued,
    # "141 passengers were rescued"; the dead a search brings out are counted as bodies, a noun of their own)
    "rescued": "pull pulled",
    # bodies a search brings out: "68 bodies recovered", "Rescuers found 70 bodies", "retrieved the bodies"
    "recovered": "recover recovered retriev retrieved found find",
    "stole": "steal stole stolen stealing lift lifted snatch snatched loot looted rob robbed",
    # a crowd: "36,000 people marched", "Some 107,000 people joined the march", "the march draws 107,000"; not
    # "attend", which as often counts a school's pupils ("300 students attending class")
    "attended": "march marched marching join joined joining rall rallied rallying protest protested protesting "
    "gather gathered gathering participat demonstrat draw draws drew",
}
# acts whose figure counts people with no noun to say so, as "8,000 have fled" does: "the march draws 107,000"
CROWD_ACTS = frozenset(["attended"])
VERB_CLASS = {stem: cls for cls, words in _VERB_CLASSES.items() for stem in words.split()}

# verbs (as extraction stems them) that say nothing about what a figure counts
_EMPTY_VERBS = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "has", "have", "had", "having"])

# counted nouns (already singular, as extraction stores them) -> class
_NOUN_CLASSES = {
    # "other" is not here: "injuring a police officer and two others" counts the rest of a set (extraction
    # gives those others the noun "other"), never the whole the people in general count
    "": "people person persons individual victim resident villager man men woman women casualty life soul dead wounded injured",
    # people caught up in an attack who are neither its officers nor its suspects: "three other citizens",
    # "the three innocent bystanders" wounded are one group, told apart from the officers hit
    "civilian": "civilian citizen bystander passerby passer-by onlooker",
    "officer": "officer police policeman policemen policewoman cop trooper deputy sheriff constable bailiff agent lawman "
    "detective sergeant marshal",
    "suspect": "suspect gunman gunmen shooter attacker assailant robber perpetrator thief thieves culprit raider "
    "burglar hijacker",
    "child": "child children kid boy girl baby infant toddler",
    "student": "student pupil schoolchild classmate schoolmate",
    # the people a disaster force is counted in: "900 firefighters were battling the blaze", "1,460 personnel were
    # assigned to the fire" (personnel meet other counts only through the act, "deployed")
    "responder": "firefighter fireman firemen personnel crew rescuer responder",
    "refugee": "refugee evacuee displaced",
    # the people an event befalls as a body, often its every victim (reconcile folds them into people in general
    # where a cluster counts an act only of them): a mine's or a plant's workers, a vessel's passengers, a
    # crackdown's protesters, a stadium's fans
    "worker": "worker miner labourer laborer employee",
    "passenger": "passenger traveller traveler commuter",
    "protester": "protester protestor demonstrator marcher",
    "fan": "fan spectator supporter",
    "worshipper": "devotee worshipper worshiper pilgrim congregant parishioner",
    "shot": "shot round bullet gunshot",
    "building": "building house home structure dwelling",
    # separate events of one night or one story: "the two cases were not related", "2 shootings in downtown
    # area", "dealing with two separate situations"
    "incident": "incident shooting attack case situation episode",
    "quake": "quake earthquake tremor temblor",
    "vehicle": "vehicle car truck suv",
    "weapon": "weapon gun firearm rifle pistol handgun",
    "charge": "charge count",
    "country": "country nation",
    "time": "time",
}
NOUN_CLASS = {word: cls for cls, words in _NOUN_CLASSES.items() for word in words.split()}

# words that name a whole class of things, where the class's other words name one kind: "five cars and a van were
# set alight" and "six vehicles were set on fire" count the same night, but the cars are some of the vehicles
_UMBRELLA_WORDS = frozenset(["vehicle", "vehicles", "weapon", "weapons", "firearm", "firearms"])
# the machines a disaster force brings, counted as the force is ("15 helicopters assigned to the fire")
_DISASTER_GEAR = frozenset(
    ["helicopter", "aircraft", "plane", "airplane", "airtanker", "air tanker", "water bomber", "bulldozer", "dozer",
     "fire engine", "fire truck", "ambulance", "boat", "drone"]
)  # fmt: skip
# verbs (as extraction stems them) a disaster force is counted with at work: "were working", "battling the blaze",
# "assigned to the fire", "sent to the site", "The rescue was carried out by more than 80 rescuers"
_FORCE_VERBS = frozenset(
    ["work", "assign", "battl", "battle", "fight", "tackl", "tackle", "help", "involv", "sent", "send", "dispatch",
     "respond", "mobilis", "mobiliz", "operat", "search", "comb", "scour", "carri", "carry", "conduct", "perform"]
)  # fmt: skip
# verbs (as extraction stems them) of things lost: said of homes, the homes destroyed
_LOSSES = frozenset(["lost", "los", "lose", "loses", "losing"])
# the classes above that may be all the people an event befalls (see POPULATIONS' use in reconcile)
POPULATIONS = frozenset(["worker", "passenger", "protester", "fan", "worshipper"])
# the stems of crimes a gang commits: people said to do them are the perpetrators (extraction stems the verbs)
_CRIME_ACTS = frozenset(["robb", "rob", "raid", "burgl", "hijack", "ransack", "storm", "mugg", "stole", "steal"])
# the nouns of armed doers, which a group's name qualifies without narrowing ("Taliban fighters", "Hamas gunmen")
_ARMED = frozenset(
    ["suspect", "militant", "militants", "fighter", "fighters", "insurgent", "insurgents", "rebel", "rebels", "bomber",
     "bombers", "militiaman", "militiamen", "jihadist", "jihadists"]
)  # fmt: skip
# counted nouns whose count no weak verb tells apart: the perpetrators and their weapons
_COUNTED_BY_NOUN = frozenset(["suspect", "weapon"])
# counted nouns that already name the act done to them: a refugee is one displaced
_NOUN_ACTS = {"refugee": "displaced", "suspect": "fired"}

# words around a length that say which length it is
LENGTH_ROLES = ("depth", "width", "height", "length", "radius", "reach")


@dataclass(frozen=True, slots=True)
class Facet:
    """What one quantity claim measures.

    Attributes:
        measure: ``count``, ``length``, ``age``, ``duration``, ``money:EUR``, ...
        event: canonical event class ("killed", "fired") or a verb stem; "" if none.
        noun: canonical class of the counted noun; "" for people in general or none.
        anchor: for ages the person, for lengths the reference point or role.
        keys: the blocking keys; claims that share no key (directly or through
            other claims) never meet. A count has one key for its event and one
            for its noun, so "212 rounds" meets "212 rounds fired" and "three
            officers killed" meets "three killed".
        named: True when the fact is named firmly (an event of the lexicon, a
            specific noun, a person, a reference point): only then may figures
            that differ be one fact without being of a similar size.
        verbless_count: a count no verb governs ("a 200-student schoolhouse").
    """

    measure: str
    event: str
    noun: str
    anchor: str
    keys: tuple[tuple[str, ...], ...]
    named: bool
    # no verb at all governs the figure: an attribute ("a 200-student schoolhouse"), not a copula or an act
    verbless_count: bool = False
    # the counted noun is narrowed by a proper name ("two Baton Rouge officers", "five Dallas officers")
    qualified: bool = False
    # the word of a count of people in general told with a weak verb ("men" of "Four men rammed the
    # store"): the class "" holds too many groups to block on, the word names one group of a story
    word: str = ""
    # a count of a whole set said with a copula ("there was only one gunman"): never the part an act befell
    total: bool = False
    # what people were arrested or charged for, also at the end of ``noun`` ("for same offense")
    reason: str = ""
    # the count names the doer of the harm among its members ("five people are dead, including the gunman")
    with_doer: bool = False
    # the counted noun is its class's umbrella word ("vehicles", "weapons"), not one kind of it ("cars", "rifles")
    umbrella: bool = False
    # what a figure told with no telling verb is in its story: a court's ask, maximum or penalty; money taken,
    # lost, repaid or outstanding (factcmp.figure_roles)
    role: str = ""

    @property
    def group(self) -> str:
        """The class of the counted noun without the reason: "" for "11 total arrests for the same offense"."""
        return self.noun.removesuffix(f"for {self.reason}").strip() if self.reason else self.noun


def is_fixed(f: Facet) -> bool:
    """Is the facet a property that reports do not revise as they revise a toll?

    An age, a length, a duration, a weight, or the size of a thing: a count no
    verb governs ("a 21-storey building", "a three-man panel"), or a capacity
    however it is told ("the 60,000-seat stadium", "which holds 60,000 people").
    """
    if f.measure == "count" and f.noun == "capacity":
        return True
    if f.measure == "speed" and f.noun == "speed limit":
        return True  # a road's limit, as a capacity is a hall's: "the speed limit of 35 km/h" against "limited to 30"
    if f.measure == "length" and f.anchor == "radius":
        return False  # an order's zone is widened as a toll rises: "within a half-mile", then "a one-mile radius"
    return f.measure in FIXED_MEASURES or (f.measure == "count" and f.verbless_count and bool(f.noun) and not f.event)


def measure_of(unit: str, quantity_of: str) -> str:
    """The coarse measure of a claim from its normalised unit.

    >>> measure_of("km", ""), measure_of("person", ""), measure_of("EUR", ""), measure_of("year", "age of X")
    ('length', 'count', 'money:EUR', 'age')
    >>> measure_of("km/h", "speed limit")
    'speed'
    """
    if quantity_of.startswith("age"):
        return "age"
    dim = dimension(unit)
    if dim in ("person", "count"):
        return "count"
    if dim == "money":
        return f"money:{unit}"
    if dim == "[length]":
        return "length"
    if dim == "[time]":
        return "duration"
    if dim == "[length] ** 2":
        return "area"  # pint writes an area's dimension so; "length] ** 2" was a measure nobody could name
    if dim == "[length] / [time]":
        return "speed"
    return dim.strip("[]") or "count"


def event_of(predicate: str) -> str:
    """The class of the act a figure belongs to.

    >>> event_of("killed"), event_of("fell"), event_of("strik"), event_of("receiv")
    ('killed', 'dropped', 'hit', 'receiv')
    """
    p = predicate.lower()
    if p in _EMPTY_VERBS:
        return ""  # "two suspects are at large", "one gunman was": the verb names no act
    if p in STRONG_EVENTS or p.partition(":")[0] in LEXICON_EVENTS:
        return p  # "injured:serious" stays apart from "injured": it is a part of the injured
    return VERB_CLASS.get(p, EVENT_WORDS.get(p, p))


def noun_of(subject: str) -> str:
    """The class of a counted noun; people in general are "".

    >>> noun_of("constable"), noun_of("people"), noun_of("rounds"), noun_of("hole"), noun_of("members of gang")
    ('officer', '', 'shot', 'hole', 'suspect')
    """
    w = subject.lower().strip()
    if w in NOUN_CLASS:
        return NOUN_CLASS[w]
    head, of, whole = w.partition(" of ")
    if of and head in ("member", "members") and whole in ("gang", "the gang"):
        return "suspect"  # "the four-man gang", "one more member of the gang": the perpetrators, counted
    if w.endswith("s") and w[:-1] in NOUN_CLASS:
        return NOUN_CLASS[w[:-1]]
    return w


def person_key(name: str, aliases: dict[str, str] | None = None) -> str:
    """A key for the person an age belongs to: a linked entity id, else the surname.

    A name the linker left out ("Eugene Long" of "Gavin Eugene Long") takes the
    id its surname stands for, when the surname belongs to one person only: so
    it meets the same person's "Long, 29" rather than standing apart.

    >>> person_key("Larry Darnell Gordon"), person_key("Gordon")
    ('gordon', 'gordon')
    >>> person_key("Eugene Long", {"Long": "per:gavin-long"})
    'per:gavin-long'
    """
    if aliases and name in aliases:
        return aliases[name]
    words = [w for w in name.replace(",", " ").split() if w[:1].isalpha()]
    if aliases and words and words[-1] in aliases:
        return aliases[words[-1]]
    return words[-1].lower() if words else name.lower()


def proper_qualifier(quantity_of: str, subject: str) -> bool:
    """Is the counted noun narrowed by a proper name written just before it?

    "Rouge officers shot" (from "two Baton Rouge officers") counts one city's
    officers, a part of all the officers shot; a title-case headline
    ("Police Officers Killed") capitalises the noun too, so it narrows nothing.

    >>> proper_qualifier("Rouge officers shot", "officer"), proper_qualifier("Police Officers Killed", "officer")
    (True, False)
    >>> proper_qualifier("enforcement officers killed", "officer")
    False
    """
    words = quantity_of.split()
    stem = subject.lower().rstrip("s")
    for i, w in enumerate(words[1:], start=1):
        if w.lower().startswith(stem[: max(3, len(stem) - 1)]):
            before = words[i - 1]
            return w[:1].islower() and before[:1].isupper()
    return False


# acts whose reason extraction writes into quantity_of ("people arrested for same offense")
_REASONED_EVENTS = frozenset(["arrested", "charged"])


def _reason(quantity_of: str, event: str) -> str:
    """What an arrest or charge was for, as extraction writes it at the end of quantity_of ("" if not said).

    >>> _reason("people arrested for same offense", "arrested"), _reason("people arrested", "arrested")
    ('same offense', '')
    """
    if event.partition(":")[0] not in _REASONED_EVENTS:
        return ""
    _, found, reason = quantity_of.rpartition(" for ")
    return reason.strip().lower() if found else ""


def _people_acted_on(event: str, subject: str) -> bool:
    """Is a figure of people who underwent a firm act ("three other women were taken to hospital")?

    A bare number beside a verb ("6 took", "3 transported") is too little to
    name a fact; once the article says the figure counts people, the act
    names it as firmly as "killed" does ("the four were taken" to hospital).
    """
    return event in STRONG_EVENTS and bool(subject) and NOUN_CLASS.get(subject.lower().strip()) == ""


def facet(row: dict[str, object], *, aliases: dict[str, str] | None = None) -> Facet:
    """Read the facet of one claim row (a dict with the claims-table columns)."""
    unit = str(row.get("norm_unit") or row.get("unit") or "")
    quantity_of = str(row.get("quantity_of") or "")
    measure = measure_of(unit, quantity_of)
    event = event_of(str(row.get("predicate") or ""))
    subject = str(row.get("subject") or "")
    if measure == "age":
        key = person_key(subject, aliases)
        words = subject.lower().split()
        if words and words[0] in _EXTREMES:
            # "the youngest victim was a 12-year-old boy": the youngest is one person, not every victim
            key = " ".join(words)
        elif subject[:1].islower() and noun_of(key) == "suspect":
            # an unnamed attacker is one person however a writer calls him: "the 31-year-old attacker",
            # "the 32-year-old suspect", "a 33-year-old gunman" (officers or victims are often several)
            key = "suspect"
        # an age keyed on "a man" or "a woman" is nobody in particular; one keyed on a name or on a role the
        # story gives one person ("the suspect", "the driver", "the victim") is somebody's
        named = bool(key) and not (words and words[-1] in ANYBODY)
        return Facet(measure, "", "", key, (("age", key),), named)
    noun = noun_of(subject)
    if event == "displaced" and noun in ("", "civilian"):
        # "Thousands of people who have fled fighting ... take refuge at the Yida camp", "a camp sheltering more
        # than 20,000 civilians fleeing from conflict": people or civilians who fled are the refugees counted
        noun = "refugee"
    if noun == "building" and event in _LOSSES:
        # "Officials confirmed 19 homes were lost" in a fire or a flood counts the homes destroyed
        event = "damaged:destroyed"
    if (noun == "responder" or noun in _DISASTER_GEAR) and (event in _FORCE_VERBS or event in CROWD_ACTS):
        # "More than 40 rescuers were working at the site", then "65 rescuers were now taking part"; "12 helicopters
        # were working the fire", then "15 helicopters assigned": a count of a disaster force or its machines is the
        # force deployed, whichever verb of its work tells it ("Two helicopters crashed" is no such verb)
        event = "deployed"
    if event == "fired" and noun == "time":
        # "the officers fired at least 14 times" counts the shots "fired 11 rounds" counts
        noun = "shot"
    if event in _CRIME_ACTS and noun == "" and unit == "person":
        # "Four masked men robbed the dealer", "three men stormed the store": people who did the story's crime are
        # its perpetrators, as "Five robbers took part in the raid" counts them
        noun = "suspect"
    if event == "fired" and noun == "" and unit == "person":
        # "the two men who shot up a busy street", "two men opened fire": people who fired are the shooters
        # a story counts, as "2 shooters" and "two suspects" count them
        noun = "suspect"
    if event and _NOUN_ACTS.get(noun) == event:
        # "over 24,000 refugees who have fled" counts the refugees as "a camp of 20,000 refugees" does: the
        # noun already says the act, so the act tells the counts apart no more than the copula does
        event = ""
    elif noun in _COUNTED_BY_NOUN and event.partition(":")[0] not in LEXICON_EVENTS:
        # "Four robbers raided the dealer", "Five robbers took part in the raid", "three gunmen stormed the
        # hall": the perpetrators of the story's crime are counted by their noun; what they did is the crime
        # itself, told in a writer's own verb (arrests, charges and deaths still tell counts apart). So are
        # their weapons: "carried two handguns", "fired two handguns", "recovered three handguns"
        event = ""
    if measure == "length":
        anchor = str(row.get("reference") or "").lower() or (noun if noun in LENGTH_ROLES else "")
        return Facet(measure, event, noun, anchor, (("length", anchor),), bool(anchor))
    if measure == "magnitude" and noun in ("quake", "magnitude"):
        # "a magnitude 5.9 earthquake", "The quake had a magnitude of 5.9", "measured it at 6.1": the story's
        # quake, however it is worded; an aftershock keeps its noun, and with it a fact of its own
        noun = ""
    if measure.startswith("money") or measure in ("magnitude", "percent"):
        # what an amount is about is rarely in its verb ("made off with", "valued at")
        return Facet(measure, event, noun, "", ((measure,),), False, role=figure_role(row, measure))
    if measure == "count":
        reason = _reason(quantity_of, event)
        if reason:
            # "11 arrests for the same offense" (firearms) and "15 arrests for those crimes" (begging): what
            # people were arrested for is part of what is counted, as a counted noun is
            noun = f"{noun} for {reason}".strip()
        keys = []
        if event.partition(":")[0] in STRONG_EVENTS:
            keys.append((measure, "e:" + event))
            base, _, grade = event.partition(":")
            if grade in WOUNDING_ACTS:
                keys.append((measure, "e:" + base))  # meets "four people were wounded" (linkage)
        if noun:
            keys.append((measure, "n:" + noun))
        if not keys:
            keys.append((measure, "v:" + event))
        word = ""
        if not noun and event.partition(":")[0] not in STRONG_EVENTS:
            # "Four men rammed a car into the store" and "Four men drove off": no firm act names the
            # group, the word does; it meets the same word told with another verb
            word = subject.lower().strip()
            if word:
                keys.append((measure, "w:" + word))
        named = event.partition(":")[0] in LEXICON_EVENTS or event in CROWD_ACTS or bool(noun) or _people_acted_on(event, subject)
        bare = not str(row.get("predicate") or "").strip()
        # "two Baton Rouge officers" are some of the officers shot; "six al-Shabaab attackers" are all the attackers
        # the story counts: the armed group's name on the doers' noun narrows nothing
        qualified = bool(noun) and noun not in _ARMED and proper_qualifier(quantity_of, subject)
        total = quantity_of.startswith(TOTAL)
        with_doer = quantity_of.endswith(WITH_DOER)
        umbrella = subject.lower().strip() in _UMBRELLA_WORDS
        return Facet(measure, event, noun, "", tuple(keys), named, bare, qualified, word, total, reason, with_doer, umbrella)
    if measure == "duration" and quantity_of.startswith(TIME_SINCE):
        # "became the world's newest country four months ago", "gained its independence 6 months ago": how
        # long the subject has been in its new state, named by the subject whatever verb tells the change
        anchor = (aliases or {}).get(subject) or subject.lower().strip()
        return Facet(measure, event, "", anchor, ((measure, "since", anchor),), bool(anchor))
    # how long a quake shook is named by its act ("shook for one minute", "felt for 15 seconds")
    named = bool(noun) or (measure == "duration" and event in _VERB_CLASSES)
    return Facet(measure, event, noun, "", ((measure, noun),), named, role=figure_role(row, measure))
