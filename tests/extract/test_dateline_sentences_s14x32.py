"""No sentence starts inside a dateline that opens a line (the lead's s13 request).

The parser sometimes ends a sentence after the city of "CITY, St. (OUTLET) -"
and starts the next with the comma, so the lead's figures take the state for
their place and their sentence opens with ", Ohio (WTVG) -". The Austin line is
austin 07's; the others are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs))


class TestDatelineSentences:
    def test_the_city_and_its_state_stay_together(self, nlp):
        title = "Teen, 15, shot dead outside school"
        text = article(
            title,
            "TOLEDO, Ohio (WTVG) - A 15-year-old boy was shot dead and two girls were wounded Friday afternoon, police said.",
        )
        sentences = column_of(nlp, text, "sentence", kinds=("entity",), title=title)
        assert sentences["Ohio"] == sentences["TOLEDO"] == "TOLEDO, Ohio (WTVG) -"

    def test_the_outlet_and_the_dash_stay_with_the_city(self, nlp):
        # austin 07
        title = "6th Street shooting suspect booked into Travis County Jail"
        text = article(title, "AUSTIN (KXAN) — At 7:49 p.m. Thursday, Endicott McCray was booked into the Travis County Jail.")
        sentence = column_of(nlp, text, "sentence", kinds=("date",), title=title)["Thursday"]
        assert sentence.startswith("At 7:49 p.m. Thursday")

    def test_a_count_after_a_dateline_without_a_state(self, nlp):
        title = "Man, 30, held"
        text = article(title, "DENTON (KDFX) — Three men were booked into the Denton County Jail on Friday, deputies said.")
        assert column_of(nlp, text, "sentence", title=title)["Three men"].startswith("Three men")
