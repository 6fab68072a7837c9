"""A figure its article says was told on an earlier day is that day's word (reconcile.windows.told_before).

"The health ministry, which on Tuesday said four people had died, raised the toll to nine on Wednesday":
extraction gives the four Tuesday as its ``date``. The four is then the ministry's earlier figure, superseded by
the nine, not a second toll of the Wednesday report (a part of it, or a rival). Wording constructed, wire style.
"""

from __future__ import annotations

from factcmp.comparison import Comparison
from factcmp.reconcile.windows import reported_on, told_before

from .test_reconcile import docs, q, reconcile, same_group

WEDNESDAY = docs(("b", "Wire", "2024-06-12"))
SENTENCE = "The health ministry, which on Tuesday said four people had died, raised the toll to nine on Wednesday."


def claims():
    return [q("b", "four people", 4, date="2024-06-11", sentence=SENTENCE), q("b", "nine", 9, sentence=SENTENCE)]


def test_the_earlier_days_figure_and_its_successor_are_one_fact():
    r = reconcile(claims(), WEDNESDAY)
    assert same_group(r, ("b", "four people"), ("b", "nine"))


def test_the_table_names_the_successor_as_the_latest():
    frame = reconcile(claims(), WEDNESDAY).rename(columns={"group": "group_id"})
    frame["group_id"] = "q" + frame["group_id"].astype(str)
    table = Comparison(claims=frame, documents=WEDNESDAY).table
    assert table["latest"].iat[0].startswith("nine")


def test_only_a_day_before_the_article_counts():
    assert told_before("2024-06-11", "2024-06-12") == "2024-06-11"
    assert told_before("2024-06-12", "2024-06-12") == ""  # the article's own day: nothing earlier
    assert told_before("2024-06-14", "2024-06-12") == ""  # a day ahead is a plan, not a report
    assert told_before(float("nan"), "2024-06-12") == ""
    assert reported_on("2024-06-12", "four people", SENTENCE, "2024-06-11") == "2024-06-11"
