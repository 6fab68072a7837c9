"""factcmp: claim-level, cross-source fact comparison of news.

>>> import factcmp
>>> factcmp.load_articles.__name__
'load_articles'
"""

from __future__ import annotations

import logging

from factcmp.records import Claim, claims_to_frame

__version__ = "0.1.0"
__all__ = [
    "Claim",
    "Comparison",
    "claims_to_frame",
    "compare",
    "compare_many",
    "extract_quantities",
    "extract_quantities_many",
    "iter_compare",
    "load_articles",
    "show",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    # Heavy modules (spaCy, pandas) load on first use, so `import factcmp` stays quick.
    if name == "load_articles":
        from factcmp.ingest import load_articles

        return load_articles
    if name in ("extract_quantities", "extract_quantities_many"):
        from factcmp import extract

        return getattr(extract, name)
    if name in ("compare", "Comparison"):
        from factcmp import pipeline

        return getattr(pipeline, name)
    if name in ("compare_many", "iter_compare"):
        # many clusters in one parse; the Dask path imports dask only when given a dask frame
        from factcmp import distributed

        return getattr(distributed, name)
    if name == "show":
        from factcmp.report.notebook import show

        return show
    raise AttributeError(f"module 'factcmp' has no attribute {name!r}")
