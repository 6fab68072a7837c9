"""A day word right after a number is when the figure was reached, not what it counts (probe17 A.6).

"The toll rose to 15 yesterday" was "15 yesterday", quantity_of "yesterday (rose)", apart from the toll.
Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _claims(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c["text"], c["unit"], c["quantity_of"]) for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose to 15 yesterday, the ministry said.", ("15", "person", "people killed")),
        ("The death toll climbed to 31 last night.", ("31", "person", "people killed")),
        ("Police said they had arrested 9 today.", ("9", "person", "people arrested")),
    ],
)
def test_day_word_is_no_counted_noun(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert _claims(nlp, text) == [expected]


def test_counted_noun_before_the_day_word_stays(nlp) -> None:
    assert _claims(nlp, "Rescuers pulled 12 survivors from the rubble today.") == [
        ("12 survivors", "person", "survivors rescued")
    ]
