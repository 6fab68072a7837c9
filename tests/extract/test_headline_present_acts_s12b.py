"""A headline's present-tense act reads as the body's past (probe14b B1, B16).

"Coast guard catches 9 smugglers" and "The coast guard caught 9 smugglers" tell one capture, and "40 inmates
escape jail" the escape the body tells with "escaped"; "taken prisoner" is a capture too. Constructed
wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("Coast guard captures 9 smugglers off Sicily", "9 smugglers", "smugglers arrested"),
        ("Coast guard catches 9 smugglers off Sicily", "9 smugglers", "smugglers arrested"),
        ("Thieves nab $3 million worth of watches", "$3 million", "amount (nabbed)"),
        ("The coast guard caught 9 suspects off Sicily on Monday.", "9 suspects", "suspects arrested"),
        ("About 40 inmates escape jail through tunnel", "About 40 inmates", "inmates (escaped)"),
        ("About 40 inmates escaped the jail overnight, officials said.", "About 40 inmates", "inmates (escaped)"),
        ("Soldiers recapture 11 fugitives", "11 fugitives", "fugitives (recaptured)"),
        ("Nine sailors were taken prisoner, the company said.", "Nine sailors", "sailors arrested"),
        ("Customs officers seize 3 tons of cocaine", "3 tons", "ton (seized)"),
    ],
)
def test_headline_act_as_its_past(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
