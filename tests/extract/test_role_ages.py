"""A bare number set off by commas after a role noun of the crew or the staff is that person's age.

"The ferry's captain, 51, was among those rescued" gives the captain's age, as "The driver, 43," gives the driver's;
read as a count it was a figure of nothing ("(was)"), or worse a count of arrests ("Its captain, 53, and two crew
members have been detained" gave 53 people arrested). Wire-style wording (constructed): no dev article
names a captain, a pilot or a conductor by role and age.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The ship's captain, 51, was among those rescued.", "51", "age of captain"),
        ("Its captain, 53, and two crew members have been detained, police said.", "53", "age of captain"),
        ("Its captain, 53, and two crew members have been detained, police said.", "two crew members", "crew members arrested"),
        ("The pilot, 38, died at the scene.", "38", "age of pilot"),
        ("The bus conductor, 34, was also arrested.", "34", "age of conductor"),
    ],
)
def test_role_age(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
