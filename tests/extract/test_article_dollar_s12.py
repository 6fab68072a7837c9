"""The article "A" before "$" is no Australian dollar sign.

"A $10,000 reward is being offered" is U.S. dollars: the Australian dollar is written "A$" glued, and "A $" with a
space is read as the article unless the text is about Australia. Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A $10,000 reward is being offered for information.", "$10,000"),
        ("A $2 million bond was set for the suspect.", "$2 million"),
        ("Sheriff Offers A $5,000 Reward In Deadly Shooting", "$5,000"),
    ],
)
def test_article_before_dollar_is_usd(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "unit") == [(words, "USD")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The miner paid A$40 million for the mine.", "A$40 million"),
        ("A $3 million grant will go to Australian firefighters.", "A $3 million"),
    ],
)
def test_australian_dollar_stays(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "unit") == [(words, "AUD")]
