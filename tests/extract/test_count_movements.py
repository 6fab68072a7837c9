"""A count that moved "from X to Y" is at Y now: never the range X-Y (probe10 #2).

"the toll rose from 12 to 17", "raised the number of injured from six to nine": the claim is the level now,
with the noun of the toll; a rate or a price that "dropped from 3.9% to 3.7%" stays one interval (as the
quantity benchmarks annotate it), and "ranged from 12 to 17" is a range. Wire-style wording (constructed):
the dev corpus has no such movement of a count.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The toll rose from 12 to 17 overnight, officials said.", "17", "people killed"),
        ("The death toll has risen from 21 to 34.", "34", "people killed"),
        (
            "Three more people went to hospitals on their own, which raised the number of injured from six to nine, police said.",
            "nine",
            "people injured",
        ),
        ("The number of injured went up from six to nine.", "nine", "people injured"),
    ],
)
def test_count_moved(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier", "quantity_of") == [(words, "exact", quantity_of)]
    assert not any(t.startswith("from") for t in quantity_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rate dropped from 3.9% to 3.7%.", "from 3.9% to 3.7%"),
        ("Prices ranged from 12 to 17 dollars.", "from 12 to 17 dollars"),
    ],
)
def test_range_kept(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "qualifier") == [(words, "range")]
