"""People under an order to evacuate are the evacuated (displaced), whatever verb gives their count.

"About 11,000 residents remain under evacuation orders" was people who "remain"; "evacuation orders
covered about 8,000 residents" people "covered"; "8,000 people were ordered to evacuate" people "ordered".
Every wildfire, hurricane and flood story counts its evacuated by the order as often as by "were
evacuated", which was already displaced. An order to leave somewhere that is not home ("ordered three
men to leave the court"), an order of another kind ("under curfew orders") and an order lifted for
people ("evacuation orders were lifted for some 3,000 residents": they go home) are no evacuation.
No dev or Ramadi article has the forms: constructed, wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # constructed, wire-style wording
        ("About 11,000 residents remain under evacuation orders, Cal Fire said.", "About 11,000 residents"),
        ("Evacuation orders covered about 8,000 residents.", "about 8,000 residents"),
        ("Evacuation orders remain in place for about 8,000 people.", "about 8,000 people"),
        ("Evacuation warnings were issued for 2,000 residents.", "2,000 residents"),
        ("About 8,000 people were ordered to evacuate.", "About 8,000 people"),
        ("Officials ordered 2,000 people to leave their homes.", "2,000 people"),
    ],
)
def test_people_under_an_evacuation_order_are_displaced(nlp, text, words):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, "displaced")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # constructed, wire-style wording
        ("The judge ordered 3 men to leave the court.", "3 men"),
        ("About 300 people remain under curfew orders.", "About 300 people"),
        ("Evacuation orders were lifted for some 3,000 residents on Wednesday.", "some 3,000 residents"),
    ],
)
def test_other_orders_are_no_evacuation(nlp, text, words):
    assert quantity_fields(nlp, text, words, "predicate") != [(words, "displaced")]
