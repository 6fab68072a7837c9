"""Two ways a date's words were read wrong around a figure.

"a day after the landslide" tells when the news came, counted from the story's own
event: no figure any outlet reports (it was a 1-day claim). "a month after a gang
stole ..." tells the time between two events and stays a figure. And a DATE span the
model ran into the next figure ("Last year 52", "In 2019 27") dropped the figure from
the comparison and put it in the date's text. The sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import claims

pytestmark = pytest.mark.model

REFERENCE = "2021-03-09"


def _by_kind(nlp, text: str, kind: str) -> dict[str, dict]:
    return {c["text"]: c for c in claims(nlp, text, REFERENCE) if c["kind"] == kind}


class TestOneUnitOffsets:
    def test_a_day_after_the_story_event_is_no_figure(self, nlp):
        got = _by_kind(nlp, "Rescuers found two more survivors on Tuesday, a day after the landslide.", "quantity")
        assert set(got) == {"two more survivors"}

    def test_an_offset_alone_in_its_sentence(self, nlp):
        assert _by_kind(nlp, "Crews reached the village on Monday, a day after the storm's landfall.", "quantity") == {}

    def test_a_month_after_another_event_stays_a_figure(self, nlp):
        got = _by_kind(nlp, "The raid came a month after a gang stole $5 million in jewels from a hotel.", "quantity")
        assert got["a month"]["value"] == 1 and got["a month"]["unit"] == "month"


class TestDateRunIntoAFigure:
    def test_last_year_and_a_count(self, nlp):
        text = "Last year 17 people were killed on the island's roads."
        assert set(_by_kind(nlp, text, "date")) == {"Last year"}
        assert _by_kind(nlp, text, "quantity")["17 people"]["window"] == "period:2020"

    def test_last_year_and_a_count_of_workers(self, nlp):
        text = "Last year 61 workers died in accidents at the country's mines."
        assert set(_by_kind(nlp, text, "date")) == {"Last year"}
        assert _by_kind(nlp, text, "quantity")["61 workers"]["window"] == "period:2020"

    def test_a_year_and_a_count(self, nlp):
        text = "In 2019 27 climbers died on the mountain."
        assert set(_by_kind(nlp, text, "date")) == {"2019"}
        assert _by_kind(nlp, text, "quantity")["27 climbers"]["window"] == "period:2019"

    def test_a_year_after_a_day_stays_in_the_date(self, nlp):
        # the byline of aceh-earthquake-2013 [03], where the parser hangs the year on "AM"
        text = "Earthquake Of Magnitude 6.1 Strikes Indonesia's Aceh Province Killing One\n\non July 02 2013 7:41 AM\n"
        assert "July 02 2013" in _by_kind(nlp, text, "date")
