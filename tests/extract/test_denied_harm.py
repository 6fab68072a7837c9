"""A harm denied is no act of the count: "tied up but not hurt" counts no injured (probe10 #12).

An injury or death verb under negation ("not hurt", "were not injured", "hurt but not killed", "shot but none
was killed") never gives its act to the count; the count keeps its other verb, or none. Sources: the dev
corpus's "other officers were not injured" (austin) has no figure; the rest is wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Three staff members were tied up but not hurt, the prosecutor's office said.",
            "Three staff members",
            "staff members (tied up)",
        ),
        ("Two passengers were not injured.", "Two passengers", "passengers"),
        ("Three people were hurt but not killed.", "Three people", "people injured"),
        ("Four officers were shot but none was killed.", "Four officers", "officers shot"),
        # the acts told as done keep their grade
        ("Four officers were shot and killed.", "Four officers", "officers killed"),
        ("Three staff members were tied up and hurt.", "Three staff members", "staff members injured"),
    ],
)
def test_denied_harm(nlp, text: str, words: str, expected: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
