"""Word lists that give numbers their meaning in news text.

Kept as data in one place so a reader can extend them; every list is lower case.
"""

from __future__ import annotations

# (phrase, qualifier); longest phrases are tried first
HEDGES_BEFORE: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [
            ("at least", "at_least"), ("more than", "at_least"), ("over", "at_least"),
            ("upwards of", "at_least"), ("in excess of", "at_least"), ("no fewer than", "at_least"),
            ("no less than", "at_least"), ("just over", "at_least"), ("well over", "at_least"),
            ("above", "at_least"), ("a minimum of", "at_least"),
            ("about", "approximate"), ("around", "approximate"), ("some", "approximate"),
            ("roughly", "approximate"), ("approximately", "approximate"), ("an estimated", "approximate"),
            ("estimated", "approximate"), ("close to", "approximate"), ("nearly", "at_most"),
            ("almost", "at_most"), ("approx.", "approximate"), ("circa", "approximate"),
            ("up to", "at_most"), ("as many as", "at_most"), ("as much as", "at_most"),
            ("fewer than", "at_most"), ("less than", "at_most"), ("under", "at_most"),
            ("no more than", "at_most"), ("at most", "at_most"), ("within", "at_most"),
            ("just under", "at_most"), ("below", "at_most"), ("just shy of", "at_most"),
            ("a maximum of", "at_most"), ("some", "approximate"), ("around about", "approximate"),
        ],
        key=lambda p: -len(p[0].split()),
    )
)
HEDGES_AFTER: dict[str, str] = {"or more": "at_least", "or so": "approximate", "plus": "at_least", "+": "at_least", "or less": "at_most"}

# vague counts: word -> (low, high); open-ended words get a generous high bound
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "millions": (2_000_000, 9_999_999), "billions": (2e9, 9.99e9), "several": (3, 9),
    "a few": (2, 5), "a couple": (2, 3), "a couple of": (2, 3), "a handful": (2, 6),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "a few dozen": (24, 60), "a few hundred": (200, 500), "a couple hundred": (200, 300),
    "a few thousand": (2000, 5000), "several hundred": (200, 900), "several thousand": (2000, 9000),
    "several dozen": (24, 99),
}

# nouns that count people; generic ones collapse to "people" for fact identity
GENERIC_PEOPLE = frozenset(
    "people persons person individuals victims residents others inhabitants civilians-people "
    "lives souls".split()
)
PEOPLE_NOUNS = frozenset(
    """people persons person individuals men women children kids babies infants civilians soldiers
    troops officers officer policemen policewomen police militants fighters militiamen rebels
    insurgents jihadists refugees residents villagers migrants students pupils workers staff
    employees victims casualties hostages prisoners inmates detainees suspects gunmen gunman
    robbers attackers passengers tourists protesters demonstrators voters members adults teens
    teenagers girls boys deputies bailiffs firefighters agents marines guards constables
    journalists apostates patients survivors relatives citizens others shooters assailants
    bystanders customers visitors pilgrims worshippers sailors airmen personnel recruits
    volunteers crew doctors nurses aid-workers witnesses muslims christians families households
    dead wounded injured man woman child boy girl student deputy bailiff trooper troopers
    lawmakers senators members refugees displaced homeless evacuees""".split()
)
FAMILY_NOUNS = frozenset({"families", "households", "family", "household"})

# predicate words (inflected forms, lower case) -> event category
EVENT_WORDS: dict[str, str] = {}
for _cat, _words in {
    "killed": "killed kill kills killing died die dies dying dead death deaths toll fatalities fatality "
    "fatal fatally slain slaughtered massacred murdered perished lives executed",
    "injured": "injured injure injuring injuries injury wounded wound wounding hurt hospitalized "
    "hospitalised wounds",
    "shot": "shot shooting shootings",
    "displaced": "fled flee fleeing flees displaced displacement exodus evacuated evacuation "
    "homeless uprooted",
    "arrested": "arrested arrest arrests detained detention apprehended captured",
    "missing": "missing unaccounted",
    "rescued": "rescued rescue",
    "charged": "charged charges counts indicted",
    "damaged": "damaged destroyed collapsed flattened",
    "deployed": "deployed arrived converged dispatched sent",
}.items():
    for _w in _words.split():
        EVENT_WORDS[_w] = _cat

# categories whose figures count people even when no noun says so ("8,000 have fled")
HUMAN_EVENTS = frozenset({"killed", "injured", "shot", "displaced", "arrested", "missing", "rescued", "deployed"})

REPORTING_VERBS = frozenset(
    """said say says saying told tell tells telling reported report reports reporting according
    estimated estimate estimates added announced announce announces confirmed confirm confirms
    stated state states claimed claim claims believed believe believes noted note notes explained
    insisted warned warn warns put puts quoted quoting cited citing described describes describe
    tweeted posted wrote writes write testified acknowledged indicated indicates""".split()
)

# words before a number that make it a name or a label, not a quantity
IDENTIFIER_HEADS = frozenset(
    """section route highway interstate flight no no. number # big channel precinct district
    chapter article title room apt apartment suite unit building level page vol volume episode
    season game week phase stage version v iphone galaxy windows model class grade ward
    bus line gate terminal platform pier exit lot box code form rule amendment resolution
    bill act proposition prop squad cell block area zone sector category type""".split()
)
STREET_SUFFIXES = frozenset(
    "st st. street ave ave. avenue road rd rd. drive dr dr. boulevard blvd blvd. lane ln way parkway "
    "pkwy highway hwy court ct place pl terrace circle square".split()
)
RESTATEMENT_NOUNS = frozenset({"figure", "figures", "number", "estimate", "estimates", "tally"})
DISTANCE_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northeastern northwestern southeastern southwestern".split()
)
