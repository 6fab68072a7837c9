"""Tokens reached two ways are compared with ==, not ``is``: spaCy builds a new Token object on every access.

``doc[i] is doc[i]`` is False, so a test of identity between a token found through ``.head`` and one found
through ``.children`` never held: the tally reading ("the death toll rose to 24") took the figure's own toll
phrase as the toll whose level the figure is ("Officials gave a toll of 30": the figure is inside the toll,
not the verb's level of it). Token.__eq__ compares the doc and the index.
Sources: wire-style sentences of disaster tolls.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _reached_up(doc, word: str):
    """The token ``word``'s figure hangs under, reached through .head (a new Token object each time)."""
    figure = next(t for t in doc if t.like_num)
    tok = figure
    while tok.lower_ != word:
        tok = tok.head
    return tok


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Officials gave a toll of 30 on Monday.", "toll"),
        ("The ministry released a toll of 112.", "toll"),
    ],
)
def test_the_figures_own_tally_is_not_the_verbs_level(nlp, text, tally):
    from factcmp.extract.events import _tally_event

    doc = nlp(text)
    below = _reached_up(doc, tally)
    assert below.dep_ == "dobj"  # the parse the rule is about: the toll is the verb's object
    assert _tally_event(below.head, below) == ""


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The death toll rose to 24 on Tuesday.", "killed"),
        ("The number of injured rose to 45, officials said.", "injured"),
    ],
)
def test_a_toll_the_figure_is_the_level_of(nlp, text, event):
    from factcmp.extract.events import _tally_event

    doc = nlp(text)
    figure = next(t for t in doc if t.like_num)
    assert _tally_event(figure.head.head, figure.head) == event
