"""The comparison table: one row per fact, what each source says, and the analyst's summary.

For every fact group the table gives the lowest and highest figure, the
latest report, how many independent sources give it (a wire story carried by
ten stations counts once) and a one-line explanation naming the sources. The
``figure`` column applies a reconciliation policy, the way monitoring
projects do: ``conservative`` takes the lowest figure (ACLED), ``range``
keeps the lowest and highest (Iraq Body Count), ``latest`` takes the most
recent report.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from factcmp.errors import ConfigError
from factcmp.linkage import flag
from factcmp.reconcile import comparable_figures, cycle_collector_paused
from factcmp.reconcile.windows import reported_on

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

POLICIES = ("range", "conservative", "latest")
TABLE_COLUMNS = [
    "group_id",
    "kind",
    "fact",
    "unit",
    "status",
    "figure",
    "min",
    "max",
    "range",
    "latest",
    "n_sources",
    "n_outlets",
    "explanation",
]
_STATUS_ORDER = {"conflict": 0, "updated": 1, "agree": 2, "single": 3}
_HEDGE_WORDS = {"approximate": "about ", "at_least": "at least ", "at_most": "at most "}
_COUNT_UNITS = ("person", "count", "")
# the claim columns a fact row reads (describe_claim, _fact_row, _explain, _fact_name)
_READ_COLUMNS = (
    "kind", "status", "source", "doc_id", "published", "date", "text", "unit", "attributed_to", "vague",
    "qualifier", "predicate", "quantity_of", "value", "low", "high", "sentence",
)  # fmt: skip
# Word units take a plural after any number but 1 ("30 years", "6 miles"); symbols (km, lb, USD) do not.
_PLURALS = {
    "foot": "feet", "inch": "inches", "century": "centuries", "nautical_mile": "nautical miles",
    "barrel per day": "barrels per day",
    **{w: w + "s" for w in (
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "mile", "yard", "tonne", "ton",
        "acre", "hectare", "litre", "gallon", "barrel", "knot",
    )},
}  # fmt: skip
# A figure far below its unit reads better in a smaller one: 0.04 day is "1 hour", 0.0009 km is "0.9 m".
_SMALLER_UNITS = {
    "km": ((1, 1.0, "km"), (1e-3, 1e3, "m"), (0.0, 1e6, "mm")),
    "day": ((1, 1.0, "day"), (1 / 24, 24.0, "hour"), (1 / 1440, 1440.0, "minute"), (0.0, 86400.0, "second")),
}


def check_policy(policy: str) -> str:
    """Return ``policy`` if it is one of :data:`POLICIES`, else raise :class:`ConfigError`."""
    if policy not in POLICIES:
        raise ConfigError(f"unknown policy {policy!r}: pass one of {', '.join(POLICIES)}")
    return policy


def describe_claim(row: dict[str, object]) -> str:
    """How one source states a figure: "about 500 (a spokesman for the provincial governor)"."""
    if row["kind"] == "date":
        text = f"{row['date']} ({row['text']})"
    else:
        text = str(row["text"])
        unit = str(row.get("unit") or "")
        if unit and unit not in ("person", "count") and not any(ch.isalpha() for ch in text.replace(unit, "")):
            text = f"{text} [{unit}]"
    if row.get("attributed_to"):
        text += f" ({row['attributed_to']})"
    return text


def build_table(
    claims: pd.DataFrame,
    sources: list[str],
    *,
    policy: str = "range",
    families: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Pivot claims into one row per quantity or date fact, one column per source.

    Args:
        claims: the claims table with ``group_id``, ``status``, ``source`` and ``published``.
        sources: the source columns, in order.
        policy: how ``figure`` reconciles the figures (see :data:`POLICIES`).
        families: doc_id -> copy family (:func:`factcmp.copies.copy_families`);
            documents of one family, or of one outlet, count as one source.
    """
    check_policy(policy)
    with cycle_collector_paused():
        return _build_table(claims, sources, policy, families)


def _build_table(claims: pd.DataFrame, sources: list[str], policy: str, families: dict[str, str] | None) -> pd.DataFrame:
    import pandas as pd

    figures = comparable_figures(claims)
    by_group = _members_by_group(claims)
    recs = _records(claims, [n for members in by_group.values() for n in members])
    rows = []
    for gid, members in by_group.items():
        group = [recs[n] for n in members]
        row = _fact_row(gid, group, [figures[n] for n in members], policy, families or {})
        said: dict[str, list[str]] = defaultdict(list)
        for r in group:
            said[str(r["source"])].append(describe_claim(r))
        for s in sources:
            row[s] = "; ".join(dict.fromkeys(said.get(s, [])))
        rows.append(row)
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS + sources)
    if table.empty:
        return table
    table["_order"] = table["status"].map(_STATUS_ORDER).fillna(9)
    table["_kind"] = (table["kind"] != "quantity").astype(int)
    table = table.sort_values(["_order", "_kind", "n_sources", "group_id"], ascending=[True, True, False, True], kind="stable")
    table = table.drop(columns=["_order", "_kind"]).reset_index(drop=True)
    table["status"] = pd.Categorical(table["status"], categories=["conflict", "updated", "agree", "single"])
    for col in ("min", "max"):
        table[col] = table[col].astype("Float64")
    for col in ("n_sources", "n_outlets"):
        table[col] = table[col].astype("int64")
    return table


def _members_by_group(claims: pd.DataFrame) -> dict[str, list[int]]:
    """Row numbers of the quantity and date claims of each group, groups in order of first row."""
    by_group: dict[str, list[int]] = defaultdict(list)
    if "group_id" not in claims.columns:
        return by_group
    for n, (kind, gid) in enumerate(zip(claims["kind"].tolist(), claims["group_id"].tolist(), strict=True)):
        if kind in ("quantity", "date") and gid:
            by_group[str(gid)].append(n)
    return by_group


def _records(claims: pd.DataFrame, rows: list[int]) -> dict[int, dict[str, object]]:
    """Row number -> the row as a dict of the columns the table reads, for ``rows`` only.

    ``DataFrame.to_dict("records")`` boxes every cell of every column and took
    half the table's time at 100,000 claims; columns read once as lists are
    the same values.
    """
    names = [c for c in _READ_COLUMNS if c in claims.columns]
    cols = [claims[c].tolist() for c in names]
    wanted = set(rows)
    return {n: dict(zip(names, values, strict=True)) for n, values in enumerate(zip(*cols, strict=True)) if n in wanted}


def _fact_row(
    gid: str,
    group: list[dict[str, object]],
    figures: list[tuple[float, float, float | None, str]],
    policy: str,
    families: dict[str, str],
) -> dict[str, object]:
    kind = str(group[0]["kind"])
    status = str(group[0]["status"])
    row: dict[str, object] = {"group_id": gid, "kind": kind, "status": status, "fact": _fact_name(group)}
    row["n_outlets"] = len({str(r["source"]) for r in group})
    row["n_sources"] = independent_sources([(str(r["doc_id"]), str(r["source"])) for r in group], families)
    if kind == "date":
        dates = sorted({str(r["date"]) for r in group})
        row.update({"unit": "date", "min": None, "max": None, "range": " / ".join(dates), "latest": dates[-1]})
        row["figure"] = dates[-1] if policy == "latest" else dates[0] if policy == "conservative" else row["range"]
        row["explanation"] = _explain_date(row, group)
        return row
    precise = [(r, f) for r, f in zip(group, figures, strict=True) if not flag(r.get("vague"))] or list(
        zip(group, figures, strict=True)
    )
    unit = _mode([f[3] for _, f in precise])
    if unit not in _COUNT_UNITS:
        figures, unit = _display_figures(group, figures, unit)
        precise = [(r, f) for r, f in zip(group, figures, strict=True) if not flag(r.get("vague"))] or list(
            zip(group, figures, strict=True)
        )
    rounded: dict[tuple[float, float, float | None, str], tuple[float, float, float | None, str]] = {}
    figures = [_cached(rounded, f, f, _round_figure) for f in figures]  # most claims of a fact repeat a figure
    precise = [(r, _cached(rounded, f, f, _round_figure)) for r, f in precise]
    lows = [x for _, f in precise for x in (f[0], f[2]) if x is not None and math.isfinite(x)]
    highs = [x for _, f in precise for x in (f[1], f[2]) if x is not None and math.isfinite(x)]
    lo, hi = (min(lows) if lows else None), (max(highs) if highs else None)
    last, last_fig = _latest(precise)
    row.update({"unit": unit, "min": lo, "max": hi, "range": fmt_range(lo, hi, unit)})
    row["latest"] = f"{describe_claim(last)} [{last['source']}, {last['published'] or 'undated'}]" if last else ""
    if policy == "conservative":
        row["figure"] = fmt_range(lo, lo, unit)
    elif policy == "latest":
        row["figure"] = _figure_text(last, last_fig) if last else ""
    else:
        row["figure"] = row["range"]
    row["explanation"] = _explain(row, list(zip(group, figures, strict=True)))
    return row


def independent_sources(docs: list[tuple[str, str]], families: dict[str, str]) -> int:
    """Count sources, one per outlet and one per copy family (a wire story run by three stations is one).

    >>> independent_sources([("a1", "AP"), ("k1", "KSL"), ("w1", "WDSU")], {"k1": "a1", "w1": "w1"})
    2
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for doc, outlet in docs:
        for other in (f"doc:{families.get(doc, doc)}", f"outlet:{outlet}"):
            a, b = find(f"doc:{doc}"), find(other)
            if a != b:
                parent[a] = b
    return len({find(f"doc:{doc}") for doc, _ in docs})


def _latest(precise: list[tuple[dict[str, object], tuple[float, float, float | None, str]]]) -> tuple:  # type: ignore[type-arg]
    dated = [(r, f) for r, f in precise if str(r.get("published") or "")]
    if not dated:
        return None, None
    # "up from 30" is the day before's figure, "bringing the death toll to three" the day's last, as the verdict reads them
    return max(
        dated,
        key=lambda rf: reported_on(
            str(rf[0]["published"]), str(rf[0].get("text") or ""), str(rf[0].get("sentence") or ""), rf[0].get("date")
        ),
    )


def _figure_text(r: dict[str, object], f: tuple[float, float, float | None, str]) -> str:
    lo, hi, point, unit = f
    hedge = _HEDGE_WORDS.get(str(r.get("qualifier") or ""), "")
    if point is not None and math.isfinite(point):
        return f"{hedge}{fmt_range(point, point, unit)}"
    return fmt_range(lo if math.isfinite(lo) else None, hi if math.isfinite(hi) else None, unit)


def _explain(row: dict[str, object], claims: list[tuple[dict[str, object], tuple[float, float, float | None, str]]]) -> str:
    """One line naming who says what."""
    status = row["status"]
    figure_sources: dict[str, list[str]] = defaultdict(list)
    written: dict[str, str] = {}
    texts: dict[tuple[object, ...], str] = {}  # the claims of a fact mostly repeat a few figures
    seen: dict[tuple[str, str], str] = {}  # (figure, source) -> the first day the source gave it
    for r, f in claims:
        if flag(r.get("vague")):
            key = "vague"
        else:
            key = _cached(texts, (str(r.get("qualifier") or ""), *f), f, lambda f, r=r: _figure_text(r, f))
        if key not in written:
            written[key] = key if str(r.get("unit") or "") in _COUNT_UNITS else str(r["text"])
        source = str(r["source"])
        day = str(r.get("published") or "")
        if (key, source) not in seen:  # each source once per figure, in the order they come
            seen[(key, source)] = day
            figure_sources[key].append(source)
        elif day and (not seen[(key, source)] or day < seen[(key, source)]):
            seen[(key, source)] = day
    precise = {k: v for k, v in figure_sources.items() if k != "vague"} or figure_sources
    outlets = sorted({str(r["source"]) for r, _ in claims})
    if status == "single":
        return f"only {outlets[0]} reports it: {', '.join(precise)}"
    copies = int(row["n_outlets"]) - int(row["n_sources"])  # type: ignore[call-overload]
    note = f" ({copies} repeat another's copy)" if copies > 0 else ""
    if status == "agree":
        return f"{row['n_sources']} independent sources agree on {row['range']}: {', '.join(outlets)}{note}"
    # an outlet that gave two figures on different days changed its own: each figure names its day
    days: dict[str, set[str]] = defaultdict(set)
    for (k, source), day in seen.items():
        if k in precise:
            days[source].add(day)
    changed = {source for source, ds in days.items() if len(ds) > 1 and "" not in ds}

    # the age of a named person that one source gives without the name ("one woman in her 20's died") was
    # lined up by inference (the cluster's one victim): the reader is told whose figure names nobody
    unnamed = _unnamed_ages(row, claims, texts)

    def who(k: str, source: str) -> str:
        told = f"{source} ({seen[(k, source)]})" if source in changed else source
        return f"{told} (naming nobody)" if (k, source) in unnamed else told

    # figures as the first source wrote them ("$2.6 million"), grouped by what they amount to
    said = "; ".join(
        f"{', '.join(who(k, x) for x in v)} {'say' if len(v) > 1 else 'says'} {written[k]}" for k, v in precise.items()
    )
    if status == "updated":
        return f"figure changed over time, latest {row['latest']}: {said}"
    return f"sources disagree: {said}"


def _unnamed_ages(
    row: dict[str, object],
    claims: list[tuple[dict[str, object], tuple[float, float, float | None, str]]],
    texts: dict[tuple[object, ...], str],
) -> set[tuple[str, str]]:
    """(figure, source) pairs of a named person's age that the source gives without a name ("age", "age of woman")."""
    if not str(row["fact"]).startswith("age of ") or not _names_somebody(str(row["fact"])):
        return set()
    return {
        (texts.get((str(r.get("qualifier") or ""), *f), ""), str(r["source"]))
        for r, f in claims
        if not flag(r.get("vague")) and not _names_somebody(str(r.get("quantity_of") or ""))
    }


def _names_somebody(quantity_of: str) -> bool:
    return any(w[:1].isupper() for w in quantity_of.split())


def _explain_date(row: dict[str, object], group: list[dict[str, object]]) -> str:
    outlets = sorted({str(r["source"]) for r in group})
    if row["status"] == "single":
        return f"only {outlets[0]} gives {row['range']}"
    return f"{row['n_sources']} independent sources give {row['range']}: {', '.join(outlets)}"


def _fact_name(group: list[dict[str, object]]) -> str:
    if group[0]["kind"] == "date":
        preds = [str(r.get("predicate") or "") for r in group if r.get("predicate")]
        return "date" + (f" ({max(sorted(set(preds)), key=preds.count)})" if preds else "")
    names = [str(r.get("quantity_of") or "") for r in group if r.get("quantity_of")]
    return max(sorted(set(names)), key=names.count) if names else str(group[0]["text"])


def _cached(memo: dict, key: tuple, f: tuple[float, float, float | None, str], make: Callable) -> Any:  # type: ignore[type-arg]
    """``make(f)``, remembered under ``key``; a figure with a zero is not, as -0.0 and 0.0 are equal keys but print apart."""
    if 0.0 in f[:3]:
        return make(f)
    out = memo.get(key)
    if out is None:
        out = memo[key] = make(f)
    return out


def _display_figures(
    group: list[dict[str, object]], figures: list[tuple[float, float, float | None, str]], unit: str
) -> tuple[list[tuple[float, float, float | None, str]], str]:
    """The figures of a fact in the unit a reader expects, and that unit.

    When every claim was written in one unit, that unit and the figures as
    written ("30–39 years", not the "10,958–14,245 day" the reconciler compares;
    "6 miles", not "9.66 km"). Otherwise the common unit: a claim written in it
    keeps its own figure, a converted one is rounded to three significant
    digits (70 miles is "113 km", not "112.65 km").
    """
    written = {str(r.get("unit") or "") for r in group}
    if len(written) == 1 and next(iter(written)) not in ("", unit, *_COUNT_UNITS):
        return [_written_figure(r) for r in group], next(iter(written))
    return [
        _written_figure(r) if r.get("unit") == f[3] else _readable_figure(f) for r, f in zip(group, figures, strict=True)
    ], unit


def _readable_figure(f: tuple[float, float, float | None, str]) -> tuple[float, float, float | None, str]:
    def r(x: float) -> float:
        return float(f"{x:.3g}") if math.isfinite(x) and x else x

    return (r(f[0]), r(f[1]), None if f[2] is None else r(f[2]), f[3])


def _written_figure(r: dict[str, object]) -> tuple[float, float, float | None, str]:
    """(low, high, point, unit) of a claim as the article wrote it; an open end is infinite, as in comparable_figures."""
    lo, hi = claim_interval(r)
    return (lo, hi, number_or_none(r.get("value")), str(r.get("unit") or ""))


def claim_interval(r: dict[str, object]) -> tuple[float, float]:
    """(low, high) of a claim row as written: a bare value is both ends, an open end is infinite."""
    lo, hi, point = (number_or_none(r.get(k)) for k in ("low", "high", "value"))
    if lo is None and hi is None and point is not None:
        lo = hi = point
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi)


def number_or_none(x: object) -> float | None:
    """A table cell as a float; None for empty, NaN or text."""
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _round_figure(f: tuple[float, float, float | None, str]) -> tuple[float, float, float | None, str]:
    return (_round(f[0]), _round(f[1]), None if f[2] is None else _round(f[2]), f[3])


def _round(x: float) -> float:
    # converted amounts carry float noise (1,999,999.9994 EUR): six significant digits are plenty
    return float(f"{x:.6g}") if math.isfinite(x) and x else x


def _mode(values: list[str]) -> str:
    return max(sorted(set(values)), key=values.count) if values else ""


def fmt_number(x: float | None) -> str:
    """A figure for display: whole numbers and large ones without decimals, others to two places."""
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.2f}"


def _display_unit(lo: float | None, hi: float | None, unit: str) -> tuple[float | None, float | None, str]:
    ends = [abs(x) for x in (lo, hi) if x is not None]
    if unit not in _SMALLER_UNITS or not ends:
        return lo, hi, unit
    top = max(ends)
    _, factor, shown = next(step for step in _SMALLER_UNITS[unit] if top >= step[0])
    return (None if lo is None else lo * factor), (None if hi is None else hi * factor), shown


def _unit_label(unit: str, lo: float | None, hi: float | None) -> str:
    if unit in _COUNT_UNITS:
        return ""
    one = all(x is None or abs(x) == 1 for x in (lo, hi))
    return f" {unit if one else _PLURALS.get(unit, unit)}".replace("_", " ")


def fmt_range(lo: float | None, hi: float | None, unit: str) -> str:
    """A figure or a range for display.

    Lengths are compared in km and durations in days; a figure far below
    them is shown in a smaller unit (a 9 mm calibre, not "0.00 km"; "1 hour",
    not "0.04 day"). Word units take their plural.

    >>> fmt_range(450, 550, "person"), fmt_range(10, 10, "km"), fmt_range(185, None, "count")
    ('450–550', '10 km', '≥185')
    >>> fmt_range(9e-06, 9.9e-06, "km"), fmt_range(0.5, 0.5, "km")
    ('9–9.9 mm', '500 m')
    >>> fmt_range(30, 39, "year"), fmt_range(1, 1, "mile"), fmt_range(1 / 24, 1 / 12, "day"), fmt_range(2, 2, "foot")
    ('30–39 years', '1 mile', '1–2 hours', '2 feet')
    """
    lo, hi, unit = _display_unit(lo, hi, unit)
    if lo is None and hi is None:
        return ""
    u = _unit_label(unit, lo, hi)
    if hi is None:
        return f"≥{_short_number(lo)}{u}"
    if lo is None:
        return f"≤{_short_number(hi)}{u}"
    if lo == hi:
        return f"{_short_number(lo)}{u}"
    return f"{_short_number(lo)}–{_short_number(hi)}{u}"


def fmt_quantity(x: float | None, unit: str) -> str:
    """One figure with its unit as a reader writes it: no rescaling, plural after any number but 1.

    >>> fmt_quantity(62.137, "mile"), fmt_quantity(1, "mile"), fmt_quantity(100, "km"), fmt_quantity(500, "person")
    ('62.14 miles', '1 mile', '100 km', '500')
    """
    return f"{_short_number(x)}{_unit_label(unit, x, x)}"


def _short_number(x: float | None) -> str:
    # fmt_number without the trailing zeros of its two places: "58.5 miles", "1.1 hours"
    text = fmt_number(x)
    return text.rstrip("0").rstrip(".") if "." in text else text
