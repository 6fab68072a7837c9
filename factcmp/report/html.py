"""One self-contained HTML report of a comparison: no scripts, no files beside it.

Conflicts come first, each with what every source says, whom it credits and a
chart; then the full table, the facts-by-sources matrix, the sources, and the
articles with their claims highlighted. Charts are embedded as PNG data URIs.
Every piece of article text is escaped: a ``<script>`` in an article stays text.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from factcmp import __version__
from factcmp.report.highlight import highlight_html
from factcmp.report.style import CSS, source_colours
from factcmp.report.tables import claim_html, facts_table_html, records, sources_of, status_badge, summary_line

if TYPE_CHECKING:
    import pandas as pd

    from factcmp.comparison import Comparison

MAX_CHARTS = 40
_PAGE_CSS = """
body.factcmp { margin: 0 auto; max-width: 72em; padding: 1em 2em 4em; background: #fff; }
.factcmp h1 { margin-bottom: 0.2em; }
.factcmp nav a { margin-right: 1em; }
.factcmp section { margin-top: 2em; }
.factcmp .factcmp-card { border: 1px solid #ddd; border-left: 6px solid #c0392b; border-radius: 4px;
  padding: 0.5em 1em; margin: 1em 0; }
.factcmp .factcmp-card.factcmp-updated { border-left-color: #d68910; }
.factcmp .factcmp-card h3 { margin: 0.3em 0; }
.factcmp .factcmp-card ul { padding-left: 1.2em; }
.factcmp .factcmp-card img, .factcmp .factcmp-chart img { max-width: 100%; height: auto; }
.factcmp .factcmp-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30em, 1fr)); gap: 1em; }
.factcmp details { border-top: 1px solid #eee; padding: 0.5em 0; }
.factcmp summary { cursor: pointer; font-weight: 600; }
.factcmp .factcmp-muted { color: #777; }
"""


def render_report(
    cmp: Comparison,
    *,
    articles: pd.DataFrame | None = None,
    title: str = "factcmp report",
    charts: bool = True,
) -> str:
    """Build the report as one HTML string.

    Args:
        cmp: the comparison to report.
        articles: the table from :func:`factcmp.load_articles` (``doc_id`` and
            ``text``), for the highlighted articles. Without it the articles are
            read again from the documents' paths when those still exist.
        title: the page title.
        charts: draw a chart for each conflict and each fact several sources report
            (needs matplotlib).

    Returns:
        A complete HTML document.
    """
    texts = _article_texts(cmp, articles)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing from elsewhere may load: the report is read offline and article text is untrusted.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{html.escape(title)}</title><style>{CSS}{_PAGE_CSS}</style></head>",
        '<body class="factcmp">',
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(summary_line(cmp))}</p>",
        f'<p class="factcmp-muted">factcmp {html.escape(__version__)}'
        + (f", model {html.escape(cmp.model)}" if cmp.model else "")
        + "</p></header>",
        '<nav><a href="#conflicts">Conflicts</a><a href="#facts">All facts</a><a href="#charts">Charts</a>'
        '<a href="#matrix">Facts by source</a><a href="#sources">Sources</a><a href="#articles">Articles</a></nav>',
        _conflicts_section(cmp, charts=charts),
        f'<section id="facts"><h2>All facts</h2>{facts_table_html(cmp, link_facts=True)}</section>',
        _charts_section(cmp) if charts else "",
        _matrix_section(cmp) if charts else "",
        _sources_section(cmp),
        _articles_section(cmp, texts),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def write_report(
    cmp: Comparison, path: str | Path, *, articles: pd.DataFrame | None = None, title: str = "factcmp report", charts: bool = True
) -> Path:
    """Write :func:`render_report` to ``path`` (UTF-8) and return the path."""
    target = Path(path)
    if target.parent != Path():
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_report(cmp, articles=articles, title=title, charts=charts), encoding="utf-8")
    return target


def _conflicts_section(cmp: Comparison, *, charts: bool) -> str:
    conflicts = cmp.conflicts()
    head = f'<section id="conflicts"><h2>Conflicts ({len(conflicts)})</h2>'
    if conflicts.empty:
        return head + "<p>No conflicts: wherever several sources report a fact, their figures are compatible.</p></section>"
    colours = source_colours(sources_of(cmp))
    cards = []
    for rec in records(conflicts):
        gid, status = str(rec["group_id"]), str(rec["status"])
        said = []
        for source, claims in _by_source(cmp, gid).items():
            swatch = f'<span class="factcmp-swatch" style="background:{colours.get(source, "#555")}"></span>'
            said.append(f"<li>{swatch}<b>{html.escape(source)}</b>: " + " ".join(claim_html(c) for c in claims) + "</li>")
        chart = _chart_img(cmp, gid, str(rec["fact"])) if charts else ""
        cards.append(
            f'<article class="factcmp-card factcmp-{html.escape(status)}" id="fact-{html.escape(gid, quote=True)}"'
            f' data-group="{html.escape(gid, quote=True)}" data-status="{html.escape(status, quote=True)}">'
            f"<h3>{status_badge(status)} {html.escape(str(rec['fact']))}</h3>"
            f"<p>range {html.escape(str(rec['range'] or ''))} · {rec['n_sources']} sources · "
            f'<a href="#row-{html.escape(gid, quote=True)}">in the table</a></p>'
            f"<p>{html.escape(str(rec['explanation'] or ''))}</p><ul>{''.join(said)}</ul>{chart}</article>"
        )
    return head + "".join(cards) + "</section>"


def _charts_section(cmp: Comparison) -> str:
    table = cmp.table
    shared = table[(table["status"] == "agree") & (table["n_sources"] > 1)].head(MAX_CHARTS)
    if shared.empty:
        return ""
    figures = "".join(
        f'<div class="factcmp-chart" id="chart-{html.escape(str(r["group_id"]), quote=True)}">'
        f"{_chart_img(cmp, str(r['group_id']), str(r['fact']))}</div>"
        for r in records(shared)
    )
    return f'<section id="charts"><h2>Facts several sources agree on</h2><div class="factcmp-charts">{figures}</div></section>'


def _matrix_section(cmp: Comparison) -> str:
    if cmp.table.empty:
        return ""
    from factcmp.report.plots import figure_data_uri, plot_matrix

    uri = figure_data_uri(plot_matrix(cmp), dpi=90)
    return (
        '<section id="matrix"><h2>Facts by source</h2>'
        f'<div class="factcmp-chart"><img src="{uri}" alt="matrix of facts by sources, shaded by verdict"></div></section>'
    )


def _sources_section(cmp: Comparison) -> str:
    cols = ["source", "title", "published", "status", "n_quantities", "n_dates", "n_entities", "warning"]
    colours = source_colours(sources_of(cmp))
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    rows = []
    for rec in records(cmp.documents):
        cells = []
        for c in cols:
            value = html.escape(str(rec.get(c) if rec.get(c) is not None else ""))
            if c == "source":
                value = (
                    f'<span class="factcmp-swatch" style="background:{colours.get(str(rec["source"]), "#555")}"></span>{value}'
                )
            cells.append(f"<td>{value}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'<section id="sources"><h2>Sources</h2><table class="factcmp-facts"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _articles_section(cmp: Comparison, texts: dict[str, str]) -> str:
    blocks = []
    for rec in records(cmp.documents):
        doc_id = str(rec["doc_id"])
        label = f"{rec['source']} — {rec.get('title') or doc_id}"
        text = texts.get(doc_id)
        if text is None:
            body = '<p class="factcmp-muted">Text not available: pass the articles table to the report.</p>'
        else:
            claims = records(cmp.claims[cmp.claims["doc_id"].astype(str) == doc_id])
            body = highlight_html(text, claims, link_facts=True)
        blocks.append(
            f'<details id="doc-{html.escape(doc_id, quote=True)}"><summary>{html.escape(label)}</summary>{body}</details>'
        )
    legend = (
        '<p class="factcmp-muted">Claims are marked by kind (quantity, date, entity); hover a mark for the value '
        "factcmp read, click it to jump to its fact. Figures of conflicting facts are outlined in red.</p>"
    )
    return f'<section id="articles"><h2>Articles</h2>{legend}{"".join(blocks)}</section>'


def _chart_img(cmp: Comparison, gid: str, fact: str) -> str:
    from factcmp.report.plots import figure_data_uri, plot_fact

    uri = figure_data_uri(plot_fact(cmp, gid))
    return f'<img src="{uri}" alt="{html.escape("chart of " + fact, quote=True)}">'


def _by_source(cmp: Comparison, gid: str) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    seen: set[tuple[str, str]] = set()
    for rec in records(cmp.claims[cmp.claims["group_id"].astype(str) == gid]):
        key = (str(rec["source"]), str(rec["text"]).lower())
        if key not in seen:
            seen.add(key)
            out.setdefault(str(rec["source"]), []).append(rec)
    return out


def _article_texts(cmp: Comparison, articles: pd.DataFrame | None) -> dict[str, str]:
    """Article texts by doc_id: from the table given, else read again from the documents' paths."""
    if articles is not None:
        return {str(d): str(t) for d, t in zip(articles["doc_id"], articles["text"], strict=True)}
    paths = [str(p) for p in cmp.documents.get("path", []) if p and Path(str(p)).is_file()]
    if not paths:
        return {}
    from factcmp.ingest import load_articles

    # Reading is deterministic, so the cleaned text is the one the claim offsets index.
    reread = load_articles(paths)
    return {str(d): str(t) for d, t in zip(reread["doc_id"], reread["text"], strict=True)}
