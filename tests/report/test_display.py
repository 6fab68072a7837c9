"""Notebook display: the comparison table and factcmp.show."""

from __future__ import annotations

import pytest

import factcmp
from factcmp.errors import ConfigError

from .conftest import TEXT_A


def test_repr_html_shades_conflicts_and_shows_hedge_and_credit(tiny):
    html = tiny._repr_html_()
    assert '<tr class="factcmp-conflict" data-group="q0000">' in html
    row = html.split('data-group="q0000">')[1].split("</tr>")[0]
    assert "At least 500 people" in row and '<span class="factcmp-hedge">at least</span>' in row
    assert '<span class="factcmp-credit">— police</span>' in row
    assert '<span class="factcmp-credit">— the ministry</span>' in row
    # Conflicts come first.
    assert html.index('data-group="q0000"') < html.index('data-group="q0001"')


def test_repr_html_escapes_source_names(tiny):
    html = tiny._repr_html_()
    assert "<script>" not in html
    assert "Daily &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_show_article_row_with_comparison_uses_its_offsets_and_verdicts(tiny, articles):
    out = factcmp.show(articles.iloc[0], claims=tiny)
    html = out._repr_html_()
    assert str(out) == html
    assert "<script>" not in html.replace("<style>", "")
    assert html.count("<mark") == 3  # "At least 500 people", "Monday", "$5 million"
    assert "fact q0000: conflict" in html and "factcmp-in-conflict" in html


def test_show_with_a_claims_table_and_plain_text(tiny):
    html = str(factcmp.show(TEXT_A, claims=tiny.claims[tiny.claims["doc_id"] == "a"]))
    assert html.count("<mark") == 3


def test_show_needs_text(tiny):
    with pytest.raises(ConfigError, match="needs a Doc, a text, or an article row"):
        factcmp.show({"doc_id": "a"}, claims=tiny)


@pytest.mark.model
def test_show_parses_text_with_the_model(nlp):
    text = "About 500 people were killed in Ramadi on Sunday, officials said."
    html = str(factcmp.show(text, nlp=nlp, reference_date="2015-05-18"))
    assert 'class="factcmp-mark factcmp-quantity"' in html
    assert "quantity: 500 (450–550) person · about · credited to officials" in html
    assert "date: 2015-05-17 (day)" in html and "factcmp-entity" in html
    assert "factcmp-date" not in str(factcmp.show(text, nlp=nlp))  # no reference date: relative dates unread


@pytest.mark.model
def test_show_doc_with_displacy(nlp):
    doc = nlp.make_doc("About 500 people were killed on Sunday.")
    doc._.factcmp_reference = "2015-05-18"
    doc = nlp(doc)
    html = str(factcmp.show(doc, displacy=True))
    assert "About" in html and "quantity" in html
    spans_only = str(factcmp.show(doc))
    assert spans_only.count("<mark") >= 2


@pytest.mark.model
def test_ramadi_table_in_the_notebook(ramadi):
    html = ramadi._repr_html_()
    for gid in ramadi.conflicts()["group_id"]:
        assert f'<tr class="factcmp-conflict" data-group="{gid}">' in html
    assert "Muhannad Haimour" in html  # credit shown with the figure
