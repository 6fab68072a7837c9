"""The figure a correction sets aside with ", not" is no claim: "were 130 mph, not 150 mph".

"This story has been corrected to show that ... were N, not M" is a wire service's standard correction
note, and "It was N, not M" follows "An earlier version of this story misstated ...": M is the figure the
paper takes back. Both were read as claims, so the retracted figure met the corrected one. Wire-style
wording (constructed): no dev or Ramadi article carries such a note.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This article has been corrected to show that the fire had burned 900 acres, not 9,000 acres.",
            ["900 acres"],
        ),
        ("The correct number of injured was three, not four.", ["three"]),
        ("Officials later said the toll was 12 -- not 14 as first reported.", ["12"]),
        # guards: a hedge and an exception after "not" keep their figures
        ("Not more than 40 people were inside, police said.", ["Not more than 40 people"]),
        ("Six people were killed, not including the two gunmen.", ["Six people", "two gunmen"]),
    ],
)
def test_contrasted_figure(nlp, text: str, expected: list[str]) -> None:
    assert quantity_texts(nlp, text) == expected
