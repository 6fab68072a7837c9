"""The self-contained HTML report."""

from __future__ import annotations

import re

import pytest

from factcmp.report.html import render_report, write_report


def test_article_markup_is_escaped_everywhere(tiny, articles):
    page = render_report(tiny, articles=articles)
    # The only <script> would come from article text, source names or titles.
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_self_contained_no_scripts_no_outside_resources(tiny, articles):
    page = render_report(tiny, articles=articles, charts=False)
    assert "Content-Security-Policy" in page
    assert re.findall(r'\b(?:src|href)="(?!#|data:)', page) == []


def test_conflicts_come_first_with_every_source_and_credit(tiny, articles):
    page = render_report(tiny, articles=articles, charts=False)
    conflicts = page.split('<section id="conflicts">')[1].split("</section>")[0]
    assert 'id="fact-q0000"' in conflicts and 'data-status="conflict"' in conflicts
    assert "— police" in conflicts and "— the ministry" in conflicts
    assert page.index('id="conflicts"') < page.index('id="facts"') < page.index('id="articles"')


def test_articles_are_highlighted_and_link_to_facts(tiny, articles):
    page = render_report(tiny, articles=articles, charts=False)
    article = page.split('<details id="doc-a">')[1].split("</details>")[0]
    assert 'href="#fact-q0000"' in article and "factcmp-in-conflict" in article


def test_missing_article_text_is_said(tiny):
    page = render_report(tiny, charts=False)  # paths are empty: nothing to read again
    assert "Text not available" in page


def test_charts_embedded_as_png(tiny, articles, tmp_path):
    pytest.importorskip("matplotlib")
    path = write_report(tiny, tmp_path / "sub" / "r.html", articles=articles)
    page = path.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 3  # the conflict, the agreed fact, the matrix
    assert 'alt="chart of people killed"' in page


def test_comparison_to_html(tiny, articles, tmp_path):
    markup = tiny.to_html(tmp_path / "r.html", articles=articles, charts=False, title="Tiny")
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == markup
    assert "<title>Tiny</title>" in markup


@pytest.mark.model
def test_ramadi_report_reads_articles_back_from_their_paths(ramadi):
    page = render_report(ramadi, charts=False)
    for gid in ramadi.conflicts()["group_id"]:
        assert f'id="fact-{gid}"' in page
    assert "Text not available" not in page
    assert page.count('<details id="doc-') == len(ramadi.documents)


def test_a_comparison_without_claims_still_reports(articles):
    from factcmp.comparison import Comparison
    from factcmp.records import claims_to_frame

    docs = articles.drop(columns=["text"]).assign(status=["empty", "ok"], warning=["no text", ""])
    empty = Comparison(claims=claims_to_frame([]).assign(group_id=[], status=[]), documents=docs)
    page = render_report(empty, articles=articles)
    assert "Conflicts (0)" in page and "No conflicts" in page
    assert "no text" in page  # the documents table says why
    assert "<mark" not in page
