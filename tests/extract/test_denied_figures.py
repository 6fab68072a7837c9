"""A figure a speaker denies with "no" is no claim: "There were no 40 seconds of commands, Ortega said."

It was read as 40 seconds credited to Ortega, and agreed with the police's "about 40 seconds" it denies (probe11
#9). Only a lower-case "no" right before a number inside its noun phrase: "no more than 40 people" is a hedge,
"No 10 Downing Street" a name, "no one was hurt" a zero (read by the zeros reader). Wire-style wording
(constructed): no dev or Ramadi article denies a figure so.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were no 40 seconds of commands, Ortega said.", []),
        ("The lawyer said police gave no 40-second warning.", []),
        ("Police said no more than 40 people were inside.", ["no more than 40 people"]),
        ("There were no injuries and 40 people were evacuated.", ["no injuries", "40 people"]),
    ],
)
def test_denied_figure(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
