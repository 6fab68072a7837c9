"""What a number measures: its unit (after or before it), an age, or the noun it counts.

Called by :mod:`factcmp.extract.quantities` once the number and its range are
read. Built-in unit words come first; quantulum3 is asked only about a short
span whose next word looks like an unknown unit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import EVENT_COUNT_NOUNS, EVENT_WORDS, IDENTIFIER_HEADS, PARTICIPLE_ADJECTIVES, PEOPLE_NOUNS
from factcmp.extract.names import name_cased
from factcmp.extract.numbers import digits_value
from factcmp.extract.unit_tables import CASED_UNITS, LOCAL_CURRENCIES, LOCAL_CURRENCY_SIGNS, METRE_CONTEXT
from factcmp.extract.units import (
    CROWN_WORDS,
    CURRENCIES,
    PINT_NAMES,
    SUBUNITS,
    TIME_UNITS,
    crown_currency,
    currency_of_symbol,
    glued_unit,
    laid_length_after,
    local_currency,
    quantulum_unit,
    quantulum_unit_word,
    unit_alone,
    unit_of_word,
    unit_phrase,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

_SUB_PREFIX = re.compile(r"^sub-", re.I)
_SIGNS_AFTER = frozenset("€£¥₹")
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
MONEY_CONTEXT = re.compile(
    r"\b(worth|stolen|valued?|cost|costs|paid|pay|pays|fine|fined|bond|bail|salary|price|prices|sold|raised|"
    r"budget|haul|£|sterling|loot|ransom|damages|million|billion|bn|profits?|revenue|sales|tax|spend|spent|"
    r"fund|funding|deal|bank|cash|money|wage|wages|prize|award|debt|bill|fee|fees)\b",
    re.I,
)
_WEIGHT_CONTEXT = re.compile(r"\b(weigh|weighs|weighed|weighing|heavy|lighter|heavier|kilos?|ounces?|tons?|pound-feet)\b", re.I)
_TEMPERATURE_LETTERS = {"c": "degC", "c.": "degC", "f": "degF", "f.": "degF"}
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_AGE_VERBS = frozenset({"turned", "turns", "turn", "turning"})
# nouns after "N-" that make a count of people: "a 200-student school", "a 30,000-strong crowd"
_PEOPLE_ADJECTIVES = frozenset({"strong", "man", "member", "person", "people", "student", "officer", "soldier", "seat"})
# words that sit between a number and what it counts: "four more shots", "14 others"
_TIME_DETERMINERS = frozenset({"last", "next", "this", "that", "every", "each", "per"})
_BETWEEN_NUMBER_AND_NOUN = frozenset({"more", "other", "additional", "extra", "further", "fewer", "new"})


_FRANCS = frozenset({"franc", "francs"})


def _named_franc(doc: Doc, sent: Span, j: int) -> str:
    """The franc a bare "francs" at token ``j`` is: the one its sentence named before it ("Guinean francs"), or ''.

    "Francs" alone is too many currencies to read (Swiss, Guinean, CFA ...); a sentence that names one and
    then writes "francs" again means the same.
    """
    for k in range(j - 1, sent.start, -1):
        if doc[k].lower_ not in _FRANCS:
            continue
        for n in (3, 2):
            if k - n + 1 >= sent.start:
                unit, m = unit_phrase([t.lower_ for t in doc[k - n + 1 : k + 1]])
                if unit and m == n:
                    return unit
    return ""


def _local_sign(doc: Doc, q: RawQuantity) -> None:
    """A sign several countries write ("Rs 500,000", "Rs500") is the currency of the country the story names."""
    if not q.unit:
        return
    k = q.num_start - 1
    if k > q.start and doc[k].text == ".":
        k -= 1  # "Rs. 500,000" with the full stop split off
    before = doc[k].lower_ if k >= q.start else ""
    glued = re.match(r"[A-Za-z]+\.?", doc[q.num_start].text)
    word = LOCAL_CURRENCY_SIGNS.get(before) or LOCAL_CURRENCY_SIGNS.get(glued.group().lower() if glued else "")
    if word and local_currency(word, "") == q.unit:
        q.unit = local_currency(word, doc.text)


def read_unit(doc: Doc, q: RawQuantity, sent: Span) -> None:
    """Find the unit after the number (or before it); extend the span over it.

    Sets ``q.unit``, ``q.end``, ``q.is_age`` and ``q.noun_i`` (the counted or
    measured noun) as the words allow.
    """
    j = q.num_end
    limit = sent.end
    _local_sign(doc, q)
    if q.unit and q.unit_glued:
        # "40C", "117g": the unit is in the number's own token; "40.2°C" continues below
        _read_after_glued(doc, q, limit)
        return
    nxt = doc[j] if j < limit else None
    if nxt is not None and nxt.text in HYPHENS and not nxt.whitespace_ and j + 1 < limit and _read_hyphenated(doc, q, j, limit):
        return
    if nxt is None:
        _unit_before(doc, q, sent)
        return
    worker = _worker_after_time_word(doc, j, limit)
    if worker > 0:
        q.noun_i, q.end = worker, worker + 1  # "Two day laborers", "Four night shift workers": people, no duration
        return
    # a unit abbreviation that took the sentence's full stop: "winds of up to 195 km/h."
    words = [t.lower_.rstrip(".") if t.i == sent.end - 1 and len(t) > 1 else t.lower_ for t in doc[j : min(limit, j + 4)]]
    unit, n = unit_phrase(words)
    if unit:
        _set_unit(q, unit, j + n)
        return
    low = nxt.lower_
    if low in SUBUNITS and not q.unit:
        currency, factor = SUBUNITS[low]
        _scale(q, factor)
        _set_unit(q, currency, j + 1)
        return
    if low in ("pounds", "pound") and not q.unit:
        text = sent.text
        money = MONEY_CONTEXT.search(text) and not _WEIGHT_CONTEXT.search(text)
        _set_unit(q, local_currency(low, doc.text) if money else "lb", j + 1)  # Cairo's pounds are Egypt's
        return
    if low in _TEMPERATURE_LETTERS and nxt.text[:1].isupper() and not q.unit:
        _set_unit(q, _TEMPERATURE_LETTERS[low], j + 1)
        return
    if not q.unit and nxt.text in _SIGNS_AFTER:
        _set_unit(q, currency_of_symbol(nxt.text), j + 1)  # "15€", "20 €": the sign after the figure
        return
    if not doc[j - 1].whitespace_ and not q.unit and nxt.text != "M" and glued_unit(nxt.text):
        # "~45g" comes as "~45", "g": the unit letters were glued to the number
        _set_unit(q, glued_unit(nxt.text) or "", j + 1)
        return
    if not q.unit and nxt.text == "m" and doc[j - 1].whitespace_ and _spaced_metres(doc, j, limit):
        _set_unit(q, "m", j + 1)  # "around 300 m of track", "5 m high": the number scanner left the "m" no million
        return
    unit = CASED_UNITS.get(nxt.text) or unit_alone(nxt.text)
    if low in CROWN_WORDS and not q.unit:
        # "fell 2.1 percent to 96.50 crowns" (Reuters' word) in a Norwegian story: the crowns of the country the story names
        unit = crown_currency(low, doc.text) or unit
    if not unit and not q.unit and low in _FRANCS:
        unit = _named_franc(doc, sent, j)  # "300,000 Guinean francs in May and 350,000 francs in June"
    if low in LOCAL_CURRENCIES and not q.unit and not (unit and low in _FRANCS):
        # "500,000 rupees" in a story from Karachi are Pakistan's, "5,000 dinars" in one from Baghdad Iraq's
        unit = local_currency(low, doc.text) or unit
    if unit == "degree" and not any(c.isdigit() for c in doc[q.num_start].text):
        unit = ""  # "37.5 degrees" is a measure; "two degrees from Harvard" counts diplomas
    if unit and not (unit == "m" and q.unit):
        if q.unit and unit in ("USD", "EUR", "GBP"):  # "$5 dollars": keep the symbol's currency
            q.end = j + 1
            return
        if q.unit and q.unit != unit and unit not in TIME_UNITS:
            return  # "$2 million" then "euros"? keep the sign's currency, do not swallow the word
        if q.unit and unit in TIME_UNITS:
            return  # "$5 a year"-like rates keep the money
        _set_unit(q, unit, j + 1)
        _after_time_unit(doc, q, limit)
        return
    if q.unit:  # a currency sign before the number
        return
    if _unit_before(doc, q, sent):
        return
    # a rarer unit: quantulum3's tables know the word ("megawatts", "cubic feet", "mGy")
    n = quantulum_unit_word([t.text for t in doc[j : min(limit, j + 2)]]) if nxt.lower_ not in PEOPLE_NOUNS else 0
    if n:
        # "sub-7 nanometer": quantulum3 reads the number without its "sub-"
        unit = quantulum_unit(_SUB_PREFIX.sub("", doc[q.num_start : j + n].text))
        if unit and unit != "percent":
            _set_unit(q, unit, j + n)
            _per_unit(doc, q, j + n, limit)
            return
    q.noun_i = counted_noun(doc, q, limit)
    if q.noun_i > j and _measure_noun(doc[q.noun_i].text):
        _set_unit(q, unit_alone(doc[q.noun_i].text), q.noun_i + 1)  # "517 rushing yards", "10 more miles"
    elif q.noun_i > j and low == "of" and unit_alone(doc[q.noun_i].text) in CURRENCIES:
        q.unit = unit_alone(doc[q.noun_i].text)  # "raised 280 million of the 1.5 billion shekels"
    elif q.noun_i < 0 and low == "who":
        q.unit = "person"  # "95800 who have been unemployed"


# time words that name when a worker works ("day laborers", "night shift workers"), not how long anything lasted
_SHIFT_WORDS = frozenset({"day", "night", "daytime", "nighttime", "overnight"})
# people nouns such a word names a kind of, beside the lexicon's ("day laborers" are hired by the day)
_HIRED_HANDS = frozenset({"laborers", "labourers", "laborer", "labourer"})


def _worker_after_time_word(doc: Doc, j: int, limit: int) -> int:
    """The people noun a time word right after a count qualifies ("Two *day* laborers"), or -1.

    The count is of the people; "a three day strike" and "a two-day workshop" (no people noun) stay durations.
    """
    if j >= limit or doc[j].lower_ not in _SHIFT_WORDS:
        return -1
    k = j + 1
    if k < limit and doc[k].lower_ in ("shift", "shifts"):
        k += 1  # "night shift workers"
    if k < limit and doc[k].pos_ == "NOUN" and (doc[k].lower_ in PEOPLE_NOUNS or doc[k].lower_ in _HIRED_HANDS):
        return k
    return -1


def _spaced_metres(doc: Doc, j: int, limit: int) -> bool:
    """Is the spaced "m" at token j metres: before "of" and a thing told by its length, or a word of extent?

    A lone "m" is as often a million ("1.2 m people"), which the number scanner takes first; one it leaves is
    metres only where the words after it say so ("300 m of track", "5 m high").
    """
    if j + 1 >= limit:
        return False
    nxt = doc[j + 1]
    if nxt.lower_ == "of":
        return laid_length_after(doc, j + 1, limit)
    if nxt.lower_ in METRE_CONTEXT or nxt.text == "(":
        return True  # "5 m high", "300 m (980 ft) of track"
    # "a 300 m stretch of road", "500 m from the runway": the scanner took no million, and no money is told
    return not nxt.is_punct and not MONEY_CONTEXT.search(doc[j].sent.text)


def _per_unit(doc: Doc, q: RawQuantity, k: int, limit: int) -> None:
    """Widen a unit over "/cm" when quantulum3 reads the whole as one unit ("10 kV/cm" is a field, not a voltage)."""
    if k + 1 >= limit or doc[k].text != "/" or not doc[k + 1].text[:1].isalpha() or doc[k].whitespace_:
        return
    unit = quantulum_unit(_SUB_PREFIX.sub("", doc[q.num_start : k + 2].text))
    if unit and unit != q.unit:
        q.unit, q.end = unit, k + 2


def _set_unit(q: RawQuantity, unit: str, end: int) -> None:
    q.unit = q.unit or unit
    q.end = max(q.end, end)


def _scale(q: RawQuantity, factor: float) -> None:
    q.value = None if q.value is None else q.value * factor
    q.low = None if q.low is None else q.low * factor
    q.high = None if q.high is None else q.high * factor


def _read_after_glued(doc: Doc, q: RawQuantity, limit: int) -> None:
    j = q.end
    # "100km/hr", "60mi/h": a speed written with a slash
    if q.unit in ("km", "mile") and j + 1 < limit and doc[j].text == "/" and doc[j + 1].lower_ in ("h", "hr", "hour"):
        q.unit = "km/h" if q.unit == "km" else "mph"
        q.end = j + 2
        return
    if q.unit in TIME_UNITS:
        _after_time_unit(doc, q, limit)
    elif q.unit == "degree" and j < limit and doc[j].text in ("C", "F"):
        q.unit = "degC" if doc[j].text == "C" else "degF"  # "1.19deg C"
        q.end = j + 1


def _after_time_unit(doc: Doc, q: RawQuantity, limit: int) -> None:
    if q.unit == "year" and q.end < limit and doc[q.end].lower_ == "old":
        q.end += 1
        q.is_age = True
    elif q.unit in TIME_UNITS and q.end + 1 < limit and doc[q.end].text in HYPHENS and doc[q.end + 1].lower_ == "old":
        q.end += 2  # "15 year-old", "18 month-old"
        q.is_age = q.unit == "year"
    elif q.unit in TIME_UNITS and q.end < limit and doc[q.end].lower_ == "old":
        q.end += 1
    if q.unit in TIME_UNITS or q.unit == "magnitude":
        q.noun_i = head_noun_after(doc, q.end, limit, people_only=q.is_age)


def _read_hyphenated(doc: Doc, q: RawQuantity, j: int, limit: int) -> bool:
    """Read a unit joined by a hyphen: "three-day", "25-year-old", "6.1-magnitude", "200-student"."""
    word = doc[j + 1]
    unit = unit_of_word(word.text)
    if unit:
        if q.unit and unit in ("USD", "EUR", "GBP"):
            q.end = j + 2
            return True
        q.unit = q.unit or unit
        q.end = j + 2
        if unit in TIME_UNITS and j + 3 < limit and doc[j + 2].text in HYPHENS and doc[j + 3].lower_ == "old":
            q.end = j + 4
            q.is_age = unit == "year"
        q.noun_i = head_noun_after(doc, q.end, limit, people_only=q.is_age)
        return True
    if q.unit:
        return False
    low = word.lower_
    if low in _PEOPLE_ADJECTIVES or low in PEOPLE_NOUNS or (low.endswith("s") and low[:-1] in _PEOPLE_ADJECTIVES):
        q.unit = "person"
        q.end = j + 2
        q.noun_i = head_noun_after(doc, q.end, limit)
        return True
    if word.is_alpha and word.pos_ == "NOUN" and doc[q.num_start].lower_ != "one":
        # "Seven-speed", "a three-course meal": a count of the thing named
        q.end = j + 2
        q.noun_i = j + 1
        return True
    return False


def _unit_before(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """Units written before the number: "magnitude 6.1", "aged 25", "under age 25"."""
    if q.num_start <= sent.start:
        return False
    prev = doc[q.start - 1] if q.start > sent.start else None
    if prev is None:
        return False
    if prev.text == "." and q.start - 2 >= sent.start and doc[q.start - 2].text[:1].isupper():
        code = currency_of_symbol(doc[q.start - 2].text + ".")
        if code and not doc[q.start - 2].whitespace_:
            q.unit, q.start = code, q.start - 2  # "Tk. 20,000", "Rp. 50 million": the sign's full stop split off
            return True
    if prev.lower_ == "magnitude" or (
        prev.text in HYPHENS and q.start - 2 >= sent.start and doc[q.start - 2].lower_ == "magnitude"
    ):
        q.unit = "magnitude"
        q.start = prev.i if prev.lower_ == "magnitude" else prev.i - 1
        return True
    if prev.lower_ == "of" and q.start - 2 >= sent.start and doc[q.start - 2].lower_ == "magnitude":
        q.unit = "magnitude"  # "a magnitude of 7.1": the unit named before, the figure after "of"
        return True
    if _measured_at(prev, "magnitude"):
        q.unit = "magnitude"  # "put the magnitude at 7.0", "the magnitude was revised to 6.9"
        return True
    if _quake_magnitude(doc, q, sent, prev):
        q.unit = "magnitude"  # "measured at 6.1 on the Richter scale", "gave a lower magnitude, 5.9"
        return True
    age_of = prev.lower_ == "of" and q.start - 2 >= sent.start and doc[q.start - 2].lower_ in ("age", "ages")
    if age_of and q.value is not None and 0 < q.value < 120:
        q.unit, q.is_age = "year", True  # "over the age of 21"
        return True
    if prev.lower_ in _AGE_BEFORE or (prev.lower_ in _AGE_VERBS and q.value is not None and 0 < q.value < 120):
        q.unit, q.is_age = "year", True  # "aged 25", "turned 29 on Sunday"
        return True
    return False


# what a quake's magnitude is read on, and the words that name the quake a verb measures
_SCALE_WORDS = frozenset({"richter", "moment", "magnitude", "mercalli"})
_QUAKE_WORDS = frozenset({"quake", "earthquake", "tremor", "temblor", "aftershock", "quakes", "earthquakes", "aftershocks"})
_MEASURING_VERBS = frozenset({"measured", "registered", "recorded", "rated", "measuring", "registering", "measures", "registers"})


def _quake_magnitude(doc: Doc, q: RawQuantity, sent: Span, prev: Token) -> bool:
    """Is a bare figure a quake's magnitude, told without the word before it?

    "which measured it at 6.1 on the Richter scale" (the scale after it), "gave a lower magnitude, 5.9" (in
    apposition to "magnitude"), "measured the quake at 6.1", "The quake registered 6.1" (a verb of measuring a
    quake). Only a figure below 10 with no unit: a magnitude is never more.
    """
    if q.value is None or not 0 < q.value < 10 or q.unit:
        return False
    after = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 5)]]
    if after[:2] == ["on", "the"] and len(after) >= 4 and after[2] in _SCALE_WORDS and "scale" in after[3:5]:
        return True
    num = doc[q.num_end - 1]
    if prev.text == "," and num.dep_ == "appos" and num.head.lower_ == "magnitude":
        return True
    verb = prev.head if prev.lower_ == "at" and prev.dep_ == "prep" else num.head if num.dep_ in ("dobj", "conj") else None
    if verb is None or verb.lower_ not in _MEASURING_VERBS:
        return False
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ in _QUAKE_WORDS:
        return True  # "The magnitude 5.9 quake, which Albanian seismologists measured at 6.1", "a quake measuring 7.0"
    if verb.dep_ == "advcl" and _measures_a_quake(verb.head, sent):
        return True  # "The quake struck at dawn, measuring 7.0 according to the institute and 6.8 according to ..."
    return _measures_a_quake(verb, sent)


def _measures_a_quake(verb: Token, sent: Span) -> bool:
    """Is a quake the subject or object of a verb: "the quake registered", "measured it at 7.0" (it, the quake)?"""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _QUAKE_WORDS:
            return True
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "it" and any(t.lower_ in _QUAKE_WORDS for t in sent):
            return True  # "The USGS said the quake had a magnitude of 6.8, though seismologists measured it at 7.0"
    return False


def _measured_at(prep: Token, measure: str) -> bool:
    """Is ``prep`` the "at"/"to" by which a verb gives a measure its level: "put *the magnitude* at 7.0"?

    The measure is the verb's object ("put the quake's magnitude at 7.0", "upgraded the magnitude to 7.1") or
    its passive subject ("the magnitude was revised to 6.9"); the figure after the "at"/"to" is its level.
    """
    if prep.lower_ not in ("at", "to") or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == measure for c in prep.head.children)


def _measure_noun(word: str) -> bool:
    """Is the word a physical unit that counts as the number's unit even a few words later?"""
    unit = unit_alone(word)
    return unit in PINT_NAMES and unit not in TIME_UNITS and word.lower() not in ("pound", "pounds")


def counted_noun(doc: Doc, q: RawQuantity, limit: int) -> int:
    """The noun a bare number counts ("500 *people*", "seven air *strikes*", "four more *shots*"), or -1."""
    k = _counted_noun(doc, q, limit)
    if k > q.num_end and unit_of_word(doc[k].text) in TIME_UNITS and doc[k - 1].lower_ in _TIME_DETERMINERS:
        return -1  # "2.1 last year": a time reference, not what the number counts
    if k >= 0 and _owner_of_many(doc[k], q, limit):
        return doc[k].head.i  # "Two sheriff's deputies": two deputies of one sheriff
    return k


def _owner_of_many(noun: Token, q: RawQuantity, limit: int) -> bool:
    """Is a count above one written before a singular owner of the plural it counts ("two *sheriff's* deputies")?"""
    head = noun.head
    return (
        noun.dep_ == "poss"
        and noun.tag_ in ("NN", "NNP")
        and head.tag_ in ("NNS", "NNPS")
        and noun.i < head.i < limit
        and (q.value or 0) > 1
    )


def _label_number(tok: Token) -> bool:
    """Is a number part of a capitalised label ("Precinct 5", "Ward 3", "Engine 7"), not a count of its own?"""
    if not tok.like_num or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (prev.lower_ in IDENTIFIER_HEADS and prev.text[:1].isupper()) or label_after_count(tok)


# how many capitalised words a label's name may have between a count and the label's number
_LABEL_NAME_WORDS = 4


def _capitalised_name(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.like_num and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def label_after_count(tok: Token) -> bool:
    """Is a number in digits the label of a name that a count before it in the same noun phrase qualifies?

    "Two Station 12 firefighters", "three District 9 officers", "Two Ladder 3 crew members": a noun
    phrase counts once, so of two numbers in a row with a capitalised name between them the first is
    the count and the second the name's number, whatever the name ("Station", "District", "Squad").
    The count must hang, through words to its right, on a word at or after the label's number (spaCy
    makes both numbers modifiers of the counted noun, or the count a modifier of the name), which
    leaves out "in 2015 Iraq 500 people died" (a year in its own phrase).
    """
    doc = tok.doc
    if digits_value(tok.text) is None:
        return False
    start = tok.sent.start
    k = tok.i - 1
    while k >= start and tok.i - k <= _LABEL_NAME_WORDS:
        t = doc[k]
        if t.is_alpha and t.text[:1].isupper() and not t.like_num:
            if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
                return False
        elif not (digits_value(t.text) is not None and k > start and _capitalised_name(doc[k - 1])):
            break  # the count; a number inside the name ("Two Boeing 737 Max 8 jets") is walked over
        k -= 1
    if k == tok.i - 1 or k < start:
        return False
    count = doc[k]
    if not count.like_num:
        return False
    head = count
    for _ in range(_LABEL_NAME_WORDS):
        if head.head.i <= head.i:
            return False
        head = head.head
        if head.i >= tok.i:
            return True  # "Two Harris County Precinct 5 deputy constables": "Two" hangs on "County", then on "constables"
    return False


def _counted_noun(doc: Doc, q: RawQuantity, limit: int) -> int:
    nxt = doc[q.num_end] if q.num_end < limit else None
    # a people word right after the number, even in a title-case headline ("One Juvenile Shot"),
    # unless it only modifies another noun ("four police cars" counts cars)
    if (
        nxt is not None
        and nxt.lower_ in PEOPLE_NOUNS
        and nxt.pos_ in ("NOUN", "PROPN")
        and (nxt.dep_ != "compound" or nxt.head.lower_ in EVENT_WORDS or nxt.head.lower_ in EVENT_COUNT_NOUNS)
    ):
        return q.num_end
    last = doc[q.num_end - 1]
    head = _past_a_name_qualifier(last.head, limit)
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos", "pobj")
        and head.i >= q.num_end
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < limit
        and head.i - q.num_end <= 4
        and not _name_with_label(doc, head, limit)
        and not any(
            (t.is_punct and not _glued_hyphen(t))
            or t.lower_ in ("of", "to")
            or (t.like_num and not _label_number(t) and not _glued_measure(t))
            for t in doc[q.num_end : head.i]
        )
        and (head.tag_ == "NNS" or not any(t.lower_ in ("and", "or") for t in doc[q.num_end : head.i]))
    ):
        return head.i  # "30 million mobile and fixed-line customers"
    j = q.num_end
    bound = q.num_end + 4
    while j < min(limit, bound):
        t = doc[j]
        if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NN") and t.lower_ not in _BETWEEN_NUMBER_AND_NOUN:
            # the head of a compound run: "two major plane crashes"
            while j + 1 < limit and doc[j + 1].pos_ == "NOUN" and doc[j + 1].tag_ in ("NNS", "NN") and t.dep_ == "compound":
                j += 1
                t = doc[j]
            return j
        if t.lower_ in _BETWEEN_NUMBER_AND_NOUN or (t.pos_ in ("ADJ", "PROPN") and t.text not in HYPHENS):
            j += 1
            continue
        if t.lower_ in PARTICIPLE_ADJECTIVES and j + 1 < limit and doc[j + 1].pos_ in ("ADJ", "NOUN"):
            j += 1  # "34 spent shell casings": the tagger reads "spent" as the verb of 34
            continue
        if _label_number(t) and j > q.num_end:
            j += 1  # "Two Precinct 5 deputy constables": the number of a label inside the noun phrase
            bound += 1  # ... which is one word of the name, not of the phrase: "Two Harris County Precinct 5 deputy constables"
            continue
        if t.text in HYPHENS and j > q.num_end and not t.whitespace_ and not doc[j - 1].whitespace_:
            j += 1  # "14 first-team players": the hyphen inside a compound modifier
            continue
        if t.lower_ == "of" and j == q.num_end:
            return _partitive_noun(doc, j + 1, limit)
        break
    return -1


def _past_a_name_qualifier(head: Token, limit: int) -> Token:
    """The common noun a proper name qualifies, where a count was hung on the name ("Three *Castleton* police officers").

    A count hangs on the noun phrase's head: a place or a body named before a common noun only says whose
    or where the counted things are, as in "Two Baton Rouge officers", which the parser hangs on "officers".
    """
    if head.pos_ != "PROPN" or head.dep_ != "compound":
        return head
    noun = head
    while noun.dep_ == "compound" and noun.i < noun.head.i < limit and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else head


def _glued_hyphen(tok: Token) -> bool:
    """Is a token the hyphen inside a compound modifier ("30 *burned-out* stalls"), written without spaces?"""
    return tok.text in HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _glued_measure(tok: Token) -> bool:
    """Is a number glued to its unit a measure inside the noun phrase of a count: "two *9mm* handguns"?"""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and not tok.whitespace_ and bool(unit_of_word(nxt.text)) and nxt.i < tok.head.i + 1


def _name_with_label(doc: Doc, head: Token, limit: int) -> bool:
    """Is a name the count hangs on followed by its label number ("Two Harris *County* Precinct 5 deputy constables")?

    Then the count is of the noun after the label, which the walk below finds.
    """
    if head.pos_ != "PROPN":
        return False
    k = head.i + 1
    while k < limit and _capitalised_name(doc[k]):
        k += 1
    return k < limit and k > head.i and _label_number(doc[k]) and k + 1 < limit and doc[k + 1].pos_ in ("NOUN", "PROPN")


def _partitive_noun(doc: Doc, k: int, limit: int) -> int:
    """Find the plural noun a count is taken from: "two of Johnson's deputies", "three of the victims"."""
    for m in range(k, min(limit, k + 5)):
        t = doc[m]
        if t.tag_ == "NNS" or (t.pos_ == "NOUN" and t.lower_ in PEOPLE_NOUNS):
            return m
        if t.pos_ == "NOUN" and m + 1 < limit and doc[m + 1].tag_ == "POS":
            continue  # a possessor: "12 of the *country's* 47 counties"
        if t.pos_ not in ("DET", "ADJ", "PROPN", "PART", "NUM") and t.tag_ not in ("POS", "PRP$"):
            return -1
    return -1


def head_noun_after(doc: Doc, j: int, limit: int, *, people_only: bool = False) -> int:
    """The noun a hyphenated measure modifies: "three-day *blitz*", "25-year-old *man*"."""
    k = j
    while k < min(limit, j + 4):
        t = doc[k]
        if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not people_only):
            while k + 1 < limit and doc[k + 1].pos_ == "NOUN" and doc[k].dep_ == "compound":
                k += 1
            return k
        if t.pos_ not in ("ADJ", "ADV", "VERB") and t.text not in HYPHENS:
            return -1
        k += 1
    return -1


_PERSON_SUBJECTS = frozenset({"he", "she", "who", "i"})
_BE = frozenset({"be", "is", "was", "were", "are", "been", "am", "'s", "’s"})  # the pipeline runs no lemmatizer


def _copula_age(tok: Token, sent: Span) -> bool:
    """A bare number that completes "he/she/who/<person> + be": an age."""
    verb = tok.head
    if tok.dep_ not in ("attr", "acomp", "oprd") or verb.lower_ not in _BE or not tok.like_num:
        return False
    if tok.i > sent.start and tok.doc[tok.i - 1].lower_ in ("the", "only", "a", "an", "no", "every"):
        return False  # "he was the only one at the scene": one of a set, no age
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.lower_ in ("of", "%", "percent")):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subj = subjects[0]
    if subj.lower_ in _PERSON_SUBJECTS or subj.ent_type_ == "PERSON":
        return True
    # "The gunman, who was killed by police, was 25", "the victim was 56": one person named by a word for
    # people (a singular copula: "the injured were 25" counts them), the figure closing its clause
    # or by a name the tagger did not call a PERSON ("Moultrie was 30")
    person_word = subj.tag_ == "NN" and subj.lower_ in PEOPLE_NOUNS
    name = subj.tag_ == "NNP" and subj.is_title and subj.ent_type_ == ""
    return verb.lower_ in _SINGULAR_BE and (person_word or name) and (nxt is None or nxt.lower_ in _AGE_CLAUSE_ENDS)


_SINGULAR_BE = frozenset({"is", "was", "'s", "’s"})
# what may follow an age a copula gives a person word: the clause's end, or "when" ("was 25 when he died")
_AGE_CLAUSE_ENDS = frozenset({".", ",", ";", ")", "when", "at", "and", "'", '"', "”", "’"})


_AGE_NOUNS = frozenset({"age", "expectancy", "lifespan"})


def age_measure(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """A bare figure that an age or a life expectancy is or is set to, in years.

    "the life expectancy for men in Glasgow is around 73", "raise the retirement age to 67",
    "the average age of the victims was 34".
    """
    low = q.value if q.value is not None else q.low
    if low is None or not (0 < low < 130):
        return False
    head = doc[q.num_end - 1].head
    if head.pos_ == "ADP":
        head = head.head  # "to 67"
    if head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _AGE_NOUNS for c in head.children
    ):
        return True
    # a parse that lost the clause: the age noun a few words before "is", "was", "to" and the figure
    k = q.start - 1
    if k <= sent.start or doc[k].lower_ not in _BE | {"to", "reached"}:
        return False
    for t in reversed(doc[max(sent.start, k - 8) : k]):
        if t.is_punct or t.like_num:
            return False
        if t.lower_ in _AGE_NOUNS:
            return True
    return False


def bare_name_age(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """An age right after a person's full name, its commas lost, before the verb: "Nick Hague 44 has spent"."""
    if e - s != 1 or s - 1 <= sent.start:
        return False
    name = doc[s - 1]
    nxt = doc[e] if e < sent.end else None
    value = digits_value(doc[s].text) if doc[s].text.isdigit() else None
    return (
        value is not None
        and 15 <= value < 110
        and name.ent_type_ == "PERSON"
        and name.ent_iob_ == "I"  # a full name, two words at least: "Hague", not "Hague" alone
        and doc[s].ent_type_ != "PERSON"
        and nxt is not None
        and nxt.pos_ in ("AUX", "VERB")
        and nxt.tag_ in ("VBZ", "VBD", "MD")
    )


# the labels the small model gives a person's name it does not know ("Co-pilot Anju Khatiwada, 44": PRODUCT)
MISREAD_NAME_LABELS = frozenset({"", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART"})


def apposition_age(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """Tell an age: after a name ("Gavin Long, 29, ...") or completing a person's "to be" ("who was 10").

    "Erick Hamel, 53, of France", "He will be 35 by the end of the year".
    """
    if q.value is None or q.qualifier != "exact" or q.unit or not (0 < q.value < 120) or q.value != int(q.value):
        return False
    s, e = q.num_start, q.num_end
    if e - s == 1 and _copula_age(doc[s], sent):
        return True
    if bare_name_age(doc, s, e, sent):
        return True
    if e - s != 1 or s - 2 < sent.start or doc[s - 1].text not in (",", "("):
        return False
    name = doc[s - 2]
    if doc[s - 1].text == "(" and name.ent_type_ not in ("PERSON", ""):
        return False  # "Utah (15)": a ranking, not an age
    nxt = doc[e] if e < sent.end else None
    if name.tag_ == "NN" and name.lower_ in PEOPLE_NOUNS and doc[s - 1].text == ",":
        # "The suspect, 19, was charged", "a woman, 34, and her son": one person, the figure between commas
        return nxt is not None and nxt.text == ","
    if _kin_ages(doc, name, s, e, sent):
        return True
    if _surname_read_as_plural(doc, name, sent, nxt):
        return True
    # a name the model does not know may be no title case ("Elijah McClain, 23": McClain, which it also calls a GPE)
    if not (
        name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name_cased(name.text) and name.ent_type_ in MISREAD_NAME_LABELS)
    ):
        return False
    return nxt is None or nxt.lower_ in (",", ")", ".", ";", "and", "of", "from", "who", "was", "is", "has", "had", "said")


# family words whose members a story gives ages as a bare list: "her children, 6 and 9", "his sons, 4 and 7"
_KIN_PLURALS = frozenset(
    {"children", "kids", "sons", "daughters", "grandchildren", "grandsons", "granddaughters", "stepchildren"}
    | {"brothers", "sisters", "siblings", "twins", "nephews", "nieces", "cousins"}
)


def _kin_ages(doc: Doc, name: Token, s: int, e: int, sent: Span) -> bool:
    """Is a figure the first of a list of ages set off after a plural family word: "her children, 6 and 9"?

    Family members are counted with the figure before the noun ("her two children"), never after a comma, so
    a list of bare figures there gives each one's age, as "her children, ages 6 and 9" does; the ages after
    the first are read as listed after it.
    """
    if name.tag_ != "NNS" or name.lower_ not in _KIN_PLURALS or doc[s - 1].text != ",":
        return False
    if e + 1 >= sent.end or doc[e].text not in (",", "and"):
        return False
    return doc[e + 1].like_num and any(c.isdigit() for c in doc[e + 1].text)


def _surname_read_as_plural(doc: Doc, name: Token, sent: Span, nxt: Token | None) -> bool:
    """Is a sentence's first word a surname in -s the tagger took for a plural noun: "Meeks, 20, died Saturday"?

    The small model tags such a surname (Meeks, Banks, Sims) NNS with no entity, so the figure between commas
    read as a count of the verb ("20 people killed"). A plural common noun is never written so ("Victims, 20,
    died"): a capitalised opener, the figure set off by two commas and a verb after them is a person's age.
    """
    if name.i != sent.start or name.tag_ != "NNS" or not name.is_title or name.lower_ in PEOPLE_NOUNS:
        return False
    if nxt is None or nxt.text != "," or nxt.i + 1 >= sent.end:
        return False
    return doc[nxt.i + 1].pos_ in ("AUX", "VERB")


# words that make hours a pilot's experience: "21,900 *flying* hours", "21,000 hours of *flight* experience"
_FLIGHT_WORDS = frozenset({"flying", "flight", "flights"})
FLIGHT_EXPERIENCE = "flying experience"
_HAVE = frozenset({"had", "has", "have", "having", "logged", "logs", "log", "amassed", "accumulated"})


def flight_experience(doc: Doc, q: RawQuantity, noun: Token | None) -> str:
    """Whose flying experience the hours of a duration are ("flying experience of captain"), or '' if none.

    "had more than 21,900 flying hours", "more than 21,000 hours of flight experience", "6,396 flight hours":
    the hours (the unit, or the noun the parse hangs the figure on) have a modifier of flight or an "of"
    phrase that names it, or a pilot has them ("Co-pilot Anju Khatiwada had 6,400 hours"). A crew has two
    pilots: the hours are the captain's or the co-pilot's, by the title the subject is written with ("Captain
    Kamal KC", "Co-pilot Anju Khatiwada"), else by the surname, so that the two are never one fact.
    """
    hours = noun if noun is not None else doc[q.end - 1]
    flying = any(
        (child.dep_ in ("amod", "compound") and child.lower_ in _FLIGHT_WORDS and child.i < hours.i)
        or (child.dep_ == "prep" and child.lower_ == "of" and any(w.lower_ in _FLIGHT_WORDS for w in child.subtree))
        for child in hours.children
    )
    verb = hours.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.lower_ in _HAVE else None
    owner = _pilot_of(subject) if subject is not None else ""
    if not flying and owner not in ("captain", "co-pilot"):
        return ""
    return f"{FLIGHT_EXPERIENCE} of {owner}" if owner else FLIGHT_EXPERIENCE


def _pilot_of(subject: Token) -> str:
    """The pilot a subject names: "captain", "co-pilot" by the title, else the surname ("KC" of "Kamal K.C.")."""
    words = " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i).replace(" - ", "-")
    if any(w in words for w in ("co-pilot", "copilot", "first officer")):
        return "co-pilot"
    if "captain" in words or "pilot" in words.split():
        return "captain"
    return subject.text.replace(".", "") if subject.pos_ == "PROPN" else ""


SPEED_LIMIT = "speed limit"
# words that set a speed as a limit, written before it: "the speed limit of 35 km/h", "a zone limited to 30km/h"
_LIMITED = frozenset({"limited", "capped", "restricted", "reduced", "lowered", "raised"})
# words after a speed that make it the limit: "a 30 km/h limit", "in a 30 mph zone"
_LIMIT_NOUNS = frozenset({"limit", "limits", "zone", "zones"})


def speed_limit(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Whether a speed is a limit, the road's: "exceeded the speed limit of 35 km/h", "a zone limited to 30km/h".

    A limit is one property of the road whatever verb tells it ("exceeded", "limited", "has"), and never the
    vehicle's speed. Told by the words around the figure, since the parser splits "km/h" apart: "limit of N"
    or "limited/capped/restricted to N" before it, "limit"/"zone" right after it ("the 55 mph limit", "a 30
    mph zone"), or a copula whose subject is a limit ("The speed limit on the road is 50 mph").
    """
    before = [t.lower_ for t in doc[max(sent.start, q.start - 2) : q.start]]
    if before[-2:] in (["limit", "of"], ["limits", "of"]):
        return True
    if len(before) == 2 and before[0] in _LIMITED and before[1] in ("to", "at"):
        return True
    if q.end < sent.end and doc[q.end].lower_ in _LIMIT_NOUNS:
        return True
    verb = doc[q.end - 1].head
    if verb.lower_ in ("is", "was", "are", "were", "be", "been"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lower_ in ("limit", "limits")
    return False
