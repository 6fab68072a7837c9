"""Reading the value of one number as news writes it: digits, words, scale words, fractions.

Pure string functions; no spaCy here, so they are cheap to test exhaustively.
"""

from __future__ import annotations

import re

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "tril": 1_000_000_000_000,
    "mil": 1_000_000,  # "$1mil", "RM3.06mil"
    "k": 1_000,
    # South Asian scales, everyday in Indian and Pakistani news: "Rs 5 lakh", "2.5 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# scale words that may stand after digits ("43.6 billion", "1.2m", "24 tril.")
SCALE_AFTER_DIGITS = {**SCALES, "m": 1_000_000, "b": 1_000_000_000, "thousands": 1_000}
# "lakh" and "crore" too: "about two lakh devotees" is 200,000 devotees, as "3 lakh" is 300,000
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"})
FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "quarter": 0.25,
    "quarters": 0.25,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "fifth": 0.2,
    "fifths": 0.2,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 0.125,
    "eighths": 0.125,
    "fourth": 0.25,
    "fourths": 0.25,
    "tenth": 0.1,
    "tenths": 0.1,
}
WORD_NUMBERS = {**ONES, **TENS, "dozen": 12}
# adverbs that count an act: "shot once", "stabbed twice" (figures.read_number reads them only on an act of harm)
ADVERB_COUNTS = {"once": 1, "twice": 2, "thrice": 3}
NUMBER_WORDS = frozenset(WORD_NUMBERS) | SCALE_WORDS | frozenset(ADVERB_COUNTS)
UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?"
_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
_DIGITS_SCALED = re.compile(
    r"^(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<scale>k|m|mn|mln|mil|bn|b|bln|tn|tril)$",
    re.IGNORECASE,
)
_FRACTION_DIGITS = re.compile(r"^(\d+)/(\d+)$")
# a number glued to what follows or precedes it: "40C", "117g", "3min", "HK$3", "~1.2", "R26", "Sh10", "Tk20,000"
_GLUED = re.compile(
    r"^(?P<pre>~|≈|[A-Z]{0,3}\$|\$[A-Z]{1,3}|[€£¥₹₦]|Rs\.?|K[Ss]hs?|(?:Sh|Tk|Rp|Bs)\.?|[A-Z]{1,3})?"
    r"(?P<num>[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+))"
    r"(?P<suf>[A-Za-z°%][A-Za-z°%/²³.]*[23]?|[€£¥₹])?$"  # "32m2": a unit squared or cubed; "15€": a sign after
)


def digits_value(text: str) -> float | None:
    """Return the value of a digit string ("8,000", "1.8", "2.5bn", ".500"), else None.

    >>> digits_value("8,000"), digits_value("2.5bn"), digits_value("12th")
    (8000.0, 2500000000.0, None)
    """
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    m = _DIGITS_SCALED.match(text)
    if m:
        return float(m.group("num").replace(",", "")) * SCALE_AFTER_DIGITS[m.group("scale").lower()]
    return None


def is_digit_number(text: str) -> bool:
    """True for a plain or scaled digit string."""
    return digits_value(text) is not None


def split_glued(text: str) -> tuple[str, float, str] | None:
    """Split a token that glues a number to a sign or a unit: ("HK$", 3.0, ""), ("", 40.0, "C").

    Plain numbers come back with empty prefix and suffix; ordinals ("21st")
    and words come back as None.

    >>> split_glued("40C"), split_glued("HK$3"), split_glued("~1.2"), split_glued("21st")
    (('', 40.0, 'C'), ('HK$', 3.0, ''), ('~', 1.2, ''), None)
    >>> split_glued("114bhp/200Nm"), split_glued("24/7"), split_glued("15€")
    (('', 114.0, 'bhp'), None, ('', 15.0, '€'))
    """
    m = _GLUED.match(text)
    if not m and "/" in text:
        # "114bhp/200Nm", "43.5mpg/117g": two measures in one token; the first is read, "24/7" is not a measure
        first, _, rest = text.partition("/")
        m = _GLUED.match(first) if rest[:1].isdigit() else None
        if m and not m.group("suf"):
            m = None
    if not m:
        return None
    suf = m.group("suf") or ""
    if suf.lower() in ("st", "nd", "rd", "th", "s"):
        return None  # ordinals and decades ("1990s") are not quantities
    return m.group("pre") or "", float(m.group("num").replace(",", "")), suf


def words_value(words: list[str]) -> float | None:
    """Return the value of number words ("twenty one", "a hundred", "two thousand five hundred").

    Hyphens and "and" are ignored; "a"/"an" counts as one before a scale word
    or a fraction; "one and a half" is 1.5.

    >>> words_value(["twenty", "-", "one"]), words_value(["a", "dozen"]), words_value(["three", "-", "quarters"])
    (21.0, 12.0, 0.75)
    >>> words_value(["two", "and", "a", "half"]), words_value(["half", "a", "dozen"])
    (2.5, 6.0)
    >>> words_value(["one", "and", "a", "half", "billion"])
    1500000000.0
    """
    ws = [w.lower() for w in words if w not in ("-", "\u2010", "\u2011")]
    if not ws:
        return None
    # "one and a half billion": the scale multiplies the whole mixed number
    if len(ws) > 2 and ws[-1] in SCALES and ws[-2] in FRACTIONS and "and" in ws:
        mixed = words_value(ws[:-1])
        return None if mixed is None else mixed * SCALES[ws[-1]]
    # "two and a half", "one and three-quarters"
    if "and" in ws:
        k = ws.index("and")
        tail = ws[k + 1 :]
        if tail and tail[-1] in FRACTIONS:
            head_v = words_value(ws[:k])
            tail_v = words_value(tail)
            return None if head_v is None or tail_v is None else head_v + tail_v
        ws = [w for w in ws if w != "and"]
    if ws[:2] == ["half", "a"] and len(ws) == 3:  # "half a dozen", "half a million"
        rest = words_value(["a", ws[2]])
        return None if rest is None else rest / 2
    if ws[-1] in FRACTIONS:
        head = ws[:-1] or ["one"]
        if head in (["a"], ["an"]):
            head = ["one"]
        numerator = words_value(head)
        return None if numerator is None else numerator * FRACTIONS[ws[-1]]
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(ws):
        if w in ("a", "an") and i + 1 < len(ws) and (ws[i + 1] in SCALES or ws[i + 1] == "dozen"):
            current = 1
            seen = True
        elif w in ONES:
            current += ONES[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in SCALES or w in SCALE_AFTER_DIGITS:
            scale = SCALE_AFTER_DIGITS[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
            seen = True
    return total + current if seen else None


def mixed_value(parts: list[str]) -> float | None:
    """Value of a run of tokens mixing digits and words ("43.6 billion", "1.2 m", "3 1/2").

    >>> mixed_value(["43.6", "billion"]), mixed_value(["1.2", "m"]), mixed_value(["twenty"])
    (43600000000.0, 1200000.0, 20.0)
    """
    if not parts:
        return None
    first = digits_value(parts[0])
    if first is not None:
        value = first
        rest = [p for p in parts[1:] if p not in (".", "-")]
        if len(rest) == 1 and rest[0] in UNICODE_FRACTIONS:
            return value + UNICODE_FRACTIONS[rest[0]]
        m = _FRACTION_DIGITS.match(rest[0]) if len(rest) == 1 else None
        if m and int(m.group(2)):
            return value + int(m.group(1)) / int(m.group(2))
        for w in rest:
            scale = SCALE_AFTER_DIGITS.get(w.lower())
            if scale is None:
                return None
            value *= scale
        return value
    if len(parts) == 1 and parts[0] in UNICODE_FRACTIONS:
        return UNICODE_FRACTIONS[parts[0]]
    m = _FRACTION_DIGITS.match(parts[0])
    if m and len(parts) == 1 and int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    return words_value(parts)


def is_year_like(text: str) -> bool:
    """True for a bare four-digit year between 1500 and 2100 ("2015", not "2,015")."""
    return bool(re.fullmatch(r"(1[5-9]\d\d|20\d\d|2100)", text))
