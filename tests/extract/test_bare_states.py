"""A bare figure whose state a copula tells counts the people in that state.

"Of the 30 people injured, eight are critical" counts the critically injured, as "eight of them in critical
condition" does; "two were killed and four are missing after ..." counts the missing, also when the parser hangs
the figure on the auxiliary "are" rather than on "missing". Both were read as a count of "(are)", which met no
other outlet's figure. Wire-style wording (constructed): no dev or Ramadi article tells a state so.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Of the 30 people injured, eight are critical, the hospital said.", "eight", "people seriously injured"),
        ("Twelve people were hurt in the crash and three remain critical, police said.", "three", "people seriously injured"),
        (
            "Two fishermen were killed and four are missing after the storm swept the coast, officials said.",
            "four",
            "people missing",
        ),
        # guard: a bare figure in a sentence of no harm or care counts no people
        ("Of the 40 bridges inspected, 11 are critical.", "11", "bridges (are)"),
    ],
)
def test_bare_state(nlp, text: str, words: str, expected: str) -> None:
    assert [f[1] for f in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
