"""How many a place or a craft holds is one fact, its capacity, however it is written.

"The 60,000-capacity stadium", "the 60,000-seat stadium", "the stadium, which holds 60,000 people", "The
stadium seats 60,000", "the stadium's capacity of 60,000" and "which has a capacity of 60,000" all give the
stadium's capacity, a count (never people who turned up: "About 75,000 fans turned up at the 60,000-seat
stadium" has one crowd and one capacity). A holding verb in the past ("The stadium held 60,000 fans on
Saturday") is as often the crowd of one day, and "holds 60,000 shares" holds no people: neither is a capacity;
nor are a party's seats ("hold 365 seats", "an 80-seat majority").
What a craft is licensed, allowed or designed to carry, or rated for, is its capacity too, never the people it
carried ("licensed to carry at most N passengers" against "was carrying M passengers").
Sources: wire-style wording (constructed; no dev article gives a capacity).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The 60,000-capacity stadium was packed.", "60,000-capacity", ("count", "capacity of stadium")),
        ("About 75,000 fans turned up at the 60,000-seat stadium.", "60,000-seat stadium", ("count", "capacity of stadium")),
        ("About 75,000 fans turned up at the 60,000-seat stadium.", "About 75,000 fans", ("person", "people (turned up)")),
        (
            "The match was played at the National Stadium, which holds 60,000 people.",
            "60,000 people",
            ("count", "capacity of stadium"),
        ),
        ("The stadium, which has a capacity of 60,000, was full.", "60,000", ("count", "capacity of stadium")),
        (
            "Organisers sold 62,000 tickets, more than the stadium's capacity of 60,000.",
            "60,000",
            ("count", "capacity of stadium"),
        ),
        ("The stadium seats 60,000.", "60,000", ("count", "capacity of stadium")),
        ("A 200-seat plane crashed on Sunday.", "200-seat plane", ("count", "capacity of plane")),
        # what a craft is licensed, allowed or built to carry, or rated for (probe12: it met the people on board)
        (
            "The regulator said the boat was licensed to carry a maximum of 60 passengers.",
            "a maximum of 60 passengers",
            ("count", "capacity of boat"),
        ),
        ("The agency said the boat was allowed to carry only 40 passengers.", "40 passengers", ("count", "capacity of boat")),
        ("The ferry, which was certified to carry 300 passengers, sank.", "300 passengers", ("count", "capacity of ferry")),
        ("The boat was rated for 40 passengers.", "40 passengers", ("count", "capacity of boat")),
        ("The bus can carry 60 passengers.", "60 passengers", ("count", "capacity of bus")),
        # a vessel by its name (probe12: the model tags the name a person)
        (
            "Port officials said the Ocean Star was licensed to carry a maximum of 90 passengers.",
            "a maximum of 90 passengers",
            ("count", "capacity of ocean star"),
        ),
        # no capacity
        ("The stadium held 60,000 fans on Saturday.", "60,000 fans", ("person", "fans (held)")),
        ("The company holds 60,000 shares.", "60,000 shares", ("count", "shares (holds)")),
        ("Organisers were permitted to hold 500 people in the square.", "500 people", ("person", "people (hold)")),
        ("Smith was allowed to take 30 people on the tour.", "30 people", ("person", "people (take)")),
        ("The minibus was carrying 22 passengers.", "22 passengers", ("person", "passengers aboard")),
    ],
)
def test_a_capacity_is_one_fact(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, *expected)]


@pytest.mark.parametrize(
    ("text", "words"),
    [("The Conservatives hold 365 seats in parliament.", "365 seats"), ("Labour won an 80-seat majority.", "80-seat majority")],
)
def test_a_partys_seats_are_no_capacity(nlp, text, words):
    got = quantity_fields(nlp, text, words, "quantity_of")
    assert len(got) == 1 and not got[0][1].startswith("capacity")
