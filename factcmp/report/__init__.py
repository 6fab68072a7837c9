"""Views of a comparison: notebook display, a self-contained HTML report, charts.

matplotlib is needed for the charts only (``pip install "factcmp[notebook]"``).
"""

from __future__ import annotations

from factcmp.report.html import render_report, write_report
from factcmp.report.notebook import comparison_html, show

__all__ = ["comparison_html", "plot_fact", "plot_matrix", "render_report", "save_figure", "show", "write_report"]


def __getattr__(name: str) -> object:
    # matplotlib loads only when a chart is drawn.
    if name in ("plot_fact", "plot_matrix", "save_figure"):
        from factcmp.report import plots

        return getattr(plots, name)
    raise AttributeError(f"module 'factcmp.report' has no attribute {name!r}")
