"""The state a part of a set is in is what its figure counts: "11 of them in critical condition".

"Sixty-three people were treated in hospitals, 11 of them in critical condition" counts the critically injured
in its 11, as "Eleven people were in critical condition" does, and the 63 stay the treated (the grade is the
part's, not the whole's); "two of them in intensive care" too. "Five of the eight people injured in the attack
are still in hospital" counts those in hospital, never the injured (eight), and so does "Four remain in the
hospital"; one of them in a state ("one of them in critical condition") is a count of one. A noun whose own
clause tells what befell it ("The three innocent bystanders who were wounded remain in the hospital") stays that
act's count.
Sources: bourbon-street-2016 [01], houston-memorial-drive-2016 [04]; the rest wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # bourbon-street-2016 [01]
        ("Four remain in the hospital, but they are expected to make a full recovery.", "Four", "people (in hospital)"),
        # houston-memorial-drive-2016 [04]
        (
            "The three innocent bystanders who were wounded remain in the hospital.",
            "three innocent bystanders",
            "bystanders injured",
        ),
        # wire-style wording (constructed)
        ("Sixty-three people were treated in hospitals, 11 of them in critical condition.", "11", "people seriously injured"),
        (
            "Sixty-three people were treated in hospitals, 11 of them in critical condition.",
            "Sixty-three people",
            "people (treated)",
        ),
        ("46 people were injured, 11 of whom were in critical condition.", "11", "people seriously injured"),
        ("Seven people remain in hospital, two of them in intensive care.", "two", "people seriously injured"),
        ("Seven people remain in hospital, two of them in intensive care.", "Seven people", "people (in hospital)"),
        ("Five of the eight people injured in the attack are still in hospital.", "Five", "people (in hospital)"),
        ("Five of the eight people injured in the attack are still in hospital.", "eight people", "people injured"),
        ("Five people were hospitalized, two of them in critical condition.", "Five people", "people injured"),
        ("Two people remain in intensive care.", "Two people", "people seriously injured"),
        # the cause of a part's harm: the five were shot (probe8 lakeview wording; the six stay the hurt)
        ("Six classmates were hurt, five of them by gunfire, Morgan said.", "five", "people shot"),
        ("Six classmates were hurt, five of them by gunfire, Morgan said.", "Six classmates", "classmates injured"),
    ],
)
def test_a_part_counts_its_state(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of" is an idiom the scanner leaves out; one of a set just counted, in a state, is a count of one
        # (wire-style wording, constructed)
        ("Three remain in the hospital, one of them in critical condition.", "people seriously injured"),
        ("Seven people were hurt, one of whom remains in hospital.", "people (in hospital)"),
        ("Five people were shot, one of them critically.", "people seriously injured"),
        ("Four people were hurt, one of them slightly.", "people minorly injured"),
    ],
)
def test_one_of_them_in_a_state_is_a_count(nlp, text, expected):
    assert quantity_fields(nlp, text, "one", "value", "quantity_of") == [("one", 1.0, expected)]


def test_one_of_an_idiom_is_still_no_count(nlp):
    assert quantity_fields(nlp, "One of the leading groups said it would not take part.", "One", "value") == []
