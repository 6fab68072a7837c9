"""A deadline "within N days" is the time given, N days, not a bound below it.

"asked to submit its report within 30 days" was read as at most 30 days, which agreed with another outlet's
"within 15 days" deadline. Only what is still to be done (a modal, the future, an infinitive: scope.deadline_verb)
is a deadline; "reached the site within 30 minutes" tells what was done, a bound. Wire-style wording
(constructed): no dev or Ramadi article sets a deadline so.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The panel was asked to submit its findings within 30 days.", "within 30 days", ("exact", 30.0)),
        ("The company was told to pay the fine within 15 days.", "within 15 days", ("exact", 15.0)),
        # guard: a stretch of what was done stays a bound
        ("Rescuers reached the site within 30 minutes.", "within 30 minutes", ("at_most",)),
    ],
)
def test_deadline_within(nlp, text: str, words: str, expected: tuple) -> None:
    found = quantity_fields(nlp, text, words, "qualifier", "low")
    assert [f[1 : 1 + len(expected)] for f in found] == [expected]
