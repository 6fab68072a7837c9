"""A count or charge "of" an offence is a charge, and the offence tells one charge from another.

"one count of first-degree murder" and "one count of possessing a stolen firearm" are two facts: the
offence goes into quantity_of as the reason of the charge ("count for first degree murder"), whatever
verb governs the count ("held on", "pled guilty to", "indicted on"); hyphens go, since outlets write
"first degree" both ways.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and the NewsQuant sentence nq (wire fraud).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def picked(nlp, text: str) -> list[tuple]:
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"].endswith(("count", "counts"))]
    return [(c["text"], c["predicate"], c["quantity_of"]) for c in claims]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/bourbon 08",
            "Both Clay and Manuel are being held without bail on one count of first-degree murder and nine counts "
            "of attempted murder.",
            [
                ("one count", "charged", "count for first degree murder"),
                ("nine counts", "charged", "counts for attempted murder"),
            ],
        ),
        (
            "corpus/dev/bourbon 05",
            "Clay, who has a pending court case in Lafayette Parish on one count of possessing a stolen firearm, "
            "will be extradited to New Orleans to face prosecution.",
            [("one count", "charged", "count for possessing stolen firearm")],
        ),
        (
            "newsquant (CQE NewsQuant)",
            "Evaldas Rimasauskas, a 50-year-old man from Lithuania, pled guilty to one count of wire fraud.",
            [("one count", "charged", "count for wire fraud")],
        ),
    ],
)
def test_a_count_of_an_offence_keeps_the_offence(nlp, where, text, expected):
    assert picked(nlp, text) == expected
