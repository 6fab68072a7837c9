"""A length the sentence states is a claim: never a date, never another figure's window.

A term of punishment ("sentenced to seven years' jail", "jailed for eight years", "asked for
five years") is what a court gave or a party asked for; "seven years'" was read as the day
seven years back, and "for eight years" as the stretch the fraud's sum was counted over, so
the term was lost from the comparison. How long people were held where they could not leave
("after five days stranded", "trapped ... for two days") is the figure of a rescue story, not
the window of the count rescued. The sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import claims

pytestmark = pytest.mark.model

REFERENCE = "2021-03-05"


def _quantities(nlp, text: str) -> dict[str, dict]:
    return {c["text"]: c for c in claims(nlp, text, REFERENCE) if c["kind"] == "quantity"}


def _dates(nlp, text: str) -> list[str]:
    return [c["text"] for c in claims(nlp, text, REFERENCE) if c["kind"] == "date"]


class TestTermsOfPunishment:
    def test_years_jail_is_a_term_not_a_date(self, nlp):
        text = "A former bank clerk was sentenced to seven years' jail on Thursday for embezzling $2.5 million."
        got = _quantities(nlp, text)
        assert got["seven years"]["value"] == 7 and got["seven years"]["unit"] == "year"
        assert got["$2.5 million"]["window"] == ""
        assert _dates(nlp, text) == ["Thursday"]

    def test_years_imprisonment(self, nlp):
        text = "The company's former director was sentenced to 12 years' imprisonment for 30 counts of fraud."
        got = _quantities(nlp, text)
        assert got["12 years"]["value"] == 12
        assert all(c["window"] == "" for c in got.values())
        assert _dates(nlp, text) == []

    def test_jailed_for_years_is_no_window_of_the_sum(self, nlp):
        got = _quantities(nlp, "Court jails ex-manager for 8 years over $5 mln fraud")
        assert got["8 years"]["value"] == 8
        assert all(c["window"] == "" for c in got.values())

    def test_a_range_asked_and_a_term_sought_are_both_claims(self, nlp):
        text = "Prosecutors have asked for nine to 11 years in prison, while the defence lawyer sought five years."
        got = _quantities(nlp, text)
        assert (got["nine to 11 years"]["low"], got["nine to 11 years"]["high"]) == (9, 11)
        assert got["five years"]["value"] == 5 and got["five years"]["window"] == ""

    def test_a_term_asked_for_next_to_a_dated_arrest(self, nlp):
        got = _quantities(nlp, "The defence asked for four years after his arrest in 2017.")
        assert got["four years"]["value"] == 4
        assert got["four years"]["window"] == ""

    def test_the_term_has_no_window_of_how_long_the_theft_ran(self, nlp):
        text = "The clerk was sentenced to seven years' jail for taking $2.5 million over four years."
        got = _quantities(nlp, text)
        assert got["seven years"]["window"] == ""
        assert got["$2.5 million"]["window"] == "4y"  # the four years still scope the sum taken

    def test_an_earlier_term_keeps_its_year(self, nlp):
        got = _quantities(nlp, "He was jailed for six years in 2009 for a similar fraud of $1 million.")
        assert got["six years"]["window"] == "period:2009"


class TestTimeHeldCaptive:
    def test_days_stranded_after_a_rescue(self, nlp):
        got = _quantities(nlp, "Rescuers freed 12 fishermen on Wednesday after five days stranded on a sandbank.")
        assert got["five days"]["value"] == 5 and got["five days"]["unit"] == "day"
        assert got["12 fishermen"]["window"] == ""

    def test_trapped_for_days(self, nlp):
        got = _quantities(nlp, "A rockfall killed two workers and trapped 14 others for two days.")
        assert got["two days"]["value"] == 2
        assert got["14 others"]["window"] == ""

    def test_a_stretch_of_fighting_stays_a_window(self, nlp):
        got = _quantities(nlp, "At least 40 people were killed in three days of fighting.")
        assert "three days" not in got
        assert got["At least 40 people"]["window"] == "3d"
