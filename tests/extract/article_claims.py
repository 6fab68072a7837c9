"""What one article's claims say in one column: the helper the attribution and place tests share."""

from __future__ import annotations

from collections.abc import Iterable

from factcmp.extract import extract_quantities, prepare_pipeline

REFERENCE = "2016-07-31"


def column_of(
    nlp, text: str, column: str, *, kinds: Iterable[str] = ("quantity",), title: str = "", reference: str = REFERENCE
) -> dict[str, str]:
    """Claim text -> the claim's ``column``, for the claims of the given kinds in one article.

    The first claim of each wording counts. ``title`` is the headline the article is read with.
    """
    doc = nlp.make_doc(text)
    doc._.factcmp_reference = reference
    doc._.factcmp_title = title
    doc = nlp(doc)
    wanted = set(kinds)
    out: dict[str, str] = {}
    for c in doc._.factcmp_claims:
        if c["kind"] in wanted:
            out.setdefault(c["text"], c[column])
    return out


def credits(nlp, text: str, **kw) -> dict[str, str]:
    """Claim text -> whom the article credits it to (see :func:`column_of`)."""
    return column_of(nlp, text, "attributed_to", **kw)


def credits_of_figures_and_dates(nlp, text: str, reference: str = REFERENCE) -> dict[str, str]:
    """Claim text -> whom the article credits it to, for its quantity and date claims."""
    return column_of(nlp, text, "attributed_to", kinds=("quantity", "date"), reference=reference)


def places(nlp, text: str, **kw) -> dict[str, str]:
    """Claim text -> where the article places it (see :func:`column_of`)."""
    return column_of(nlp, text, "place", **kw)


def claims(nlp, text: str, reference: str) -> list[dict]:
    """Every claim but the entities of one article read against ``reference``, as the component writes them."""
    pipeline = prepare_pipeline(nlp)
    doc = pipeline.make_doc(text)
    doc._.factcmp_reference = reference
    return [c for c in pipeline(doc)._.factcmp_claims if c["kind"] != "entity"]


def windows(nlp, text: str, reference: str) -> dict[str, str]:
    """Claim text -> time window, for the quantities of one text read against ``reference``."""
    return {c.text: c.window for c in extract_quantities(text, nlp=nlp, reference_date=reference)}
