"""A short credit ("the network said") is spelled out with a body named earlier only when it is that body.

The sentences are constructed in wire-style wording (no dev article shows the pattern): a
credit is expanded with an earlier body's name only when that name holds every word of the
credit, so "the network" is the "Sudan Doctors Network", but "the government" is not the
health ministry quoted before it, and a credit that names its own place ("The North Darfur
health ministry", "the Antwerp prosecutor's office") is never given another body's name.
"""

from __future__ import annotations

import pytest

from tests.extract.test_attribution import credited


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Crews are working. The toll has risen to nine, the health ministry said. "
            "More than 2,500 homes were damaged, the government said.",
            "2,500",
            "the government",
        ),
        (
            "Crews are working. The toll has risen to 62, the Sudan Doctors Network said on Tuesday. "
            "The North Darfur health ministry put the death toll at between 50 and 60.",
            "50 and 60",
            "The North Darfur health ministry",
        ),
        (
            "Police are investigating. About 10 million euros was stolen, the Public Prosecution Service (OM) said. "
            "Two men were arrested, the Antwerp prosecutor's office said.",
            "Two men",
            "the Antwerp prosecutor's office",
        ),
        (
            "Police are investigating. About 10 million euros was stolen, the Public Prosecution Service (OM) said. "
            "Three men were detained, the prosecutor's office said.",
            "Three men",
            "the prosecutor's office",
        ),
    ],
)
def test_a_credit_is_not_given_another_bodys_name(nlp, text: str, figure: str, expected: str) -> None:
    assert credited(nlp, text, figure) == expected


def test_a_credit_that_repeats_the_bodys_head_noun_is_spelled_out(nlp) -> None:
    text = (
        "Crews are working. The toll has risen to 62, the Sudan Doctors Network said on Tuesday. "
        "The network said about 120 people were wounded."
    )
    assert credited(nlp, text, "120") == "The network (Sudan Doctors Network)"


def test_an_acronym_in_brackets_keeps_its_closing_bracket(nlp) -> None:
    text = "Crews are working. The quake had a magnitude of 6.1, Albania's Institute of Geosciences (IGEO) said."
    assert credited(nlp, text, "6.1") == "Albania's Institute of Geosciences (IGEO)"
