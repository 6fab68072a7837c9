"""A bare figure a toll rises or stands to is that toll's event: "the death toll ... to 11" is 11 killed.

The toll, tally or number is the verb's subject or object and its own words name the event ("death
toll", "number of dead", "toll of injured"; a bare "toll" is the dead); a number of anything else
("the number of tourists rose to 2 million") names no event.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/aceh 14",
            "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed during a Koran "
            "reading session in Indonesia's Aceh province, bringing the confirmed death toll from the disaster to 11.",
            ("11", "killed"),
        ),
        ("wire style", "The death toll rose to 24 on Wednesday, officials said.", ("24", "killed")),
        ("wire style", "The number of dead has risen to 22.", ("22", "killed")),
        ("wire style", "The toll of injured climbed to 250 overnight.", ("250", "injured")),
    ],
)
def test_the_level_of_a_toll_takes_its_event(nlp, where, text, expected):
    assert quantity_fields(nlp, text, expected[0], "predicate") == [expected]


def test_a_number_of_things_names_no_event(nlp):
    assert quantity_fields(nlp, "The number of tourists rose to 2 million last year.", "2 million", "predicate") == [
        ("2 million", "rose")
    ]
