"""'and a half' written as one hyphened word with its figure: "a three-and-a-half-hour lockdown".

Spaced, "three and a half hours" was read; hyphened, the figure stopped at "three" (3, a count).
Wire-style wordings (constructed): no dev article has the hyphened form.
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A three-and-a-half-hour lockdown ended at noon.", 3.5, "hour"),
        ("The lockdown lasted three-and-a-half hours.", 3.5, "hour"),
        ("A two-and-a-half-year investigation ended on Friday.", 2.5, "year"),
    ],
)
def test_hyphened_and_a_half(nlp, text, value, unit):
    (claim,) = extract_quantities(text, nlp=nlp)
    assert (claim.value, claim.unit) == (value, unit)
