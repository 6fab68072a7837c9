"""Colours and CSS shared by the notebook display, the HTML report and the charts.

One palette everywhere, so a source has the same colour in the table, the
article highlights and every chart, and a verdict always reads the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Verdict colours: red for sources that disagree, amber for figures that moved, green for agreement.
STATUS_COLOURS = {
    "conflict": "#c0392b",
    "updated": "#d68910",
    "agree": "#1e8449",
    "single": "#7f8c8d",
}
STATUS_BACKGROUNDS = {
    "conflict": "#fde2e1",
    "updated": "#fdf0d5",
    "agree": "#e6f4ea",
    "single": "#ffffff",
}
# Claim kinds in article text, in the spirit of displaCy's entity colours.
KIND_COLOURS = {
    "quantity": "#ffd966",
    "date": "#9fd8f0",
    "entity": "#ddd0f5",
}
# Tableau 10: distinguishable, and readable by most colour-blind readers.
SOURCE_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
HEDGE_WORDS = {
    "exact": "",
    "approximate": "about",
    "at_least": "at least",
    "at_most": "at most",
    "range": "range",
    "vague": "vague",
}


def source_colours(sources: Iterable[str]) -> dict[str, str]:
    """Give each source a colour, in order of first appearance.

    >>> source_colours(["AFP", "Reuters", "AFP"])
    {'AFP': '#4e79a7', 'Reuters': '#f28e2b'}
    """
    ordered = list(dict.fromkeys(sources))
    return {s: SOURCE_PALETTE[i % len(SOURCE_PALETTE)] for i, s in enumerate(ordered)}


# Every class is prefixed so the styles cannot leak into a notebook's own output.
CSS = """
.factcmp { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 14px; color: #222; }
.factcmp table.factcmp-facts { border-collapse: collapse; margin: 0.5em 0; }
.factcmp table.factcmp-facts th, .factcmp table.factcmp-facts td {
  border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }
.factcmp table.factcmp-facts th { background: #f4f4f4; }
.factcmp tr.factcmp-conflict td { background: #fde2e1; }
.factcmp tr.factcmp-updated td { background: #fdf0d5; }
.factcmp .factcmp-badge { display: inline-block; padding: 1px 6px; border-radius: 8px; color: #fff;
  font-size: 12px; font-weight: 600; text-transform: uppercase; }
.factcmp .factcmp-claim { display: block; margin: 1px 0; }
.factcmp .factcmp-hedge { font-size: 11px; color: #555; background: #eee; border-radius: 3px; padding: 0 3px; }
.factcmp .factcmp-credit { font-style: italic; color: #555; }
.factcmp .factcmp-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.factcmp mark.factcmp-mark { padding: 0.1em 0.3em; margin: 0 0.1em; border-radius: 0.35em; line-height: 1.9; }
.factcmp mark.factcmp-mark.factcmp-in-conflict { outline: 2px solid #c0392b; }
.factcmp .factcmp-kind { font-size: 0.65em; font-weight: bold; text-transform: uppercase; margin-left: 0.4em;
  vertical-align: middle; opacity: 0.75; }
.factcmp .factcmp-article { white-space: pre-wrap; line-height: 1.7; max-width: 60em; }
"""
