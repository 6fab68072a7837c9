"""A stretch of time a figure does not happen in: a deadline, and the size or age of a thing.

- "would report within 30 days" is a deadline, a claim of its own ("one month to
  report"); it counts nothing done in it, and is no window of the other figures of
  its sentence (it windowed "a five-member commission", and the 30 days were
  dropped as that window). "40 people were arrested within 24 hours" tells what was
  done: the hours stay the arrests' window.
- a size or an age ("a five-member commission", "Joseph Zangaro, 61") is not a count
  of what happened over a stretch: a duration of its sentence does not window it
  (berrien [07] gave the bailiffs' ages the window of their ten years at the court).

The commission and jury sentences are constructed, in wire-style wording; the ages
are real (berrien [07], baton-rouge [06]).
"""

from __future__ import annotations

import pytest

from .article_claims import credits, windows

pytestmark = pytest.mark.model

REFERENCE = "2016-07-31"


class TestDeadlines:
    def test_a_deadline_windows_nothing_and_stays_a_claim(self, nlp):
        # wire-style wording (constructed)
        got = windows(nlp, "A five-member commission would report within 30 days, the president said.", REFERENCE)
        assert got["five-member commission"] == ""
        assert "30 days" in got

    def test_a_deadline_is_the_word_of_who_set_it(self, nlp):
        # wire-style wording (constructed): the commission has reported nothing yet
        got = credits(nlp, "A five-member commission would report within 30 days, the president said.")
        assert got["30 days"] == "the president"

    @pytest.mark.parametrize(
        ("text", "figure", "window"),
        [
            ("Police arrested 40 people within 24 hours.", "40 people", "24h"),
            ("At least 12 people died within 48 hours of the quake.", "At least 12 people", "48h"),
        ],
    )
    def test_a_stretch_of_what_was_done_windows_its_figure(self, nlp, text, figure, window):
        # wire-style wording (constructed)
        assert windows(nlp, text, REFERENCE)[figure] == window


class TestSizesAndAges:
    def test_a_size_is_not_windowed_by_the_time_its_work_took(self, nlp):
        # wire-style wording (constructed)
        assert windows(nlp, "A 12-member jury was chosen in three days of hearings.", REFERENCE)["12-member jury"] == ""

    @pytest.mark.parametrize(
        ("text", "age"),
        [
            (
                "The two bailiffs, Joseph Zangaro, 61, and Ronald Kienzle, 63, who were killed had been with the "
                "trial court for more than 10 years.",
                "61",
            ),
            (
                "Deputy Bruce Simmons, 51, and Officer Chad Montgomery were wounded and released from the hospital "
                "within a few days of the incident.",
                "51",
            ),
        ],
    )
    def test_an_age_is_not_windowed(self, nlp, text, age):
        assert windows(nlp, text, REFERENCE)[age] == ""

    def test_an_age_is_not_dated_by_a_running_counts_start(self, nlp):
        # wire-style wording (constructed, probe11 #2): the driver's age is no figure of 2012 because his
        # citations are counted since then; the citations keep their window
        got = windows(
            nlp,
            "The driver, 43, who survived with minor injuries, had been cited 14 times for speeding since 2012, "
            "the prosecutor said.",
            REFERENCE,
        )
        assert got["43"] == ""
        assert got["14 times"] == "period:2012"

    def test_the_toll_beside_an_age_keeps_its_window(self, nlp):
        # wire-style wording (constructed)
        got = windows(nlp, "A 3-year-old boy was among 40 people killed in three days of fighting.", REFERENCE)
        assert got["3-year-old boy"] == ""
        assert got["40 people"] == "3d"
