"""Extraction: claims out of parsed articles (quantities, dates, entities)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import factcmp.extract.factories  # noqa: F401  (registers the factcmp_claims factory)
from factcmp._compute import one_blas_thread, one_blas_thread_each
from factcmp._models import get_nlp, unused_components
from factcmp.cleaning import MAX_CHARS, head_of, truncate
from factcmp.errors import FactcmpWarning
from factcmp.extract.component import SPANS_KEY, extract_claims, register_extensions
from factcmp.extract.entities import RULER_NAME, add_alias_ruler
from factcmp.extract.listing import quantity_claims
from factcmp.ingest import clean_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

    from factcmp.records import Claim

__all__ = ["SPANS_KEY", "extract_claims", "extract_quantities", "extract_quantities_many", "prepare_pipeline"]

# Ranks and titles before a name that the English tokenizer splits from their full stop ("Sgt", "."), after which
# the parser starts a new sentence: "Six shots were fired, Sgt. Amy Lee said." lost its speaker, and "Det." stood
# alone as a sentence. "Dr.", "Gov." and "Gen." are kept whole by spaCy already. Case-sensitive, as the
# tokenizer's special cases are: "6 ft." stays a unit and its stop.
TITLE_ABBREVIATIONS = (
    *("Sgt.", "Sgts.", "Det.", "Dets.", "Capt.", "Cpl.", "Ofc.", "Dep.", "Insp.", "Cmdr.", "Supt.", "Lt.", "Lts."),
    *("Col.", "Maj.", "Pvt.", "Pfc.", "Spc.", "Brig.", "Atty.", "Asst."),
)


def prepare_pipeline(nlp: Language) -> Language:
    """Add factcmp's components to a pipeline (idempotent) and return it.

    Adds ``factcmp_linebreaks`` before the parser, the alias entity ruler before
    the NER and ``factcmp_claims`` last. The pipeline is changed in place.
    """
    register_extensions()
    # read once: extract_quantities calls this per text, and each pipe_names builds a new list (about 20 us)
    names = set(nlp.pipe_names)
    if "factcmp_linebreaks" not in names:
        keep_titles_whole(nlp)
        before = "parser" if "parser" in names else ("senter" if "senter" in names else None)
        if before:
            nlp.add_pipe("factcmp_linebreaks", before=before)
        else:
            nlp.add_pipe("factcmp_linebreaks", first=True)
    if RULER_NAME not in names:
        add_alias_ruler(nlp)
    if "factcmp_claims" not in names:
        nlp.add_pipe("factcmp_claims", last=True)
    return nlp


def keep_titles_whole(nlp: Language) -> None:
    """Make the tokenizer keep each of :data:`TITLE_ABBREVIATIONS` one token with its stop (idempotent)."""
    from spacy.symbols import ORTH

    rules = nlp.tokenizer.rules or {}  # type: ignore[attr-defined]
    for title in TITLE_ABBREVIATIONS:
        if title not in rules:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[attr-defined]


def _cleaned(text: str) -> str:
    """The text cleaned as articles are, cut at MAX_CHARS as ingest cuts them, with a warning.

    Beyond a million characters spaCy refuses a text (E088) from deep inside; below that the parse
    of a huge text holds about a gigabyte per 100,000 characters.
    """
    raw = head_of(text, MAX_CHARS)  # cleaning a huge text whole would cost more than reading its start
    cleaned = clean_text(raw)
    cut = truncate(cleaned, MAX_CHARS)
    if len(raw) < len(text) or len(cut) < len(cleaned):
        warnings.warn(
            FactcmpWarning(f"text of {len(text):,} characters: only the first {len(cut):,} (cleaned) were read"),
            stacklevel=3,
        )
    return cut


def extract_quantities(
    text: str,
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
) -> list[Claim]:
    """Return every quantity a text states, one claim each, in text order.

    Each claim has the words (``text``, ``start``, ``end``), the figure
    (``value``; ``low`` and ``high`` for what the words allow: "about 500" is
    450-550, "at least 500" has no ``high``, "between 6,000 and 8,000" has no
    ``value``), the hedge (``qualifier``, ``vague``), a canonical ``unit``
    with pint-normalised ``norm_*`` values, and what is counted
    (``quantity_of``). Dates, clock times, phone numbers, addresses, names with
    numbers ("Flight 302", "S&P 500") and page furniture are left out.

    The claims are those of :func:`factcmp.compare`, with two differences: a
    bracketed conversion ("100 kilometres (60 miles)") is a claim of its own
    here (each side carries the other in ``alt_value``/``alt_unit``), and a
    duration that scopes another figure ("killed in three days of fighting")
    is listed too, where a comparison uses it as the figure's time window.

    Args:
        text: an article or sentence; it is cleaned as articles are, and the
            claims' ``start``/``end`` index the cleaned text. A text longer than
            ``factcmp.cleaning.MAX_CHARS`` is cut there, with a ``FactcmpWarning``.
        nlp: a spaCy pipeline or model name; default as :func:`factcmp.compare`.
        reference_date: ISO date that relative dates resolve against.

    Returns:
        Claim records of kind ``quantity``.
    """
    pipeline = prepare_pipeline(get_nlp(nlp))
    doc = pipeline.make_doc(_cleaned(text))
    doc._.factcmp_reference = reference_date or ""
    doc._.factcmp_quantities_only = True  # the component skips what only a comparison reads
    with one_blas_thread():
        doc = pipeline(doc, disable=unused_components(pipeline))  # a lemmatizer in a pipeline passed in
    return quantity_claims(doc)


def extract_quantities_many(
    texts: Iterable[str],
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> list[list[Claim]]:
    """Return the quantity claims of many texts, one list per text, in input order.

    The texts go through ``nlp.pipe`` in batches, which is several times faster
    than calling :func:`extract_quantities` in a loop; they are read lazily, so
    a generator of articles is fine. A text that the pipeline's error handler
    skips gets an empty list.

    Args:
        texts: articles or sentences, cleaned as :func:`extract_quantities` does.
        nlp: a spaCy pipeline or model name; default as :func:`factcmp.compare`.
        reference_date: ISO date that relative dates resolve against.
        batch_size: texts per ``nlp.pipe`` batch.
        n_process: worker processes for ``nlp.pipe`` (-1 for all cores).
    """
    pipeline = prepare_pipeline(get_nlp(nlp))
    seen = 0

    def docs() -> Iterator[tuple[Doc, int]]:
        nonlocal seen
        for n, text in enumerate(texts):
            doc = pipeline.make_doc(_cleaned(text))
            doc._.factcmp_reference = reference_date or ""
            doc._.factcmp_quantities_only = True
            seen = n + 1
            yield doc, n

    found: dict[int, list[Claim]] = {}
    # carry the index through as_tuples: a doc skipped by an error handler must not shift the rest
    if n_process == 1:
        # batches bounded by tokens too: spaCy holds some 17 KB per token of a batch, and 64 texts at the token
        # cut would need tens of GB (factcmp.pipeline imports this module, hence the import here)
        from factcmp.pipeline import pipe_by_tokens

        parsed = pipe_by_tokens(pipeline, docs(), batch_size=batch_size, disable=unused_components(pipeline))
    else:
        parsed = pipeline.pipe(
            docs(), batch_size=batch_size, n_process=n_process, as_tuples=True, disable=unused_components(pipeline)
        )
    for doc, n in one_blas_thread_each(parsed):
        found[n] = quantity_claims(doc)
    return [found.get(n, []) for n in range(seen)]


def extract_claims_from_doc(doc: object) -> list[Claim]:
    """Claims already stored on a Doc by the ``factcmp_claims`` component."""
    from factcmp.records import Claim

    return [Claim.from_dict(d) for d in doc._.factcmp_claims]  # type: ignore[attr-defined]
