"""Fact charts and the facts-by-sources matrix, drawn with matplotlib (Agg)."""

from __future__ import annotations

import pytest

pytest.importorskip("matplotlib")

from matplotlib.colors import to_hex
from matplotlib.text import Annotation

from factcmp.errors import ConfigError
from factcmp.report.plots import plot_fact, plot_matrix, resolve_fact, save_figure
from factcmp.report.style import STATUS_COLOURS, source_colours


def test_fact_chart_has_verdict_title_and_one_row_per_source(tiny):
    fig = plot_fact(tiny, "q0000")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "people killed: CONFLICT"
    assert to_hex(ax._left_title.get_color()) == STATUS_COLOURS["conflict"]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Daily <script>alert('x')</s…", "Ministry Wire"]  # long names are cut
    colours = source_colours(tiny.documents["source"])
    assert [to_hex(t.get_color()) for t in ax.get_yticklabels()] == [colours[s] for s in tiny.documents["source"]]


def test_open_bound_is_an_arrow_to_the_edge_and_range_is_a_bar(tiny):
    ax = plot_fact(tiny, "q0000").axes[0]
    left, right = ax.get_xlim()
    arrows = [a for a in ax.texts if isinstance(a, Annotation) and a.arrow_patch is not None]
    assert len(arrows) == 1  # only "at least 500" is open
    assert arrows[0].xy == (right, 0) and arrows[0].xyann == (500.0, 0)
    bars = [line for line in ax.get_lines() if list(line.get_xdata()) == [270.0, 330.0] and line.get_linestyle() == "-"]
    assert bars, "the ministry's 270–330 range should be drawn as a bar"
    assert left < 270.0 and right > 500.0


def test_fact_by_name_or_row_number(tiny):
    assert resolve_fact(tiny, "damage in $")["group_id"] == "q0001"
    assert resolve_fact(tiny, 0)["group_id"] == "q0000"
    with pytest.raises(ConfigError, match="no fact 'nope'"):
        resolve_fact(tiny, "nope")
    with pytest.raises(ConfigError, match="out of range"):
        resolve_fact(tiny, 7)


def test_dollar_signs_are_not_mathtext(tiny, tmp_path):
    fig = plot_fact(tiny, "q0001")  # "damage in $", "$5 million"
    save_figure(fig, tmp_path / "d.png")  # mathtext would fail or eat the $ here
    assert fig.axes[0].get_title(loc="left") == r"damage in \$: AGREE"


def test_date_fact_on_a_date_axis(tiny):
    ax = plot_fact(tiny, "d0002").axes[0]
    assert ax.get_xlabel() == "date"
    left, right = ax.get_xlim()
    assert 5 <= right - left <= 10  # a few days around the one date, not years


def test_matrix_marks_the_cells_each_source_reports(tiny):
    ax = plot_matrix(tiny).axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["people killed (conflict)", r"damage in \$ (agree)", "date (died) (single)"]
    texts = {t.get_text() for t in ax.texts}
    assert {"At least 500 people", "About 300 people", r"\$5 million", "2020-01-06"} <= texts
    shaded = [p for p in ax.patches if to_hex(p.get_edgecolor()) == STATUS_COLOURS["conflict"]]
    assert len(shaded) == 2  # both sources report the conflicting fact


def test_comparison_plot_delegates(tiny):
    assert tiny.plot("q0000").axes[0].get_title(loc="left").endswith("CONFLICT")
    assert tiny.plot().axes[0].get_title(loc="left") == "Facts by source"


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_save_png_svg_pdf(tiny, tmp_path, suffix, magic):
    path = save_figure(plot_fact(tiny, "q0000"), tmp_path / f"fact{suffix}")
    assert path.read_bytes().startswith(magic)


def test_save_unknown_format_is_a_clear_error(tiny, tmp_path):
    with pytest.raises(ConfigError, match=r"use \.png, \.svg or \.pdf"):
        save_figure(plot_fact(tiny, 0), tmp_path / "fact.gif")


@pytest.mark.model
def test_an_age_chart_is_drawn_in_years_as_the_table_shows_it(nlp):
    import pandas as pd

    import factcmp

    texts = [
        "The victim, a woman in her 20s, was shot on Sixth Street, police said.",
        "The victim, a woman in her 30s, was shot on Sixth Street, police said.",
    ]
    frame = pd.DataFrame({"source": ["x.com", "y.com"], "published": ["2015-05-18", "2015-05-19"], "text": texts})
    cmp = factcmp.compare(frame, nlp=nlp)
    ax = plot_fact(cmp, "age").axes[0]
    assert ax.get_xlabel() == "year"
    drawn = {tuple(line.get_xdata()) for line in ax.get_lines()}
    assert {(20.0, 29.0), (30.0, 39.0)} <= drawn  # in years, not 7,305–10,592 days
