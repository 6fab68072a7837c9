"""Grouping date and entity claims across sources (quantities are in :mod:`factcmp.reconcile`)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def group_other_kinds(claims: pd.DataFrame, documents: pd.DataFrame, start: int) -> tuple[list[int], list[str]]:
    """Group date claims by day and event, entity claims by entity id; judge by sources."""
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    keyed: dict[tuple[str, str], list[int]] = defaultdict(list)
    records = claims.to_dict("records")
    for n, row in enumerate(records):
        if row["kind"] == "date" and row.get("date"):
            keyed[("date", str(row["date"]))].append(n)
        elif row["kind"] == "entity" and row.get("entity_id"):
            keyed[("entity", str(row["entity_id"]))].append(n)
    group_of = [-1] * len(records)
    status_of = [""] * len(records)
    gid = start
    for _key, rows in sorted(keyed.items(), key=lambda kv: kv[1][0]):
        sources = {src.get(str(records[r]["doc_id"]), records[r]["doc_id"]) for r in rows}
        status = "agree" if len(sources) > 1 else "single"
        for r in rows:
            group_of[r] = gid
            status_of[r] = status
        gid += 1
    return group_of, status_of
