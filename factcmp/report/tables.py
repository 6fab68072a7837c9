"""The comparison as an HTML table: one row per fact, one column per source.

Each source cell lists what that source says, with its hedge ("about", "at
least") and whom it credits, so a reader sees at a glance which outlet said
what on whose word. Conflicts come first and are shaded.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from factcmp.report.style import HEDGE_WORDS, STATUS_COLOURS, source_colours

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd

    from factcmp.comparison import Comparison


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows of a table as dicts keyed by column name."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def sources_of(cmp: Comparison) -> list[str]:
    """The sources of a comparison, in the order of its documents."""
    return list(dict.fromkeys(str(s) for s in cmp.documents["source"]))


def status_badge(status: str) -> str:
    """A small coloured verdict label.

    >>> status_badge("conflict")[:40]
    '<span class="factcmp-badge" style="backg'
    """
    colour = STATUS_COLOURS.get(status, "#555")
    return f'<span class="factcmp-badge" style="background:{colour}">{html.escape(status)}</span>'


def claim_html(claim: Mapping[str, object]) -> str:
    """One source's statement of a fact: the words, the hedge, the credit."""
    words = f"{claim.get('text')} → {claim.get('date')}" if claim.get("kind") == "date" else str(claim.get("text") or "")
    parts = [f'<span class="factcmp-figure">{html.escape(words)}</span>']
    hedge = HEDGE_WORDS.get(str(claim.get("qualifier") or ""), "")
    if hedge:
        parts.append(f'<span class="factcmp-hedge">{html.escape(hedge)}</span>')
    if claim.get("attributed_to"):
        parts.append(f'<span class="factcmp-credit">— {html.escape(str(claim["attributed_to"]))}</span>')
    return '<span class="factcmp-claim">' + " ".join(parts) + "</span>"


def facts_table_html(cmp: Comparison, *, limit: int | None = None, link_facts: bool = False) -> str:
    """The facts of a comparison as an HTML table, conflicts first.

    Args:
        cmp: the comparison to show.
        limit: show at most this many facts, then say how many were left out.
        link_facts: give each row an anchor target (``#row-<group_id>``) and link
            conflicting facts to their section (``#fact-<group_id>``) in the report.

    Returns:
        An HTML fragment: a ``<table class="factcmp-facts">``.
    """
    sources = sources_of(cmp)
    colours = source_colours(sources)
    head = ["verdict", "fact", "range", *sources]
    swatch = '<span class="factcmp-swatch" style="background:{}"></span>'
    th = "".join(f"<th>{swatch.format(colours[h]) if h in colours else ''}{html.escape(h)}</th>" for h in head)
    by_fact = _claims_by_fact(cmp)
    table = cmp.table if limit is None else cmp.table.head(limit)
    rows = []
    for rec in records(table):
        gid, status = str(rec["group_id"]), str(rec["status"])
        fact = html.escape(str(rec["fact"]))
        if link_facts and status in ("conflict", "updated"):
            fact = f'<a href="#fact-{html.escape(gid, quote=True)}">{fact}</a>'
        cells = [
            status_badge(status),
            f'{fact} <small style="color:#888">{html.escape(gid)}</small>',
            html.escape(str(rec["range"] or "")),
        ]
        for s in sources:
            said = by_fact.get((gid, s), [])
            cells.append("".join(claim_html(c) for c in said))
        row_id = f' id="row-{html.escape(gid, quote=True)}"' if link_facts else ""
        rows.append(
            f'<tr class="factcmp-{html.escape(status)}" data-group="{html.escape(gid, quote=True)}"{row_id}>'
            + "".join(f"<td>{c}</td>" for c in cells)
            + "</tr>"
        )
    more = ""
    if limit is not None and len(cmp.table) > limit:
        more = f"<p>… and {len(cmp.table) - limit} more facts (see <code>cmp.table</code>).</p>"
    return f'<table class="factcmp-facts"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'


def summary_line(cmp: Comparison) -> str:
    """Counts of documents, claims and facts by verdict, as plain text."""
    counts = cmp.table["status"].value_counts().to_dict() if len(cmp.table) else {}
    verdicts = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("conflict", "updated", "agree", "single"))
    return f"{len(cmp.documents)} documents, {len(cmp.claims)} claims, {len(cmp.table)} facts ({verdicts})"


def _claims_by_fact(cmp: Comparison) -> dict[tuple[str, str], list[dict[str, object]]]:
    """Claims of each (fact, source), without repeating the same words and credit."""
    facts = cmp.claims[cmp.claims["group_id"].astype(str) != ""]
    out: dict[tuple[str, str], list[dict[str, object]]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for rec in records(facts):
        key = (str(rec["group_id"]), str(rec["source"]))
        ident = (*key, str(rec["text"]).lower(), str(rec.get("attributed_to") or ""))
        if ident in seen:
            continue
        seen.add(ident)
        out.setdefault(key, []).append(rec)
    return out
