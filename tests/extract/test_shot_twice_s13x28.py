"""'Shot once' and 'shot twice' count the shots that hit, as 'shot three times' does (figures.counts_hits).

"after he was shot twice early Sunday" (Bourbon Street dev cluster) gave nothing, while "shot three times" gave
'times shot'. The adverb is a count only on an act of harm, after its verb, and not as a frequency or a
comparison. The other sentences are constructed, wire style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts


@pytest.mark.parametrize(
    ("text", "words", "value", "quantity_of"),
    [
        (
            "Corey Singleton is out of the hospital and recovering at his home in Baton Rouge after he was shot twice "
            "early Sunday, once in the hand and once in the chest.",
            "twice",
            2.0,
            "times shot",
        ),
        ("The officer was shot once in the chest.", "once", 1.0, "times shot"),
        ("He was stabbed twice in the back.", "twice", 2.0, "times (stabbed)"),
    ],
)
def test_once_and_twice_count_hits(nlp, text, words, value, quantity_of):
    assert quantity_fields(nlp, text, words, "value", "unit", "quantity_of") == [(words, value, "count", quantity_of)]


@pytest.mark.parametrize(
    "text",
    [
        "He was once shot by a robber.",
        "The clinic treats gunshot victims twice a week.",
        "Officers fired twice as many rounds as the suspect.",
        "The suspect had been arrested twice before.",
    ],
)
def test_other_once_and_twice_count_nothing(nlp, text):
    assert not {"once", "twice"} & set(quantity_texts(nlp, text))
