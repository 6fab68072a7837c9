"""A denial of harm is a zero of the dead and of the hurt: "no civilians were harmed".

"Harmed" says neither killed nor injured but both; the army's or police's denial
is a zero for each, credited to them. Constructed wire-style sentences: no dev
article shows the pattern.
"""

from __future__ import annotations

import pytest

from tests.extract.test_kinds import is_zero, picked

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said no civilians were harmed.",
            [
                ("no civilians", 0.0, "person", "civilians killed", "killed"),
                ("harmed", 0.0, "person", "civilians injured", "injured"),
            ],
        ),
        (
            "Police said no officers were harmed during the standoff.",
            [
                ("no officers", 0.0, "person", "officers killed", "killed"),
                ("harmed", 0.0, "person", "officers injured", "injured"),
            ],
        ),
    ],
)
def test_no_people_were_harmed_is_a_zero_of_dead_and_hurt(nlp, text: str, expected: list) -> None:
    assert picked(nlp, text, is_zero) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No buildings were harmed, the ministry said.",  # a zero of things, not of people
        "Officials said no residents were affected by the outage.",  # affected is no harm
    ],
)
def test_no_zero_of_harm_without_people_harmed(nlp, text: str) -> None:
    assert picked(nlp, text, is_zero) == []


def test_the_denial_is_credited_to_its_speaker(nlp) -> None:
    doc = nlp("The strike hit the market on Monday. The army said no civilians were harmed.")
    zeros = [c for c in doc._.factcmp_claims if c["kind"] == "quantity" and c["value"] == 0]
    assert {c["attributed_to"] for c in zeros} == {"The army"}
