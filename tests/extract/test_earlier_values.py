"""'up from N' counts what the sentence's figure counts: N is that fact's earlier value.

"More than 2,500 homes were damaged, up from an earlier count of about 1,200" gave the 1,200 no noun ("(damaged)"),
so it never met another outlet's "About 1,200 homes were damaged" (probe10, Albania). The reconciler reads the
earlier value as the article's report of a superseded figure (tests/test_reconcile.py). Wire-style wording
(constructed): no dev or Ramadi article has the phrase.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "More than 2,500 homes were damaged, up from an earlier count of about 1,200, the government said.",
            "about 1,200",
            "homes (damaged)",
        ),
        ("The toll rose to 45, up from 30 on Monday.", "30", "people killed"),
        ("The plant employs 5,000 workers, down from 6,200 a year ago.", "6,200", "workers (employs)"),
    ],
)
def test_an_earlier_value_counts_what_the_new_one_counts(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
