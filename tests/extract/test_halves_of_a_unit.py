"""A half of one unit: "half an hour" is 0.5 hour, "an hour and a half" 1.5 hours, "three-and-a-half-hour" 3.5.

"half an hour before kick-off" was read as "an hour" (1 hour), and "about half an hour" as a bare half
(0.5 count) beside one hour; "an hour and a half" as "a half" (0.5 count) with no hour at all.
No dev or Ramadi article has the forms: constructed, wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # constructed, wire-style wording
        ("Police fired tear gas at the crowd half an hour before kick-off.", 0.5, "hour"),
        ("Police fired tear gas about half an hour before kick-off.", 0.5, "hour"),
        ("The gates were opened an hour and a half before kick-off.", 1.5, "hour"),
        ("The standoff lasted half a day.", 0.5, "day"),
        ("The inquiry took a year and a half.", 1.5, "year"),
        # "and a half" hyphened into its figure (no dev article has the form)
        ("A three-and-a-half-hour lockdown ended at noon.", 3.5, "hour"),
        ("The lockdown lasted three-and-a-half hours.", 3.5, "hour"),
        ("A two-and-a-half-year investigation ended on Friday.", 2.5, "year"),
    ],
)
def test_a_half_of_a_unit_is_one_measure(nlp, text, value, unit):
    (claim,) = extract_quantities(text, nlp=nlp)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_half_of_a_group_stays_a_share(nlp):
    # constructed, wire-style wording: "half" of people is no unit
    (claim,) = extract_quantities("About half the residents fled.", nlp=nlp)
    assert (claim.value, claim.unit) == (0.5, "count")
