"""Captives set free are the rescued: "Over 100 hostages were freed" meets "rescued 106 people".

A siege's end is told as a rescue by one outlet and as hostages freed or released by another; the freed
hostages were read as a count of "(freed)", apart from the rescued. Only captives: a prisoner released on
bail or a patient released from hospital is no rescue. Wire-style wording (constructed): no dev or Ramadi
article frees hostages.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("More than 60 hostages were freed when troops stormed the building.", "More than 60 hostages", "people rescued"),
        ("Commandos released 14 captives held in the compound, the army said.", "14 captives", "people rescued"),
        ("Police said the gunmen had released 9 hostages by nightfall.", "9 hostages", "people rescued"),
        # guard: prisoners released are no rescue
        ("The court released 20 prisoners on bail on Monday.", "20 prisoners", "prisoners (released)"),
    ],
)
def test_freed_captives(nlp, text: str, words: str, expected: str) -> None:
    assert [f[1] for f in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
