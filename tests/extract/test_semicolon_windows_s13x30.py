"""A date after a semicolon windows no figure before it (scope.window_of; probe14b B11's pattern).

"Rebels killed 12 soldiers on Monday; in 2009, a similar attack killed 30" gave the 12 the period 2009: the small
model keeps the two statements in one sentence, and the only date of it scoped the whole. Constructed wire style.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rebels killed 12 soldiers on Monday; in 2009, a similar attack killed 30.", "12 soldiers"),
        ("Police have made three arrests this year; the previous prison break was in September.", "three arrests"),
    ],
)
def test_a_date_across_a_semicolon_is_no_window(nlp, text, figure):
    assert windows(nlp, text, reference="2011-02-08").get(figure) == ""


def test_a_date_in_the_same_statement_still_windows(nlp):
    got = windows(nlp, "In 2009, a similar attack killed 30 soldiers; the army did not comment.", reference="2011-02-08")
    assert got.get("30 soldiers") == "period:2009"
