"""A figure a report first gave and the same sentence sets right is the earlier word, not a fresh claim.

"Police had first said X was 17, but court records show he turned 18": the 17 is told as before the
article's day (its ``date``, as "the ministry, which on Tuesday said four people had died" is), so the
reconciler reads it as the figure the 18 superseded. Constructed wire-style sentences.
"""

from __future__ import annotations

import pytest

import factcmp

from .article_claims import column_of

pytestmark = pytest.mark.model

FRIDAY = "2016-10-21"
THURSDAY = "2016-10-20"


def told(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "date", reference=FRIDAY)


class TestFirstWordSetRight:
    def test_the_first_figure_is_the_day_befores(self, nlp):
        text = "Deputies had first said Jamal Reed was 24, but jail records show he turned 25."
        got = told(nlp, text)
        assert got["24"] == THURSDAY
        assert got["25"] == ""

    def test_an_initial_report_set_right_in_its_sentence(self, nlp):
        text = "Police initially reported that five people were killed in the crash, but the coroner said six people died."
        got = told(nlp, text)
        assert got["five people"] == THURSDAY
        assert got["six people"] == ""

    def test_a_first_word_with_nothing_to_set_it_right_stays_the_articles(self, nlp):
        # the reconciler pairs an earlier figure with its successor within one sentence only
        text = "Police initially reported that five people were hurt in the crash."
        assert told(nlp, text)["five people"] == ""

    def test_the_records_that_set_it_right_are_the_source_of_the_new_figure(self, nlp):
        text = "Deputies had first said Jamal Reed was 24, but jail records show he turned 25."
        assert column_of(nlp, text, "attributed_to", reference=FRIDAY)["25"] == "jail records"

    def test_he_who_turned_an_age_is_the_one_person_named(self, nlp):
        text = "Deputies had first said Jamal Reed was 24, but jail records show he turned 25."
        assert column_of(nlp, text, "quantity_of", reference=FRIDAY)["25"] == "age of Jamal Reed"


def test_a_toll_set_right_in_its_sentence_updates_the_earlier_one(nlp):
    articles = [
        {
            "doc_id": "01_a",
            "source": "a.com",
            "published": THURSDAY,
            "title": "Crash",
            "text": "Crash\n\nFive people were killed in the crash on Route 9, police said.",
        },
        {
            "doc_id": "02_b",
            "source": "b.com",
            "published": FRIDAY,
            "title": "Crash toll",
            "text": "Crash toll\n\nPolice initially reported that five people were killed in the crash on Route 9, "
            "but the coroner said six people died.",
        },
    ]
    table = factcmp.compare(articles, nlp=nlp).table
    killed = table[table["fact"] == "people killed"]
    assert list(killed["status"]) == ["updated"]
