"""Units: the words news uses for them, quantulum3 for the rest, pint to convert.

Canonical unit names are short and stable (``km``, ``mile``, ``day``, ``USD``,
``percent``, ``person``, ``count``); they are what the claims table shows.
Money is an ISO 4217 code.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from typing import TYPE_CHECKING

from factcmp.extract.raw import tidy
from factcmp.extract.unit_tables import (
    AMBIGUOUS_ALONE,
    CURRENCIES,
    CURRENCY_COUNTRIES,
    CURRENCY_SYMBOLS,
    DOLLAR_COUNTRIES,
    GLUED_LOWER,
    GLUED_UNITS,
    LAID_LENGTHS,
    LOCAL_CURRENCIES,
    NORMAL_UNIT,
    PINT_NAMES,
    QUANTULUM_NAMES,
    SUBUNITS,
    TIME_UNITS,
    UNIT_PHRASE_MAX,
    UNIT_PHRASES,
    UNIT_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "CURRENCIES",
    "CURRENCY_SYMBOLS",
    "DOLLAR_COUNTRIES",
    "SUBUNITS",
    "TIME_UNITS",
    "UNIT_WORDS",
    "convertible",
    "crown_currency",
    "currency_of_symbol",
    "dimension",
    "from_quantulum",
    "glued_unit",
    "laid_length_after",
    "local_currency",
    "normalise",
    "quantulum_unit",
    "quantulum_unit_word",
    "unit_alone",
    "unit_of_word",
    "unit_phrase",
    "warm_up",
]

log = logging.getLogger(__name__)


def unit_of_word(word: str) -> str:
    """Canonical unit for one word, or '' when the word is not a unit we know.

    >>> unit_of_word("Kilometres"), unit_of_word("people")
    ('km', '')
    """
    return UNIT_WORDS.get(word.lower(), "")


# the crowns of the Nordic and Czech currencies ("krona"/"kronor" is Sweden's, "krone"/"kroner" Denmark's and
# Norway's; Reuters writes "crowns" for all), and the names that tell whose a story's crowns are
CROWN_WORDS = frozenset({"crown", "crowns", "krona", "kronor", "krone", "kroner"})


# a name as written or in a dateline's capitals ("CAIRO (AP) -"); not any case, since "chile" is a pepper
_COUNTRY_NAMES = {code: re.compile(rf"\b(?:{names}|{names.upper()})(?!\w)") for code, names in CURRENCY_COUNTRIES.items()}


def crown_currency(word: str, text: str) -> str:
    """The currency of a crown word by the country the text names most: '' for no crown word or no country.

    >>> crown_currency("crowns", "Shares of the Oslo-listed firm fell to 210.40 crowns."), crown_currency("kronor", "")
    ('NOK', 'SEK')
    >>> crown_currency("crowns", "The queen's three crowns"), crown_currency("miles", "Oslo")
    ('', '')
    """
    low = word.lower()
    if low not in CROWN_WORDS:
        return ""
    if low in ("krona", "kronor"):
        return "SEK"  # only Sweden's crowns are kronor
    codes = ("DKK", "NOK") if low in ("krone", "kroner") else ("SEK", "DKK", "NOK", "CZK")
    counts = sorted(((len(_COUNTRY_NAMES[c].findall(text)), c) for c in codes), reverse=True)
    if counts[0][0] > counts[1][0]:
        return counts[0][1]
    return "DKK" if low in ("krone", "kroner") else ""  # the table's reading of a word no country settles


def local_currency(word: str, text: str) -> str:
    """The currency of a word several countries use by the country the text names most, else the word's commonest.

    "500 rupees" in a story from Karachi are Pakistan's; with no country, or a tie, India's. '' for other words.

    >>> local_currency("rupees", "KARACHI, Pakistan (AP) - Each family gets 500,000 rupees."), local_currency("pesos", "")
    ('PKR', 'MXN')
    >>> local_currency("miles", "Manila")
    ''
    """
    entry = LOCAL_CURRENCIES.get(word.lower())
    if entry is None:
        return ""
    default, codes = entry
    counts = sorted(((len(_COUNTRY_NAMES[c].findall(text)), c) for c in codes), reverse=True)
    return counts[0][1] if counts[0][0] > counts[1][0] else default


def unit_alone(word: str) -> str:
    """Like :func:`unit_of_word`, but '' for words that are units only in company ("in", "real").

    A dash left on the word by the tokenizer ("287 miles- and") is not part of it.
    """
    low = word.lower().rstrip("-\u2013")
    return "" if low in AMBIGUOUS_ALONE else UNIT_WORDS.get(low, "")


# words between "of" and the thing a length is of: "300 m of the highway", "200m of damaged railway track"
_OF_FILLERS = frozenset({"the", "a", "an", "this", "that", "new", "old"})


def laid_length_after(doc: Doc, k: int, limit: int) -> bool:
    """Does the "of" at token k name a thing told by its length: "of track", "of the highway", "of damaged road"?

    Only articles and describing words may stand before the thing; a possessive or a people word ("35m of its
    devices", "1.2m of the residents") makes the figure a count.
    """
    for t in doc[k + 1 : min(limit, k + 5)]:
        if t.lower_ in LAID_LENGTHS and t.tag_ in ("NN", "NNS"):
            return True
        if not (t.lower_ in _OF_FILLERS or t.tag_ in ("JJ", "VBN") or (t.tag_ == "NN" and t.dep_ == "compound")):
            return False
    return False


def unit_phrase(words: list[str]) -> tuple[str, int]:
    """The longest multi-word unit at the start of ``words`` (lower case): (unit, n words).

    >>> unit_phrase(["miles", "per", "hour", "on"]), unit_phrase(["degrees", "celsius"]), unit_phrase(["people"])
    (('mph', 3), ('degC', 2), ('', 0))
    """
    for n in range(min(UNIT_PHRASE_MAX, len(words)), 0, -1):
        unit = UNIT_PHRASES.get(tuple(words[:n]))
        if unit:
            return unit, n
    return "", 0


def glued_unit(suffix: str) -> str | None:
    """Canonical unit of a suffix glued to digits ("C" -> degC, "km" -> km); None if unknown.

    An empty string means "known, but not a unit we report" ("p" for pence).
    """
    for form in (suffix, suffix.rstrip(".")):
        if form in GLUED_UNITS:
            return GLUED_UNITS[form]
    low = suffix.lower().rstrip(".")
    if low in GLUED_LOWER:
        return GLUED_LOWER[low]
    return UNIT_WORDS.get(low)


def currency_of_symbol(text: str) -> str:
    """ISO code of a currency sign or prefix ("$", "US$", "HK$", "£"), or ''."""
    return CURRENCY_SYMBOLS.get(text.lower(), "")


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
        found = parser.parse(_micro_sign(span_text))
    except Exception:  # quantulum3 raises on odd input; a unit we cannot read is no unit
        log.debug("quantulum3 failed on %r", span_text, exc_info=True)
        return ""
    if not found:
        return ""
    unit = found[0].unit
    # quantulum3 reads many letters as exotic units ("40C" as coulomb): trust only the ones we
    # list, and the physical units its own tables name for the word (see quantulum_unit_word)
    entity = str(getattr(getattr(unit, "entity", None), "name", ""))
    if getattr(unit, "currency_code", None) or unit.name in QUANTULUM_NAMES or entity in _QUANTULUM_ENTITIES:
        return from_quantulum(unit)
    return ""


# the physical quantities quantulum3 is asked about; counts, angles and currencies are read by factcmp itself
_QUANTULUM_ENTITIES = frozenset(
    {
        "length",
        "mass",
        "volume",
        "area",
        "speed",
        "energy",
        "power",
        "data storage",
        "data transfer rate",
        "pressure",
        "temperature",
        "frequency",
        "radiation absorbed dose",
        "radiation exposure",
        "radioactivity",
        "force",
        "torque",
        "volumetric flow",
        "sound level",
        "acceleration",
        "electric potential",
        "current",
        "density",
        "mass flow",
        "electric field",
        "linear mass density",
        "fuel economy",
    }
)
# surfaces that are ordinary words more often than units ("five gray wolves")
_NOT_UNIT_WORDS = frozenset(
    {"gray", "grays", "turn", "turns", "cycle", "cycles", "circle", "circles", "bar", "bars", "shake", "league", "leagues"}
)
_TWO_LETTER_SYMBOLS = frozenset(
    [
        "kW",
        "MW",
        "GW",
        "TW",
        "kV",
        "MV",
        "GV",
        "mV",
        "kJ",
        "MJ",
        "GJ",
        "kN",
        "Hz",
        "Pa",
        "Gy",
        "Sv",
        "Bq",
        "eV",
        "dB",
        "GB",
        "TB",
        "MB",
        "KB",
        "kB",
        "PB",
        "mA",
        "µA",
        "µm",
        "µg",
        "mL",
        "ml",
        "cl",
        "dl",
        "cm",
        "mm",
        "km",
        "kg",
        "mg",
        "lb",
        "oz",
        "ft",
        "yd",
        "mi",
        "hp",
        "Nm",
        "Mt",
        "Gt",
        "kt",
    ]
)
_SI_PREFIXES = {
    "E": "exa",
    "P": "peta",
    "T": "tera",
    "G": "giga",
    "M": "mega",
    "k": "kilo",
    "h": "hecto",
    "da": "deca",
    "d": "deci",
    "c": "centi",
    "m": "milli",
    "µ": "micro",
    "n": "nano",
    "p": "pico",
    "f": "femto",
    "a": "atto",
    "z": "zepto",
    "y": "yocto",
}


def quantulum_unit_word(words: list[str]) -> int:
    """How many of ``words`` (one or two) name a physical unit in quantulum3's tables; 0 if none.

    Reads quantulum3's unit list (no parser, no model), so it is cheap enough to
    ask about every unknown word after a number; only a yes leads to
    :func:`quantulum_unit`.

    >>> quantulum_unit_word(["megawatts"]), quantulum_unit_word(["cubic", "feet"]), quantulum_unit_word(["people"])
    (1, 2, 0)
    """
    symbols, surfaces = _quantulum_lexicon()
    words = [_micro_sign(w) for w in words]
    if len(words) > 1 and f"{words[0]} {words[1]}".lower() in surfaces:
        return 2
    if not words:
        return 0
    word = words[0]
    return int(word in symbols or (word.lower() in surfaces and word.lower() not in _NOT_UNIT_WORDS))


def _micro_sign(text: str) -> str:
    # quantulum3 writes micro with the micro sign (U+00B5); news text often has the Greek mu (U+03BC)
    return text.replace("\u03bc", "\u00b5")


@functools.cache
def _quantulum_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("quantulum3")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return frozenset(), frozenset()
    root = Path(next(iter(spec.submodule_search_locations)))
    units: dict[str, dict[str, object]] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        try:
            units.update(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            log.debug("quantulum3 unit table %s not read", path)
    symbols: set[str] = set()
    surfaces: set[str] = set()
    for unit in units.values():
        if unit.get("entity") not in _QUANTULUM_ENTITIES:
            continue
        own_surfaces = [str(x) for x in unit.get("surfaces", []) or []]  # type: ignore[attr-defined]
        own_symbols = [str(x) for x in unit.get("symbols", []) or []]  # type: ignore[attr-defined]
        for prefix in unit.get("prefixes", []) or []:  # type: ignore[attr-defined]
            name = _SI_PREFIXES.get(str(prefix))
            if name:
                own_surfaces += [name + x for x in unit.get("surfaces", []) or []]  # type: ignore[attr-defined]
                own_symbols += [str(prefix) + x for x in unit.get("symbols", []) or []]  # type: ignore[attr-defined]
        for surface in own_surfaces:
            low = surface.lower()
            # American spellings too: quantulum3's parser reads "nanometer", its surface list says "nanometre"
            spelled = {low, low.replace("metre", "meter"), low.replace("litre", "liter")}
            surfaces.update({w + end for w in spelled for end in ("", "s", "es")}, {low.replace("foot", "feet")})
        # short symbols are too often something else ("A", "in", "am", "TV", "Rd"): keep the usual ones
        symbols.update(x for x in own_symbols if x.isalpha() and (len(x) > 2 or x in _TWO_LETTER_SYMBOLS))
    return frozenset(symbols), frozenset(surfaces)


def from_quantulum(unit: object) -> str:
    """Canonical name of a quantulum3 ``Unit`` ('' for bare numbers and unknown units).

    Currencies become their ISO code; units outside the built-in table keep
    quantulum3's own name ("nanometre").
    """
    name = str(getattr(unit, "name", ""))
    entity = str(getattr(getattr(unit, "entity", None), "name", ""))
    code = getattr(unit, "currency_code", None)
    if code:
        return str(code)
    if name in QUANTULUM_NAMES:
        return QUANTULUM_NAMES[name]
    if entity in ("dimensionless", "unknown", "") or name in ("dimensionless", "count", "unk"):
        return ""
    return name


def warm_up() -> None:
    """Load quantulum3 now: its first call costs seconds (imports, unit tables), later ones milliseconds."""
    parser = _quantulum_parser()
    if parser is not None:
        try:
            parser.parse("3 kWh")
        except Exception:  # a broken quantulum3 is reported when it is first needed
            log.debug("quantulum3 warm-up failed", exc_info=True)


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
    >>> normalise(9.9, "mm")  # significant digits, not decimal places: a calibre keeps its tenth
    (9.9e-06, 'km')
    """
    pint_name = PINT_NAMES.get(unit)
    if value is None or pint_name is None:
        return value, unit
    factor, target = _conversion(unit)
    if not target:
        return value, unit
    # significant digits drop float noise (60 miles is 96.56064 km) without flattening small measures to 1e-05
    return tidy(float(value) * factor), target


def normalise_interval(
    value: float | None, low: float | None, high: float | None, unit: str
) -> tuple[float | None, float | None, float | None, str]:
    """:func:`normalise` for a figure and its interval: (value, low, high, common unit).

    The unit is the common one whenever any end converts, so a pure range
    ("between 6 and 8 miles", no value) is not left labelled in miles.

    >>> normalise_interval(None, 6, 8, "mile")
    (None, 9.656064, 12.874752, 'km')
    """
    nv, nunit = normalise(value, unit)
    nlo, lo_unit = normalise(low, unit)
    nhi, hi_unit = normalise(high, unit)
    common = next((u for u in (nunit, lo_unit, hi_unit) if u != unit), unit)
    return nv, nlo, nhi, common


@functools.lru_cache(maxsize=256)
def _conversion(unit: str) -> tuple[float, str]:
    # one pint conversion per unit, then plain multiplication: pint Quantities are slow
    ureg = _ureg()
    q = ureg.Quantity(1.0, PINT_NAMES[unit])
    target = NORMAL_UNIT.get(str(q.dimensionality))
    if target is None:
        return 1.0, ""
    return float(q.to(PINT_NAMES.get(target, target)).magnitude), target


def convertible(unit_a: str, unit_b: str) -> bool:
    """True when two canonical units measure the same dimension."""
    if unit_a == unit_b:
        return True
    a, b = PINT_NAMES.get(unit_a), PINT_NAMES.get(unit_b)
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
    pint_name = PINT_NAMES.get(unit)
    if pint_name is None:
        return unit
    return str(_ureg().Quantity(1, pint_name).dimensionality)
