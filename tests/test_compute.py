"""How factcmp runs the model's arithmetic: numpy's BLAS, one thread while it parses, same claims."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info

from factcmp._compute import one_blas_thread, one_blas_thread_each

from .conftest import RAMADI


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


@pytest.fixture
def two_blas_threads():
    """At least two BLAS threads outside factcmp, so that a limit to one can be seen."""
    import numpy  # noqa: F401  (loads the BLAS library, as spaCy does)
    from threadpoolctl import threadpool_limits

    if not _blas_threads():
        pytest.skip("no BLAS library loaded that threadpoolctl can see")
    with threadpool_limits(limits=2, user_api="blas"):
        yield


@pytest.mark.usefixtures("two_blas_threads")
class TestOneBlasThread:
    def test_one_thread_inside_and_the_callers_threads_after(self):
        with one_blas_thread():
            assert _blas_threads() == {1}
        assert _blas_threads() == {2}

    def test_each_item_is_computed_on_one_thread_and_the_loop_body_runs_on_the_callers(self):
        def lazy():
            for n in range(3):
                yield n, _blas_threads()  # computed inside next(), as nlp.pipe computes a batch

        seen = [(n, inside, _blas_threads()) for n, inside in one_blas_thread_each(lazy())]
        assert seen == [(n, {1}, {2}) for n in range(3)]

    def test_a_pipeline_call_leaves_the_callers_threads_as_they_were(self, nlp):
        from factcmp.extract import extract_quantities

        assert [c.text for c in extract_quantities("About 500 people were killed.", nlp=nlp)] == ["About 500 people"]
        assert _blas_threads() == {2}


def test_a_model_factcmp_loads_multiplies_through_numpy_not_blis(nlp):
    for name in ("tok2vec", "tagger", "parser", "ner"):
        assert nlp.get_pipe(name).model.ops.use_blis is False, name


def test_numpy_ops_give_the_same_claims_as_spacys_default_ops(nlp):
    """The switch is for speed only: every field of every claim of the Ramadi articles is the same under blis."""
    import spacy

    from factcmp.extract import extract_quantities, prepare_pipeline

    stock = prepare_pipeline(spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["lemmatizer"]))
    assert stock.get_pipe("ner").model.ops.use_blis is True
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(RAMADI.glob("*.txt")))
    ours = [c.to_dict() for c in extract_quantities(text, nlp=nlp)]
    assert len(ours) >= 20
    assert ours == [c.to_dict() for c in extract_quantities(text, nlp=stock)]
