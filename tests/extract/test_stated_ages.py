"""'lists his age as 27' is an age, the age noun's possessor's.

"The autopsy lists his age as 27" gave 'year (lists)', a figure of nobody that met no age (probe11 #3); an
autopsy, a police log or a coroner "gives/lists X's age as N". Now 'age of <owner>' for a name or a people word,
a his/her of the one person named just before, else a plain 'age'. "set the retirement age as 67" (no
possessor) is nobody's. Wire-style wording (constructed): no dev or Ramadi article states an age so.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Police listed Darnell Price's age as 28.", "28", "age of Darnell Price"),
        ("The coroner gave the victim's age as 45.", "45", "age of victim"),
        ("Police identified the driver as Maria Lopez. The autopsy lists her age as 29.", "29", "age of Maria Lopez"),
        ("The autopsy lists his age as 27.", "27", "age"),
    ],
)
def test_stated_age(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, "year", quantity_of)]


def test_no_one_s_age(nlp) -> None:
    assert quantity_fields(nlp, "The government set the retirement age as 67.", "67", "quantity_of") == [("67", "year (set)")]
