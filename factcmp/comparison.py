"""The result of a comparison: claims, facts by source, documents, entities."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from factcmp.checks import article_checks
from factcmp.copies import copy_families
from factcmp.io import write_table
from factcmp.table import TABLE_COLUMNS, build_table, check_policy, describe_claim

__all__ = ["TABLE_COLUMNS", "Comparison", "describe_claim"]

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
    "speaker_entity",
    "off_topic",
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


class Comparison:
    """Claims from a cluster of articles, lined up by fact and judged across sources.

    Attributes:
        claims: one row per claim (the column contract of the claims CSV).
        documents: one row per input document, with its status and claim counts.
        table: one row per fact, one column per source, with verdict and range.
        entities: one row per linked entity.
    """

    def __init__(self, *, claims: pd.DataFrame, documents: pd.DataFrame, model: str = "", policy: str = "range") -> None:
        """Wrap the claims and documents tables (use :func:`factcmp.compare` to make one).

        ``policy`` sets how the table's ``figure`` column reconciles each fact:
        ``range`` (lowest and highest, as Iraq Body Count), ``conservative``
        (the lowest, as ACLED) or ``latest`` (the most recent report).
        """
        self.policy = check_policy(policy)
        texts = documents["text"] if "text" in documents.columns else [""] * len(documents)
        # articles that are copies of one story count as one source
        self.copy_family: dict[str, str] = copy_families(zip(documents["doc_id"], texts, strict=True))
        documents = documents.assign(source=[_safe_source_name(s) for s in documents["source"]])
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
        """One row per fact group: what each source says, the verdict, min, max, latest, figure."""
        return self.reconciled(self.policy)

    def reconciled(self, policy: str = "range") -> pd.DataFrame:
        """The fact table with its ``figure`` column under another policy (range, conservative, latest)."""
        sources = list(dict.fromkeys(self.documents["source"]))
        return build_table(self.claims, sources, policy=policy, families=self.copy_family)

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

    @cached_property
    def checks(self) -> pd.DataFrame:
        """Checks inside each article: bracketed conversions, parts against totals, headline against body."""
        return article_checks(self.claims)

    def conflicts(self) -> pd.DataFrame:
        """The facts whose sources disagree (``conflict`` or ``updated``)."""
        t = self.table
        return t[t["status"].isin(["conflict", "updated"])].reset_index(drop=True)

    def to_csv(self, out_dir: str | Path, *, bom: bool = False) -> list[Path]:
        """Write claims.csv, comparison.csv, documents.csv, entities.csv and checks.csv into ``out_dir``."""
        from pathlib import Path

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in (
            ("claims", self.claims),
            ("comparison", self.table),
            ("documents", self.documents),
            ("entities", self.entities),
            ("checks", self.checks),
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


def _safe_source_name(name: object) -> str:
    """A source name that cannot take the place of one of the table's own columns.

    The comparison table has one column per source beside ``status``, ``fact``,
    ``range``...; an outlet called "status" would overwrite the verdicts.
    """
    text = str(name)
    return f"{text} (source)" if text in TABLE_COLUMNS else text
