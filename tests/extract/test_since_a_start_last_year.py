"""A count "since it began in March last year" is a running total to date, not a figure of March.

"The outbreak has infected more than 2,000 people since it began in March last year" took the window
``period:2023``: the parser hangs "last year" on the verb, so the date's root is "year", not the "March"
that "in" governs, and the "since" that opens the clause was not found. Any word of the date hung on the
clause's verb (the object of its preposition, or a bare "last year") now finds the clause's "since", and the
count is a stretch up to now (``since:2023``), as "since it began in March" already was.
No dev or Ramadi article counts a figure since a start so told: the sentences are constructed, in wire-style
wording (test_since_windows has the forms that were read before).
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # constructed, wire-style wording
        ("The outbreak has infected more than 2,000 people since it began in March last year.", "more than 2,000 people"),
        ("More than 2,000 cases have been recorded since the outbreak began in March last year.", "More than 2,000 cases"),
    ],
)
def test_a_count_since_a_start_last_year_runs_to_date(nlp, text: str, words: str) -> None:
    assert windows(nlp, text, "2024-06-12").get(words) == "since:2023"


def test_a_start_long_ago_keeps_its_period(nlp):
    # constructed: a start more than a year back opens a longer history, as test_since_windows has it
    text = "The insurgency has killed more than 10,000 people since it began in 2009."
    assert windows(nlp, text, "2024-06-12").get("more than 10,000 people") == "period:2009"
