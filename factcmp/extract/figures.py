"""Reading one number phrase off spaCy tokens: digits with their signs and scale words, or number words.

"$2.6-million", "HK $3.7 billion", "1.2m", "40C", "twenty-one", "a dozen",
"two thirds", "half", "one and a half". The values come from
:mod:`factcmp.extract.numbers`; whether the phrase is a claim is decided by
the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.measures import HYPHENS, MONEY_CONTEXT
from factcmp.extract.notclaims import one_of_a_set_before
from factcmp.extract.numbers import (
    ADVERB_COUNTS,
    FRACTIONS,
    NUMBER_WORDS,
    ONES,
    SCALE_AFTER_DIGITS,
    SCALE_WORDS,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    WORD_NUMBERS,
    is_year_like,
    split_glued,
    words_value,
)
from factcmp.extract.raw import tidy
from factcmp.extract.units import (
    CURRENCIES,
    DOLLAR_COUNTRIES,
    currency_of_symbol,
    glued_unit,
    laid_length_after,
    quantulum_unit,
    quantulum_unit_word,
    unit_alone,
    unit_of_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAGNITUDE_TOKEN = re.compile(r"^magnitude-(\d+(?:\.\d+)?)$", re.I)
_FRACTION_TOKEN = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_MINUS_TOKEN = re.compile(r"^minus-(\d+(?:\.\d+)?)$", re.I)
# "sub-7 nanometer", "sub-300 sq m": below the figure; the hedge is read by intervals.read_hedge
# "twofold", "tenfold", "hundredfold": a multiplier written as one word (the words are in quantities._STARTERS)
FOLDS = {**WORD_NUMBERS, "hundred": 100, "thousand": 1000}
_SUSPENDED_TOKEN = re.compile(r"^(\d+(?:\.\d+)?)[-\u2013]$")
SUB_TOKEN = re.compile(r"^sub-(\d+(?:\.\d+)?)$", re.I)
# "the then-23-year-old suspect", "her now-18 month-old daughter": the tokenizer keeps the adverb on the number
_THEN_NOW_TOKEN = re.compile(r"^(?:then|now)-(\d+(?:\.\d+)?)$", re.I)
_FRACTION_HEADS = frozenset({"a", "an", "one", *ONES, "half"})
# capital scale letters written apart from the figure, read only after money or before a plural
_SPACED_SCALE_LETTERS = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_HALF_NOT = frozenset({"-", "time", "mast", "staff", "century", "term", "hour"})


@dataclass
class Number:
    """A number phrase: tokens [start, end), its value, and a sign or unit glued to it."""

    start: int
    end: int
    value: float
    currency: str = ""
    unit: str = ""
    approx: bool = False


def read_number(doc: Doc, k: int, limit: int, blocked: set[int], currency: str = "") -> Number | None:
    """The number phrase starting at token k: digits (with glued signs and units) or words."""
    if k >= limit or k in blocked:
        return None
    tok = doc[k]
    m = _MAGNITUDE_TOKEN.match(tok.text)
    if m:
        return Number(k, k + 1, float(m.group(1)), unit="magnitude")
    m = _MINUS_TOKEN.match(tok.text)
    if m:
        return Number(k, k + 1, -float(m.group(1)))
    m = SUB_TOKEN.match(tok.text) or _THEN_NOW_TOKEN.match(tok.text)
    if m:
        return Number(k, k + 1, float(m.group(1)))
    m = _SUSPENDED_TOKEN.match(tok.text)
    if m and k + 2 < limit and doc[k + 1].lower_ in ("or", "to", "and") and doc[k + 2].like_num:
        return Number(k, k + 1, float(m.group(1)))  # "a 7- or 8-inch touchscreen": the unit is written once, after
    if tok.lower_.endswith("fold") and tok.lower_[:-4] in FOLDS:
        return Number(k, k + 1, float(FOLDS[tok.lower_[:-4]]))  # "grew more than sixfold": a multiplier
    glued = split_glued(tok.text)
    if glued is not None:
        return _read_digits(doc, k, limit, glued, currency)
    if tok.text in UNICODE_FRACTIONS:
        return Number(k, k + 1, UNICODE_FRACTIONS[tok.text])
    if tok.lower_ in ADVERB_COUNTS:
        return Number(k, k + 1, float(ADVERB_COUNTS[tok.lower_])) if counts_hits(doc, k, limit) else None
    return _read_words(doc, k, limit)


# acts whose "N times" counts the blows or shots: "shot three times", "stabbed twice", "struck once in the head"
_HIT_VERBS = frozenset({"shot", "stabbed", "struck", "hit", "punched", "kicked", "slashed", "fired"})
# words after "once"/"twice" that make it a frequency or a comparison, not a count of hits: "twice a week", "twice
# as many", "once more", "once again", "twice before"
_NOT_HIT_COUNT_AFTER = frozenset({"a", "an", "per", "every", "each", "as", "more", "again", "before", "daily", "the"})


def counts_hits(doc: Doc, k: int, limit: int) -> bool:
    """Is "once"/"twice"/"thrice" at k the count of an act of harm: "The officer was shot twice"?

    As "shot three times" is read, the adverb counts the blows or shots; "once" before the verb ("once shot") is
    "formerly", and a frequency or a comparison ("twice a week", "twice as many") counts nothing.
    """
    tok = doc[k]
    if tok.dep_ != "advmod" or tok.head.i > k or tok.head.lower_ not in _HIT_VERBS:
        return False
    return not (k + 1 < limit and doc[k + 1].lower_ in _NOT_HIT_COUNT_AFTER)


def _peso_amount(doc: Doc, k: int, limit: int) -> bool:
    """Is "P" glued to digits the peso: "P5,000", "P1.2 million", "P500-million" (not a label: "P3", "P450")?

    Philippine outlets (Inquirer, GMA, ABS-CBN, Rappler) write the peso "P"; a label takes a short number,
    an amount its thousands separator or a scale word.
    """
    text = doc[k].text
    if re.fullmatch(r"P\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return True
    j = k + 1
    if j < limit and doc[j].text in HYPHENS:
        j += 1
    return j < limit and doc[j].lower_ in ("million", "billion", "trillion")


def _read_digits(doc: Doc, k: int, limit: int, glued: tuple[str, float, str], outer_currency: str) -> Number | None:
    pre, value, suf = glued
    text = doc[k].text
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return None  # "09", "00", "0800": parts of dates, times and phone numbers
    num = Number(k, k + 1, value)
    if pre in ("~", "≈"):
        num.approx = True
    elif pre:
        num.currency = currency_of_symbol(pre)
        if pre.isalpha() and outer_currency and k > 0 and doc[k - 1].text == "$":
            num.currency = DOLLAR_COUNTRIES.get(pre.lower(), "")  # "$US113", "$A82,615,680"
        elif pre in CURRENCIES:
            num.currency = pre  # "USD10m", "EUR50m", "AUD1.5m": an ISO code glued before the figure
        elif pre == "P" and _peso_amount(doc, k, limit):
            num.currency = "PHP"  # "P5,000", "P1.2 million": the Philippine press writes the peso so
        elif pre.isalpha() and pre != "R" and not (len(pre) > 1 and num.currency):
            num.currency = ""  # "A4", "B52": letters before digits are a label, unless a currency's ("RM23.50", "Rs500")
        if not num.currency:
            return None
    if suf and currency_of_symbol(suf) and not num.currency:
        num.currency = currency_of_symbol(suf)  # "15€", "20£": the sign written after, as in much European copy
        return num
    if suf:
        low = suf.lower().rstrip(".")
        if (num.currency or outer_currency) and low in ("t", "b", "k"):
            num.value *= {"t": 1e12, "b": 1e9, "k": 1e3}[low]  # "$2.174T", "$5B", "$40k"
        elif low in SCALE_AFTER_DIGITS and (low != "m" or _m_is_million(doc, k, limit, num.currency or outer_currency)):
            num.value *= SCALE_AFTER_DIGITS[low]
        else:
            unit = glued_unit(suf)
            if unit is None and quantulum_unit_word([suf]):
                unit = quantulum_unit(text) or None  # "30Mbps": a unit quantulum3's tables know
            if unit is None:
                return None  # "3TV", "737MAX": a label, not a measure
            num.unit = unit
            if unit == "" and suf.lower() not in ("p", "x"):
                return None
            return num
    j = k + 1
    # "43.6 billion", "2.6-million", "54-thousand", "24 tril.", "1.2 m", "3 1/2", "2½"
    while j < limit:
        t = doc[j]
        low = t.lower_.rstrip(".") if t.text != "." else "."
        if t.text in HYPHENS and not t.whitespace_ and j + 1 < limit and doc[j + 1].lower_ in SCALE_WORDS:
            j += 1
            continue
        if (
            low in SCALE_AFTER_DIGITS
            and low not in ("k", "b")
            and (low != "m" or _m_is_million(doc, j - 1, limit, num.currency or outer_currency))
        ):
            num.value *= SCALE_AFTER_DIGITS[low]
            j += 1
            if j < limit and doc[j].text == "." and low == "tril":
                j += 1
            continue
        if (
            j == k + 1
            and t.text in _SPACED_SCALE_LETTERS
            and (num.currency or outer_currency or (j + 1 < limit and doc[j + 1].tag_ == "NNS"))
        ):
            num.value *= _SPACED_SCALE_LETTERS[t.text]  # "$1.2 B", "$3 T", "about 8 B people"
            j += 1
            continue
        if t.text in UNICODE_FRACTIONS and j == k + 1:
            num.value += UNICODE_FRACTIONS[t.text]
            j += 1
            continue
        if (
            j == k + 1
            and low == "and"
            and j + 2 < limit
            and doc[j + 1].lower_ in ("a", "an")
            and doc[j + 2].lower_ == "half"
            and num.value == int(num.value)
        ):
            num.value += 0.5  # "11 and a half hours"
            j += 3
            continue
        frac = _FRACTION_TOKEN.match(t.text) if j == k + 1 and "." not in doc[k].text else None
        if frac and 0 < int(frac.group(1)) < int(frac.group(2)) <= 16:
            num.value += int(frac.group(1)) / int(frac.group(2))  # "2 1/2 inches"
            j += 1
            continue
        break
    num.end = j
    num.value = tidy(num.value)
    return num


def _m_is_million(doc: Doc, k: int, limit: int, currency: str) -> bool:
    """Is the "m" after token k a million ("£1.7m", "1.2m people", "2m euros") or metres ("2m tall")?"""
    if currency:
        return True
    j = k + 1
    if j < limit and doc[j].lower_ == "m":
        j += 1
    nxt = doc[j] if j < limit else None
    if nxt is None or nxt.is_punct:
        return False
    low = nxt.lower_
    if k > 0 and doc[k - 1].lower_ in _MEASURING_VERBS:
        return False  # "the sculpture measures 3m", "the wave stood 5m"
    if low == "of" and laid_length_after(doc, j, limit):
        return False  # "replaced around 300m of track", "50 m of fence": a length of a thing laid or built
    year_after = low == "in" and j + 1 < limit and is_year_like(doc[j + 1].text)
    if low in _LENGTH_CONTEXT and not year_after:
        return False  # "2m tall", "5m away", "3m in diameter"; "joined for 30m in 2019" is money
    if unit_alone(nxt.text) or low in ("worth", "more", "of", "a", "per", "people"):
        return True  # "1.2m tons", "35m of its devices"
    if nxt.tag_ == "NNS":
        return True  # "2.7m viewers"
    if nxt.pos_ == "NOUN":
        return False  # "a 100m sprint", "a 5m wall"
    if nxt.pos_ in ("VERB", "AUX"):
        return True  # "1.2m fled", "2m have been displaced": a count as the subject
    # "2.7m combined digital and physical sales": a plural noun a few words on; "profits would be 20m
    # lower", "joined for 30m in 2019": money the sentence speaks of, its sign lost
    return any(t.tag_ == "NNS" for t in doc[j : min(limit, j + 5)]) or bool(MONEY_CONTEXT.search(doc[k].sent.text))


_MEASURING_VERBS = frozenset({"measures", "measured", "measuring", "stands", "stood", "standing", "spans", "spanned", "spanning"})
_LENGTH_CONTEXT = frozenset(
    [
        "tall",
        "high",
        "deep",
        "long",
        "wide",
        "away",
        "above",
        "below",
        "from",
        "under",
        "across",
        "in",
        "to",
        "-",
        "x",
        "thick",
        "high-rise",
        "freestyle",
        "sprint",
        "hurdles",
        "race",
        "relay",
        "dash",
        "butterfly",
        "backstroke",
        "breaststroke",
        "medley",
    ]
)


def _read_words(doc: Doc, k: int, limit: int) -> Number | None:
    tok = doc[k]
    low = tok.lower_
    nxt = doc[k + 1].lower_ if k + 1 < limit else ""
    if low in ("a", "an"):
        if not (nxt in SCALE_WORDS or nxt == "dozen" or (nxt in FRACTIONS and not nxt.endswith("s"))):
            return None
        if nxt in FRACTIONS and k + 2 < limit and _fraction_is_ordinal(doc, k + 1, limit):
            return None
    elif low == "half":
        if not _half_is_number(doc, k, limit):
            return None
    elif low in NUMBER_WORDS and low not in SCALE_WORDS and low != "dozen":
        # "two bombs fell on an airstrip, one hit a school": spaCy's pronoun is one bomb
        member = low == "one" and tok.pos_ == "PRON" and one_of_a_set_before(doc, k, tok.sent)
        if low == "one" and tok.tag_ not in ("CD",) and tok.pos_ != "NUM" and not member:
            return None
        if low not in ("dozen",) and tok.tag_ not in ("CD", "NN", "NNS", "JJ", "NNP") and tok.pos_ != "NUM" and not member:
            return None
    else:
        return None
    j = k + 1
    words = [tok.text]
    if low == "half" and j + 1 < limit and doc[j].lower_ in ("a", "an") and doc[j + 1].lower_ in (*SCALE_WORDS, "dozen"):
        words += [doc[j].text, doc[j + 1].text]  # "half a million", "half a dozen"
        j += 2
    elif low == "half" and _hyphened_scale(doc, k, limit):
        words += ["a", doc[k + 2].text]  # "a half-million-euro reward": half a million
        j = k + 3
    while j < limit:
        t = doc[j]
        w = t.lower_
        prev = next(x for x in reversed(words) if x not in HYPHENS).lower()
        if w in NUMBER_WORDS and w not in ADVERB_COUNTS and prev not in FRACTIONS:
            if (w in ONES or w in TENS) and (prev in ONES or prev in ("a", "an", "dozen")):
                break  # "one two", "a seven": two numbers, not one
            words.append(t.text)
            j += 1
            continue
        if (
            w in FRACTIONS
            and prev in _FRACTION_HEADS
            and prev != "half"
            and (w.endswith("s") or not _fraction_is_ordinal(doc, j, limit))
        ):
            words.append(t.text)
            j += 1
            continue
        if t.text in HYPHENS and not t.whitespace_ and j + 5 < limit and _hyphened_half(doc, j):
            # "a three-and-a-half-hour lockdown": "and a half" written as one word with the figure
            words += ["and", "a", doc[j + 5].text]
            j += 6
            continue
        if t.text in HYPHENS and not t.whitespace_ and j + 1 < limit:
            w2 = doc[j + 1].lower_
            if w2 in NUMBER_WORDS or (w2 in FRACTIONS and prev in _FRACTION_HEADS and prev != "half"):
                words.append(t.text)
                j += 1
                continue
        if w == "and" and j + 1 < limit:
            w2 = doc[j + 1].lower_
            if prev in ("hundred", "thousand", "million") and (w2 in ONES or w2 in TENS):
                words.append(t.text)
                j += 1
                continue
            # "two and a half", "one and three-quarters", "one and a half billion"
            if j + 2 < limit and w2 in ("a", "an") and doc[j + 2].lower_ == "half":
                words += ["and", "a", "half"]
                j += 3
                if j < limit and doc[j].lower_ in SCALE_WORDS:
                    words.append(doc[j].text)
                    j += 1
                continue
        break
    if words[-1].lower() in ("a", "an"):
        return None
    value = 1.0 if [w.lower() for w in words] in (["a"], ["an"]) else words_value(words)
    if value is None:
        return None
    # "a quarter of a million", "three-quarters of a billion": a share of a scale is one figure
    if (
        words[-1].lower() in FRACTIONS
        and j + 2 < limit
        and doc[j].lower_ == "of"
        and doc[j + 1].lower_ in ("a", "an")
        and doc[j + 2].lower_ in SCALE_WORDS
    ):
        return Number(k, j + 3, value * SCALES[doc[j + 2].lower_])
    return Number(k, j, value)


def _hyphened_half(doc: Doc, j: int) -> bool:
    """Do the tokens from ``j`` spell "-and-a-half" or "-and-a-quarter" with no space between them?"""
    toks = list(doc[j : j + 6])
    return (
        all(not t.whitespace_ for t in toks[:5])
        and [t.text in HYPHENS for t in toks[::2]] == [True, True, True]
        and toks[1].lower_ == "and"
        and toks[3].lower_ in ("a", "an")
        and toks[5].lower_ in ("half", "quarter")
    )


def _hyphened_scale(doc: Doc, k: int, limit: int) -> bool:
    """Is "half" glued by a hyphen to a scale word: "half-million", "half-billion"?"""
    return (
        k + 2 < limit
        and doc[k + 1].text in HYPHENS
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].lower_ in SCALE_WORDS
    )


def _half_is_number(doc: Doc, k: int, limit: int) -> bool:
    """Tell a fraction ("half the municipality", "about half of adults") from "second half", "half-staff"."""
    prev_tok = doc[k - 1] if k > 0 else None
    prev = prev_tok.lower_ if prev_tok is not None else ""
    nxt = doc[k + 1] if k + 1 < limit else None
    if nxt is not None and _hyphened_scale(doc, k, limit):
        return True  # "a half-million-euro reward", "half-billion-dollar": half a million
    if prev in ("first", "second", "the", "other", "a", "an", "and", "in", "by") or nxt is None:
        return False
    if (
        prev_tok is not None
        and prev_tok.pos_ in ("ADJ", "DET", "PROPN", "NOUN", "NUM")
        and prev not in ("about", "nearly", "almost", "over", "roughly")
    ):
        return False  # "the Syrian half of the caliphate"
    if nxt.text in HYPHENS or nxt.lower_ in _HALF_NOT:
        return False
    if nxt.lower_ in ("a", "an") and k + 2 < limit and unit_of_word(doc[k + 2].text):
        return False  # "half an hour": a half of the unit, read with it as one measure
    return (
        nxt.lower_ in ("of", "the", "a", "an", "their", "its", "his", "her", "all", "our", "those", "these") or nxt.pos_ == "NOUN"
    )


def _fraction_is_ordinal(doc: Doc, j: int, limit: int) -> bool:
    """Tell an ordinal ("a third deputy", "the third quarter") from a fraction ("a third of adults")."""
    nxt = doc[j + 1] if j + 1 < limit else None
    if nxt is None or nxt.lower_ in ("of", "mile", "inch", "cup", "pound", "century") or unit_of_word(nxt.text):
        return False
    if nxt.pos_ in ("VERB", "AUX") and _next_of_a_count(doc, j):
        return True  # "Three men ... entered the building while a fourth waited in a getaway car": a fourth man

    if nxt.text in HYPHENS and not nxt.whitespace_ and j + 2 < limit and doc[j + 2].is_alpha:
        # "a third-party evaluation", "a third-degree assault charge" (a grade, never a third of a degree);
        # "a quarter-mile" is a fraction
        return doc[j + 2].lower_ == "degree" or not unit_of_word(doc[j + 2].text)
    if nxt.lower_ in (
        "final",
        "finals",
        "floor",
        "round",
        "place",
        "grade",
        "party",
        "term",
        "time",
        "day",
        "straight",
        "consecutive",
    ):
        return True
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.text not in HYPHENS


# the ordinal each fraction word also is ("a fourth" man after three men)
_FRACTION_ORDINALS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}


def _next_of_a_count(doc: Doc, j: int) -> bool:
    """Does a fraction word rank the one after a count of its sentence: "Three men ... while *a fourth* waited"?"""
    rank = _FRACTION_ORDINALS.get(doc[j].lower_)
    if rank is None:
        return False
    sent = doc[j].sent
    return any(WORD_NUMBERS.get(t.lower_) == rank - 1 or t.text == str(rank - 1) for t in doc[sent.start : j - 1])


# the country of Australia named in the text: then "A $5 million" may be an Australian paper's dollars
_AUSTRALIAN = re.compile(r"\bAustralian?s?\b")


def _article_before_dollar(doc: Doc, i: int) -> bool:
    """Is "A" set apart before "$" the article, as in "A $5,000 reward is being offered"?

    The Australian dollar is written "A$" glued; "A $" with a space is the article before a
    dollar amount (very common: "A $10,000 reward", "A $1 million bond"), unless the text is
    about Australia.
    """
    return doc[i].text == "A" and bool(doc[i].whitespace_) and not _AUSTRALIAN.search(doc.text)


def currency_prefix(doc: Doc, i: int, limit: int) -> tuple[str, int]:
    """A currency sign or code before the number: "$", "US$", "US $", "A$", "EUR", "Rs"."""
    tok = doc[i]
    low = tok.text.lower()
    if (
        low in DOLLAR_COUNTRIES
        and i + 1 < limit
        and doc[i + 1].text == "$"
        and tok.text[:1].isupper()
        and not _article_before_dollar(doc, i)
    ):
        return DOLLAR_COUNTRIES[low], i + 2
    if tok.text in CURRENCIES and i + 1 < limit and doc[i + 1].text[:1].isdigit():
        return tok.text, i + 1  # an ISO code written apart before the figure: "SGD 50 million", "DKK 3.4bn"
    if low == "rs" and i + 2 < limit and doc[i + 1].text == "." and doc[i + 2].like_num:
        return "INR", i + 2  # "Rs. 1,500 crore" when the tokenizer splits off the full stop
    code = currency_of_symbol(low)
    if not code or i + 1 >= limit:
        return "", i
    if low == "r" and (tok.text != "R" or tok.whitespace_):
        return "", i
    if low in ("rs", "rs.", "chf", "usd", "eur", "gbp") and not doc[i + 1].like_num:
        return "", i
    return code, i + 1
