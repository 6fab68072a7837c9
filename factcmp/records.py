"""The one record type for claims, and the table built from many of them.

A :class:`Claim` holds primitive values only (str, int, float, bool, None and
ISO dates as str) so that it pickles, serialises through ``doc._`` with msgpack
and turns into a DataFrame row without any per-object work.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

KINDS = ("quantity", "date", "entity")
QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range", "vague")


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric, date or entity claim as an article states it.

    Offsets (``start``, ``end``) index the cleaned article text that
    :func:`factcmp.load_articles` returns, so ``text == article[start:end]``.
    ``low`` and ``high`` are the interval the words allow, in ``unit``; an open
    bound is ``None`` ("at least 500" is ``low=500, high=None``).
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: str = ""
    doc_id: str = ""
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    qualifier: str = ""
    vague: bool = False
    quantity_of: str = ""
    predicate: str = ""
    subject: str = ""
    place: str = ""
    window: str = ""
    reference: str = ""
    alt_value: float | None = None
    alt_unit: str = ""
    norm_value: float | None = None
    norm_low: float | None = None
    norm_high: float | None = None
    norm_unit: str = ""
    attributed_to: str = ""
    speaker_entity: str = ""
    date: str = ""
    date_period: str = ""
    entity_type: str = ""
    entity_id: str = ""
    role: str = ""
    in_headline: bool = False
    sent_index: int = -1
    # told in a live-blog entry about another story than the cluster's (set across articles: factcmp.topics)
    off_topic: bool = False

    def with_(self, **changes: object) -> Claim:
        """Return a copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        """Return the claim as a plain dict (msgpack- and JSON-safe)."""
        return dict(zip(CLAIM_FIELDS, _getter(self), strict=True))

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Claim:
        """Build a claim from :meth:`to_dict` output, ignoring unknown keys."""
        return cls(**{k: v for k, v in data.items() if k in _FIELD_SET})  # type: ignore[arg-type]


CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
_FIELD_SET = frozenset(CLAIM_FIELDS)
_getter = attrgetter(*CLAIM_FIELDS)


def claims_to_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """Turn claim records into a DataFrame, one row per claim, in field order."""
    import pandas as pd

    rows = [_getter(c) for c in claims]
    frame = pd.DataFrame.from_records(rows, columns=list(CLAIM_FIELDS))
    for col in ("value", "low", "high", "alt_value", "norm_value", "norm_low", "norm_high"):
        frame[col] = frame[col].astype("Float64")
    for col in ("start", "end", "sent_index"):
        frame[col] = frame[col].astype("Int64")
    return frame
