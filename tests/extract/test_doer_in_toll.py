"""A toll that names the doer of the harm among its members: "three people are dead, including the shooter".

The dead with their killer are another set than the victims' toll ("two bailiffs were killed"): their
quantity_of ends with ``context.WITH_DOER`` ("people killed including suspect") so the reconciler keeps
them apart. "not including the gunman" counts the victims only; "including two children" names victims.
Sources: berrien [04], houston [04] (real), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from factcmp.extract.context import WITH_DOER

from . import quantity_fields

pytestmark = pytest.mark.model


def _of(nlp, text: str, words: str) -> list[str]:
    return [q for _, q in quantity_fields(nlp, text, words, "quantity_of")]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # berrien 04
            "Four people were shot in the course of an incident at the Berrien County Courthouse, and three people "
            "are dead, including the shooter.",
            "three people",
            f"people killed{WITH_DOER}",
        ),
        (  # houston 04
            "In total, two people were killed, including the suspect, and six others were injured.",
            "two people",
            f"people killed{WITH_DOER}",
        ),
        ("Five people, including the gunman, were killed, police said.", "Five people", f"people killed{WITH_DOER}"),
        ("Five people are dead in all, including the gunman, police said.", "Five people", f"people killed{WITH_DOER}"),
        ("Five people are dead, counting the gunman.", "Five people", f"people killed{WITH_DOER}"),
        # the victims alone
        ("Five people were killed, not including the gunman.", "Five people", "people killed"),
        ("Five people were killed, not counting the gunman.", "Five people", "people killed"),
        ("A gunman killed four people before officers shot him dead.", "four people", "people killed"),
    ],
)
def test_doer_in_toll(nlp, text: str, words: str, expected: str) -> None:
    assert _of(nlp, text, words) == [expected]


def test_victims_named_by_including_stay_victims(nlp) -> None:
    # wire-style wording (constructed): children are victims, not the doer
    text = "Five people were killed, including two children."
    assert _of(nlp, text, "Five people") == ["people killed"]
