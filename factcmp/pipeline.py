"""compare(): articles in, claims, fact groups and verdicts out.

The work splits into two steps that also run apart, for archives too big for
one call: :func:`extract_frame` (documents table in, claims table out; pure,
so it runs per partition on any worker) and :func:`reconcile_frame` (one
cluster's claims in, a :class:`Comparison` out). :func:`extract_stream` parses
a stream of documents tables in one ``nlp.pipe`` run, so worker processes
start once and no Doc outlives its own claims; :func:`iter_claims` streams an
iterator of articles or a glob of files through it.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from factcmp._compute import one_blas_thread_each
from factcmp._models import get_nlp, model_label, unused_components
from factcmp.comparison import Comparison
from factcmp.errors import ConfigError
from factcmp.extract import extract_claims_from_doc, prepare_pipeline
from factcmp.extract.crossdoc import link_entity_claims
from factcmp.ingest import fill_reference_dates, folder_entries, glob_entries, load_articles
from factcmp.language import languages_for
from factcmp.other_facts import group_other_kinds
from factcmp.reconcile import group_quantities
from factcmp.records import Claim, claims_to_frame
from factcmp.table import check_policy
from factcmp.topics import off_topic_rows

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "Comparison",
    "claims_meta",
    "compare",
    "documents_table",
    "extract_frame",
    "extract_stream",
    "iter_claims",
    "reconcile_frame",
]

log = logging.getLogger(__name__)

#: Documents per ``nlp.pipe`` batch. On CPU the speed barely moves between 8
#: and 256 (measured with the sm model); smaller batches hold fewer Docs.
BATCH_SIZE = 16
#: Articles read and cleaned at a time when streaming files or records.
CHUNK_SIZE = 500
#: Most tokens of one ``nlp.pipe`` batch (with one worker; see :func:`pipe_by_tokens`): 50,000 tokens
#: is some 0.9 GB while they are parsed; 16 news articles are well under it.
BATCH_TOKENS = 50_000

K = TypeVar("K")
C = TypeVar("C")


def compare(
    articles: pd.DataFrame | str | Path | Iterable[str | Path] | Iterable[Mapping[str, object]],
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
    policy: str = "range",
) -> Comparison:
    """Extract every claim from a cluster of articles and compare them across sources.

    Args:
        articles: the table from :func:`factcmp.load_articles`, anything it
            reads (folder, files, glob, a DataFrame), or an iterable of
            article records (mappings with ``text`` and optionally ``doc_id``,
            ``source``, ``published``, ``title``).
        nlp: a spaCy pipeline, a model name, or None for the best installed model.
        reference_date: ISO date for relative dates in undated articles
            (default: the most common date of the dated articles).
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core).
        progress: show a progress bar on stderr.
        policy: how the table's ``figure`` column reconciles each fact's
            figures: ``range`` (lowest to highest), ``conservative`` (the
            lowest) or ``latest`` (the most recent report). The verdicts do
            not depend on it; :meth:`Comparison.reconciled` gives the table
            under another policy afterwards.

    Returns:
        A :class:`Comparison` with ``claims``, ``table``, ``documents`` and ``entities``.

    Raises:
        ConfigError: ``policy`` is not one of :data:`factcmp.table.POLICIES`
            (before any article is read).
    """
    check_policy(policy)  # a typo fails now, not after the parse
    _check_articles(articles)  # so does an input that is no kind of articles
    check_workers(n_process, batch_size)
    # the model first: the languages it reads decide which articles are compared (a French
    # article is skipped for an English model, compared by a multilingual one)
    pipeline = prepare_pipeline(get_nlp(nlp))
    docs_frame = documents_table(articles, reference_date=reference_date, languages=languages_for(pipeline))
    total = int((docs_frame["status"] == "ok").sum())
    # extract_stream, not extract_frame: the documents table it gives back holds the extraction's own
    # warnings (an over-long run of words split, a document that ran out of time)
    _, docs_frame, claims = next(
        extract_stream(
            [(None, docs_frame)], nlp=pipeline, batch_size=batch_size, n_process=n_process, progress=progress, total=total
        )
    )
    return reconcile_frame(claims, docs_frame, model=model_label(pipeline), policy=policy)


def documents_table(
    articles: pd.DataFrame | str | Path | Iterable[str | Path] | Iterable[Mapping[str, object]],
    *,
    reference_date: str | None = None,
    languages: Sequence[str] = ("en",),
) -> pd.DataFrame:
    """The documents table of one cluster: a table already read is kept, anything else is read.

    A DataFrame with ``status`` and ``reference_date`` columns is the output of
    :func:`factcmp.load_articles` and is used as it is (``reference_date``
    then overrides its dates; its statuses stand); article records become a
    table first. ``languages``: the article languages to compare, as
    :func:`factcmp.load_articles` takes them (:func:`factcmp.language.languages_for` a model).
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame) and {"status", "reference_date"} <= set(articles.columns):
        if not reference_date:
            return articles.copy()
        return fill_reference_dates(articles.assign(reference_date=""), date=reference_date)
    _check_articles(articles)
    if not isinstance(articles, (pd.DataFrame, str, os.PathLike)):
        items: list[Any] = list(articles)
        if items and isinstance(items[0], Mapping):
            return load_articles(pd.DataFrame(items), date=reference_date, languages=languages)
        return load_articles(items, date=reference_date, languages=languages)
    return load_articles(articles, date=reference_date, languages=languages)


def check_workers(n_process: object, batch_size: object) -> None:
    """Refuse a worker count or batch size spaCy cannot use, with a :class:`ConfigError`.

    ``n_process=0`` fails deep in spaCy's multiprocessing and ``batch_size=0``
    would never fill a batch: both are a clear error here instead.
    """
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        raise ConfigError(
            f"n_process must be a number of worker processes (1, 2, ...) or -1 for one per core, not {n_process!r}."
        )
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"batch_size must be a positive number of documents, not {batch_size!r}.")


def _check_articles(articles: object) -> None:
    """Refuse an input that is no kind of articles (None, a number, bytes) with a clear error, not a TypeError."""
    import pandas as pd

    if isinstance(articles, (bytes, bytearray)) or not isinstance(articles, (pd.DataFrame, str, os.PathLike, Iterable)):
        raise ConfigError(
            f"cannot read articles from {type(articles).__name__}: give a folder, file paths, a glob, "
            "a DataFrame with a 'text' column, or article records (mappings with 'text')"
        )
    if isinstance(articles, (list, tuple)):  # a list is there to look at; an iterator is checked as it is read
        odd = [x for x in articles if not isinstance(x, (str, os.PathLike, Mapping))]
        if odd:
            raise ConfigError(
                f"cannot read articles from {type(odd[0]).__name__} {str(odd[0])[:40]!r} in the list: give paths "
                "(str or Path) or article records (mappings with 'text')"
            )


def extract_frame(
    documents: pd.DataFrame,
    *,
    nlp: Language | str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
    carry: Sequence[str] = (),
) -> pd.DataFrame:
    """Claims of every ``ok`` article of a documents table, as one DataFrame (no grouping).

    This is the per-partition step of a distributed run: it needs only the
    articles, so it can run on any worker, with the model loaded once there
    (``ddf.map_partitions(extract_frame, nlp="en_core_web_sm", meta=claims_meta())``).

    Args:
        documents: a table from :func:`factcmp.load_articles` (``doc_id``,
            ``text``, ``status``, ``reference_date``, ``title``).
        nlp: a spaCy pipeline or model name; default as :func:`compare`.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core).
        progress: show a progress bar on stderr.
        carry: document columns copied onto each claim row, first (a cluster id, say).

    Returns:
        One row per claim, in document order then text order. What the guards against
        pathological articles did (an over-long sentence split, a document out of time; see
        :mod:`factcmp.extract.component`) is logged as a warning; :func:`extract_stream` also
        writes it into the ``warning`` column of the documents table it gives back.
    """
    total = int((documents["status"] == "ok").sum())
    stream = extract_stream(
        [(None, documents)], nlp=nlp, batch_size=batch_size, n_process=n_process, progress=progress, total=total, carry=carry
    )
    _, _, claims = next(stream)
    return claims


def claims_meta(carry: Mapping[str, object] | None = None) -> pd.DataFrame:
    """An empty claims table with the columns and dtypes :func:`extract_frame` returns.

    Dask needs it as ``meta=``; building it by hand keeps the model out of the client.

    Args:
        carry: the ``carry`` columns and their dtypes, e.g. ``{"cluster": "str"}``.
    """
    import pandas as pd

    # One real row through the real constructor, so the dtypes cannot drift from extract_frame's.
    frame = claims_to_frame([Claim(kind="quantity", text="", start=0, end=0)]).iloc[:0]
    for n, (col, dtype) in enumerate((carry or {}).items()):
        frame.insert(n, col, pd.Series([], dtype=dtype))  # type: ignore[call-overload]
    return frame


def extract_stream(
    tables: Iterable[tuple[K, pd.DataFrame]],
    *,
    nlp: Language | str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
    total: int | None = None,
    carry: Sequence[str] = (),
) -> Iterator[tuple[K, pd.DataFrame, pd.DataFrame]]:
    """Parse a stream of documents tables in one ``nlp.pipe`` run; claims per table.

    Every table's ``ok`` articles go through one pipe, so ``n_process`` workers
    start once for the whole stream and batches span tables. A table's claims
    are yielded as soon as its last article is parsed: only the tables in
    flight and their claims are held, never the Docs of the stream.

    Args:
        tables: ``(key, documents table)`` pairs; the key comes back unchanged.
        nlp: a spaCy pipeline or model name; default as :func:`compare`.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core).
        progress: show a progress bar over articles on stderr.
        total: the number of articles, for the progress bar, when known.
        carry: document columns copied onto each claim row, first.

    Yields:
        ``(key, documents, claims)`` for every table, in input order.
    """
    check_workers(n_process, batch_size)
    pipeline = prepare_pipeline(get_nlp(nlp))
    pending: deque[_Pending[K]] = deque()

    def docs() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for n, (key, table) in enumerate(tables):
            pending.append(_Pending(key, table))
            for pos, row in enumerate(table.itertuples(index=False)):
                if row.status != "ok":
                    continue
                doc = pipeline.make_doc(str(row.text))
                doc._.factcmp_doc_id = row.doc_id
                doc._.factcmp_reference = _text(row.reference_date)
                doc._.factcmp_title = _text(row.title)
                # (table number, row) travels with the Doc: an error handler may drop Docs,
                # so position in the output stream says nothing.
                yield doc, (n, pos)

    done = 0  # tables yielded so far; pending[0] is table number `done`
    disable = unused_components(pipeline)
    if n_process == 1:
        piped = pipe_by_tokens(pipeline, docs(), batch_size=batch_size, disable=disable)
    else:  # workers take batches of batch_size documents; one call, or they would start again for each batch
        piped = pipeline.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process, disable=disable)
    parsed: Iterable[tuple[Doc, tuple[int, int]]] = one_blas_thread_each(piped)
    if progress:
        from tqdm.auto import tqdm

        parsed = tqdm(parsed, total=total, desc="articles", unit="doc", disable=total is not None and total < 5)
    for doc, (n, pos) in parsed:
        # output keeps input order, so a Doc of table n means every earlier table is complete
        while done < n:
            yield pending.popleft().finish(carry)
            done += 1
        pending[0].add(pos, doc)
    while pending:
        yield pending.popleft().finish(carry)


def pipe_by_tokens(
    pipeline: Language,
    items: Iterable[tuple[Doc, C]],
    *,
    batch_size: int = BATCH_SIZE,
    max_tokens: int = BATCH_TOKENS,
    disable: Sequence[str] = (),
) -> Iterator[tuple[Doc, C]]:
    """``pipeline.pipe(items, as_tuples=True)`` in batches of at most ``batch_size`` Docs and ``max_tokens`` tokens.

    spaCy batches by count, and holds some 17 KB per token of a batch while it parses it: 16 articles
    of 50,000 characters peaked at 2.7 GB. A batch here closes before the Doc that would take it past
    ``max_tokens`` (a longer Doc goes alone), so memory stays bounded by the longest article
    (cleaning.MAX_TOKENS) whatever the batch size. News articles (a few thousand tokens) still go 16
    to a batch. Docs come back in input order; the error handler may drop some, as in ``pipe``.
    """
    group: list[tuple[Doc, C]] = []
    tokens = 0
    for item in items:
        if group and (len(group) >= batch_size or tokens + len(item[0]) > max_tokens):
            yield from pipeline.pipe(group, as_tuples=True, batch_size=len(group), disable=disable)
            group, tokens = [], 0
        group.append(item)
        tokens += len(item[0])
    if group:
        yield from pipeline.pipe(group, as_tuples=True, batch_size=len(group), disable=disable)


class _Pending(Generic[K]):
    """A documents table whose articles are being parsed, and the claims found so far."""

    def __init__(self, key: K, table: pd.DataFrame) -> None:
        self.key = key
        self.table = table
        self.claims: list[Claim] = []
        self.rows: list[int] = []
        self.notes: dict[int, list[str]] = {}
        self.seen: set[int] = set()

    def add(self, pos: int, doc: Doc) -> None:
        self.seen.add(pos)
        found = extract_claims_from_doc(doc)
        self.claims.extend(found)
        self.rows.extend([pos] * len(found))
        if doc._.factcmp_notes:  # what the guards against pathological articles did (extract.component)
            self.notes[pos] = list(doc._.factcmp_notes)

    def finish(self, carry: Sequence[str]) -> tuple[K, pd.DataFrame, pd.DataFrame]:
        claims = claims_to_frame(self.claims) if self.claims else claims_meta()
        for n, col in enumerate(carry):
            claims.insert(n, col, self.table[col].iloc[self.rows].reset_index(drop=True))
        return self.key, self._noted(), claims

    def _noted(self) -> pd.DataFrame:
        """The documents table with the extraction's notes added to the articles' warnings (a copy, if any)."""
        # an article the pipeline's error handler dropped (nlp.set_error_handler) is said, not lost
        for pos, status in enumerate(self.table["status"]):
            if status == "ok" and pos not in self.seen:
                self.notes[pos] = ["the spaCy pipeline failed on this article and its error handler skipped it: no claims"]
        if not self.notes:
            return self.table
        table = self.table.copy()
        if "warning" not in table.columns:
            table["warning"] = ""
        col = table.columns.get_loc("warning")
        for pos, notes in self.notes.items():
            old = table.iat[pos, col]
            table.iat[pos, col] = "; ".join(([old] if isinstance(old, str) and old else []) + notes)
            log.warning("%s: %s", table["doc_id"].iat[pos] if "doc_id" in table else pos, "; ".join(notes))
        return table


def iter_claims(
    articles: pd.DataFrame | str | Path | Iterable[str | Path] | Iterable[Mapping[str, object]],
    *,
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """Stream the claims of any number of articles, ``chunk_size`` articles at a time.

    For inputs too big to hold: a glob (``"archive/**/*.txt"``, matched lazily),
    a folder, an iterator of paths or of article records. Articles are read
    and cleaned a chunk at a time and parsed in one ``nlp.pipe`` run, so
    memory holds a chunk of texts and its claims, never every Doc. Claims are
    not grouped: grouping needs a whole cluster (see
    :func:`factcmp.distributed.iter_compare`).

    Duplicate texts, repeated ids and the fallback reference date are judged
    within a chunk; pass ``reference_date`` when articles lack dates.

    Yields:
        ``(documents, claims)`` per chunk: the chunk's documents table (with
        status and warnings) and its claims.
    """
    check_workers(n_process, batch_size)
    pipeline = prepare_pipeline(get_nlp(nlp))
    langs = languages_for(pipeline)
    chunks = (
        (None, documents_table(c, reference_date=reference_date, languages=langs)) for c in article_chunks(articles, chunk_size)
    )
    for _, docs, claims in extract_stream(chunks, nlp=pipeline, batch_size=batch_size, n_process=n_process, progress=progress):
        yield docs, claims


def article_chunks(articles: object, size: int) -> Iterator[pd.DataFrame | list[Any]]:
    """Cut any input into pieces :func:`documents_table` reads, without listing it all first.

    A DataFrame gives row slices; a folder its entries, sorted, and a glob its
    matches, lazily, each as a :class:`~factcmp.ingest.FolderEntry` that keeps
    the verdict of the listing, so every chunk lists its non-article files,
    sub-folders, broken links and pipes as skipped, as :func:`load_articles`
    of the whole folder does (a bare path would be read: a ``.jpg`` named
    explicitly is tried as an article). Any other iterable (paths, records)
    gives lists of ``size``.
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame):
        for start in range(0, len(articles), size):
            yield articles.iloc[start : start + size]
        return
    items: Iterable[Any]
    if isinstance(articles, (str, os.PathLike)):
        path = os.fspath(articles)
        if os.path.isdir(path):
            entries = folder_entries(path)  # listed now, each entry looked at only as its chunk is taken
            head = []
            for entry in entries:  # up to the first entry that is not a folder
                head.append(entry)
                if not entry.is_folder:
                    break
            # a folder of nothing but folders (or of nothing) is read whole by load_articles, which fails
            # naming them, as it does for compare(); any other folder streams
            items = itertools.chain(head, entries) if head and not head[-1].is_folder else [path]
        elif os.path.isfile(path) or not any(ch in path for ch in "*?["):
            items = [path]  # a missing path fails in load_articles with its usual message
        else:
            items = glob_entries(path, recursive=True)
    else:
        items = articles  # type: ignore[assignment]  # an iterable of paths or records
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def reconcile_frame(claims: pd.DataFrame, documents: pd.DataFrame, *, model: str = "", policy: str = "range") -> Comparison:
    """Link entities, group claims into facts and judge them; build the Comparison (``policy``: as :func:`compare`)."""
    claims = _link_entities(claims)
    claims = claims.assign(off_topic=off_topic_rows(claims, documents))
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
    return Comparison(claims=claims, documents=documents, model=model, policy=policy)


def _link_entities(claims: pd.DataFrame) -> pd.DataFrame:
    """Find the cluster's names in every article, link all mentions to one id each, link speakers."""
    return link_entity_claims(claims)
