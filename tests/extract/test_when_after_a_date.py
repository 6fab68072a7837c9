"""A "when" clause right after a date tells that date's episode, whatever noun the parser hangs it on.

"the accident, which is the deadliest mining accident in China since February 2023, when 53 people died in a
mine collapse" had the small model hang "when ... died" on "accident", not on the date, so the 53 took no
window and joined the story's own toll as its latest figure (probe12, Guizhou). The sentence is constructed,
in wire-style wording; tests/extract/test_background_windows.py has the forms the parser hangs on the date.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        (
            "The State Council has set up a team to investigate the accident, which is the deadliest mining accident "
            "in China since February 2023, when 53 people died in a mine collapse in Inner Mongolia.",
            "2026-02-12",
            {"53 people": "period:2023-02"},
        ),
    ],
)
def test_a_when_clause_after_a_date_is_dated(nlp, text: str, reference: str, want: dict[str, str]) -> None:
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in want} == want
