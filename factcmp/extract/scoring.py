"""Scoring extracted quantities against annotated sentences (precision, recall, F1).

Used by the golden tests and ``benchmarks/quantities.py``. A gold quantity and
an extracted one *match on value* when their character spans overlap and they
state the same number:

- a point figure ("about 500", "at least 50") matches the same written value;
- a range ("between 6,000 and 8,000") matches the same low and high;
- a vague count ("dozens") matches any vague count.

They *match on value and unit* when, in addition, their units are equal.
Matching is one to one, left to right.

>>> gold = [{"start": 0, "end": 9, "value": 500, "unit": "person", "qualifier": "approximate"}]
>>> pred = [{"start": 0, "end": 16, "value": 500.0, "unit": "person", "qualifier": "approximate"}]
>>> score_sentence(gold, pred)
Counts(tp=1, fp=0, fn=0, tp_unit=1)
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

Quantity = dict[str, Any]


class Counts(NamedTuple):
    """Matches of one sentence or a whole set (value, and value with unit)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_unit: int = 0

    def __add__(self, other: object) -> Counts:
        """Add two counts field by field."""
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(*(a + b for a, b in zip(self, other, strict=True)))

    def prf(self, *, with_unit: bool = False) -> tuple[float, float, float]:
        """Precision, recall and F1 on value, or on value and unit.

        >>> [round(x, 3) for x in Counts(tp=8, fp=2, fn=0, tp_unit=6).prf(with_unit=True)]
        [0.6, 0.75, 0.667]
        """
        tp = self.tp_unit if with_unit else self.tp
        n_pred = self.tp + self.fp
        n_gold = self.tp + self.fn
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-4, abs_tol=1e-9)


def _is_vague(q: Mapping[str, Any]) -> bool:
    return bool(q.get("vague")) or q.get("qualifier") == "vague"


def same_value(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Do two quantities state the same figure (hedges aside)?"""
    if _is_vague(gold):
        return _is_vague(pred)
    if gold.get("value") is not None:
        return _close(gold["value"], pred.get("value"))
    return _close(gold.get("low"), pred.get("low")) and _close(gold.get("high"), pred.get("high"))


def overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Do two quantities' character spans overlap (True when either has no span)?"""
    return _overlap(a, b)


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if a.get("start") is None or b.get("start") is None:
        return True
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def score_sentence(
    gold: Iterable[Mapping[str, Any]],
    pred: Iterable[Mapping[str, Any]],
    *,
    same_unit: Any = None,
) -> Counts:
    """Count matches between the gold and the extracted quantities of one sentence.

    Args:
        gold: annotated quantities (``start``, ``end``, ``value``, ``low``,
            ``high``, ``qualifier``, ``unit``).
        pred: extracted quantities with the same keys.
        same_unit: optional ``f(gold_unit, pred_unit) -> bool``; plain equality
            by default.
    """
    gold, pred = list(gold), list(pred)
    used: set[int] = set()
    tp = tp_unit = 0
    eq = same_unit or (lambda a, b: a == b)
    for g in gold:
        candidates = [n for n, p in enumerate(pred) if n not in used and _overlap(g, p) and same_value(g, p)]
        if not candidates:
            continue
        # prefer the candidate that also has the right unit
        best = next((n for n in candidates if eq(g.get("unit", ""), pred[n].get("unit", ""))), candidates[0])
        used.add(best)
        tp += 1
        tp_unit += int(eq(g.get("unit", ""), pred[best].get("unit", "")))
    return Counts(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp, tp_unit=tp_unit)


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read annotated sentences, one JSON object a line (blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
