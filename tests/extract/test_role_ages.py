"""A bare number set off by commas after a role noun of the crew or the staff is that person's age.

"The boat's skipper, 47, survived" gives the skipper's age, as "The driver, 43," gives the driver's; read as a
count it was a figure of nothing, or worse a count of arrests when the sentence tells an arrest (probe12 found
both with a captain). Wire-style wording (constructed): no dev article
names a captain, a pilot or a conductor by role and age.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The trawler's skipper, 47, survived the sinking.", "47", "age of skipper"),
        ("The captain, 58, and three deckhands were arrested on Friday.", "58", "age of captain"),
        ("The captain, 58, and three deckhands were arrested on Friday.", "three deckhands", "deckhands arrested"),
        ("The pilot, 38, died at the scene.", "38", "age of pilot"),
        ("The bus conductor, 34, was also arrested.", "34", "age of conductor"),
    ],
)
def test_role_age(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
