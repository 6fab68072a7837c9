"""'A police officer was among the wounded', '... including a police officer': one member of the toll's people.

The article is the count, as "One police officer was among the wounded" and "including one police officer"
already are: 1 'police officer injured'. Bristol's outlets write it so (real sentences below); it gave no
claim, so their officer never met wcyb's "One police officer was slightly wounded". Only a singular people word,
no doer ("A gunman was among the dead"), and with "including" only as a member of a set a figure counts
("Several items were stolen, including a laptop" and "The delegation, including a senator" count nothing).
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "Four others were injured including a Bristol police officer.",
            "a Bristol police officer",
            "police officer injured",
        ),  # bristol 02
        (
            "The Tennessee Bureau of Investigation revealed in a press conference Thursday morning that one person is dead and "
            "four others were injured, including a police officer, in a random shooting in Bristol.",  # bristol 04
            "a police officer",
            "police officer injured",
        ),
        ("A police officer was among the wounded, police said.", "A police officer", "police officer injured"),  # wire-style
        ("A child was among the dead, officials said.", "A child", "child killed"),  # wire-style
    ],
)
def test_one_member(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "value", "unit", "quantity_of") == [(words, 1.0, "person", quantity_of)]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman was among the dead.",
        "Several items were stolen, including a laptop.",
        "The delegation, including a senator, arrived on Monday.",
        "A spokesman was among the speakers.",
    ],
)
def test_no_member(nlp, text: str) -> None:
    assert not [t for t in quantity_texts(nlp, text) if t.lower().startswith(("a ", "an "))]
