"""A present-perfect toll whose subject "began in <date>" is a running total since that date.

"The war ..., which began in April 2023, has killed tens of thousands of people" is the war's
toll since April 2023, as "has displaced 12 million people since April 2023" is; undated, it
met the strike's toll. Constructed wire-style sentences (no dev article shows the pattern).
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # the parser hangs the relative clause on "army", inside the subject
        (
            "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people.",
            "2026-06-16",
            {"tens of thousands of people": "period:2023-04"},
        ),
        # the second verb of the perfect shares its aux and subject
        (
            "The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.",
            "2026-06-16",
            {"tens of thousands of people": "period:2023-04", "more than 12 million": "period:2023-04"},
        ),
        # a recent start opens the story's own stretch, as "since mid-April" does
        (
            "The conflict, which erupted in mid-April, has killed 500 people.",
            "2026-06-16",
            {"500 people": "since:2026-04"},
        ),
        # the "since" form it mirrors
        (
            "The war has displaced more than 12 million people since April 2023.",
            "2026-06-16",
            {"more than 12 million people": "period:2023-04"},
        ),
    ],
)
def test_a_toll_since_its_subject_began(nlp, text: str, reference: str, want: dict[str, str]) -> None:
    assert windows(nlp, text, reference) == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # past simple: what the strike did, not a running total; the date of a begun thing scopes nothing
        ("The strike, which began in April, killed 54 people in the market.", "2026-06-16", {"54 people": ""}),
        # the start of something that is not the subject
        (
            "The strike has killed 54 people in the market, which opened in April 2023.",
            "2026-06-16",
            {"54 people": ""},
        ),
    ],
)
def test_no_window_without_a_begun_subject_of_a_perfect(nlp, text: str, reference: str, want: dict[str, str]) -> None:
    assert windows(nlp, text, reference) == want
