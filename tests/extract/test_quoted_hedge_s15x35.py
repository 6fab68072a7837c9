"""A hedge inside a quote still hedges its figure, and the noun after the quote is what it counts (probe17 A.12).

A figure told against another ("closer to 3,500" than the official 3,000) is an estimate: it was read as an exact
count of nothing. Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _claims(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c["text"], c["qualifier"], c["unit"]) for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The fire chief said "closer to 800" residents had fled their homes.', ("closer to 800", "approximate", "person")),
        ('The union said "nearer 400" workers had been laid off.', ("nearer 400", "approximate", "person")),
    ],
)
def test_compared_hedge(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert _claims(nlp, text) == [expected]


def test_compared_hedge_outside_quote(nlp) -> None:
    assert [(t, q) for t, q, _ in _claims(nlp, "Officials now put the number of evacuees closer to 600.")] == [
        ("closer to 600", "approximate")
    ]
