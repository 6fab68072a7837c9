"""Claims marked in article text: escaping, overlaps, tooltips."""

from __future__ import annotations

from factcmp.report.highlight import highlight_html, interval_text, tooltip


def test_script_in_article_stays_text():
    text = "<script>alert(1)</script> About 500 <b>people</b>"
    start = text.index("About 500")
    html = highlight_html(text, [{"kind": "quantity", "start": start, "end": start + 9, "value": 500.0}])
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert ">About 500<span" in html


def test_markup_in_tooltip_and_claim_is_escaped():
    text = "x <img src=x onerror=alert(1)> y"
    html = highlight_html(text, [{"kind": "entity", "start": 2, "end": 30, "entity_type": '"><script>', "entity_id": "e"}])
    assert "<img" not in html and "<script>" not in html
    assert 'title="entity: &quot;&gt;&lt;script&gt; e"' in html


def test_overlapping_claims_keep_the_figure_and_drop_the_entity():
    text = "115 ISIS fighters were killed"
    claims = [
        {"kind": "entity", "start": 4, "end": 8, "entity_type": "ORG"},
        {"kind": "quantity", "start": 0, "end": 17, "value": 115.0},
    ]
    html = highlight_html(text, claims)
    assert html.count("<mark") == 1
    assert "factcmp-quantity" in html and "factcmp-entity" not in html
    # The text survives whole, in order.
    assert "115 ISIS fighters" in html and html.endswith(" were killed</div>")


def test_bad_offsets_are_skipped_not_fatal():
    html = highlight_html("short", [{"kind": "date", "start": 3, "end": 99}, {"kind": "date", "start": None, "end": 2}])
    assert "<mark" not in html and "short" in html


def test_conflicting_figures_are_outlined_and_link_to_their_fact():
    html = highlight_html(
        "500 dead", [{"kind": "quantity", "start": 0, "end": 3, "status": "conflict", "group_id": "q0001"}], link_facts=True
    )
    assert "factcmp-in-conflict" in html
    assert 'href="#fact-q0001"' in html


def test_tooltip_shows_interval_unit_hedge_credit_and_verdict():
    tip = tooltip(
        {
            "kind": "quantity",
            "value": None,
            "low": 6000.0,
            "high": 8000.0,
            "unit": "person",
            "qualifier": "range",
            "attributed_to": "the UN",
            "group_id": "q0001",
            "status": "agree",
        }
    )
    assert tip == "quantity: 6,000–8,000 person · range · credited to the UN · fact q0001: agree"
    assert tooltip({"kind": "date", "date": "2015-05-17", "date_period": "day"}) == "date: 2015-05-17 (day)"


def test_open_bounds():
    assert interval_text({"low": None, "high": 300.0, "value": 300.0}) == "≤ 300"
    assert interval_text({"low": 500.0, "high": float("nan")}) == "≥ 500"


def test_marks_do_not_run_across_line_breaks():
    text = "Ramadi\n\nIslamic State militants"
    html = highlight_html(text, [{"kind": "entity", "start": 0, "end": 8, "entity_type": "GPE"}])
    assert ">Ramadi<span" in html
    assert html.endswith("</mark>\n\nIslamic State militants</div>")
