"""A small hand-built comparison (no model), with hostile article text to test escaping."""

from __future__ import annotations

import pandas as pd
import pytest

from factcmp.comparison import Comparison
from factcmp.records import Claim, claims_to_frame

EVIL = "<script>alert('x')</script>"
TEXT_A = f"{EVIL} At least 500 people died on Monday, police said. Damage: $5 million."
TEXT_B = "About 300 people died, the ministry said. Damage reached $5 million."


def _claim(doc_id: str, text: str, surface: str, **fields: object) -> Claim:
    start = text.index(surface)
    return Claim(start=start, end=start + len(surface), text=surface, doc_id=doc_id, **fields)  # type: ignore[arg-type]


@pytest.fixture
def articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "source": [f"Daily {EVIL}", "Ministry Wire"],
            "title": [f"Title {EVIL}", "Ministry report"],
            "published": ["2020-01-06", "2020-01-07"],
            "reference_date": ["2020-01-06", "2020-01-07"],
            "text": [TEXT_A, TEXT_B],
            "path": ["", ""],
            "status": ["ok", "ok"],
            "warning": ["", ""],
        }
    )


@pytest.fixture
def tiny(articles: pd.DataFrame) -> Comparison:
    """Two sources: a conflict on deaths (an open bound against a range), agreement on damage."""
    claims = [
        _claim(
            "a",
            TEXT_A,
            "At least 500 people",
            kind="quantity",
            value=500.0,
            low=500.0,
            unit="person",
            qualifier="at_least",
            quantity_of="people killed",
            norm_value=500.0,
            norm_low=500.0,
            norm_unit="person",
            attributed_to="police",
        ),
        _claim("a", TEXT_A, "Monday", kind="date", date="2020-01-06", date_period="day", predicate="died"),
        _claim(
            "a",
            TEXT_A,
            "$5 million",
            kind="quantity",
            value=5e6,
            low=5e6,
            high=5e6,
            unit="USD",
            qualifier="exact",
            quantity_of="damage in $",
            norm_value=5e6,
            norm_low=5e6,
            norm_high=5e6,
            norm_unit="USD",
        ),
        _claim(
            "b",
            TEXT_B,
            "About 300 people",
            kind="quantity",
            value=300.0,
            low=270.0,
            high=330.0,
            unit="person",
            qualifier="approximate",
            quantity_of="people killed",
            norm_value=300.0,
            norm_low=270.0,
            norm_high=330.0,
            norm_unit="person",
            attributed_to="the ministry",
        ),
        _claim(
            "b",
            TEXT_B,
            "$5 million",
            kind="quantity",
            value=5e6,
            low=5e6,
            high=5e6,
            unit="USD",
            qualifier="exact",
            quantity_of="damage in $",
            norm_value=5e6,
            norm_low=5e6,
            norm_high=5e6,
            norm_unit="USD",
        ),
        _claim("b", TEXT_B, "ministry", kind="entity", entity_type="ORG", entity_id="org:ministry"),
    ]
    frame = claims_to_frame(claims).assign(
        group_id=["q0000", "d0002", "q0001", "q0000", "q0001", ""],
        status=["conflict", "single", "agree", "conflict", "agree", ""],
    )
    return Comparison(claims=frame, documents=articles.drop(columns=["text"]), model="hand-built")
