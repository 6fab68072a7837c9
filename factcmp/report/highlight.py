"""Claims highlighted in article text: displaCy-style marks, one colour per kind.

Each mark carries a tooltip (``title``) with the parsed value: the interval the
words allow, the unit, the hedge, who the figure is credited to and the fact's
verdict. Article text is untrusted, so every piece of it is escaped.
"""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

from factcmp.report.style import HEDGE_WORDS, KIND_COLOURS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# When two claims overlap only one can be drawn; figures and dates beat entities.
_PRIORITY = {"quantity": 0, "date": 1, "entity": 2}


def highlight_html(text: str, claims: Iterable[Mapping[str, object]], *, link_facts: bool = False) -> str:
    """Return ``text`` as escaped HTML with each claim wrapped in a coloured ``<mark>``.

    Args:
        text: the cleaned article text the claims' offsets index.
        claims: claim rows (``Claim.to_dict()`` or rows of ``Comparison.claims``)
            with at least ``kind``, ``start`` and ``end``.
        link_facts: make each mark of a grouped figure a link to ``#fact-<group_id>``
            (the HTML report has one anchor per fact).

    Returns:
        An HTML fragment (a ``<div class="factcmp-article">``).

    >>> html = highlight_html("<b>About 500</b>", [{"kind": "quantity", "start": 3, "end": 12, "low": 450, "high": 550}])
    >>> html.startswith('<div class="factcmp-article">&lt;b&gt;<mark'), 'title="quantity: 450–550"' in html
    (True, True)
    """
    out: list[str] = []
    pos = 0
    for claim in _drawable(claims, text):
        start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
        out.append(html.escape(text[pos:start]))
        out.append(_mark(text[start:end], claim, link_facts=link_facts))
        pos = end
    out.append(html.escape(text[pos:]))
    return '<div class="factcmp-article">' + "".join(out) + "</div>"


def tooltip(claim: Mapping[str, object]) -> str:
    """The parsed value of one claim in a line of plain text.

    >>> tooltip({"kind": "quantity", "value": 500.0, "low": 450.0, "high": 550.0, "unit": "person",
    ...          "qualifier": "approximate", "attributed_to": "local officials", "status": "agree", "group_id": "q0002"})
    'quantity: 500 (450–550) person · about · credited to local officials · fact q0002: agree'
    """
    kind = str(claim.get("kind") or "")
    parts: list[str] = []
    if kind == "quantity":
        parts.append(f"quantity: {interval_text(claim)} {claim.get('unit') or ''}".rstrip())
        hedge = HEDGE_WORDS.get(str(claim.get("qualifier") or ""), "")
        if hedge:
            parts.append(hedge)
    elif kind == "date":
        period = f" ({claim['date_period']})" if claim.get("date_period") else ""
        parts.append(f"date: {claim.get('date') or '?'}{period}")
    else:
        parts.append(f"entity: {claim.get('entity_type') or ''} {claim.get('entity_id') or ''}".rstrip())
    if claim.get("attributed_to"):
        parts.append(f"credited to {claim['attributed_to']}")
    if claim.get("group_id") and kind != "entity":
        parts.append(f"fact {claim['group_id']}: {claim.get('status') or ''}")
    return " · ".join(parts)


def interval_text(claim: Mapping[str, object]) -> str:
    """A figure and the interval its words allow: ``500 (450–550)``, ``≥ 500``, ``6,000–8,000``.

    >>> interval_text({"value": 500.0, "low": 500.0, "high": None})
    '≥ 500'
    """
    value, low, high = (_num(claim.get(k)) for k in ("value", "low", "high"))
    if low is not None and high is None:
        return f"≥ {fmt_number(low)}"
    if high is not None and low is None:
        return f"≤ {fmt_number(high)}"
    if low is None or high is None:
        return fmt_number(value) if value is not None else "?"
    if low == high:
        return fmt_number(low)
    span = f"{fmt_number(low)}–{fmt_number(high)}"
    return f"{fmt_number(value)} ({span})" if value is not None else span


def fmt_number(x: float) -> str:
    """Format a figure for reading: thousands separated, no trailing ``.0``.

    >>> fmt_number(8000.0), fmt_number(2.5)
    ('8,000', '2.5')
    """
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.3g}"


def _num(x: object) -> float | None:
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _drawable(claims: Iterable[Mapping[str, object]], text: str) -> list[Mapping[str, object]]:
    """Claims with valid offsets, trimmed of surrounding whitespace, without overlaps, in text order."""
    valid: list[Mapping[str, object]] = []
    for c in claims:
        start, end = _num(c.get("start")), _num(c.get("end"))
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        s, e = int(start), int(end)
        # An entity span can end in a paragraph break; a mark across lines reads badly.
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            valid.append({**c, "start": s, "end": e})
    valid.sort(key=lambda c: (_PRIORITY.get(str(c.get("kind")), 3), int(c["start"]), -int(c["end"])))  # type: ignore[call-overload]
    taken: list[tuple[int, int]] = []
    kept = []
    for c in valid:
        s, e = int(c["start"]), int(c["end"])  # type: ignore[call-overload]
        if all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            kept.append(c)
    return sorted(kept, key=lambda c: int(c["start"]))  # type: ignore[call-overload]


def _mark(surface: str, claim: Mapping[str, object], *, link_facts: bool) -> str:
    kind = str(claim.get("kind") or "")
    colour = KIND_COLOURS.get(kind, "#eeeeee")
    classes = f"factcmp-mark factcmp-{kind}"
    if claim.get("status") in ("conflict", "updated"):
        classes += " factcmp-in-conflict"
    body = html.escape(surface) + f'<span class="factcmp-kind">{html.escape(kind)}</span>'
    mark = f'<mark class="{classes}" style="background:{colour}" title="{html.escape(tooltip(claim), quote=True)}">{body}</mark>'
    group = str(claim.get("group_id") or "")
    if link_facts and group and kind != "entity":
        return f'<a href="#fact-{html.escape(group, quote=True)}" style="color:inherit;text-decoration:none">{mark}</a>'
    return mark
