"""Rich display in Jupyter: the comparison table and articles with their claims marked.

``Comparison._repr_html_`` delegates to :func:`comparison_html`; :func:`show`
highlights the claims of one article (``factcmp.show``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from factcmp.report.highlight import highlight_html
from factcmp.report.style import CSS
from factcmp.report.tables import facts_table_html, summary_line

if TYPE_CHECKING:
    from collections.abc import Mapping

    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

    from factcmp.comparison import Comparison

NOTEBOOK_ROWS = 60


class HTML:
    """An HTML fragment that Jupyter displays; ``str()`` gives the markup."""

    def __init__(self, markup: str) -> None:
        """Wrap ``markup``."""
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"<factcmp HTML, {len(self.markup)} characters>"


def comparison_html(cmp: Comparison, *, limit: int = NOTEBOOK_ROWS) -> str:
    """The notebook view of a comparison: counts, then the facts table with conflicts shaded."""
    return (
        f"<div class='factcmp'><style>{CSS}</style>"
        f"<p><b>factcmp comparison</b>: {html.escape(summary_line(cmp))}</p>"
        f"{facts_table_html(cmp, limit=limit)}</div>"
    )


def show(
    article: Doc | str | Mapping[str, object] | pd.Series,
    *,
    claims: Comparison | pd.DataFrame | None = None,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    displacy: bool = False,
) -> HTML:
    """Highlight the claims of one article: a colour per kind, the parsed value on hover.

    Args:
        article: a Doc processed by factcmp's pipeline; an article row of
            :func:`factcmp.load_articles` (needs ``text``, and ``doc_id`` when
            ``claims`` is given); or plain text.
        claims: a :class:`~factcmp.Comparison` or a claims table whose offsets
            index the article's text. The article is then not parsed again, and
            the tooltips give each figure's verdict.
        nlp: the spaCy pipeline or model name used when the article must be parsed.
        reference_date: ISO date that relative dates ("on Sunday") resolve against
            when the article is parsed; default: the row's ``reference_date``.
            Without one, relative dates are not read.
        displacy: for a Doc, use spaCy's own displaCy span renderer on
            ``doc.spans["factcmp"]`` instead of factcmp's marks with tooltips.

    Returns:
        An object Jupyter displays as HTML (``str()`` gives the markup).
    """
    from spacy.tokens import Doc

    if isinstance(article, Doc):
        return _show_doc(article, displacy=displacy)
    text, doc_id = _text_and_id(article)
    if reference_date is None and not isinstance(article, str):
        reference_date = str(article.get("reference_date") or "") or None
    if claims is not None:
        from factcmp.comparison import Comparison
        from factcmp.report.tables import records

        table = claims.claims if isinstance(claims, Comparison) else claims
        rows = table[table["doc_id"].astype(str) == doc_id] if doc_id is not None else table
        return _wrap(highlight_html(text, records(rows)))
    return _show_doc(_parse(text, nlp, reference_date), displacy=displacy)


def _text_and_id(article: str | Mapping[str, object] | pd.Series) -> tuple[str, str | None]:
    if isinstance(article, str):
        return article, None
    text = article.get("text")
    if not isinstance(text, str):
        from factcmp.errors import ConfigError

        raise ConfigError("show() needs a Doc, a text, or an article row with a 'text' field (a row of load_articles)")
    doc_id = article.get("doc_id")
    return text, None if doc_id is None else str(doc_id)


def _parse(text: str, nlp: Language | str | None, reference_date: str | None) -> Doc:
    from factcmp._compute import one_blas_thread
    from factcmp._models import get_nlp
    from factcmp.extract import prepare_pipeline

    pipeline = prepare_pipeline(get_nlp(nlp))
    doc = pipeline.make_doc(text)
    doc._.factcmp_reference = reference_date or ""
    with one_blas_thread():
        return pipeline(doc)


def _show_doc(doc: Doc, *, displacy: bool) -> HTML:
    from factcmp.extract import SPANS_KEY

    if displacy:
        from spacy import displacy as spacy_displacy

        # displaCy escapes the text itself; it draws spans but has no tooltips.
        markup = spacy_displacy.render(doc, style="span", options={"spans_key": SPANS_KEY}, jupyter=False)
        return HTML(str(markup))
    records = list(getattr(doc._, "factcmp_claims", None) or []) if doc.has_extension("factcmp_claims") else []
    if not records and SPANS_KEY in doc.spans:
        records = [{"kind": s.label_, "start": s.start_char, "end": s.end_char} for s in doc.spans[SPANS_KEY]]
    return _wrap(highlight_html(doc.text, records))


def _wrap(fragment: str) -> HTML:
    return HTML(f"<div class='factcmp'><style>{CSS}</style>{fragment}</div>")
