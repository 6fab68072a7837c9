"""The guards against pathological articles (factcmp.extract.component): each turns into a warning, never a hang.

The inputs are constructed (a Ramadi article with its full stops made commas, a
page of clauses with no sentence end): what matters is their shape. How fast
the guarded cases run is measured by ``benchmarks/stress.py``, not asserted here.
"""

from __future__ import annotations

import itertools
import warnings

import pandas as pd
import pytest
import spacy
from spacy.language import Language

import factcmp
from factcmp.errors import FactcmpWarning
from factcmp.extract import component, prepare_pipeline
from factcmp.extract.component import MAX_RUN_TOKENS, MAX_SENT_TOKENS, linebreaks, split_long_runs
from factcmp.ingest import split_header
from factcmp.pipeline import extract_stream, pipe_by_tokens

from .conftest import RAMADI

pytestmark = pytest.mark.model


def ramadi_body(name: str = "000_5974a4e9f51f05de.txt") -> str:
    return split_header((RAMADI / name).read_text(encoding="utf-8"))[1].strip()


def one_run(text: str) -> str:
    """The article as one line with no sentence end: every full stop a comma (constructed)."""
    return " ".join(text.replace(".", ",").replace("?", ",").replace("!", ",").split())


def starts(doc) -> list[int]:
    return [t.i for t in doc if t.is_sent_start and t.i > 0]


class TestSplitLongRuns:
    def test_a_run_with_no_sentence_end_is_split_after_a_comma(self, blank_nlp):
        doc = blank_nlp.make_doc(one_run(ramadi_body()))
        assert len(doc) > 2 * MAX_SENT_TOKENS
        cuts = split_long_runs(doc)
        assert cuts >= 2
        bounds = [0, *starts(doc), len(doc)]
        assert all(b - a <= MAX_SENT_TOKENS for a, b in itertools.pairwise(bounds))
        assert all(doc[i - 1].text == "," for i in starts(doc))  # where a reader would pause, not mid-phrase
        assert doc._.factcmp_notes == [
            f"{cuts} run(s) of more than {MAX_SENT_TOKENS} words with no sentence end were split into sentences"
        ]

    def test_a_run_with_no_punctuation_at_all_is_cut_at_the_cap(self, blank_nlp):
        doc = blank_nlp.make_doc(" ".join(["12"] * (3 * MAX_SENT_TOKENS)))
        assert split_long_runs(doc) >= 2
        bounds = [0, *starts(doc), len(doc)]
        assert max(b - a for a, b in itertools.pairwise(bounds)) <= MAX_SENT_TOKENS

    def test_a_long_line_of_sentences_is_split_at_a_full_stop_without_a_note(self, blank_nlp):
        # Ramadi's article as one line: its sentences end, but nothing tells the parser where
        body = " ".join(ramadi_body().split())
        doc = blank_nlp.make_doc(body)
        assert len(doc) > MAX_RUN_TOKENS
        assert split_long_runs(doc) == 0
        assert starts(doc)
        assert all(doc[i - 1].text in {".", '"', "?", "!"} for i in starts(doc))
        assert not doc._.factcmp_notes

    def test_real_articles_are_left_as_they_are(self, blank_nlp):
        for path in sorted(RAMADI.glob("*.txt")):
            doc = blank_nlp.make_doc(factcmp.ingest.clean_text(split_header(path.read_text(encoding="utf-8"))[1]))
            linebreaks(doc)
            before = starts(doc)
            assert split_long_runs(doc) == 0, path.name
            assert starts(doc) == before, path.name
            assert not doc._.factcmp_notes


class TestCompareGuards:
    def test_a_page_of_clauses_is_a_warning_and_still_read(self, nlp):
        text = one_run(ramadi_body())
        frame = pd.DataFrame([{"doc_id": "run-on", "text": text, "published": "2015-05-18"}])
        cmp = factcmp.compare(frame, nlp=nlp)
        doc = cmp.documents.set_index("doc_id").loc["run-on"]
        assert doc["status"] == "ok"
        assert "with no sentence end were split into sentences" in doc["warning"]
        # the figures of the article are still read: the 15 soldiers killed, the militias' strength
        assert (cmp.claims["kind"] == "quantity").sum() >= 3
        assert "15" in set(cmp.claims["text"].str.extract(r"(\d+)", expand=False).dropna())

    @pytest.mark.slow
    def test_the_warning_comes_back_from_a_worker_process(self, nlp):
        frame = pd.DataFrame(
            [
                {"doc_id": "run-on", "text": one_run(ramadi_body()), "published": "2015-05-18"},
                {"doc_id": "short", "text": "About 500 people have been killed, officials said.", "published": "2015-05-18"},
            ]
        )
        cmp = factcmp.compare(frame, nlp=nlp, n_process=2, batch_size=1)
        warning = cmp.documents.set_index("doc_id")["warning"]
        assert "with no sentence end were split into sentences" in warning["run-on"]
        assert "split" not in warning["short"]

    def test_a_document_out_of_time_keeps_its_row_its_first_claims_and_a_named_warning(self, nlp, monkeypatch):
        monkeypatch.setattr(component, "DOC_BUDGET_S", 0.0)  # every document is over budget after its first sentence
        frame = pd.DataFrame(
            [
                {
                    "doc_id": "slow",
                    "text": "About 500 people have been killed.\n\nAt least 8,000 have fled.",
                    "published": "2015-05-18",
                },
                {"doc_id": "also", "text": "Officials said 12 soldiers were wounded.", "published": "2015-05-18"},
            ]
        )
        cmp = factcmp.compare(frame, nlp=nlp)
        docs = cmp.documents.set_index("doc_id")
        assert list(docs["status"]) == ["ok", "ok"]
        assert docs.loc["slow", "warning"] == (
            "claim extraction of 'slow' used up its 0 s of CPU at sentence 2 of 2: "
            "the figures from there on and the names of the article were not read"
        )
        got = cmp.claims[cmp.claims["kind"] == "quantity"]
        assert list(got.loc[got["doc_id"] == "slow", "value"]) == [500.0]  # the first sentence's figure stays
        # one sentence: its figures are read, its names are not
        assert docs.loc["also", "warning"].endswith("after its figures and dates: the names of the article were not read")
        assert list(got.loc[got["doc_id"] == "also", "value"]) == [12.0]

    def test_extract_quantities_warns(self, nlp, monkeypatch):
        monkeypatch.setattr(component, "DOC_BUDGET_S", 0.0)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = factcmp.extract_quantities("About 500 people have been killed.\n\nAt least 8,000 have fled.", nlp=nlp)
        assert [c.value for c in found] == [500.0]  # listing's own scan stops where the component stopped
        assert any(
            issubclass(w.category, FactcmpWarning) and "used up its 0 s of CPU at sentence 2 of 2" in str(w.message)
            for w in caught
        )

    def test_extract_quantities_warns_of_a_split(self, nlp):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = factcmp.extract_quantities(one_run(ramadi_body()), nlp=nlp)
        assert len(found) >= 3
        assert any("with no sentence end were split" in str(w.message) for w in caught)

    def test_no_note_when_nothing_goes_wrong(self, ramadi):
        assert not ramadi.documents["warning"].fillna("").str.contains("used up its|were split").any()


@Language.component("factcmp_test_stress_fail_on_boom")
def _fail_on_boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("this article breaks a component")
    return doc


def test_an_article_the_error_handler_skips_is_said():
    nlp = spacy.blank("en")  # rules for entities, punctuation for sentences: no model needed
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Ramadi"}])
    nlp.add_pipe("sentencizer")
    nlp = prepare_pipeline(nlp)
    nlp.add_pipe("factcmp_test_stress_fail_on_boom", first=True)
    nlp.set_error_handler(spacy.util.ignore_error)
    docs = factcmp.load_articles(
        pd.DataFrame(
            [("a", "About 500 people were killed.", "2015-05-18"), ("b", "BOOM: 7 people.", "2015-05-18")],
            columns=["doc_id", "text", "published"],
        )
    )
    _, table, claims = next(extract_stream([(None, docs)], nlp=nlp))
    assert list(claims["doc_id"]) == ["a"]
    warning = table.set_index("doc_id")["warning"]
    assert "error handler skipped it" in warning["b"]
    assert "error handler" not in warning["a"]
    assert "error handler" not in docs.set_index("doc_id")["warning"]["b"]  # the caller's table is not changed


def test_a_batch_closes_before_too_many_tokens_and_a_long_doc_goes_alone(monkeypatch):
    # spaCy holds some 17 KB per token of a batch: 16 long articles in one batch peaked at 2.7 GB
    nlp = spacy.blank("en")
    groups = []
    real = nlp.pipe

    def spy(items, **kwargs):
        if kwargs.get("as_tuples"):  # spaCy's pipe calls itself again without tuples
            items = list(items)
            groups.append([len(doc) for doc, _ in items])
        return real(items, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    docs = [(nlp.make_doc("word " * n), k) for k, n in enumerate([10, 10, 60, 10, 10, 10])]
    out = list(pipe_by_tokens(nlp, iter(docs), batch_size=2, max_tokens=50))
    assert [k for _, k in out] == [0, 1, 2, 3, 4, 5]
    assert groups == [[10, 10], [60], [10, 10], [10]]
