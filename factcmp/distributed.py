"""Many clusters at once: :func:`compare_many` on pandas, and the same on Dask.

A research group compares every cluster of a year of news. Locally,
:func:`compare_many` parses every article of a table in one ``nlp.pipe`` run
(``n_process`` workers start once) and reconciles each cluster as soon as its
last article is parsed; :func:`iter_compare` does the same lazily, for a glob of
files or an iterator, holding one cluster at a time.

On Dask (``pip install "factcmp[dask]"``), ``compare_many`` takes a
``dask.dataframe`` and returns one: the articles are shuffled by cluster id so
that each partition holds whole clusters, then :func:`compare_partition`
extracts the claims of the partition (:func:`~factcmp.pipeline.extract_frame`,
one ``nlp.pipe`` run) and reconciles each cluster. Each worker loads the model
once, through the ``lru_cache`` loader in :mod:`factcmp._models`. Shuffling the
articles, not the claims, moves less data (a claim row repeats its sentence:
in memory an article's claims take about ten times its text) and lets undated
articles take their own cluster's date, exactly as the local path does.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from factcmp._models import get_nlp, model_label, resolve_model_name
from factcmp.errors import ConfigError, FactcmpError
from factcmp.extract import prepare_pipeline
from factcmp.ingest import folder_entries, subfolders
from factcmp.language import languages_for
from factcmp.pipeline import BATCH_SIZE, article_chunks, documents_table, extract_stream, reconcile_frame
from factcmp.table import TABLE_COLUMNS, check_policy

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

    from factcmp.comparison import Comparison

__all__ = ["TABLES", "compare_many", "compare_partition", "iter_compare", "result_meta"]

log = logging.getLogger(__name__)

#: What compare_many returns, one row per: claim, fact, or input document.
TABLES = ("claims", "facts", "documents")
# The fact rows: the fixed columns of Comparison.table (the per-source columns differ from
# cluster to cluster), one dtype each so that clusters concatenate and Dask has a meta.
_FACT_DTYPES = {
    **dict.fromkeys(TABLE_COLUMNS, "object"),
    "min": "Float64",
    "max": "Float64",
    "n_sources": "int64",
    "n_outlets": "int64",
}


def compare_many(
    frame: Any,
    *,
    by: str = "cluster",
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
    policy: str = "range",
    table: str = "claims",
) -> Any:
    """Compare every cluster of a table of articles; one table of claims, facts or documents for all.

    Args:
        frame: a pandas or ``dask.dataframe`` DataFrame with one row per
            article: ``text`` (or the output of :func:`factcmp.load_articles`),
            optionally ``doc_id``, ``source``, ``published``, ``title``, and the
            cluster column ``by``.
        by: the column naming each article's cluster (one event). Articles are
            compared only with the articles of their cluster.
        nlp: a spaCy pipeline or model name (on Dask: a name, loaded once per worker).
        reference_date: ISO date for relative dates in undated articles
            (default: the most common date of the cluster's dated articles).
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core); pandas only.
        progress: show a progress bar on stderr; pandas only.
        policy: how the ``figure`` column of the fact rows reconciles each
            fact (``range``, ``conservative`` or ``latest``), as
            :func:`factcmp.compare`; claims have no figure, so it needs ``table="facts"``.
        table: what one row is (:data:`TABLES`): ``"claims"`` (:attr:`Comparison.claims`),
            ``"facts"`` (:attr:`Comparison.table` but its per-source columns, which
            differ between clusters) or ``"documents"`` (:attr:`Comparison.documents`:
            every input article with its status and the reason it was skipped).

    Returns:
        That table for every cluster, with the ``by`` column first. Group ids
        (``group_id``) are numbered within a cluster: a fact is (``by``,
        ``group_id``). A pandas DataFrame, or a lazy dask DataFrame for a dask
        input (``.compute()``, ``.to_parquet()``).

    Raises:
        ConfigError: an unknown ``policy`` or ``table``, or a policy other than
            ``range`` for a table without figures (it would change nothing).
    """
    check_policy(policy)
    if table not in TABLES:
        raise ConfigError(f"unknown table {table!r}: pass one of {', '.join(TABLES)}")
    if policy != "range" and table != "facts":
        raise ConfigError(
            f"policy={policy!r} sets the figure column of the fact rows, and {table} have none: pass table='facts' as well."
        )
    if _is_dask(frame):
        return _compare_many_dask(
            frame, by=by, nlp=nlp, reference_date=reference_date, batch_size=batch_size, policy=policy, table=table
        )
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise ConfigError(f"compare_many needs a DataFrame with a {by!r} column; for files use iter_compare.")
    if by not in frame.columns:
        raise ConfigError(f"the articles table has no {by!r} column to group by; it has {list(frame.columns)}.")
    parts = [
        _with_cluster(_rows(cmp, table), by, key, frame[by].dtype)
        for key, cmp in iter_compare(
            frame,
            by=by,
            nlp=nlp,
            reference_date=reference_date,
            batch_size=batch_size,
            n_process=n_process,
            progress=progress,
            policy=policy,
        )
    ]
    # A cluster with no rows has untyped (object) columns: left out, it cannot turn the others' text columns to object.
    parts = [part for part in parts if len(part)]
    if not parts:
        return result_meta(by, frame[by].dtype, table=table)
    return pd.concat(parts, ignore_index=True)


def iter_compare(
    articles: pd.DataFrame | str | Path | Iterable[str | Path],
    *,
    by: str = "cluster",
    nlp: Language | str | None = None,
    reference_date: str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    progress: bool = False,
    policy: str = "range",
) -> Iterator[tuple[Any, Comparison]]:
    """Compare cluster after cluster, lazily: ``(cluster, Comparison)`` as each is done.

    Every article goes through one ``nlp.pipe`` run; a cluster is reconciled
    as soon as its last article is parsed, so memory holds the clusters in
    flight, never the whole input or its Docs.

    Args:
        articles: a DataFrame with the cluster column ``by`` (clusters in order
            of first appearance), or files: a glob (``"archive/*/*.txt"``,
            matched lazily), a folder of cluster folders, or an iterable of
            paths. For files, a cluster is a folder: consecutive files of one
            folder, which a glob gives together. In a folder of cluster
            folders each sub-folder is a cluster (not hidden ones, not
            ``__MACOSX``), and whatever lies beside them is one more, the
            folder itself, last; an empty cluster folder is left out with a
            logged warning.
        by: the cluster column of a DataFrame.
        nlp: a spaCy pipeline or model name; default as :func:`factcmp.compare`.
        reference_date: ISO date for relative dates in undated articles.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for spaCy (-1: one per core).
        progress: show a progress bar over articles on stderr.
        policy: how each table's ``figure`` column reconciles a fact (range,
            conservative, latest); as :func:`factcmp.compare`.

    Yields:
        ``(cluster id, Comparison)``: the value of ``by``, or the folder path.
    """
    check_policy(policy)
    pipeline = prepare_pipeline(get_nlp(nlp))
    label = model_label(pipeline)
    # the languages the model reads decide which articles are compared, as in factcmp.compare
    clusters = _clusters(articles, by=by, reference_date=reference_date, languages=languages_for(pipeline))
    total = _ok_count(articles) if progress else None
    for key, docs, claims in extract_stream(
        clusters, nlp=pipeline, batch_size=batch_size, n_process=n_process, progress=progress, total=total
    ):
        yield key, reconcile_frame(claims, docs, model=label, policy=policy)


def compare_partition(
    part: pd.DataFrame,
    *,
    by: str = "cluster",
    nlp: str | None = None,
    reference_date: str | None = None,
    batch_size: int = BATCH_SIZE,
    policy: str = "range",
    table: str = "claims",
) -> pd.DataFrame:
    """Compare the clusters of one partition; the per-partition step of the Dask path.

    After the shuffle by cluster id a partition holds whole clusters, in no
    particular row order; sorting by the index restores the input order, so
    claims and group numbers come out as the local path gives them.
    """
    part = part.sort_index(kind="stable")
    result: pd.DataFrame = compare_many(
        part, by=by, nlp=nlp, reference_date=reference_date, batch_size=batch_size, n_process=1, policy=policy, table=table
    )
    return result


def result_meta(by: str = "cluster", dtype: object = "str", *, table: str = "claims") -> pd.DataFrame:
    """An empty result of :func:`compare_many`: its columns and dtypes, for Dask's ``meta=``.

    Built from a one-row comparison made without a model, so it follows the
    columns :class:`Comparison` gives whatever they become.
    """
    import pandas as pd

    from factcmp.comparison import Comparison
    from factcmp.ingest import ARTICLE_COLUMNS
    from factcmp.pipeline import claims_meta

    claims = claims_meta()
    one = pd.DataFrame([{c: _blank(claims[c].dtype) for c in claims.columns}]).astype(claims.dtypes.to_dict())
    docs = pd.DataFrame({c: [_blank(object)] for c in ARTICLE_COLUMNS}).assign(status=["ok"])
    cmp = Comparison(claims=one.assign(group_id=[""], status=[""]), documents=docs)
    out = _rows(cmp, table).iloc[:0]
    out.insert(0, by, pd.Series([], dtype=dtype))  # type: ignore[call-overload]
    return out


def _rows(cmp: Comparison, table: str) -> pd.DataFrame:
    """One of a comparison's tables, as compare_many returns it; fact rows in the dtypes of ``_FACT_DTYPES``."""
    if table == "facts":
        return cmp.table[TABLE_COLUMNS].astype(_FACT_DTYPES)
    return cmp.documents if table == "documents" else cmp.claims


def _compare_many_dask(
    ddf: Any,
    *,
    by: str,
    nlp: Language | str | None,
    reference_date: str | None,
    batch_size: int,
    policy: str = "range",
    table: str = "claims",
) -> Any:
    if by not in ddf.columns:
        raise ConfigError(f"the articles table has no {by!r} column to group by; it has {list(ddf.columns)}.")
    model = _model_name(nlp)
    meta = result_meta(by, ddf._meta[by].dtype, table=table)
    # Whole clusters per partition: hash-partition the articles on the cluster id.
    shuffled = ddf.shuffle(on=by)
    return shuffled.map_partitions(
        compare_partition,
        by=by,
        nlp=model,
        reference_date=reference_date,
        batch_size=batch_size,
        policy=policy,
        table=table,
        meta=meta,
    )


def _model_name(nlp: Language | str | None) -> str | None:
    """The model workers load: resolved on the client, so every worker uses the same one."""
    from spacy.language import Language

    if isinstance(nlp, Language):
        raise ConfigError(
            "on Dask pass the model by name (nlp='en_core_web_sm'): each worker loads it once; "
            "a loaded pipeline would be pickled into every task."
        )
    try:
        return resolve_model_name(nlp)
    except FactcmpError:  # the client may have no model; the workers will pick theirs
        return None


def _clusters(
    articles: pd.DataFrame | str | Path | Iterable[str | Path],
    *,
    by: str,
    reference_date: str | None,
    languages: tuple[str, ...] = ("en",),
) -> Iterator[tuple[Any, pd.DataFrame]]:
    """``(cluster id, documents table)`` per cluster, read one cluster at a time."""
    import pandas as pd

    if isinstance(articles, pd.DataFrame):
        if by not in articles.columns:
            raise ConfigError(f"the articles table has no {by!r} column to group by; it has {list(articles.columns)}.")
        for key, group in articles.groupby(by, sort=False, dropna=False):
            yield key, documents_table(group, reference_date=reference_date, languages=languages)
        return
    if isinstance(articles, (str, os.PathLike)) and os.path.isdir(articles):
        # the sub-folders load_articles would list: not hidden ones, not __MACOSX (whose ._x files are no articles)
        folders = [str(p) for p in subfolders(articles)]
        if folders:  # a folder of cluster folders: each read as compare() reads a folder
            for folder in folders:
                # Its entries as load_articles lists them, judged, so that a cluster folder holding only
                # folders (archive/2015/<cluster>/) gives a table of skipped 'name/' rows rather than
                # stop the run half-way with "no articles found"; an empty one has no row to give.
                entries = list(folder_entries(folder))
                if not entries:
                    log.warning("%s is an empty folder: no cluster to compare", folder)
                    continue
                table = documents_table(cast("list[Path]", entries), reference_date=reference_date, languages=languages)
                yield folder, table
            # What lies beside the cluster folders is one more cluster, the folder itself, so that no
            # article goes uncompared and no file unlisted. The cluster folders are left out of its
            # table: they were compared above, and a row saying "its files were not read" would be false.
            rest = [e for e in folder_entries(articles) if not e.is_folder]
            if rest:  # FolderEntry is a path (os.PathLike) that keeps its verdict: a .jpg stays skipped
                table = documents_table(cast("list[Path]", rest), reference_date=reference_date, languages=languages)
                yield str(Path(articles)), table
            return
    # not a DataFrame here, so the chunks are lists of paths (a folder's and a glob's as FolderEntry)
    chunks = cast("Iterator[list[str | Path]]", article_chunks(articles, 1000))
    paths = itertools.chain.from_iterable(chunks)
    for folder, files in itertools.groupby(paths, key=lambda p: os.path.dirname(os.fspath(p))):
        # a cluster is held whole anyway: sort its files, as load_articles sorts a folder
        yield folder, documents_table(sorted(files, key=os.fspath), reference_date=reference_date, languages=languages)


def _with_cluster(claims: pd.DataFrame, by: str, key: object, dtype: object) -> pd.DataFrame:
    import pandas as pd

    claims = claims.copy()
    claims.insert(0, by, pd.Series([key] * len(claims), dtype=dtype))  # type: ignore[call-overload]
    return claims


def _ok_count(articles: object) -> int | None:
    import pandas as pd

    if isinstance(articles, pd.DataFrame):
        return int((articles["status"] == "ok").sum()) if "status" in articles.columns else len(articles)
    return None


def _blank(dtype: object) -> object:
    kind = getattr(dtype, "kind", "O")
    return False if kind == "b" else (0 if kind in "iu" else (None if kind == "f" else ""))


def _is_dask(obj: object) -> bool:
    # Only a dask object when dask is already imported: no import cost for pandas users.
    dask = sys.modules.get("dask")
    return dask is not None and bool(dask.is_dask_collection(obj))
