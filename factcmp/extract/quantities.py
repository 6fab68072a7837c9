"""Finding numeric claims in a parsed sentence: number, hedge, range, unit.

The scanner walks spaCy tokens, reads each number phrase with
:mod:`factcmp.extract.numbers`, widens it to the hedge and range around it,
finds its unit (built-in words first, quantulum3 for the rest) and leaves
what is counted to :mod:`factcmp.extract.context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    IDENTIFIER_HEADS,
    RESTATEMENT_NOUNS,
    STREET_SUFFIXES,
    VAGUE_COUNTS,
)
from factcmp.extract.numbers import (
    FRACTIONS,
    NUMBER_WORDS,
    SCALE_AFTER_DIGITS,
    digits_value,
    is_year_like,
    mixed_value,
)
from factcmp.extract.units import CURRENCY_SYMBOLS, TIME_UNITS, quantulum_unit, unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# tolerance of "about X": how far the words let the true figure stray
APPROX_TOLERANCE = 0.1
_HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}
_RANGE_JOINERS = {"-", "\u2013", "\u2014", "to", "or"}
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_TIME_WORDS = {
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "et",
    "edt",
    "est",
    "bst",
    "cet",
    "cst",
    "pst",
    "pdt",
    "o'clock",
    "hrs",
}
_MONEY_CONTEXT = re.compile(
    r"\b(worth|stolen|valued?|cost|costs|paid|pay|fine|fined|bond|bail|salary|price|sold|raised|budget|haul|£|sterling|loot|ransom|damages)\b",
    re.I,
)
_IDENT_LABELS = {"ORG", "PRODUCT", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC"}
_CALENDAR_LABELS = {"DATE", "TIME"}
_CALENDAR_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(1[89]\d\d|20\d\d)\b|\d{1,2}[:.]\d{2}|\b[ap]\.?m\b|'\d\d\b|\b\d{1,2}(st|nd|rd|th)\b",
    re.I,
)


@dataclass
class RawQuantity:
    """A number phrase found in a sentence, before context is attached."""

    start: int  # first token (doc index), hedge included
    end: int  # one past the last token, unit included
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    vague: bool = False
    num_start: int = 0  # the number tokens themselves
    num_end: int = 0
    noun_i: int = -1  # the counted noun, if any
    alt_value: float | None = None
    alt_unit: str = ""
    is_age: bool = False


def scan_sentence(doc: Doc, sent: Span) -> list[RawQuantity]:
    """Return the quantity phrases of one sentence, left to right, not overlapping."""
    found: list[RawQuantity] = []
    i = sent.start
    while i < sent.end:
        q = _read_vague(doc, i, sent) or _read_quantity(doc, i, sent)
        if q is None:
            i += 1
            continue
        found.append(q)
        i = max(q.end, i + 1)
    return _fold_unit_pairs(doc, found)


# -- number phrases ---------------------------------------------------------


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if digits_value(tok.text) is not None:
        return True
    if low in NUMBER_WORDS and low not in ("hundred", "thousand", "million", "billion", "trillion"):
        return tok.tag_ == "CD" or low in ("dozen",) or tok.pos_ == "NUM"
    return False


def _number_end(doc: Doc, i: int, limit: int) -> int:
    """One past the last token of the number phrase starting at ``i`` (i itself if none)."""
    tok = doc[i]
    if (
        tok.lower_ in ("a", "an")
        and i + 1 < limit
        and doc[i + 1].lower_ in ("hundred", "thousand", "million", "billion", "dozen")
    ):
        j = i + 2
    elif _is_number_token(tok):
        j = i + 1
    else:
        return i
    is_digit = digits_value(tok.text) is not None
    while j < limit:
        t = doc[j]
        low = t.lower_
        if is_digit:
            # "43.6 billion", "1.2m" (split by the tokenizer), "2.5 bn"
            if low in SCALE_AFTER_DIGITS and low not in ("k", "b") and _scale_follows(doc, j, limit):
                j += 1
                continue
            break
        if low in NUMBER_WORDS or low in ("hundred", "thousand", "million", "billion", "trillion"):
            j += 1
            continue
        if t.text in _HYPHENS and j + 1 < limit and (doc[j + 1].lower_ in NUMBER_WORDS or doc[j + 1].lower_ in FRACTIONS):
            j += 2
            continue
        if low == "and" and j + 1 < limit and doc[j - 1].lower_ in ("hundred", "thousand") and doc[j + 1].lower_ in NUMBER_WORDS:
            j += 1
            continue
        break
    return j


def _scale_follows(doc: Doc, j: int, limit: int) -> bool:
    """Is token j a scale word ("m", "bn") rather than a unit ("m" for metres)?"""
    low = doc[j].lower_
    if low != "m":
        return True
    # "1.2m people", "$2.6m", "£1.7m" are millions; "2 m tall" is metres
    prev_currency = j >= 2 and doc[j - 2].text.lower() in CURRENCY_SYMBOLS
    nxt = doc[j + 1] if j + 1 < limit else None
    if prev_currency:
        return True
    return bool(nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not unit_of_word(nxt.text))


def _skip_number(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """Numbers that are not claims: dates, clock times, names, phones, addresses, ordinals."""
    first, last = doc[s], doc[e - 1]
    text = doc[s:e].text
    if first.tag_ in ("JJ", "NNP") and digits_value(first.text) is None and first.lower_ not in NUMBER_WORDS:
        return True
    nxt = doc[e] if e < sent.end else None
    prev = doc[s - 1] if s > sent.start else None
    # clock times and years
    if _CLOCK.match(text) or (
        nxt is not None and nxt.lower_.rstrip(".") + ("." if nxt.lower_.endswith(".") else "") in _TIME_WORDS
    ):
        return True
    if nxt is not None and nxt.lower_ in _TIME_WORDS:
        return True
    counted_next = nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and not unit_of_word(nxt.text)
    if is_year_like(first.text) and e - s == 1 and not counted_next:
        return True
    # part of a calendar date or clock time entity ("May 16, 2015", "10:15 a.m.")
    ent_type = first.ent_type_
    if ent_type in _CALENDAR_LABELS:
        ent = _entity_of(doc, s)
        if ent is not None and _CALENDAR_WORDS.search(ent.text):
            return True
    # names and labels: "Section 427", "Big 12", "iPhone 11", "Precinct 5", "S&P 500"
    label_before = prev is not None and (prev.lower_ in IDENTIFIER_HEADS or prev.text in ("#", "No.", "No"))
    if label_before and (prev.lower_ != "no" or prev.text.istitle()):  # type: ignore[union-attr]
        return True
    if (
        ent_type in _IDENT_LABELS
        and prev is not None
        and prev.ent_type_ == ent_type
        and prev.ent_iob_ != "O"
        and first.ent_iob_ == "I"
    ):
        return True
    if (
        prev is not None
        and prev.text[:1].isupper()
        and prev.pos_ == "PROPN"
        and prev.whitespace_
        and e - s == 1
        and (nxt is None or nxt.is_punct or nxt.pos_ not in ("NOUN",))
        and digits_value(first.text) is not None
        and first.ent_type_ not in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")
        and not (nxt is not None and nxt.text == ",")
    ):
        return True
    # phone numbers and street addresses
    window = doc[max(sent.start, s - 2) : min(sent.end, e + 4)].text
    if re.search(r"\d{3}\)?[-. ]\d{3}[-.]\d{4}", window):
        return True
    if (nxt is not None and nxt.lower_ == "block") or (prev is not None and prev.lower_ == "block"):
        return True
    if _is_street_number(doc, e, sent):
        return True
    # "one of the ...", "no one", "one another", pronoun "one"
    if last.lower_ == "one" and e - s == 1:
        if (nxt is not None and nxt.lower_ in ("of", "another", "who", "that", "which", "day")) or (
            prev is not None and prev.lower_ in ("no", "the", "this", "that", "any", "every", "each", "someone", "anyone")
        ):
            return True
        if first.pos_ == "PRON":
            return True
    # "24/7", "9/11", scores "3-1" handled by callers; slashes glue identifiers
    if nxt is not None and nxt.text == "/" and not nxt.whitespace_:
        return True
    return bool(
        prev is not None
        and prev.text == "/"
        and not prev.whitespace_
        and prev.i > sent.start
        and digits_value(doc[prev.i - 1].text) is not None
    )


def _is_street_number(doc: Doc, e: int, sent: Span) -> bool:
    # "208 East 6th St.", "536 Volunteer Parkway", "13200 Memorial Drive"
    j = e
    names = 0
    while j < min(sent.end, e + 4):
        t = doc[j]
        if t.lower_ in STREET_SUFFIXES and names:
            return True
        if t.text[:1].isupper() or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower_):
            names += 1
            j += 1
            continue
        return False
    return False


def _entity_of(doc: Doc, i: int) -> Span | None:
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
        if ent.start > i:
            return None
    return None


# -- whole quantity phrases ---------------------------------------------------


def _read_quantity(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    limit = sent.end
    currency = ""
    s = i
    sym = doc[i].text.lower()
    is_symbol = sym in CURRENCY_SYMBOLS and i + 1 < limit and (sym != "r" or (doc[i].text == "R" and not doc[i].whitespace_))
    if is_symbol and _number_end(doc, i + 1, limit) > i + 1:
        currency = CURRENCY_SYMBOLS[sym]
        i += 1
    e = _number_end(doc, i, limit)
    if e == i:
        e = _indefinite_unit(doc, i, sent)
    if e == i:
        return None
    if _skip_number(doc, i, e, sent):
        return None
    words = [t.text for t in doc[i:e] if t.text not in _HYPHENS]
    value = 1.0 if [w.lower() for w in words] in (["a"], ["an"]) else mixed_value(words)
    if value is None:
        return None
    q = RawQuantity(start=s, end=e, value=value, low=value, high=value, qualifier="exact", unit=currency, num_start=i, num_end=e)
    _read_range(doc, q, sent)
    _read_hedge(doc, q, sent)
    _read_unit(doc, q, sent)
    _read_hedge_after(doc, q, sent)
    if q.noun_i >= 0 and doc[q.noun_i].lower_ in RESTATEMENT_NOUNS and q.start > sent.start and doc[q.start - 1].lower_ == "the":
        return None  # "the 8,000 figure" restates a claim made before
    return q


_INDEFINITE_HEDGES = {"within", "than", "about", "nearly", "almost", "around", "over", "under", "some"}


def _indefinite_unit(doc: Doc, i: int, sent: Span) -> int:
    """Read "a" as one unit after a hedge: "within a kilometre", "less than a mile"."""
    tok = doc[i]
    if tok.lower_ not in ("a", "an") or i + 1 >= sent.end or i == sent.start:
        return i
    unit = unit_of_word(doc[i + 1].text)
    if not unit or unit in ("USD", "EUR", "GBP", "percent"):
        return i
    prev = doc[i - 1].lower_
    if prev in ("a", "an") and i - 1 > sent.start:  # "within a a kilometer": a doubled article
        prev = doc[i - 2].lower_
    return i + 1 if prev in _INDEFINITE_HEDGES else i


def _read_range(doc: Doc, q: RawQuantity, sent: Span) -> None:
    j = q.end
    limit = sent.end
    between = q.start > sent.start and doc[q.start - 1].lower_ in ("between", "from")
    if j + 1 >= limit:
        return
    joiner = doc[j].lower_
    if not (joiner in _RANGE_JOINERS or (between and joiner == "and")):
        return
    k = j + 1
    currency = ""
    if doc[k].text.lower() in CURRENCY_SYMBOLS and k + 1 < limit:
        currency = CURRENCY_SYMBOLS[doc[k].text.lower()]
        k += 1
    e2 = _number_end(doc, k, limit)
    if e2 == k or _skip_number(doc, k, e2, sent):
        return
    hi = mixed_value([t.text for t in doc[k:e2] if t.text not in _HYPHENS])
    if hi is None or q.value is None:
        return
    lo = q.value
    # "2 to 3 million": the scale word written once applies to both ends
    if (
        hi >= 1000
        and lo < hi / 100
        and any(t.lower_ in SCALE_AFTER_DIGITS or t.lower_ in ("million", "billion", "thousand") for t in doc[k:e2])
    ):
        scale = hi / (mixed_value([doc[k].text]) or hi)
        lo = lo * scale
    if joiner == "or" and not (lo < hi):
        return
    if lo > hi:
        return
    if q.start > sent.start and doc[q.start - 1].lower_ in ("between", "from"):
        q.start -= 1
    q.low, q.high, q.value, q.qualifier = lo, hi, None, "range"
    q.end = e2
    q.num_end = e2
    if currency and not q.unit:
        q.unit = currency


def _read_hedge(doc: Doc, q: RawQuantity, sent: Span) -> None:
    if q.qualifier == "range":
        return
    before = [t.lower_ for t in doc[max(sent.start, q.start - 5) : q.start]]
    doubled = bool(before) and before[-1] in ("a", "an") and doc[q.num_start].lower_ in ("a", "an")
    if doubled:
        before = before[:-1]
    for phrase, qualifier in HEDGES_BEFORE:
        words = phrase.split()
        if before[-len(words) :] == words:
            # "over" and "under" are hedges only right before the number
            if phrase in ("over", "under", "above", "below", "some") and doc[q.start - 1].pos_ == "VERB":
                return
            q.start -= len(words) + int(doubled)
            _apply_hedge(q, qualifier)
            return


def _apply_hedge(q: RawQuantity, qualifier: str) -> None:
    v = q.value
    if v is None:
        return
    q.qualifier = qualifier
    if qualifier == "approximate":
        q.low, q.high = v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)
    elif qualifier == "at_least":
        q.low, q.high = v, None
    elif qualifier == "at_most":
        q.low, q.high = None, v


def _read_hedge_after(doc: Doc, q: RawQuantity, sent: Span) -> None:
    if q.qualifier != "exact":
        return
    nxt = doc[q.end : min(sent.end, q.end + 2)]
    words = [t.lower_ for t in nxt]
    for phrase, qualifier in HEDGES_AFTER.items():
        ws = phrase.split()
        if words[: len(ws)] == ws:
            q.end += len(ws)
            _apply_hedge(q, qualifier)
            return


def _read_unit(doc: Doc, q: RawQuantity, sent: Span) -> None:
    """Find the unit after the number; extend the span over it."""
    j = q.num_end
    limit = sent.end
    nxt = doc[j] if j < limit else None
    # "three-day", "25-year-old", "10-mile", "6.1-magnitude"
    if nxt is not None and nxt.text in _HYPHENS and not nxt.whitespace_ and j + 1 < limit:
        word = doc[j + 1]
        unit = unit_of_word(word.text)
        if unit:
            q.unit = q.unit or unit
            q.end = j + 2
            if unit == "year" and j + 3 < limit and doc[j + 2].text in _HYPHENS and doc[j + 3].lower_ == "old":
                q.end = j + 4
                q.is_age = True
            q.noun_i = _head_noun_after(doc, q.end, limit)
            return
    if nxt is None:
        return
    low = nxt.lower_
    if low in ("%", "percent", "pct") or (low == "per" and j + 1 < limit and doc[j + 1].lower_ == "cent"):
        q.unit = "percent"
        q.end = j + (2 if low == "per" else 1)
        return
    if low == "percentage" and j + 1 < limit and doc[j + 1].lower_.startswith("point"):
        q.unit, q.end = "percentage_point", j + 2
        return
    if low in ("pounds", "pound") and not q.unit:
        q.unit = "GBP" if _MONEY_CONTEXT.search(sent.text) else "lb"
        q.end = j + 1
        return
    unit = unit_of_word(nxt.text)
    if unit and (unit != "m" or nxt.lower_ != "m" or not q.unit):
        if q.unit and unit in ("USD", "EUR", "GBP"):  # "$5 dollars": keep the symbol's currency
            q.end = j + 1
            return
        q.unit = q.unit or unit
        q.end = j + 1
        if unit == "year" and j + 1 < limit and doc[j + 1].lower_ == "old":
            q.end, q.is_age = j + 2, True
        elif unit in TIME_UNITS and j + 1 < limit and doc[j + 1].lower_ in ("old",):
            q.end = j + 2
        q.noun_i = _head_noun_after(doc, q.end, limit) if unit in TIME_UNITS or unit == "magnitude" else -1
        return
    if q.unit:  # a currency symbol before the number
        return
    # "magnitude 6.1", "magnitude-6.1"
    if (
        q.start > sent.start
        and doc[q.start - 1].lower_ in ("magnitude", "-")
        and "magnitude" in doc[max(sent.start, q.start - 3) : q.start].text.lower()
    ):
        q.unit = "magnitude"
        return
    if q.start > sent.start + 1 and doc[q.start - 1].lower_ == "aged":
        q.unit, q.is_age = "year", True
        return
    # the counted noun: "500 people", "seven air strikes", "115 ISIS fighters"
    noun = _counted_noun(doc, q, limit)
    q.noun_i = noun
    if noun < 0 and nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN", "X") and not nxt.ent_type_:
        unit = quantulum_unit(doc[q.num_start : min(limit, j + 2)].text)
        if unit and unit not in ("percent",):
            q.unit = unit
            q.end = j + 1


def _counted_noun(doc: Doc, q: RawQuantity, limit: int) -> int:
    last = doc[q.num_end - 1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
        and head.i >= q.num_end
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < limit
        and head.i - q.num_end <= 4
    ):
        return head.i
    j = q.num_end
    # "1.2m people": the parser may attach the noun elsewhere; take the next plural noun
    while j < min(limit, q.num_end + 3):
        t = doc[j]
        if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NN"):
            return j
        if t.pos_ not in ("ADJ", "PROPN", "NOUN") and t.text not in _HYPHENS:
            break
        j += 1
    return -1


def _head_noun_after(doc: Doc, j: int, limit: int) -> int:
    """The noun a hyphenated measure modifies: "three-day *blitz*", "25-year-old *man*"."""
    k = j
    while k < min(limit, j + 4):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN"):
            # stop at the head of a compound run
            while k + 1 < limit and doc[k + 1].pos_ in ("NOUN",) and doc[k].dep_ == "compound":
                k += 1
            return k
        if t.pos_ not in ("ADJ", "ADV", "VERB") and t.text not in _HYPHENS:
            return -1
        k += 1
    return -1


# -- vague counts and unit pairs --------------------------------------------


def _read_vague(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    limit = sent.end
    for length in (3, 2, 1):
        if i + length > limit:
            continue
        words = " ".join(t.lower_ for t in doc[i : i + length])
        if words not in VAGUE_COUNTS:
            continue
        nxt = doc[i + length] if i + length < limit else None
        if nxt is None or (nxt.is_punct and nxt.text != "-"):
            return None
        # "several days", "a few hours": durations, not counts; "one of a few towns": idiom
        if unit_of_word(nxt.text) in TIME_UNITS or nxt.lower_ in (
            "times",
            "time",
            "ways",
            "things",
            "occasions",
            "reasons",
            "questions",
        ):
            return None
        before = " ".join(t.lower_ for t in doc[max(sent.start, i - 3) : i])
        if re.search(r"\bone of(?: (?:just|only|the))?$", before):
            return None
        if length == 1 and words in ("several", "numerous", "multiple") and nxt.pos_ not in ("NOUN", "ADJ"):
            return None
        lo, hi = VAGUE_COUNTS[words]
        end = i + length
        q = RawQuantity(
            start=i, end=end, value=None, low=lo, high=hi, qualifier="vague", unit="", vague=True, num_start=i, num_end=end
        )
        if nxt.lower_ == "of" and end + 1 < limit:
            q.noun_i = _counted_noun_after_of(doc, end + 1, limit)
        elif nxt.pos_ in ("NOUN",):
            q.noun_i = nxt.i
        return q
    return None


def _counted_noun_after_of(doc: Doc, j: int, limit: int) -> int:
    for k in range(j, min(limit, j + 4)):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return k
    return -1


def _fold_unit_pairs(doc: Doc, found: list[RawQuantity]) -> list[RawQuantity]:
    """Fold "100 kilometres (60 miles)" into one claim: the bracket is a conversion."""
    out: list[RawQuantity] = []
    skip = set()
    for n, q in enumerate(found):
        if n in skip:
            continue
        if n + 1 < len(found):
            nxt = found[n + 1]
            gap = doc[q.end : nxt.start].text.strip()
            closing = doc[nxt.end].text if nxt.end < len(doc) else ""
            if gap == "(" and closing == ")" and q.unit and nxt.unit and q.unit not in ("person", "count") and nxt.unit != q.unit:
                q.alt_value = nxt.value if nxt.value is not None else (nxt.high if nxt.high is not None else nxt.low)
                q.alt_unit = nxt.unit
                q.end = nxt.end + 1  # the claim's words include the bracketed conversion
                skip.add(n + 1)
        out.append(q)
    return out


def hyphenated_with_noun(q: RawQuantity) -> bool:
    """True for adjectival measures like "three-day blitz" (the noun is the thing measured)."""
    return q.noun_i >= 0 and q.unit in TIME_UNITS
