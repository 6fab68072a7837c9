"""A hyphened people noun the tokenizer splits after its first part (probe14a A18).

"three co-workers" was read as three "co", a count of things that never met the toll. Constructed wire-style
wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def test_co_workers_are_people(nlp) -> None:
    text = "The gunman killed three co-workers at the plant."
    assert quantity_fields(nlp, text, "three co", "unit", "quantity_of") == [("three co", "person", "workers killed")]
