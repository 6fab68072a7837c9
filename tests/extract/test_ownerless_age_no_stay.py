"""An age with no owner is nobody's stay (extract29's request, context.describe).

"A 17-year-old was in critical condition" read 'age of critical condition': the age, with no name or noun to
own it, fell to the branch that reads a duration's stay. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    "text",
    [
        "A 17-year-old was in critical condition.",
        "The 30-year-old remained in serious condition Sunday.",
    ],
)
def test_an_ownerless_age_is_no_stay(nlp, text: str) -> None:
    claims = factcmp.extract_quantities(text, nlp=nlp)
    assert [c.quantity_of for c in claims] == ["age"]


def test_a_stay_is_still_read(nlp) -> None:
    claims = factcmp.extract_quantities("He has lived in the house for 30 years.", nlp=nlp)
    assert [c.quantity_of for c in claims] != ["age"]
    assert len(claims) == 1
