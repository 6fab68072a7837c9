"""People who drowned are among the dead (extract.lexicon.EVENT_WORDS).

"At least 12 people drowned when the ferry capsized" was a count of people '(drowned)', an act of its own, so it
never met another outlet's "12 people were killed". Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "quantity_of"),
    [
        ("At least 12 people drowned when the ferry capsized.", "people killed"),
        ("Four children drowned in the flood, officials said.", "children killed"),
    ],
)
def test_the_drowned_are_counted_as_killed(nlp, sentence, quantity_of):
    [claim] = factcmp.extract_quantities(sentence, nlp=nlp)
    assert claim.quantity_of == quantity_of
