"""An age a person has not reached is not their age: "would have turned 8 next month", "was to turn 16".

Child-victim stories give the age the child would have reached, one above the age the story reports; read as
the age it made a relative's words conflict with the police's (probe14a A9). The age after "turn"/"been" with a
modal before it, a "was (set) to", or a "next ..." after it is no claim; "would have been 200 people" still counts
people, "turned 8 last month" and "will be 35 by" (a newsquant gold) stay ages. Wire-style wording (constructed);
dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "A cousin said Tamara would have turned 9 next month.",
        "Her mother said she would have been 30 on Friday.",
        "The boy was to turn 16 in May, his coach said.",
        "Relatives said the teen was set to turn 18 in June.",
        "Jaylen turns 12 next week, his aunt said.",
        "He would have turned eight years old in September.",
    ],
)
def test_unlived_age_is_no_claim(nlp, text: str) -> None:
    assert quantity_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tamara turned 9 last month, a cousin said.", "9"),
        ("There would have been 200 people inside, the fire chief said.", "200 people"),
        ("He will be 35 by the end of the year.", "35"),
    ],
)
def test_reached_ages_and_counts_stay(nlp, text: str, words: str) -> None:
    assert quantity_texts(nlp, text) == [words]
