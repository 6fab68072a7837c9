"""Ranges written as movements ("fell from $2,415 to $2,315") and ranges whose first end is hedged.

A figure that moves "from X to Y" is read as one interval [min, max]: NewsQuant
annotates movements so, and two figures about one measured thing would read
as two sources disagreeing. Cases as in ``tests/extract/test_quantities.py``;
sentences from NewsQuant (``nqNNN``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_quantities import check

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ethereum fell from $2,415 to $2,315 from 1.05am to 7.05am, a 4.2 percent drop.",
            [("from $2,415 to $2,315", (2315.0, 2415.0), "USD", "range"), ("4.2 percent", 4.2, "percent", "exact")],
            id="money-falls-nq241",
        ),
        pytest.param(
            "maximum exhaust valve lift was increased from 13.5 to 14.0 mm and valve duration was increased by 18 degrees.",
            [("from 13.5 to 14.0 mm", (13.5, 14.0), "mm", "range"), ("18 degrees", 18.0, "degree", "exact")],
            id="unit-on-second-end-nq283",
        ),
        pytest.param(
            "Maddon, 66, has used the downtime to get in better shape, dropping from 208 pounds to 193 by exercising "
            "and cutting back on his wine consumption.",
            [("66", 66.0, "year", "exact"), ("from 208 pounds to 193", (193.0, 208.0), "lb", "range")],
            id="unit-on-first-end-nq405",
        ),
        pytest.param(
            "While Air New Zealand has revised its three-year network growth forecast from 5 to 7 per cent to 3 to 5 per cent.",
            [
                ("three-year", 3.0, "year", "exact"),
                ("from 5 to 7 per cent", (5.0, 7.0), "percent", "range"),
                ("3 to 5 per cent", (3.0, 5.0), "percent", "range"),
            ],
            id="range-to-range-nq385",
        ),
        pytest.param(
            "It will also boost the driving range by about 35 miles - from up to 252 miles to 287 miles- and improve "
            "the charging times.",
            [("about 35 miles", 35.0, "mile", "approximate"), ("252 miles to 287", (252.0, 287.0), "mile", "range")],
            id="hedge-after-from-nq013",
        ),
        pytest.param(
            "That means there's a glut of oil and lower prices (the price of the West Texas Intermediate benchmark has "
            "dropped since October from $75 U.S. per barrel to $45.88 on December 20).",
            [("from $75 U.S. per barrel to $45.88", (45.88, 75.0), "USD", "range")],
            id="rate-after-first-end-nq306",
        ),
        pytest.param(
            # the longer NewsQuant version (vivkaz/CQE@e877fe689cc520d0b114df508e70c9752f08417b)
            "For 2017, all Santa Fe models gained Apple CarPlay and Android Auto connectivity on a 7- or 8-inch touchscreen.",
            [("7- or 8-inch", (7.0, 8.0), "inch", "range")],
            id="suspended-hyphen",
        ),
        pytest.param(
            "The September crude contract was up 19 cents at US $58.24 per barrel.",
            [("19 cents", 0.19, "USD", "exact"), ("US $58.24", 58.24, "USD", "exact")],
            id="change-and-level-stay-two-figures-nq015",
        ),
        pytest.param(
            "The population grew by 2.3 million to 67.1 million last year.",
            [("2.3 million", 2.3e6, "count", "exact"), ("67.1 million", 6.71e7, "count", "exact")],
            id="change-and-level-without-unit",
        ),
        pytest.param(
            "The number of cases rose 120 to 4,500.",
            [("120", 120.0, "count", "exact"), ("4,500", 4500.0, "count", "exact")],
            id="change-and-level-bare",
        ),
        pytest.param(
            "Prices are expected to rise by 2 to 3 percent next year.",
            [("2 to 3 percent", (2.0, 3.0), "percent", "range")],
            id="a-range-of-change",
        ),
        pytest.param(
            "The battery-powered 2024 GMC Hummer SUV, meanwhile, is crazy quick, shaving 10 seconds off that 0-to-60-mph time.",
            [("10 seconds", 10.0, "second", "exact"), ("0-to-60-mph", (0.0, 60.0), "mph", "range")],
            id="to-glued-to-the-second-end-nq187",
        ),
        pytest.param(
            "The car does 0-to-60 mph in 3.1 seconds.",
            [("0-to-60 mph", (0.0, 60.0), "mph", "range"), ("3.1 seconds", 3.1, "second", "exact")],
            id="to-glued-to-the-second-end",
        ),
    ],
)
def test_range(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)
