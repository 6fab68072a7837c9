"""Charts with matplotlib: one picture per fact, and a matrix of facts by sources.

A fact chart puts every source's figure on one axis: a dot for an exact figure,
a bar for a range or an approximation, an arrow for an open bound ("at least
500"), a dashed bar for a vague word ("thousands"). Sources keep one colour in
every chart; the verdict is in the title.
"""

from __future__ import annotations

import base64
import io
import math
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from factcmp.errors import ConfigError
from factcmp.report.style import STATUS_BACKGROUNDS, STATUS_COLOURS, source_colours
from factcmp.report.tables import records

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from factcmp.comparison import Comparison

FIGURE_FORMATS = ("png", "svg", "pdf")
_LABEL_CHARS = 48


def plot_fact(cmp: Comparison, fact: str | int, *, ax: Axes | None = None) -> Figure:
    """Draw what each source says about one fact, with the verdict in the title.

    Args:
        cmp: the comparison.
        fact: a group id (``"q0009"``), a fact name (``"people killed"``, the
            first match in table order) or a row number of ``cmp.table``.
        ax: draw into these axes instead of a new figure.

    Returns:
        The matplotlib Figure (save it with :func:`save_figure` or ``fig.savefig``).
    """
    row = resolve_fact(cmp, fact)
    gid = str(row["group_id"])
    claims = _fact_claims(cmp, gid)
    colours = source_colours(str(s) for s in cmp.documents["source"])
    fig, ax = _axes(ax, height=1.4 + 0.55 * max(len(claims), 1))
    is_date = row["kind"] == "date"
    # the table shows a fact in its claims' own unit when they share one (years, miles): so does the axis
    as_written = all(str(c.get("unit") or "") == str(row["unit"] or "") for c in claims)
    spans = [_date_span(c) if is_date else _number_span(c, as_written=as_written) for c in claims]
    lo_all = [s[0] for s in spans if s[0] is not None] + [s[2] for s in spans if s[2] is not None]
    hi_all = [s[1] for s in spans if s[1] is not None] + [s[2] for s in spans if s[2] is not None]
    left, right = _limits(min(lo_all, default=0.0), max(hi_all, default=1.0), is_date=is_date)
    for y, (claim, (low, high, point, style)) in enumerate(zip(claims, spans, strict=True)):
        colour = colours.get(str(claim["source"]), "#555")
        _draw_interval(ax, -y, low, high, point, style, colour, left, right)
        note = str(claim["text"]) + (f" — {claim['attributed_to']}" if claim.get("attributed_to") else "")
        ax.annotate(_plain(_short(note, 70)), (left, -y), xytext=(2, 7), textcoords="offset points", fontsize=8, color="#333")
    ax.set_xlim(left, right)
    ax.set_ylim(-len(claims) + 0.4, 0.8)
    ax.set_yticks([-y for y in range(len(claims))], [_plain(_short(str(c["source"]), 28)) for c in claims])
    for tick, claim in zip(ax.get_yticklabels(), claims, strict=True):
        tick.set_color(colours.get(str(claim["source"]), "#333"))
    status = str(row["status"])
    ax.set_title(
        _plain(f"{_short(str(row['fact']), 60)}: {status.upper()}"),
        color=STATUS_COLOURS.get(status, "#333"),
        fontweight="bold",
        loc="left",
    )
    if is_date:
        _date_axis(ax)
    else:
        unit = str(row["unit"] or "")
        ax.set_xlabel(_plain(unit if unit not in ("person", "count") else f"number ({unit})"))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#eee")
    _symbol_legend(ax, {s[3] for s in spans})
    fig.tight_layout()
    return fig


def plot_matrix(cmp: Comparison, *, kinds: tuple[str, ...] = ("quantity", "date"), ax: Axes | None = None) -> Figure:
    """Draw facts (rows) by sources (columns): a shaded cell where a source reports the fact.

    The cell colour is the fact's verdict and the cell text the source's figure.
    Rows follow ``cmp.table``: conflicts first.
    """
    table = cmp.table[cmp.table["kind"].isin(kinds)]
    sources = list(dict.fromkeys(str(s) for s in cmp.documents["source"]))
    said = _first_claims(cmp)
    fig, ax = _axes(ax, height=1.6 + 0.32 * max(len(table), 1), width=2.4 + 1.9 * max(len(sources), 1))
    from matplotlib.patches import Rectangle

    for y, rec in enumerate(records(table)):
        status = str(rec["status"])
        for x, source in enumerate(sources):
            text = said.get((str(rec["group_id"]), source))
            face = STATUS_BACKGROUNDS.get(status, "#fff") if text else "#fafafa"
            edge = STATUS_COLOURS.get(status, "#999") if text else "#e5e5e5"
            ax.add_patch(Rectangle((x - 0.48, y - 0.45), 0.96, 0.9, facecolor=face, edgecolor=edge, linewidth=0.8))
            if text:
                ax.text(x, y, _plain(_short(text, 22)), ha="center", va="center", fontsize=7)
    ax.set_xlim(-0.5, len(sources) - 0.5)
    ax.set_ylim(max(len(table), 1) - 0.5, -0.5)
    ax.set_xticks(range(len(sources)), [_plain(_short(s, 24)) for s in sources], rotation=20, ha="left", fontsize=8)
    ax.xaxis.tick_top()
    labels = [_plain(_short(f"{r['fact']} ({r['status']})", 40)) for r in records(table)]
    ax.set_yticks(range(len(table)), labels, fontsize=8)
    for tick, status in zip(ax.get_yticklabels(), table["status"], strict=True):
        tick.set_color(STATUS_COLOURS.get(str(status), "#333"))
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)
    ax.set_title("Facts by source", loc="left", fontweight="bold", pad=28)
    fig.tight_layout()
    return fig


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Save a chart as PNG, SVG or PDF, chosen by the file's suffix."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FIGURE_FORMATS:
        raise ConfigError(f"cannot save a chart as {target.suffix or 'a file without suffix'!r}: use .png, .svg or .pdf")
    fig.savefig(target, format=fmt, dpi=dpi, bbox_inches="tight")
    return target


def figure_data_uri(fig: Figure, *, dpi: int = 110) -> str:
    """The chart as a PNG ``data:`` URI, so an HTML page can embed it without other files."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def resolve_fact(cmp: Comparison, fact: str | int) -> dict[str, object]:
    """The ``cmp.table`` row of a fact given by group id, name or row number."""
    table = cmp.table
    if isinstance(fact, int) and not isinstance(fact, bool):
        if -len(table) <= fact < len(table):
            return {str(k): v for k, v in table.iloc[fact].items()}
        raise ConfigError(f"fact number {fact} is out of range: the comparison has {len(table)} facts")
    for column in ("group_id", "fact"):
        hits = table[table[column].astype(str) == str(fact)]
        if len(hits):
            return {str(k): v for k, v in hits.iloc[0].items()}
    raise ConfigError(
        f"no fact {fact!r}: pass a group_id (e.g. {table['group_id'].iat[0] if len(table) else 'q0000'!r}), "
        "a fact name from cmp.table['fact'], or a row number"
    )


def _axes(ax: Axes | None, *, height: float, width: float = 8.0) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax  # type: ignore[return-value]
    import matplotlib.pyplot as plt

    fig, new_ax = plt.subplots(figsize=(width, min(height, 40.0)))
    # Detach from pyplot: Jupyter then shows the returned figure once, not twice, and scripts leak no figures.
    plt.close(fig)
    return fig, new_ax


def _fact_claims(cmp: Comparison, gid: str) -> list[dict[str, object]]:
    rows = records(cmp.claims[cmp.claims["group_id"].astype(str) == gid])
    order = {s: i for i, s in enumerate(dict.fromkeys(str(s) for s in cmp.documents["source"]))}
    seen: set[tuple[str, str]] = set()
    out = []
    for r in sorted(rows, key=lambda r: order.get(str(r["source"]), 99)):
        key = (str(r["source"]), str(r["text"]).lower())
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _first_claims(cmp: Comparison) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for r in records(cmp.claims[cmp.claims["group_id"].astype(str) != ""]):
        out.setdefault((str(r["group_id"]), str(r["source"])), str(r["date"] if r["kind"] == "date" else r["text"]))
    return out


def _num(x: object) -> float | None:
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _number_span(c: dict[str, object], *, as_written: bool = False) -> tuple[float | None, float | None, float | None, str]:
    """(low, high, point, style) in the common unit, or as written; style is point, range, vague, at_least or at_most."""
    low, high, value = (
        _num(c.get(k)) for k in (("low", "high", "value") if as_written else ("norm_low", "norm_high", "norm_value"))
    )
    if low is None and high is None and value is None:
        low, high, value = (_num(c.get(k)) for k in ("low", "high", "value"))
    if c.get("vague"):
        return low, high, None, "vague"
    if low is not None and high is None:
        return low, None, low, "at_least"
    if high is not None and low is None:
        return None, high, high, "at_most"
    if low is not None and high is not None and low != high:
        return low, high, value, "range"
    point = value if value is not None else low
    return point, point, point, "point"


def _date_span(c: dict[str, object]) -> tuple[float | None, float | None, float | None, str]:
    """A date claim as matplotlib date numbers: a point for a day, a bar for a week, month or year."""
    from matplotlib.dates import date2num

    try:
        day = date.fromisoformat(str(c.get("date"))[:10])
    except ValueError:
        return None, None, None, "point"
    period = str(c.get("date_period") or "day")
    if period == "day":
        x = float(date2num(day))  # type: ignore[no-untyped-call]
        return x, x, x, "point"
    end = {
        "week": day + timedelta(days=7),
        "month": date(day.year + (day.month == 12), day.month % 12 + 1, 1),
        "year": date(day.year + 1, 1, 1),
    }.get(period, day + timedelta(days=1))
    return float(date2num(day)), float(date2num(end)), None, "range"  # type: ignore[no-untyped-call]


def _limits(lo: float, hi: float, *, is_date: bool) -> tuple[float, float]:
    """Axis limits with room on both sides (at least 3 days on a date axis, whose numbers are days)."""
    least = 3.0 if is_date else max(abs(lo) * 0.1, 1.0)
    pad = max((hi - lo) * 0.15, least)
    return lo - pad, hi + pad


def _draw_interval(
    ax: Axes,
    y: float,
    low: float | None,
    high: float | None,
    point: float | None,
    style: str,
    colour: str,
    left: float,
    right: float,
) -> None:
    if style == "at_least" and low is not None:
        ax.annotate("", (right, y), (low, y), arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5})
        ax.plot([low], [y], marker="|", markersize=14, mew=2.5, color=colour)
    elif style == "at_most" and high is not None:
        ax.annotate("", (left, y), (high, y), arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5})
        ax.plot([high], [y], marker="|", markersize=14, mew=2.5, color=colour)
    elif style in ("range", "vague") and low is not None and high is not None:
        ax.plot(
            [low, high],
            [y, y],
            color=colour,
            lw=6 if style == "range" else 3,
            alpha=0.55 if style == "range" else 0.9,
            ls="-" if style == "range" else "--",
            solid_capstyle="butt",
        )
        ax.plot([low, high], [y, y], marker="|", ls="none", markersize=14, mew=2, color=colour)
    if point is not None and style in ("point", "range"):
        ax.plot([point], [y], marker="o", markersize=9, color=colour, markeredgecolor="white", zorder=3)


def _symbol_legend(ax: Axes, styles: set[str]) -> None:
    """Explain the marks that appear in this chart, and only those."""
    from matplotlib.lines import Line2D

    grey = "#666"
    handles = {
        "point": Line2D([], [], marker="o", ls="none", color=grey, label="exact"),
        "range": Line2D([], [], lw=6, alpha=0.55, color=grey, label="range / approximate"),
        "vague": Line2D([], [], lw=2, ls="--", color=grey, label="vague word"),
        "at_least": Line2D([], [], marker=">", lw=2, color=grey, label="open bound"),
        "at_most": Line2D([], [], marker="<", lw=2, color=grey, label="open bound"),
    }
    shown = {h.get_label(): h for k, h in handles.items() if k in styles}
    if len(shown) > 1:
        ax.legend(handles=list(shown.values()), loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)


def _date_axis(ax: Axes) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.set_xlabel("date")


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str) -> str:
    """Escape ``$`` so article text ("$5 million") is never read as mathtext."""
    return text.replace("$", r"\$")
