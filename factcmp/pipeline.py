"""compare(): articles in, claims, fact groups and verdicts out."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from factcmp._models import get_nlp, model_label
from factcmp.comparison import Comparison
from factcmp.extract import extract_claims_from_doc, prepare_pipeline
from factcmp.extract.crossdoc import link_entity_claims
from factcmp.ingest import fill_reference_dates, load_articles
from factcmp.other_facts import group_other_kinds
from factcmp.reconcile import group_quantities
from factcmp.records import Claim, claims_to_frame

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Comparison", "compare", "extract_frame"]

log = logging.getLogger(__name__)


def compare(
    articles: pd.DataFrame | str | Path | Iterable[str | Path],
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    progress: bool = False,
) -> Comparison:
    """Extract every claim from a cluster of articles and compare them across sources.

    Args:
        articles: the table from :func:`factcmp.load_articles`, or anything it reads.
        nlp: a spaCy pipeline, a model name, or None for the best installed model.
        reference_date: ISO date for relative dates in undated articles
            (default: the most common date of the dated articles).
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core).
        progress: show a progress bar on stderr.

    Returns:
        A :class:`Comparison` with ``claims``, ``table``, ``documents`` and ``entities``.
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame) and "status" in articles.columns and "reference_date" in articles.columns:
        docs_frame = articles.copy()
        if reference_date:
            docs_frame = fill_reference_dates(docs_frame.assign(reference_date=""), date=reference_date)
    else:
        docs_frame = load_articles(articles, date=reference_date)
    pipeline = prepare_pipeline(get_nlp(nlp))
    claims = extract_frame(docs_frame, nlp=pipeline, batch_size=batch_size, n_process=n_process, progress=progress)
    return reconcile_frame(claims, docs_frame, model=model_label(pipeline))


def extract_frame(
    documents: pd.DataFrame,
    *,
    nlp: Language | str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    progress: bool = False,
) -> pd.DataFrame:
    """Claims of every ``ok`` article of a documents table, as one DataFrame (no grouping).

    This is the per-partition step of a distributed run: it needs only the
    articles, so it can run on any worker with the model loaded once there.
    """
    pipeline = prepare_pipeline(get_nlp(nlp))
    claims: list[Claim] = []
    for doc in _parse(pipeline, documents, batch_size=batch_size, n_process=n_process, progress=progress):
        claims.extend(extract_claims_from_doc(doc))
    return claims_to_frame(claims)


def _parse(nlp: Language, documents: pd.DataFrame, *, batch_size: int, n_process: int, progress: bool) -> Iterator[Doc]:
    rows = documents[documents["status"] == "ok"]

    def make() -> Iterator[Doc]:
        for row in rows.itertuples(index=False):
            doc = nlp.make_doc(row.text)
            doc._.factcmp_doc_id = row.doc_id
            doc._.factcmp_reference = row.reference_date or ""
            doc._.factcmp_title = row.title or ""
            yield doc

    stream = nlp.pipe(make(), batch_size=batch_size, n_process=n_process)
    if progress:
        from tqdm.auto import tqdm

        stream = tqdm(stream, total=len(rows), desc="articles", unit="doc", disable=len(rows) < 5)
    yield from stream


def reconcile_frame(claims: pd.DataFrame, documents: pd.DataFrame, *, model: str = "") -> Comparison:
    """Link entities, group claims into facts and judge them; build the Comparison."""
    claims = _link_entities(claims)
    q_group, q_status = group_quantities(claims, documents)
    n_q = max(q_group, default=-1) + 1
    o_group, o_status = group_other_kinds(claims, documents, start=n_q)
    prefix = {"quantity": "q", "date": "d", "entity": "e"}
    ids = []
    statuses = []
    for kind, qg, qs, og, os_ in zip(claims["kind"], q_group, q_status, o_group, o_status, strict=True):
        g, s = (qg, qs) if qg >= 0 else (og, os_)
        ids.append(f"{prefix.get(kind, 'x')}{g:04d}" if g >= 0 else "")
        statuses.append(s)
    claims = claims.assign(group_id=ids, status=statuses)
    return Comparison(claims=claims, documents=documents, model=model)


def _link_entities(claims: pd.DataFrame) -> pd.DataFrame:
    """Find the cluster's names in every article, link all mentions to one id each, link speakers."""
    return link_entity_claims(claims)
