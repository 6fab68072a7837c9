"""The record the scanner fills for each quantity phrase, and the interval a hedge allows."""

from __future__ import annotations

from dataclasses import dataclass

# tolerance of "about X": how far the words let the true figure stray
APPROX_TOLERANCE = 0.1


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
    unit_glued: bool = False  # the unit is written inside the number's token ("40C")
    alt: RawQuantity | None = None  # the bracketed conversion folded into this one
    restates: bool = False  # "the 8,000 figure": names a figure stated before
    aside: bool = False  # an amount no other source confirms or contradicts ("the two countries"): see asides.py


def tidy(value: float) -> float:
    """Drop binary noise from a scaled figure: 8.3 * 1e6 is 8300000.0, not 8300000.000000001.

    >>> tidy(8.3 * 1e6), tidy(550.0000000000001)
    (8300000.0, 550.0)
    """
    return float(f"{value:.12g}")


def apply_hedge(q: RawQuantity, qualifier: str) -> None:
    """Set the qualifier and the interval a hedge allows around ``q.value``.

    >>> q = RawQuantity(start=0, end=2, value=500.0, low=500.0, high=500.0, qualifier="exact", unit="")
    >>> apply_hedge(q, "approximate"); (q.low, q.high, q.qualifier)
    (450.0, 550.0, 'approximate')
    """
    v = q.value
    if v is None:
        return
    q.qualifier = qualifier
    if qualifier == "approximate":
        q.low, q.high = sorted((tidy(v * (1 - APPROX_TOLERANCE)), tidy(v * (1 + APPROX_TOLERANCE))))
    elif qualifier == "at_least":
        q.low, q.high = v, None
    elif qualifier == "at_most":
        q.low, q.high = None, v
