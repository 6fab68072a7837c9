"""The result of a comparison: claims, facts by source, documents, entities."""

from __future__ import annotations

import math
from functools import cached_property
from typing import TYPE_CHECKING

from factcmp.io import write_table

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    from matplotlib.figure import Figure

CLAIM_COLUMNS = [
    "doc_id",
    "kind",
    "text",
    "sentence",
    "value",
    "low",
    "high",
    "unit",
    "attributed_to",
    "date",
    "entity_id",
    "group_id",
    "status",
    "source",
    "published",
    "start",
    "end",
    "qualifier",
    "vague",
    "quantity_of",
    "norm_value",
    "norm_low",
    "norm_high",
    "norm_unit",
    "alt_value",
    "alt_unit",
    "window",
    "place",
    "reference",
    "predicate",
    "subject",
    "role",
    "entity_type",
    "date_period",
    "in_headline",
]
DOCUMENT_COLUMNS = [
    "doc_id",
    "source",
    "title",
    "published",
    "reference_date",
    "status",
    "n_claims",
    "n_quantities",
    "n_dates",
    "n_entities",
    "warning",
    "path",
]
_STATUS_ORDER = {"conflict": 0, "updated": 1, "agree": 2, "single": 3}
_QUALIFIER_WORDS = {
    "approximate": "about",
    "at_least": "at least",
    "at_most": "at most",
    "exact": "",
    "range": "",
    "vague": "",
}


class Comparison:
    """Claims from a cluster of articles, lined up by fact and judged across sources.

    Attributes:
        claims: one row per claim (the column contract of the claims CSV).
        documents: one row per input document, with its status and claim counts.
        table: one row per fact, one column per source, with verdict and range.
        entities: one row per linked entity.
    """

    def __init__(self, *, claims: pd.DataFrame, documents: pd.DataFrame, model: str = "") -> None:
        """Wrap the claims and documents tables (use :func:`factcmp.compare` to make one)."""
        src = dict(zip(documents["doc_id"], documents["source"], strict=True))
        pub = dict(zip(documents["doc_id"], documents["published"], strict=True))
        claims = claims.assign(
            source=[src.get(d, d) for d in claims["doc_id"]],
            published=[pub.get(d, "") for d in claims["doc_id"]],
        )
        self.claims: pd.DataFrame = claims[[c for c in CLAIM_COLUMNS if c in claims.columns]].reset_index(drop=True)
        self.documents: pd.DataFrame = _document_table(documents, self.claims)
        self.model = model

    def __repr__(self) -> str:
        counts = self.table["status"].value_counts().to_dict() if len(self.table) else {}
        return (
            f"<Comparison {len(self.documents)} documents, {len(self.claims)} claims, {len(self.table)} facts "
            f"({counts.get('conflict', 0)} conflict, {counts.get('updated', 0)} updated, {counts.get('agree', 0)} agree)>"
        )

    @cached_property
    def table(self) -> pd.DataFrame:
        """One row per fact group: what each source says, the verdict, min and max."""
        return build_table(self.claims, list(dict.fromkeys(self.documents["source"])))

    @cached_property
    def entities(self) -> pd.DataFrame:
        """One row per linked entity: id, canonical name, type, aliases, sources."""
        import pandas as pd

        ents = self.claims[self.claims["kind"] == "entity"]
        rows = []
        for eid, g in ents.groupby("entity_id", sort=True):
            names = g["text"].value_counts()
            rows.append(
                {
                    "entity_id": eid,
                    "name": max(names.index, key=lambda n: (len(n.split()), names[n])),
                    "type": g["entity_type"].mode().iat[0],
                    "aliases": "; ".join(sorted(names.index)),
                    "mentions": len(g),
                    "sources": "; ".join(sorted(set(g["source"]))),
                    "roles": "; ".join(sorted({r for r in g["role"] if r})),
                }
            )
        return pd.DataFrame(rows, columns=["entity_id", "name", "type", "aliases", "mentions", "sources", "roles"])

    def conflicts(self) -> pd.DataFrame:
        """The facts whose sources disagree (``conflict`` or ``updated``)."""
        t = self.table
        return t[t["status"].isin(["conflict", "updated"])].reset_index(drop=True)

    def to_csv(self, out_dir: str | Path, *, bom: bool = False) -> list[Path]:
        """Write claims.csv, comparison.csv, documents.csv and entities.csv into ``out_dir``."""
        from pathlib import Path

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in (
            ("claims", self.claims),
            ("comparison", self.table),
            ("documents", self.documents),
            ("entities", self.entities),
        ):
            path = out / f"{name}.csv"
            write_table(frame, path, bom=bom)
            written.append(path)
        return written

    def summary(self, *, limit: int = 40) -> str:
        """A readable text summary: conflicts first, then the facts sources agree on."""
        lines = [repr(self)]
        t = self.table
        for _, row in t.head(limit).iterrows():
            lines.append(f"[{row['status'].upper():8}] {row['fact']}  ({row['range']})")
            for source in self._source_columns():
                if row.get(source):
                    lines.append(f"    {source}: {row[source]}")
        if len(t) > limit:
            lines.append(f"... {len(t) - limit} more facts in comparison.csv")
        skipped = self.documents[self.documents["status"] != "ok"]
        for _, row in skipped.iterrows():
            lines.append(f"not compared: {row['doc_id']} ({row['status']}: {row['warning']})")
        return "\n".join(lines)

    def _source_columns(self) -> list[str]:
        fixed = set(TABLE_COLUMNS)
        return [c for c in self.table.columns if c not in fixed]

    def _repr_html_(self) -> str:
        from factcmp.report.notebook import comparison_html

        return comparison_html(self)

    def plot(self, fact: str | int | None = None, **kwargs: object) -> Figure:
        """Chart one fact (group id, name or row number), or with no fact the facts-by-sources matrix.

        See :func:`factcmp.report.plots.plot_fact` and :func:`~factcmp.report.plots.plot_matrix`.
        """
        from factcmp.report import plots

        if fact is None:
            return plots.plot_matrix(self, **kwargs)  # type: ignore[arg-type]
        return plots.plot_fact(self, fact, **kwargs)  # type: ignore[arg-type]

    def to_html(self, path: str | Path | None = None, **kwargs: object) -> str:
        """The self-contained HTML report; written to ``path`` too if given.

        See :func:`factcmp.report.html.render_report` for the options (``articles=``, ``title=``).
        """
        from factcmp.report.html import render_report

        markup = render_report(self, **kwargs)  # type: ignore[arg-type]
        if path is not None:
            from pathlib import Path

            Path(path).write_text(markup, encoding="utf-8")
        return markup


TABLE_COLUMNS = ["group_id", "kind", "fact", "unit", "status", "min", "max", "range", "latest", "n_sources", "explanation"]


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


def build_table(claims: pd.DataFrame, sources: list[str]) -> pd.DataFrame:
    """Pivot claims into one row per quantity or date fact, one column per source."""
    import pandas as pd

    facts = claims[claims["kind"].isin(["quantity", "date"]) & (claims["group_id"] != "")]
    rows = []
    for gid, g in facts.groupby("group_id", sort=False):
        recs = g.to_dict("records")
        kind = recs[0]["kind"]
        row: dict[str, object] = {"group_id": gid, "kind": kind, "status": recs[0]["status"]}
        row["fact"] = _fact_name(g)
        by_source: dict[str, list[str]] = {}
        for r in recs:
            by_source.setdefault(str(r["source"]), []).append(describe_claim(r))
        for s in sources:
            row[s] = "; ".join(dict.fromkeys(by_source.get(s, [])))
        row["n_sources"] = len(by_source)
        if kind == "quantity":
            lo, hi, unit = _span(g)
            row.update({"unit": unit, "min": lo, "max": hi, "range": _fmt_range(lo, hi, unit)})
            row["latest"] = _latest(g)
        else:
            dates = sorted(set(g["date"]))
            row.update({"unit": "date", "min": None, "max": None, "range": " / ".join(dates), "latest": dates[-1]})
        row["explanation"] = _explain(row, by_source)
        rows.append(row)
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS + sources)
    if table.empty:
        return table
    table["_order"] = table["status"].map(_STATUS_ORDER).fillna(9)
    table["_kind"] = (table["kind"] != "quantity").astype(int)
    table = table.sort_values(["_order", "_kind", "n_sources", "group_id"], ascending=[True, True, False, True], kind="stable")
    table = table.drop(columns=["_order", "_kind"]).reset_index(drop=True)
    table["status"] = pd.Categorical(table["status"], categories=["conflict", "updated", "agree", "single"])
    table["min"] = table["min"].astype("Float64")
    table["max"] = table["max"].astype("Float64")
    return table


def _fact_name(g: pd.DataFrame) -> str:
    names = [str(x) for x in g["quantity_of"] if x] if "quantity_of" in g else []
    if g["kind"].iat[0] == "date":
        preds = [str(p) for p in g["predicate"] if p]
        return "date" + (f" ({max(set(preds), key=preds.count)})" if preds else "")
    return max(set(names), key=names.count) if names else str(g["text"].iat[0])


def _span(g: pd.DataFrame) -> tuple[float | None, float | None, str]:
    precise = g[~g["vague"].astype(bool)]
    use = precise if len(precise) else g
    lows = [x for x in use["norm_low"].tolist() + use["norm_value"].tolist() if _finite(x)]
    highs = [x for x in use["norm_high"].tolist() + use["norm_value"].tolist() if _finite(x)]
    unit = str(use["norm_unit"].mode().iat[0]) if len(use) else ""
    return (min(lows) if lows else None, max(highs) if highs else None, unit)


def _finite(x: object) -> bool:
    try:
        return x is not None and math.isfinite(float(x))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 100 else f"{x:,.2f}"


def _fmt_range(lo: float | None, hi: float | None, unit: str) -> str:
    u = "" if unit in ("person", "count", "") else f" {unit}"
    if lo is None and hi is None:
        return ""
    if lo == hi:
        return f"{_fmt(lo)}{u}"
    return f"{_fmt(lo)}–{_fmt(hi)}{u}"


def _latest(g: pd.DataFrame) -> str:
    dated = g[g["published"].astype(str) != ""]
    if dated.empty:
        return ""
    last = dated.sort_values("published").iloc[-1]
    return describe_claim(last.to_dict())


def _explain(row: dict[str, object], by_source: dict[str, list[str]]) -> str:
    status = row["status"]
    names = list(by_source)
    if status == "single":
        return f"only {names[0]} reports it"
    if status == "agree":
        return f"{len(names)} sources agree: " + "; ".join(f"{s} says {v[0]}" for s, v in by_source.items())[:400]
    said = "; ".join(f"{s} says {', '.join(v)}" for s, v in by_source.items())
    if status == "updated":
        return f"figures changed over time; latest: {row.get('latest')}. " + said[:400]
    return f"sources disagree: {said}"[:500]


def _document_table(documents: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    counts = claims.groupby(["doc_id", "kind"]).size().unstack(fill_value=0) if len(claims) else None
    docs = documents.copy()
    for kind, col in (("quantity", "n_quantities"), ("date", "n_dates"), ("entity", "n_entities")):
        docs[col] = [
            int(counts.at[d, kind]) if counts is not None and d in counts.index and kind in counts.columns else 0
            for d in docs["doc_id"]
        ]
    docs["n_claims"] = docs["n_quantities"] + docs["n_dates"] + docs["n_entities"]
    return docs[[c for c in DOCUMENT_COLUMNS if c in docs.columns]].reset_index(drop=True)
