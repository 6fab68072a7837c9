"""Units: the words news uses for them, quantulum3 for the rest, pint to convert.

Canonical unit names are short and stable (``km``, ``mile``, ``day``, ``USD``,
``percent``, ``person``, ``count``); they are what the claims table shows.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings

log = logging.getLogger(__name__)

# word (lower case) -> canonical unit
UNIT_WORDS: dict[str, str] = {}
for _canon, _words in {
    "km": "km kms kilometre kilometres kilometer kilometers",
    "m": "metre metres meter meters",
    "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "mile": "mile miles mi",
    "foot": "foot feet ft",
    "inch": "inch inches",
    "yard": "yard yards yd yds",
    "kg": "kg kgs kilogram kilograms kilo kilos",
    "g": "gram grams",
    "lb": "lb lbs",
    "tonne": "tonne tonnes",
    "ton": "ton tons",
    "second": "second seconds sec secs",
    "minute": "minute minutes min mins",
    "hour": "hour hours hr hrs",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "year years yr yrs",
    "decade": "decade decades",
    "percent": "% percent per-cent pct",
    "mph": "mph",
    "km/h": "km/h kph kmh",
    "acre": "acre acres",
    "hectare": "hectare hectares ha",
    "litre": "litre litres liter liters",
    "gallon": "gallon gallons",
    "barrel": "barrel barrels",
    "magnitude": "magnitude",
    "USD": "dollar dollars usd",
    "EUR": "euro euros eur",
    "GBP": "sterling gbp",
    "ZAR": "rand",
    "JPY": "yen",
    "INR": "rupee rupees",
    "CNY": "yuan renminbi",
    "IQD": "dinar dinars",
}.items():
    for _w in _words.split():
        UNIT_WORDS[_w] = _canon

CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "r": "ZAR",
    "a$": "AUD",
    "c$": "CAD",
}
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
CURRENCIES = frozenset({"USD", "EUR", "GBP", "ZAR", "JPY", "INR", "CNY", "IQD", "AUD", "CAD"})

# canonical unit -> pint expression, for conversions between units of one dimension
_PINT_NAMES = {
    "km": "kilometer",
    "m": "meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "mile": "mile",
    "foot": "foot",
    "inch": "inch",
    "yard": "yard",
    "kg": "kilogram",
    "g": "gram",
    "lb": "pound",
    "tonne": "metric_ton",
    "ton": "short_ton",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "mph": "mile/hour",
    "km/h": "kilometer/hour",
    "acre": "acre",
    "hectare": "hectare",
    "litre": "liter",
    "gallon": "gallon",
    "barrel": "oil_barrel",
}
# dimension -> canonical unit all values are normalised to
NORMAL_UNIT = {
    "[length]": "km",
    "[mass]": "kg",
    "[time]": "day",
    "[length] / [time]": "km/h",
    "[length] ** 2": "hectare",
    "[length] ** 3": "litre",
}

# quantulum3 unit names -> canonical
_QUANTULUM_NAMES = {
    "kilometre": "km",
    "metre": "m",
    "centimetre": "cm",
    "millimetre": "mm",
    "mile": "mile",
    "foot": "foot",
    "inch": "inch",
    "yard": "yard",
    "kilogram": "kg",
    "gram": "g",
    "pound-mass": "lb",
    "tonne": "tonne",
    "short ton": "ton",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "percentage": "percent",
    "mile per hour": "mph",
    "kilometre per hour": "km/h",
    "acre": "acre",
    "hectare": "hectare",
    "litre": "litre",
    "gallon": "gallon",
    "barrel": "barrel",
    "degree Celsius": "degC",
    "degree fahrenheit": "degF",
    "degree Fahrenheit": "degF",
    "square kilometre": "km2",
    "square mile": "mile2",
    "square metre": "m2",
    "square foot": "foot2",
    "nautical mile": "nautical_mile",
    "knot": "knot",
    "watt": "W",
    "kilowatt": "kW",
    "megawatt": "MW",
    "kilowatt hour": "kWh",
    "gigawatt": "GW",
    "calorie": "cal",
    "kilocalorie": "kcal",
    "byte": "byte",
    "gigabyte": "GB",
    "megabyte": "MB",
    "terabyte": "TB",
}


def unit_of_word(word: str) -> str:
    """Canonical unit for one word, or '' when the word is not a unit we know.

    >>> unit_of_word("Kilometres"), unit_of_word("people")
    ('km', '')
    """
    return UNIT_WORDS.get(word.lower(), "")


@functools.lru_cache(maxsize=4096)
def quantulum_unit(span_text: str) -> str:
    """Ask quantulum3 for the unit of a short span ("3 kWh", "40 sq ft"); '' if none.

    quantulum3 is slow and context-sensitive on whole articles, so it only
    ever sees one candidate span, and answers are cached per span.
    """
    parser = _quantulum_parser()
    if parser is None:
        return ""
    try:
        found = parser.parse(span_text)
    except Exception:  # quantulum3 raises on odd input; a unit we cannot read is no unit
        log.debug("quantulum3 failed on %r", span_text, exc_info=True)
        return ""
    if not found:
        return ""
    q = found[0]
    name = q.unit.name
    if q.unit.entity.name in ("dimensionless", "unknown") and name not in _QUANTULUM_NAMES:
        return ""
    code = getattr(q.unit, "currency_code", None)
    if code:
        return str(code)
    return _QUANTULUM_NAMES.get(name, "")


@functools.cache
def _quantulum_parser():  # type: ignore[no-untyped-def]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser
        # The pickled scikit-learn classifier breaks across sklearn versions
        # (quantulum3 issue: ModuleNotFoundError '_loss'); the rule-based path is
        # what we use, so switch the classifier off explicitly.
        classifier.USE_CLF = False
    except Exception:  # pragma: no cover - quantulum3 is a hard dependency
        log.warning("quantulum3 could not be imported; physical units beyond the built-in list are not read")
        return None
    return parser


@functools.cache
def _ureg():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


def normalise(value: float | None, unit: str) -> tuple[float | None, str]:
    """Convert a value to the common unit of its dimension (km, kg, day, km/h).

    Counts, money and percentages are returned as they are.

    >>> normalise(60, "mile")
    (96.56064, 'km')
    """
    pint_name = _PINT_NAMES.get(unit)
    if value is None or pint_name is None:
        return value, unit
    ureg = _ureg()
    q = ureg.Quantity(value, pint_name)
    dim = str(q.dimensionality)
    target = NORMAL_UNIT.get(dim)
    if target is None:
        return value, unit
    converted = q.to(_PINT_NAMES.get(target, target)).magnitude
    return round(float(converted), 6), target


def convertible(unit_a: str, unit_b: str) -> bool:
    """True when two canonical units measure the same dimension."""
    if unit_a == unit_b:
        return True
    a, b = _PINT_NAMES.get(unit_a), _PINT_NAMES.get(unit_b)
    if a is None or b is None:
        return False
    ureg = _ureg()
    return bool(ureg.Quantity(1, a).dimensionality == ureg.Quantity(1, b).dimensionality)


def dimension(unit: str) -> str:
    """A coarse dimension name used to block claims: length, time, money, person, ..."""
    if unit in CURRENCIES or re.fullmatch(r"[A-Z]{3}", unit or ""):
        return "money"
    if unit in ("person", "count", "percent", "magnitude", ""):
        return unit or "count"
    pint_name = _PINT_NAMES.get(unit)
    if pint_name is None:
        return unit
    return str(_ureg().Quantity(1, pint_name).dimensionality)
