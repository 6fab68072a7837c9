"""A page's time stamp is furniture, not a date claim.

The stamp lines are real (``corpus/dev/aceh 05``, ``aceh 11``, ``paris 09``, ``yida 03``, ``yida 11``)
or wire-style (the AP byline with its stamp).
"""

from __future__ import annotations

import pandas as pd
import pytest

import factcmp
from factcmp.cleaning import clean_text

pytestmark = pytest.mark.model

CLAIM = "The quake struck on Tuesday, killing two people."


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: July 02, 2013 15:50 IST",  # corpus/dev/aceh 05
        "Updated: July 2, 2013 15:01 IST",  # corpus/dev/aceh 11
        "Published: 09 Sep 2013 11:25 GMT+02: 00",  # corpus/dev/paris 09
        "Published: November 10, 2011",  # corpus/dev/yida 03
        "Date Published: Tuesday, November 15, 2011",  # corpus/dev/yida 11
        "Published: 4:52 PM EDT September 12, 2026",  # wire style
        "By Associated Press | Sept. 12, 2026, at 6:40 a.m.",  # wire style
    ],
)
def test_a_time_stamp_line_is_dropped(stamp: str) -> None:
    assert clean_text(f"Quake hits Aceh\n\n{stamp}\n{CLAIM}") == f"Quake hits Aceh\n\n{CLAIM}"


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Police say 3 dead",
        "Updated 2:30 p.m.: Police now say five people died",
        "By the time police arrived | 12 people were dead",
        "By John Smith",
    ],
)
def test_a_line_that_says_more_than_a_time_stays(line: str) -> None:
    assert line in clean_text(f"{line}\n{CLAIM}")


def _dates(text: str, published: str) -> list[str]:
    frame = pd.DataFrame([{"doc_id": "a", "source": "a.com", "text": text, "published": published}])
    claims = factcmp.compare(frame).claims
    return claims.loc[claims["kind"] == "date", "text"].tolist()


def test_no_date_claim_from_a_stamp() -> None:
    text = f"By Associated Press | Sept. 12, 2026, at 6:40 a.m.\n{CLAIM}"
    assert _dates(text, "2026-09-12") == ["Tuesday"]
