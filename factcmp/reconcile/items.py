"""The records the reconciler reads claims into, and the plain readers of a claims table's cells.

An :class:`Item` is one claim as a report of a figure (who, when, which interval); a
:data:`Read` is the claim as the grouping reads it: its facet, time window, places and item.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcmp.facets import Facet

# the columns of the claims table the reconciler reads
COLUMNS = (
    "kind",
    "doc_id",
    "norm_low",
    "norm_high",
    "norm_value",
    "norm_unit",
    "unit",
    "vague",
    "window",
    "place",
    "reference",
    "predicate",
    "subject",
    "quantity_of",
    "alt_value",
    "alt_unit",
    "start",
    "in_headline",
    "text",
    "attributed_to",
    "sentence",
    "off_topic",
    "date",
    "speaker_entity",
)


# the window the reconciler gives a figure of a live blog's entry about another story (factcmp.topics)
OFF_TOPIC = "off-topic"


@dataclass(slots=True)
class Item:
    """One quantity claim as a report of a figure: where it stands, who gave it and when, and its interval."""

    row: int
    doc: str
    source: str
    published: str
    lo: float
    hi: float
    point: float | None
    vague: bool
    unit: str
    converted: bool
    order: tuple[int, int]
    just_below: bool = False  # "almost $2 million": a bound the figure is close under
    headline: bool = False
    speaker: str = ""  # who the article credits the figure to
    camp: str = ""  # the camp the speaker counts for (see rivals.camp_of): official, independent or ""
    rival: bool = False  # set against another source's figure in the same article (see rival_counts)
    sentence: str = ""
    text: str = ""
    increment: bool = False  # what a toll grew by ("four more people"), as extraction marks it


#: a claim as the grouping reads it: its facet, its time window, its places, its item, and whether it stands in a headline
Read = tuple[Facet, str, frozenset[str], Item, bool]


def bounds(low: object, high: object, value: object) -> tuple[float, float, float | None]:
    """The interval (low, high) and the point a claim's cells give; an open end is infinite."""
    lo = num(low)
    hi = num(high)
    v = num(value)
    if lo is None and hi is None and v is not None:
        lo = hi = v
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi, v)


def num(x: object) -> float | None:
    """A cell as a number, or None (empty, NaN, not a number)."""
    if x is None:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f
