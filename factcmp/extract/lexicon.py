"""Word lists that give numbers their meaning in news text.

Kept as data in one place so a reader can extend them; every list is lower case.
"""

from __future__ import annotations


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# (phrase, qualifier); longest phrases are tried first
HEDGES_BEFORE: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [
            ("at least", "at_least"),
            ("more than", "at_least"),
            ("greater than", "at_least"),
            ("higher than", "at_least"),
            ("over", "at_least"),
            ("upwards of", "at_least"),
            ("upward of", "at_least"),
            ("in excess of", "at_least"),
            ("no fewer than", "at_least"),
            ("no less than", "at_least"),
            ("not less than", "at_least"),
            ("just over", "at_least"),
            ("well over", "at_least"),
            ("just above", "at_least"),
            ("well above", "at_least"),
            ("above", "at_least"),
            ("a minimum of", "at_least"),
            ("starting from", "at_least"),
            ("starting at", "at_least"),
            ("as little as", "at_least"),
            ("as few as", "at_least"),
            ("about", "approximate"),
            ("around", "approximate"),
            ("some", "approximate"),
            ("roughly", "approximate"),
            ("approximately", "approximate"),
            ("an estimated", "approximate"),
            ("estimated", "approximate"),
            ("close to", "approximate"),
            ("approx.", "approximate"),
            ("approx", "approximate"),
            ("circa", "approximate"),
            ("an approximate", "approximate"),
            ("around about", "approximate"),
            ("in the region of", "approximate"),
            ("something like", "approximate"),
            ("nearly", "at_most"),
            ("almost", "at_most"),
            ("up to", "at_most"),
            ("as many as", "at_most"),
            ("as much as", "at_most"),
            ("as far as", "at_most"),
            ("as high as", "at_most"),
            ("as long as", "at_most"),
            ("fewer than", "at_most"),
            ("less than", "at_most"),
            ("under", "at_most"),
            ("no more than", "at_most"),
            ("not more than", "at_most"),
            ("at most", "at_most"),
            ("within", "at_most"),
            ("just under", "at_most"),
            ("just below", "at_most"),
            ("well under", "at_most"),
            ("below", "at_most"),
            ("just shy of", "at_most"),
            ("shy of", "at_most"),
            ("a maximum of", "at_most"),
        ],
        key=lambda p: -len(p[0].split()),
    )
)
# words right before "X to Y" that make it a change and a level ("down $4.23 to $32.53"), not a range
CHANGE_WORDS = _wordset(
    "up down rose fell rise fall rises falls risen fallen climbed dropped jumped slipped gained lost increased decreased grew shrank surged plunged soared tumbled slid edged added shed by "
    "declined advanced eased dipped sank gains loses rising falling"
)
# verbs whose "from X to Y" is a movement between two figures ("dropped from 3.9% to 3.7%"), not one interval
MOVEMENT_VERBS = _wordset(
    "rise rose risen rising rises fall fell fallen falling falls drop dropped dropping drops increase increased increasing increases decrease decreased decreasing decreases climb climbed climbing climbs decline declined declining declines jump jumped jumps grow grew grown growing grows shrink shrank shrunk slip slipped slide slid surge surged plunge plunged soar soared tumble tumbled cut cuts cutting raise raised raising lower lowered reduce reduced reducing boost boosted lift lifted hike hiked slash slashed change changed move moved go went gone going edge edged swell swelled double doubled triple tripled up down"
)
# hedges that need the number right after them, and no verb right before them ("ran over 5 cones")
LOOSE_HEDGES = frozenset({"over", "under", "above", "below", "some", "within", "around", "about"})
HEDGES_AFTER: dict[str, str] = {
    "or more": "at_least",
    "or higher": "at_least",
    "or above": "at_least",
    "or over": "at_least",
    "or so": "approximate",
    "or thereabouts": "approximate",
    "plus": "at_least",
    "+": "at_least",
    "or less": "at_most",
    "or below": "at_most",
    "or lower": "at_most",
    "or younger": "at_most",
    "or older": "at_least",
    "and older": "at_least",
    "and over": "at_least",
    "and above": "at_least",
    "and up": "at_least",
    "and younger": "at_most",
    "and under": "at_most",
    "and below": "at_most",
    "or fewer": "at_most",
    "or under": "at_most",
    "at most": "at_most",
    "at least": "at_least",
    "at the most": "at_most",
    "at the least": "at_least",
}

# vague counts: words -> (low, high); open-ended words get a generous high bound
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores of": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2e9, 9.99e9),
    "several": (3, 9),
    "a few": (2, 5),
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "a handful": (2, 6),
    "a handful of": (2, 6),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "tens of billions": (2e10, 9.99e10),
    "hundreds of billions": (2e11, 9.99e11),
    "a few dozen": (24, 60),
    "a few hundred": (200, 500),
    "a couple hundred": (200, 300),
    "a couple of hundred": (200, 300),
    "a few thousand": (2000, 5000),
    "a couple thousand": (2000, 3000),
    "a couple of thousand": (2000, 3000),
    "a few million": (2_000_000, 5_000_000),
    "several hundred": (200, 900),
    "several thousand": (2000, 9000),
    "several million": (2_000_000, 9_000_000),
    "several dozen": (24, 99),
    "many hundreds": (200, 999),
    "many thousands": (2000, 9999),
}
VAGUE_MAX_WORDS = max(len(k.split()) for k in VAGUE_COUNTS)

# nouns that count people; generic ones collapse to "people" for fact identity
GENERIC_PEOPLE = _wordset("people persons person individuals victims residents others inhabitants civilians-people lives souls")
PEOPLE_NOUNS = _wordset(
    "people persons person individuals men women children kids babies infants civilians soldiers troops officers "
    "officer policemen policewomen police militants fighters militiamen rebels insurgents jihadists refugees "
    "residents villagers migrants students pupils workers staff employees victims casualties hostages captives abductees prisoners "
    "inmates detainees suspects gunmen gunman robbers attackers passengers tourists protesters protestors "
    "demonstrators voters members adults teens teenagers girls boys deputies bailiffs firefighters agents marines "
    "guards constables journalists apostates patients survivors relatives citizens others shooters assailants "
    "bystanders customers visitors pilgrims worshippers devotees sailors airmen personnel recruits volunteers crew doctors "
    "nurses aid-workers witnesses muslims christians families households dead wounded injured man woman child boy "
    "girl student deputy bailiff trooper troopers lawmakers senators displaced homeless evacuees assailant "
    "occupant occupants fans users players player athletes spectators attendees participants shoppers consumers "
    "subscribers viewers readers listeners respondents americans youths juveniles juvenile minors toddlers "
    "elderly seniors retirees pensioners veterans commuters drivers pedestrians cyclists motorists riders "
    "occupiers tenants homeowners landlords farmers miners teachers professors scientists researchers engineers "
    "experts analysts officials executives managers directors ministers candidates delegates legislators judges "
    "jurors lawyers attorneys defendants plaintiffs convicts fugitives thieves burglars raiders kidnappers "
    "hijackers pirates bombers terrorists extremists militia paramedics medics rescuers responders firefighter policeman "
    "cops sheriffs detectives investigators inspectors hostage victim suspect casualty fatalities deaths survivor "
    "refugee migrant immigrants asylum-seekers protester demonstrator soldier troop fighter militant rebel "
    "civilian resident passenger tourist worker employee staffers crewmembers peacekeepers guardsmen servicemen "
    "servicemembers sons daughters brothers sisters siblings parents mothers fathers grandchildren grandparents "
    "twins couples friends neighbours neighbors guests clients patrons diners worshipers congregants parishioners "
    "inhabitants villager nationals foreigners expats doctor nurse surgeons physicians dentists scholars "
    "graduates applicants recipients beneficiaries donors volunteer leaders individual humans lives "
    "classmates schoolmates teammates colleagues coworkers co-workers supporters mourners marchers onlookers "
    # the crew and the staff a story names one of by role: "The trawler's skipper, 47,", "the bus's conductor"
    "captains skippers pilots copilots co-pilots conductors operators owners foremen mechanics chauffeurs deckhands "
    "boatmen helmsmen navigators chefs cooks cashiers clerks bartenders waiters waitresses janitors lifeguards porters"
)


def _singular(word: str) -> str:
    for plural, single in (("men", "man"), ("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_NO_SINGULAR = _wordset("dead wounded injured lives police members couples nationals minors seniors")
# the singular of every plural too: "one visitor", "a fourth occupant"
PEOPLE_NOUNS = PEOPLE_NOUNS | frozenset(_singular(w) for w in PEOPLE_NOUNS if w not in _NO_SINGULAR)
PEOPLE_NOUNS = PEOPLE_NOUNS | frozenset(
    {"fishermen", "fisherman", "crewmen", "firemen", "fireman", "servicemen", "tradesmen", "congressmen"}
)
FAMILY_NOUNS = frozenset({"families", "households", "family", "household"})
# participles of things that the tagger reads as a verb after a number: "34 spent shell casings", "two unexploded bombs"
PARTICIPLE_ADJECTIVES = frozenset({"spent", "unexploded", "expended", "used", "abandoned", "stolen"})
# event nouns that count events, not the people they hit: "2 shootings", "a six-shot revolver"
EVENT_COUNT_NOUNS = _wordset(
    "shooting shootings shot shots gunshot gunshots attack attacks bombing bombings explosion explosions blast "
    "blasts strike strikes airstrike airstrikes raid raids crash crashes incident incidents round rounds bullet "
    "bullets stabbing stabbings robbery robberies fire fires quake quakes earthquake earthquakes aftershock "
    "aftershocks"
)

# the event of things destroyed: a grade of "damaged", written as the grades of "injured" are
DESTROYED = "damaged:destroyed"
# predicate words (inflected forms, lower case) -> event category
EVENT_WORDS: dict[str, str] = {}
for _cat, _words in {
    "killed": "killed kill kills killing died die dies dying dead death deaths toll fatalities fatality "
    "fatal fatally slain slaughtered massacred murdered perished lives executed deceased drowned drowning drowns",
    "injured": "injured injure injures injuring injuries injury wounded wound wounding wounds hurt hospitalized hospitalised",
    "shot": "shot shooting shootings shoots shoot",
    "displaced": "fled flee fleeing flees displaced displacement exodus evacuated evacuation homeless uprooted",
    "arrested": "arrested arrest arrests arresting detained detain detains detaining detention apprehended apprehend "
    "apprehends captured",
    "missing": "missing unaccounted",
    # "left 14 others trapped", "14 children still trapped under the rubble": neither dead nor missing
    "trapped": "trapped",
    "rescued": "rescued rescue",
    "charged": "charged charges counts indicted",
    "damaged": "damaged damaging",
    # destruction is a grade of damage, as a critical wound is of injury ("injured:serious"): "40 houses damaged"
    # and "two homes flattened" are two facts, and "damaged 1,000 houses and destroyed 200" two figures
    DESTROYED: "destroyed destroy destroys destroying collapsed collapse collapses collapsing flattened flatten "
    "flattens flattening razed raze razes razing demolished demolish demolishes demolishing levelled leveled",
    "deployed": "deployed arrived converged dispatched sent",
}.items():
    for _w in _words.split():
        EVENT_WORDS[_w] = _cat

# categories whose figures count people even when no noun says so ("8,000 have fled")
# ("aboard": the people a vessel or a plane holds, events.on_board, which no event word names)
HUMAN_EVENTS = frozenset(
    {"killed", "injured", "shot", "displaced", "arrested", "missing", "rescued", "deployed", "trapped", "aboard"}
)

REPORTING_VERBS = _wordset(
    "said say says saying told tell tells telling reported report reports reporting according estimated estimate "
    "estimates added announced announce announces confirmed confirm confirms stated state states claimed claim "
    "claims believed believe believes noted note notes explained insisted warned warn warns put puts quoted "
    "quoting cited citing described describes describe tweeted posted wrote writes write testified acknowledged "
    "indicated indicates"
)

# the states of a person in danger of dying, which news uses for the critically injured: "one deputy continues
# to *fight for his life*", "*clinging to life*", "two remain *in critical condition*"
LIFE_FIGHT_VERBS = _wordset("fight fights fighting fought battle battles battling battled")
LIFE_CLING_VERBS = _wordset("cling clings clinging clung")
GRAVE_CONDITIONS = _wordset("critical grave serious life-threatening")

# verbs of care a bare figure can be the subject of only as people: "72 were taken to a hospital"
CARE_VERBS = _wordset("taken rushed transported airlifted admitted treated released discharged hospitalized hospitalised")

# verbs whose infinitive complement tells what was done: "were forced to flee", "managed to rescue", "had to
# be evacuated", "the firearms he used to kill"; after any other verb ("vowed to kill", "trying to arrest")
# the act is only aimed at
IMPLICATIVE_VERBS = _wordset(
    "forced force forces forcing managed manage manages managing able had has have having got get gets helped "
    "help helps began begin begins beginning started start starts continued continue continues went go goes "
    "proceeded made used use uses using"
)

# words before a number that make it a name or a label, not a quantity
IDENTIFIER_HEADS = _wordset(
    "section route highway interstate flight no no. number # big channel precinct district chapter article title "
    "room apt apartment suite unit building level page vol volume episode season game week phase stage version v "
    "iphone galaxy windows model class grade ward bus line gate terminal platform pier exit lot box code form "
    "rule amendment resolution bill act proposition prop squad cell block area zone sector category type"
)
STREET_SUFFIXES = _wordset(
    "st st. street ave ave. avenue road rd rd. drive dr dr. boulevard blvd blvd. lane ln way parkway pkwy highway "
    "hwy court ct place pl terrace circle square"
)
# nouns a year qualifies, so that a year-like number before them is a year, not a count ("Merck 2018 sales",
# "the firm 2019 revenue": news copy that lost its apostrophe); nobody counts sales or budgets one by one
YEAR_QUALIFIED_NOUNS = _wordset(
    "sales revenue revenues earnings profit profits results season budget forecast forecasts census election "
    "elections campaign guidance output turnover figures"
)
# nouns whose "<noun> of N" states an amount, never a year ("an average of 1500", "a total of 2000")
AMOUNT_OF_NOUNS = _wordset(
    "average total sum maximum minimum median mean tally increase decrease rise drop fall gain loss population "
    "crowd budget salary price cost capacity"
)
RESTATEMENT_NOUNS = frozenset({"figure", "figures", "number", "estimate", "estimates", "tally"})
DISTANCE_DIRECTIONS = _wordset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west "
    "northeastern northwestern southeastern southwestern"
)

# objects whose value a figure can be ("a $2.5 million necklace"); collective words (jewellery, loot, haul) are left
# out on purpose: outlets name one haul with many of them
VALUABLE_OBJECTS = _wordset(
    "necklace necklaces ring rings tiara tiaras bracelet bracelets brooch earrings pendant diamond diamonds watch "
    "painting paintings sculpture statue vase manuscript violin car cars yacht house home mansion apartment "
    "penthouse villa aircraft jet helicopter"
)

# verbs whose object is the harm their subject took: "suffered injuries", "sustained wounds"
# (word forms: the pipeline runs without a lemmatizer)
SUFFER_VERBS = frozenset(
    [
        "suffer",
        "suffers",
        "suffered",
        "suffering",
        "sustain",
        "sustains",
        "sustained",
        "sustaining",
        "receive",
        "receives",
        "received",
        "incur",
        "incurred",
    ]
)

# fleeing that is an escape, not a displacement: "two suspects who fled the scene", "fled police", "two
# hostages fled"; refugees who fled fighting or their homes are displaced
FLEE_VERBS = _wordset("fled flee flees fleeing")
# what one escapes from: a crime scene, the law and its custody
ESCAPE_FROM = _wordset(
    "scene scenes police officers officer deputies deputy troopers trooper cops agents authorities custody pursuit "
    "jail prison checkpoint"
)
# whose flight is an escape whatever it is from: offenders running from the law, captives from their captors
ESCAPERS = _wordset(
    "suspect suspects gunman gunmen robber robbers attacker attackers assailant assailants shooter shooters thief "
    "thieves burglar burglars kidnapper kidnappers hijacker hijackers fugitive fugitives bomber bombers perpetrator "
    "perpetrators culprit culprits hostage hostages captive captives inmate inmates prisoner prisoners detainee detainees"
)

# idioms that tell an act no event word names (word forms: the pipeline runs without a lemmatizer).
# Dying for something: "three officers *lost their lives*", "*gave his life*", "three of them *paid the
# ultimate sacrifice*"; the one who dies is the subject
LIFE_LOSING_VERBS = _wordset("lost lose loses losing gave give gives given giving sacrificed sacrifice sacrifices laid lay")
SACRIFICE_VERBS = _wordset("paid pay pays paying made make makes making")
ULTIMATE_WORDS = _wordset("ultimate supreme")
# shot: "five people were *gunned down*"; the one shot is the object or the passive subject
GUN_DOWN_VERBS = _wordset("gunned gun guns gunning")
# set free from captors: "Over 100 hostages were *freed*", "troops *released* 12 captives": the rescued, as "rescued 106
# people" of the same siege (only captives: a prisoner "released" on bail or a patient "released" from hospital is not)
FREEING_VERBS = _wordset("freed free frees freeing released release releases releasing liberated liberate liberates liberating")
CAPTIVE_NOUNS = _wordset("hostage hostages captive captives abductee abductees")
# held by the police: "*taken into custody*", "three people are now *in custody*"
CUSTODY_WORDS = _wordset("custody")
# verbs whose "at"/"to" a length is the height they fly at: "flying at around 7,000 feet", "climbed to 35,000 feet"
FLIGHT_VERBS = _wordset(
    "fly flies flying flew flown cruise cruises cruising cruised climb climbs climbing climbed descend descends "
    "descending descended soar soaring soared hover hovering hovered"
)
# who evacuates people as a rescue, not a displacement: "its teams had evacuated about 3,000 people by boat"
RESCUE_AGENTS = _wordset(
    "team teams rescuer rescuers crew crews soldiers troops army navy military guard guards firefighters volunteers "
    "divers cross lifeboat lifeboats helicopter helicopters boat boats"
)
# the means of a rescue: "evacuated by boat", "by helicopter"
RESCUE_MEANS = _wordset("boat boats helicopter helicopters air canoe canoes raft rafts dinghy dinghies lifeboat lifeboats")
# driven out of home: "thousands forced from homes", "were driven from their villages"
FORCED_VERBS = _wordset("forced force forces forcing driven drove drive drives")
HOME_WORDS = _wordset("home homes house houses village villages")
# where the displaced are housed: "8,000 people had taken refuge in shelters" (a camp is where refugees live, a
# displacement of its own)
SHELTER_WORDS = _wordset("shelter shelters")
# searching for people: those searched for are missing ("the search for the remaining four", "rescuers are
# searching for 12 miners"), unless they are wanted ("the search for two suspects": ESCAPERS)
SEARCH_WORDS = _wordset("search searches searching searched hunt hunting looking look looks looked")
# whom a search may be for as the missing: people in general and those a disaster or an accident traps
SEARCHED_PEOPLE = GENERIC_PEOPLE | _wordset(
    "passengers passenger crew workers worker miners miner children child students student climbers hikers "
    "tourists fishermen fisherman sailors swimmers"
)
# verbs that move people out of danger when told with "alive", "from the water", "to the surface" (events._brought_out)
MOVE_OUT_VERBS = _wordset(
    "pull pulls pulled pulling bring brings brought bringing take takes took taken taking carry carries carried "
    "carrying dig digs dug digging pluck plucks plucked plucking lift lifts lifted lifting haul hauls hauled hauling "
    "fish fished winch winched"
)
# verbs that ask for an amount, not set it: "Prosecutors had asked for $750,000 bond" is a request, another fact
REQUEST_VERBS = _wordset(
    "ask asks asked asking request requests requested requesting seek seeks sought seeking want wants wanted "
    "recommend recommends recommended recommending urge urges urged urging propose proposes proposed argue "
    "argued demand demands demanded"
)
# participles after a counted noun that name the set it counts, whatever the clause's verb does to it: "helping the
# 2,000 people *affected* by the quake" counts the people affected, as "the quake affected 2,000 people" does
SET_PARTICIPLES = _wordset("affected impacted stranded marooned infected sickened")
# words of the debt market, where a "bond" is a loan sold to investors, not money a court sets for a release:
# "Greece sold a 3 billion euro bond", "issued a $500 million bond"
MARKET_WORDS = _wordset(
    "sold sell sells selling issued issue issues issuing priced price prices pricing auction auctioned auctions "
    "investor investors yield yields coupon maturity maturing treasury treasuries sovereign municipal corporate "
    "underwriter underwriters refinance refinanced refinancing redeem redeemed redemption default defaulted "
    "notes debt bondholders offering borrowing borrow borrowed euro-denominated dollar-denominated"
)
# the dead counted by their bodies: "We have recovered 12 bodies", "the bodies of 12 people were found"
BODY_NOUNS = _wordset("body bodies corpse corpses remains")
# verbs that tell a body found, whose count is a count of the dead (word forms: the pipeline runs without a
# lemmatizer); "identified 10 bodies" or "buried" count a part of them, and are left
FINDING_VERBS = _wordset(
    "found find finds finding recovered recover recovers recovering retrieved retrieve retrieves retrieving "
    "pulled pull pulls pulling discovered discover discovers discovering located locate locates locating "
    "dug exhumed unearthed fished washed brought"
)
# what people in danger are brought out of: "pulled from the rubble", "plucked from the sea"
DANGER_PLACES = _wordset(
    "water waters sea river ocean lake floodwaters floodwater flood rubble debris wreckage ruins mud sludge rooftops mine shaft"
)
