"""Extraction: claims out of parsed articles (quantities, dates, entities)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp._models import get_nlp
from factcmp.extract.component import SPANS_KEY, extract_claims, register_extensions
from factcmp.extract.entities import RULER_NAME, add_alias_ruler
from factcmp.ingest import clean_text

if TYPE_CHECKING:
    from spacy.language import Language

    from factcmp.records import Claim

__all__ = ["SPANS_KEY", "extract_claims", "extract_quantities", "prepare_pipeline"]


def prepare_pipeline(nlp: Language) -> Language:
    """Add factcmp's components to a pipeline (idempotent) and return it.

    Adds ``factcmp_linebreaks`` before the parser, the alias entity ruler before
    the NER and ``factcmp_claims`` last. The pipeline is changed in place.
    """
    register_extensions()
    if "factcmp_linebreaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
        if before:
            nlp.add_pipe("factcmp_linebreaks", before=before)
        else:
            nlp.add_pipe("factcmp_linebreaks", first=True)
    if RULER_NAME not in nlp.pipe_names:
        add_alias_ruler(nlp)
    if "factcmp_claims" not in nlp.pipe_names:
        nlp.add_pipe("factcmp_claims", last=True)
    return nlp


def extract_quantities(
    text: str,
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
) -> list[Claim]:
    """Return the quantity claims of one text, in order.

    Args:
        text: an article or sentence; it is cleaned as articles are, and the
            claims' ``start``/``end`` index the cleaned text.
        nlp: a spaCy pipeline or model name; default as :func:`factcmp.compare`.
        reference_date: ISO date that relative dates resolve against.

    Returns:
        Claim records with text, start, end, value, low, high, unit, qualifier
        and what is counted (``quantity_of``).
    """
    pipeline = prepare_pipeline(get_nlp(nlp))
    doc = pipeline.make_doc(clean_text(text))
    doc._.factcmp_reference = reference_date or ""
    doc = pipeline(doc)
    return [c for c in extract_claims_from_doc(doc) if c.kind == "quantity"]


def extract_claims_from_doc(doc: object) -> list[Claim]:
    """Claims already stored on a Doc by the ``factcmp_claims`` component."""
    from factcmp.records import Claim

    return [Claim.from_dict(d) for d in doc._.factcmp_claims]  # type: ignore[attr-defined]
