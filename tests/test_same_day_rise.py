"""A toll told as risen on the day of an earlier report is an update, not a conflict (reconcile.windows.risen_value).

Breaking news revises a toll within hours: one station's "Two people were found dead" and another's "has died,
bringing the death toll to three", both dated that day, could not be put in order, so they were a conflict. An
article that tells its toll as risen is the day's later word. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

from factcmp.comparison import Comparison
from factcmp.reconcile.windows import reported_on, risen_value

from .test_reconcile import docs, q, reconcile, status_of

SAME_DAY = docs(("a", "Station A", "2015-03-10"), ("b", "Station B", "2015-03-10"))
RISEN = "The man who shot his wife has died, bringing the death toll to three, police said."


def claims():
    return [
        q("a", "Two people", 2, sentence="Two people were found dead inside a home early Tuesday, police said."),
        q("b", "three", 3, sentence=RISEN),
    ]


def test_a_toll_told_as_risen_updates_one_of_the_same_day():
    assert status_of(reconcile(claims(), SAME_DAY), "a", "Two people") == "updated"


def test_without_the_words_of_a_rise_the_same_day_figures_conflict():
    plain = [claims()[0], q("b", "three", 3, sentence="Three people were found dead, police said.")]
    assert status_of(reconcile(plain, SAME_DAY), "a", "Two people") == "conflict"


def test_the_table_names_the_risen_toll_as_the_latest():
    frame = reconcile(claims(), SAME_DAY).rename(columns={"group": "group_id"})
    frame["group_id"] = "q" + frame["group_id"].astype(str)
    table = Comparison(claims=frame, documents=SAME_DAY).table
    assert table["latest"].iat[0].startswith("three")


@pytest.mark.parametrize(
    ("sentence", "text", "risen"),
    [
        (RISEN, "three", True),
        ("The death toll has risen to 45, officials said.", "45", True),
        ("The blast raised the number of dead to at least 12.", "12", True),
        ("Police said three people were found dead.", "three", False),
        ("Bringing three children to the hospital took an hour.", "three", False),
    ],
)
def test_the_words_of_a_rise(sentence, text, risen):
    assert risen_value(text, sentence) is risen


def test_an_earlier_value_is_the_day_before_and_a_risen_one_the_day_after_any_other():
    assert reported_on("2015-03-10", "30", "The toll is 45, up from 30 on Monday.") == "2015-03-09"
    assert reported_on("2015-03-10", "three", RISEN) > reported_on("2015-03-10T18:00", "2", "Two died.")
