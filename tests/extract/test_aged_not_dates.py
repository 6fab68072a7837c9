"""A number after "aged" is an age, never a day of the month: "The suspects, aged 29 and 34" gave the date '29 and'.

Constructed wire-style wording (no dev article has "aged N and M").
"""

from __future__ import annotations

import pandas as pd
import pytest

import factcmp

pytestmark = pytest.mark.model


def _dates(text: str, published: str) -> list[str]:
    frame = pd.DataFrame([{"doc_id": "a", "source": "a.com", "text": text, "published": published}])
    claims = factcmp.compare(frame).claims
    return claims.loc[claims["kind"] == "date", "text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating. The suspects, aged 29 and 34, were detained in a flat.",
        "Police are investigating. The victims, aged between 19 and 24, were taken to hospital.",
    ],
)
def test_ages_after_aged_are_no_day_of_the_month(text: str) -> None:
    assert _dates(text, "2026-05-07") == []


def test_a_day_after_an_age_stays() -> None:
    assert _dates("The suspect, aged 29, was detained on May 5.", "2026-05-07") == ["May 5"]
