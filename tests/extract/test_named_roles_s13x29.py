"""A role word's age is the age of the one person its article names in that role.

"The clerk, 61, ..." and, further on, "Store clerk Harjit Dhillon said ...": the 61 is Harjit Dhillon's,
which another outlet's "Harjit Dhillon, 62" can meet. Constructed wire-style sentences.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def owners(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "quantity_of")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The clerk, 61, handed over the cash. Store clerk Harjit Dhillon said the robber wore a mask.", "Harjit Dhillon"),
        ("The driver, 34, was arrested at the scene. Police identified the driver as Carlos Medina.", "Carlos Medina"),
        ("The driver, 34, was arrested. The driver, identified as Carlos Medina, was taken to jail.", "Carlos Medina"),
        ("The owner, 58, was not hurt. Harjit Dhillon, the owner, said he would reopen on Monday.", "Harjit Dhillon"),
    ],
)
def test_a_role_age_is_the_named_persons(nlp, text, name):
    ages = [v for k, v in owners(nlp, text).items() if k in ("61", "34", "58")]
    assert ages == [f"age of {name}"]


def test_a_role_given_two_names_names_nobody(nlp):
    text = "The victim, 25, died at the scene. The victim, Ana Ruiz, was a nurse. The victim, Luis Ortiz, was a cook."
    assert owners(nlp, text)["25"] == "age of victim"


def test_a_role_told_in_the_plural_names_nobody(nlp):
    text = "Three officers were shot. The officer, 41, is in surgery. Officer Mark Dunn was treated and released."
    assert owners(nlp, text)["41"] == "age of officer"
