"""Re-derive the canonical units of ``newsquant.jsonl`` from NewsQuant's own unit names.

The first conversion (see README.md) kept CQE's fields (``unit_orig``,
``normalized_unit_orig``, ``value_orig``) but wrote ``count`` for every unit
outside the short canonical list of ``quantities_news.jsonl``: "256GB",
"24.5 cubic feet" and "275 pound-feet of torque" all lost their unit. This
script maps CQE's ``normalized_unit`` to factcmp's canonical unit names
instead, the way factcmp names a unit it reads:

1. the names of factcmp's unit tables (``QUANTULUM_NAMES``: "gigabyte" -> GB,
   "square metre" -> m2, "horsepower" -> hp);
2. otherwise quantulum3's own name when quantulum3 knows the unit as a
   physical one ("cubic foot", "decibel", "gigapascal", "micrometre");
3. a handful of aliases for names CQE spells in its own way (below);
4. a rate of money, percent, a count or a duration keeps its numerator's
   unit, as the first conversion did for money ("dollar per barrel" -> USD,
   "percentage per year" -> percent, "hour per week" -> hour); any other rate
   is one unit when quantulum3's parser reads it as one physical unit
   ("gram per kilometre", "barrel per day"), else it keeps its numerator's.

Only quantities whose unit was ``count`` or a scaled micrometre/nanometre are
touched; counts of things (goals, homes, headsets) stay ``count``. Values of
micrometre/nanometre quantities go back to the number as written (352 for
"352 μm"), as everywhere else in the golden files ("3 km" is 3 km).

It also marks, with ``"convention": <kind>``, the quantities that NewsQuant
counts and issue 3 does not (the quantities stay; only the mark is added):

- ``one_of``: "one of the best wireless speakers" is 1 in NewsQuant, not a
  claim in the issue ("one of the N" yields only the N); "one of four" as 0.25;
- ``identifier``: "5G", "3G", "4G" (a generation, annotated as a number);
- ``score``: "2-0", "9-2 lead", a side of "2-2";
- ``idiom``: "at one point";
- ``or_range``: "eight or nine euros" is one range in the issue ("15 or 16"),
  two figures in NewsQuant;
- ``annotation_error``: values NewsQuant got wrong by any convention (see the
  ``note``).

``benchmarks/quantities.py`` scores NewsQuant both as annotated and without these
(its ``newsquant-issue`` row).

Run from the repository root (idempotent)::

    .venv/bin/python tests/data/golden/convert_newsquant.py
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from factcmp.extract.unit_tables import CURRENCIES, QUANTULUM_NAMES, TIME_UNITS  # noqa: E402

PATH = Path(__file__).with_name("newsquant.jsonl")

# CQE's names that are neither factcmp's nor quantulum3's
ALIASES = {
    "brake horsepower": "hp",  # "bhp": horsepower measured at the crankshaft, the same unit
    "Nm": "Nm",
    "pound-foot": "lb-ft",
    "foot pound-force": "lb-ft",
    "mile per gallon": "mpg",
    "kilopound per square inch": "ksi",
    "parts-per-billion": "ppb",
    "degree": "degree",  # degrees with no scale: angles, or temperatures with the scale left out
    "point": "point",  # index points, points scored
    "age": "year",  # "over the age of 21": NewsQuant's "year of age" written short
}
# quantulum3 unit names that are ordinary words in NewsQuant ("68 league games")
_NOT_UNITS = {"league"}
# the canonical units of the first conversion (README.md); any other unit was set by this script
_FIRST_UNITS = {
    *("person", "count", "percent", "magnitude", "mph", "km/h", "degC", "degF"),
    *("km", "m", "cm", "mm", "mile", "foot", "inch", "yard", "kg", "g", "lb", "tonne", "ton"),
    *("second", "minute", "hour", "day", "week", "month", "year"),
}
# the first conversion scaled these to metres; the golden files keep the number as written
_UNSCALED = {"micrometre", "nanometre"}


def _quantulum_names() -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load
    units = load.units("en_US")
    return {
        name: unit.entity.name
        for name, unit in units.names.items()
        if unit.entity.name not in ("dimensionless", "unknown", "currency")
    }


def physical_unit(name: str, quantulum: dict[str, str]) -> str:
    """Canonical name of one of CQE's normalized units; '' when it is not a physical unit."""
    name = name.strip()
    if name in ALIASES:
        return ALIASES[name]
    if name in QUANTULUM_NAMES:
        return QUANTULUM_NAMES[name]
    if name in quantulum and name not in _NOT_UNITS:
        return name
    if " per " not in name:
        return ""
    numerator = name.split(" per ", 1)[0]
    top = physical_unit(numerator, quantulum)
    if numerator in ("dollar", "percentage", "count", "-") or top in TIME_UNITS or top in CURRENCIES:
        return top
    return _parsed_unit(name) or top


def _parsed_unit(name: str) -> str:
    """The name, when quantulum3's parser reads "1 <name>" as that one physical unit."""
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    found = parser.parse(f"1 {name}")
    if len(found) == 1 and found[0].unit.name == name and found[0].unit.entity.name not in ("unknown", "dimensionless"):
        return QUANTULUM_NAMES.get(name, name)
    return ""


def convert(q: dict[str, Any], quantulum: dict[str, str]) -> bool:
    """Fix one quantity in place; True when it changed."""
    norm = str(q.get("normalized_unit_orig") or "")
    before = dict(q)
    if norm in _UNSCALED and q["unit"] == "m":
        for key in ("value", "low", "high"):
            if q.get(key) is not None:
                q[key] = round(q[key] * (1e6 if norm == "micrometre" else 1e9), 9)
        q["unit"] = norm
    elif q["unit"] == "count" or (q["unit"] not in _FIRST_UNITS and q["unit"] not in CURRENCIES):
        unit = physical_unit(norm, quantulum)
        if unit:
            q["unit"] = unit
    return q != before


_SCORE = re.compile(r"\b\d+-\d+\b")


def convention(q: dict[str, Any], row: dict[str, Any]) -> str:
    """The kind of quantity NewsQuant counts and issue 3 does not, or ''."""
    text, sentence, note = q["text"], row["text"], str(q.get("note", ""))
    if note.startswith("one_of") or text.lower() == "one of four":
        return "one_of"
    if note.startswith("suspected annotation error"):
        return "annotation_error"
    if q.get("normalized_unit_orig") == "generation wireless":
        return "identifier"
    if any(m.start() <= q["start"] and q["end"] <= m.end() + len(" lead") for m in _SCORE.finditer(sentence)) and (
        q["unit"] == "count"
    ):
        return "score"
    if text.lower() == "one point" and sentence[: q["start"]].lower().endswith("at "):
        return "idiom"
    for o in row["quantities"]:
        if o["start"] == q["end"] + 4 and sentence[q["end"] : o["start"]] == " or " and _close_pair(q, o):
            return "or_range"
        if o["end"] == q["start"] - 4 and sentence[o["end"] : q["start"]] == " or " and _close_pair(o, q):
            return "or_range"
    return ""


def _close_pair(a: dict[str, Any], b: dict[str, Any]) -> bool:
    # the "15 or 16", "three or four": one unit, neighbouring figures ("25k or 40k" are two prices)
    lo, hi = a.get("value"), b.get("value")
    return a["unit"] == b["unit"] and lo is not None and hi is not None and lo < hi <= lo + max(1.0, lo / 2)


def main() -> int:
    """Rewrite newsquant.jsonl in place; print what changed."""
    quantulum = _quantulum_names()
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    changed = 0
    for row in rows:
        for q in row["quantities"]:
            old = q["unit"]
            if convert(q, quantulum):
                changed += 1
                print(f"{row['id']}: {q['text']!r}: {old} -> {q['unit']} ({q.get('normalized_unit_orig')})")
        for q in row["quantities"]:
            kind = convention(q, row)
            if kind and q.get("convention") != kind:
                q["convention"] = kind
                changed += 1
                print(f"{row['id']}: {q['text']!r}: convention {kind}")
    PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{changed} quantities changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
