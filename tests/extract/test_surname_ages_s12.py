"""A surname in -s opening a sentence, then ", N," is the person's age (probe14a A2).

The small model tags a sentence-initial surname ending in -s ("Meeks", "Banks", "Sims") as a plural common noun
with no entity, so the figure between the commas was a count of the verb: "20 people killed", a false toll. A
plural noun is never written so ("Victims, 20, died"); the figure is the age of the name. Constructed
wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Meeks, 20, died Saturday at a hospital.", "Meeks"),
        ("Banks, 20, was shot by officers after a chase.", "Banks"),
        ("Williams, 33, was taken into custody without incident.", "Williams"),
    ],
)
def test_surname_in_s_with_age(nlp, text: str, owner: str) -> None:
    got = quantity_fields(nlp, text, text.split(", ")[1], "unit", "quantity_of")
    assert got == [(text.split(", ")[1], "year", f"age of {owner}")]
