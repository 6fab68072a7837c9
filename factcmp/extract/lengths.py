"""Lengths: which one a distance is (depth, width, height...), the place it is measured from, its direction.

"100 kilometres west of Baghdad" and "55 km south of Bireun" are distances from two places, and "at a depth
of 10 km" is no distance from anywhere: the reference place or the role goes into the fact key. Surnames
and places spelt like role words ("shot Long from 100 yards") are names, not roles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.lexicon import DISTANCE_DIRECTIONS, EVENT_WORDS, FLIGHT_VERBS, PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
LENGTH_WORDS = {
    "depth": "depth",
    "deep": "depth",
    "wide": "width",
    "width": "width",
    "across": "width",
    "long": "length",
    "length": "length",
    "high": "height",
    "tall": "height",
    "height": "height",
    "altitude": "height",
    "radius": "radius",
}
# "west of the town of Bireun": the reference is the name, not the word "town"
_PLACE_CLASS_NOUNS = {"town", "city", "village", "capital", "province", "district", "region", "state", "county", "island"}


# the farthest point a sound, a shock or a sight was perceived at: "The tremor was felt up to 80 miles away"
REACH = "reach"
# verbs and adjectives of perceiving from afar
_PERCEIVED = frozenset({"felt", "feel", "heard", "hear", "visible", "audible", "smelled", "smelt"})
# "seen" is as often where someone was ("the suspect was seen a mile away"): a reach only with its hedge
_SEEN = frozenset({"seen", "see"})
_LENGTH_UNITS = frozenset({"km", "m", "mile", "foot", "yard", "nautical_mile"})


def perceived_reach(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Is a length the reach a sound, a shock or a sight was perceived at: "heard as far as 50 km away"?

    "The tremor was felt up to 80 miles away" against "felt as far as 120 miles away": two outlets name two
    farthest points, a disagreement, where a bound ("up to 30 people") would agree with any smaller figure.
    A length "away" (or after "as far as"/"up to") with a word of perceiving (felt, heard, visible ...) in the
    few words before it.
    """
    if q.unit not in _LENGTH_UNITS:
        return False
    hedged = doc[q.start].lower_ in ("as", "up") and q.start < q.num_start
    if not hedged and not (q.end < sent.end and doc[q.end].lower_ == "away"):
        return False
    words = _PERCEIVED | _SEEN if hedged else _PERCEIVED
    return any(t.lower_ in words for t in doc[max(sent.start, q.start - 8) : q.start])


# words of a zone kept around a site: "told people within two miles of the depot to shelter in place"
_ZONE_WORDS = re.compile(r"\b(?:shelter|evacuat\w*|exclusion|cordon\w*|quarantine\w*|off-limits|no-go)\b", re.IGNORECASE)


def zone_radius(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Is a length the radius of a zone kept around a site ("within two miles of the depot", "a 3-mile radius")?

    A gas leak's, a chemical fire's or a derailment's shelter or evacuation zone is written "a 1-mile radius of
    the plant", "within two miles of the depot", "within about 5 km of the tanker": one measure, the
    zone's radius, whichever word names its centre (plant, site, scene). A "radius" word beside the length, or
    "within" before it in a sentence that orders a shelter, an evacuation or a cordon.
    """
    if any(t.lower_ == "radius" for t in doc[q.start : min(sent.end, q.end + 2)]):
        return True
    within = doc[q.start].lower_ == "within" or (q.start > sent.start and doc[q.start - 1].lower_ == "within")
    return within and bool(_ZONE_WORDS.search(sent.text))


def length_role(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """Which length a bare distance is: "at a *depth* of 10 km", "two metres *wide*", "flying at 7,000 feet"."""
    if perceived_reach(doc, sent, q):
        return REACH  # "felt up to 80 miles away": the reach, whatever verb perceives it
    unit = next((t for t in doc[q.num_end : q.end] if t.pos_ == "NOUN"), doc[q.end - 1])  # "3-metre (10-foot)"
    if _of_waves(unit):
        return "height"  # "6-metre (20-foot) waves", "waves of up to 15 feet": the waves' height
    before = doc[max(sent.start, q.start - 3) : q.start]
    after = doc[q.end : min(sent.end, q.end + 2)]
    for tok in [*before, *after]:
        role = LENGTH_WORDS.get(tok.lower_)
        if role and not _is_name(tok, sent):
            return role
    if _under_ground(doc, sent, q.end):
        return "depth"
    fall = _fall_extent(unit)
    if fall:
        return fall  # "plunged about 300 metres into a ravine" is as deep as "a 300-metre-deep ravine"
    if _flight_level(doc[q.end - 1]):
        return "height"  # an altitude, as "at an altitude of about 2,100 metres" is
    return ""


# what a length describes as its height when it modifies it: "3-metre waves", "swells of up to 4 metres"
_WAVES = frozenset({"wave", "waves", "swell", "swells", "surf", "seas", "breakers"})


def _of_waves(unit: Token) -> bool:
    """Is a length the height of waves: "3-metre (10-foot) *waves*", "*waves* of up to 10 feet"?

    The unit word modifies the wave noun (a hyphened length, a bracketed conversion of one) or is the object
    of its "of".
    """
    tok = unit
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            return tok.head.head.lower_ in _WAVES
        if tok.dep_ not in ("appos", "nmod", "compound", "amod"):
            return False
        tok = tok.head
        if tok.lower_ in _WAVES:
            return True
    return False


# verbs of a fall: the length fallen into a hollow or off a drop is how deep or high it is, where "rolled",
# "skidded" or "crashed" 100 metres down a slope go along it
_FALL_VERBS = frozenset(
    {
        *("plunge", "plunged", "plunges", "plunging", "fall", "fell", "falls", "falling", "fallen"),
        *("plummet", "plummeted", "plummets", "plummeting", "tumble", "tumbled", "tumbles", "tumbling"),
        *("drop", "dropped", "drops", "dropping", "hurtle", "hurtled", "hurtles", "hurtling"),
    }
)
_FALL_PREPS = frozenset({"into", "down", "off", "over", "from"})


def _fall_extent(unit: Token) -> str:
    """The extent a length fallen into a hollow or off a drop is: "plunged 300 metres *into a ravine*" -> depth.

    The unit word hangs on a verb of falling ("plunged about 300 metres into a ravine", "fell 50 feet from a
    cliff"), or on a fall told just before ("plunged off a cliff, falling 200 metres"), whose "into", "down",
    "off", "over" or "from" names a hollow (its depth) or a drop (its height), as "a 500-foot ravine" does.
    """
    if unit.dep_ != "npadvmod":
        return ""
    verb = unit.head
    preps = [verb] if verb.lower_ in _FALL_PREPS else []
    if verb.lower_ in _FALL_VERBS:
        preps += [t for t in verb.children if t.lower_ in _FALL_PREPS]
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.lower_ in _FALL_VERBS:
            preps += [t for t in verb.head.children if t.lower_ in _FALL_PREPS]
    elif not preps or verb.head.lower_ not in _FALL_VERBS:
        return ""
    for prep in preps:
        for obj in prep.children:
            one = obj.lower_.removesuffix("s") if obj.dep_ == "pobj" else ""
            if one in _DEPTH_OF:
                return "depth"
            if one in _HEIGHT_OF:
                return "height"
    return ""


def _flight_level(unit: Token) -> bool:
    """Is a length the level a verb of flight puts something at: "was flying *at* around 7,000 feet"?"""
    prep = unit.head
    return unit.dep_ == "pobj" and prep.lower_ in ("at", "to") and prep.head.lower_ in FLIGHT_VERBS


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP"})


def _is_name(tok: Token, sent: Span) -> bool:
    """Is a word a name (or part of one), not the common word it is spelt like: "shot *Long* from 100 yards"?

    Surnames and places are spelt like role words (Long, High, Wide), and the small model often tags
    them as adverbs. A name is a proper noun or an entity of the model, or a capitalised word inside a
    sentence in running text; in a headline, where every word has a capital, a word the article uses in a
    person's name ("Gavin Long").
    """
    if tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_LABELS:
        return True
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if tok.i != sent.start and not _headline_case(sent):
        return True
    return any(e.label_ == "PERSON" and tok.text in e.text.split() for e in index_of(tok.doc).ents)


def _headline_case(sent: Span) -> bool:
    """Is a sentence set in title case or capitals ("Bridge Is 2 Km Long"), so that a capital tells nothing?"""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


# "originated six miles beneath the surface", "a well 300 metres below ground", "10 km underground"
_DOWN_PREPS = frozenset({"beneath", "below", "under", "underneath"})
_GROUND_WORDS = frozenset({"surface", "ground", "seabed", "seafloor", "sea", "earth", "ocean", "floor"})


def _under_ground(doc: Doc, sent: Span, j: int) -> bool:
    """Does a length end where the words after it put it under the ground or sea: a depth?"""
    if j >= sent.end:
        return False
    if doc[j].lower_ == "underground":
        return True
    if doc[j].lower_ not in _DOWN_PREPS:
        return False
    # the ground in the noun phrase right after the preposition: "the surface", "the Earth's surface"
    for tok in doc[j + 1 : min(sent.end, j + 5)]:
        if tok.lower_ in _GROUND_WORDS:
            return True
        if tok.pos_ not in ("DET", "PROPN", "PART", "NOUN", "ADJ"):
            return False
    return False


# what falls from the sky, by the name a fact of its amount is keyed on: "250 mm of rain" and "300 millimetres of
# rainfall" are one measure, never a distance from somewhere
_FALLS = {
    **dict.fromkeys(("rain", "rains", "rainfall", "rainfalls", "downpour", "downpours", "precipitation"), "rain"),
    **dict.fromkeys(("snow", "snowfall", "snowfalls"), "snow"),
}
FALL_AMOUNTS = {"rain": "rainfall", "snow": "snowfall"}
_FALL_UNITS = frozenset({"mm", "cm", "m", "inch", "foot"})
# words between an amount and what fell: "250 mm of heavy rain", "rainfall totals of 15 inches"
_FALL_FILLERS = frozenset({"of", "heavy", "torrential", "more", "fresh", "new", "total", "totals", "amounts", "accumulation"})


def fallen_amount(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """What an amount fell of ("rain", "snow"), or '': "dumped up to 250 mm of rain", "rainfall of more than 200mm".

    A length of rain or snow is how much fell, its own measure; read as a distance "from rain" it was no fact of
    "300 millimetres of rainfall", and without the noun ("rainfall of 200mm") a bare length that met others.
    """
    if q.unit not in _FALL_UNITS:
        return ""
    for tok in doc[q.end : min(sent.end, q.end + 4)]:
        if tok.lower_ in _FALLS:
            return _FALLS[tok.lower_]
        if tok.lower_ not in _FALL_FILLERS:
            break
    before = doc[max(sent.start, q.start - 4) : q.start]
    if not len(before) or before[-1].lower_ != "of":
        return ""
    for tok in reversed(before[:-1]):
        if tok.lower_ in _FALLS:
            return _FALLS[tok.lower_]
        if tok.lower_ not in _FALL_FILLERS:
            break
    return ""


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# nouns a hyphened length describes otherwise than by its extent: a zone's radius, a wave's height (read apart)
_NOT_EXTENTS = frozenset({"radius", "zone", "wave", "waves", "swell", "swells", "surf", "seas"})
# things whose one extent news gives is the vertical one: "a 500-foot ravine" is as deep as "a 300-metre-deep ravine",
# "a 200-foot cliff" as high as "a cliff 60 metres high"
_DEPTH_OF = frozenset({"ravine", "gorge", "canyon", "chasm", "abyss", "crevasse", "pit", "shaft", "well"})
_HEIGHT_OF = frozenset({"cliff", "precipice", "embankment", "waterfall"})


def length_of_thing(doc: Doc, q: RawQuantity) -> tuple[str, Token] | None:
    """Which length of which thing a hyphened length before a noun is: "a 1.5-km corridor" -> ("length", corridor).

    "a 1.5-km corridor", "a 1.5km-long corridor", "a 1.5-kilometre-long corridor" and "a 30-metre-wide breach" say
    one measure of one thing, whichever way the hyphens fall; "-wide", "-deep", "-high" name the role, a bare
    unit the length. An act ("a 100-yard shot"), people or a zone's radius are no extent of a thing.
    """
    if q.unit not in _LENGTH_UNITS:
        return None
    k = q.end
    role = "length"
    if k + 1 < len(doc) and doc[k].text in _HYPHENS and doc[k + 1].lower_ in LENGTH_WORDS and not doc[k].whitespace_:
        role = LENGTH_WORDS[doc[k + 1].lower_]  # "1.5km-long", "1.5-kilometre-long", "30-metre-wide"
        word = doc[k + 1]
    else:
        unit = doc[q.end - 1]
        glued = q.num_end < q.end and any(t.text in _HYPHENS for t in doc[q.num_end - 1 : q.end])
        if not glued or unit.dep_ != "compound":
            return None  # "a 1.5-km corridor" only: "drove 1.5 km north" has no thing
        word = unit
    thing = word.head
    if word.dep_ not in ("amod", "compound") or thing.i <= word.i or thing.pos_ != "NOUN":
        return None
    low = thing.lower_
    if low in _NOT_EXTENTS or low in PEOPLE_NOUNS or low in EVENT_WORDS or low in LENGTH_WORDS:
        return None
    if role == "length":  # a bare unit names no extent: the thing's own one does
        one = low.removesuffix("s")  # no lemmatizer in factcmp's pipeline
        role = "depth" if one in _DEPTH_OF else "height" if one in _HEIGHT_OF else role
    return role, thing


def reference_of(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """For distances: "west of Baghdad" -> "Baghdad"; "from Chicago" -> "Chicago"."""
    if _fall_extent(next((t for t in doc[q.num_end : q.end] if t.pos_ == "NOUN"), doc[q.end - 1])):
        return ""  # "fell 50 feet from a cliff": the cliff's height (length_role), no distance from it
    j = q.end
    while j < min(sent.end, q.end + 4):
        t = doc[j]
        if t.lower_ in ("of", "from") or (t.lower_ in DISTANCE_DIRECTIONS and j + 1 < sent.end and doc[j + 1].lower_ == "of"):
            k = j + 1 if t.lower_ in ("of", "from") else j + 2
            k = _skip_place_class(doc, sent, k)
            for m in range(k, min(sent.end, k + 5)):
                if doc[m].like_num:
                    return ""  # "winds of 90 kilometers per hour": another figure, no place
                if doc[m].ent_type_ in _PLACE_LABELS or doc[m].pos_ in ("PROPN", "NOUN"):
                    ent_end = m
                    while ent_end + 1 < sent.end and doc[ent_end + 1].ent_iob_ == "I":
                        ent_end += 1
                    return doc[m : ent_end + 1].text
            return ""
        if t.is_punct and t.text not in (")", "(") and not _compass_hyphen(doc, j):
            return ""
        if t.lower_ in ("and", "or", "but"):
            return ""  # "waves of up to 15 feet and winds of ...": the next item of a list, not the length's own words
        if j == q.end and t.lower_ in LENGTH_WORDS and LENGTH_WORDS[t.lower_] != "radius":
            # "a tunnel about 20 metres long that led from a workshop": a thing's own extent, no distance from a place
            return ""
        j += 1
    return ""


def _compass_hyphen(doc: Doc, j: int) -> bool:
    """Is token ``j`` the hyphen of a compass point the tokenizer split ("north-west", "south-east")?"""
    return doc[j].text == "-" and 0 < j < len(doc) - 1 and doc[j - 1].lower_ in _POINTS and doc[j + 1].lower_ in _POINTS


_POINTS = frozenset({"north", "south", "east", "west"})


def _skip_place_class(doc: Doc, sent: Span, k: int) -> int:
    """Step over "the town of" / "the provincial capital," to the place's own name."""
    m = k
    while m < sent.end and doc[m].lower_ in ("the", "a", "provincial", "nearby", "small", "coastal", "regional"):
        m += 1
    # "the port city of Durres", "the state capital El Fasher", "the mountain village of X": lower-case words
    # before the class noun only describe the place (up to two of them)
    for n in range(m, min(sent.end, m + 3)):
        if doc[n].lower_ in _PLACE_CLASS_NOUNS:
            m = n
            while m + 1 < sent.end and doc[m + 1].lower_ in _PLACE_CLASS_NOUNS:
                m += 1  # "the state capital El Fasher", "the county town of X"
            break
        if not (doc[n].is_lower and doc[n].pos_ in ("NOUN", "ADJ")):
            break
    if m < sent.end and doc[m].lower_ in _PLACE_CLASS_NOUNS:
        nxt = m + 1
        if nxt < sent.end and doc[nxt].lower_ in ("of", ","):
            nxt += 1
        if nxt < sent.end and (doc[nxt].ent_type_ in _PLACE_LABELS or doc[nxt].pos_ == "PROPN"):
            return nxt
    return k


def direction_of(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The compass direction after a distance ("55 km *south* of Bireun"), if any."""
    for t in doc[q.end : min(sent.end, q.end + 5)]:
        if t.lower_ in DISTANCE_DIRECTIONS:
            if t.i + 2 < sent.end and _compass_hyphen(doc, t.i + 1):
                return t.lower_ + doc[t.i + 2].lower_  # "north-west", split by the tokenizer, is "northwest"
            return t.lower_.replace("-", "").replace("ern", "")
    return ""
