"""A toll a source "maintains" or "insists" on is set against the others, and its parts stay apart (reconcile.rivals).

"The club that organised the match still maintains that nine people died" beside the ministry's 12 in one article:
the words say the nine is another count of the same dead, not a part of the 12, so the toll conflicts. "Saying
three others ... died later" in that sentence is a part, nobody's rival toll. Wording constructed, wire style.
"""

from __future__ import annotations

from factcmp.reconcile.rivals import _told_as_part

from .test_reconcile import docs, q, reconcile

DAYS = docs(("a", "Wire", "2021-10-17"), ("b", "Paper", "2021-10-18"), ("c", "Daily", "2021-10-19"))
MAINTAINS = (
    "The club that organised the match still maintains that nine people died in the stadium, saying three others "
    "were hurt in a separate crush outside and died later."
)


def _claims(sentence: str = MAINTAINS):
    return [
        q("a", "Eight people", 8, attributed_to="a police spokesman",
          sentence="Eight people died in a crush at a football stadium on Sunday, a police spokesman said."),
        q("b", "11", 11, attributed_to="the health ministry",
          sentence="The toll from the stampede has risen to 11, the health ministry said on Monday."),
        q("c", "12 people", 12, attributed_to="The health ministry",
          sentence="The health ministry said on Tuesday that 12 people had died."),
        q("c", "nine people", 9, sentence=sentence),
        q("c", "three others", 3, attributed_to="nine people", sentence=sentence),
    ]  # fmt: skip


def _status(result, text):
    return result.loc[result["text"] == text, "status"].iat[0]


def test_a_maintained_toll_stands_against_the_official_one():
    result = reconcile(_claims(), DAYS)
    groups = result.set_index("text")["group"]
    assert groups["nine people"] == groups["12 people"] == groups["Eight people"]
    assert _status(result, "12 people") == "conflict"


def test_the_part_told_beside_it_is_no_rival():
    groups = reconcile(_claims(), DAYS).set_index("text")["group"]
    assert groups["three others"] != groups["12 people"]


def test_without_the_words_of_a_dispute_the_lower_figure_is_no_rival():
    plain = MAINTAINS.replace("still maintains that", "says")
    assert _status(reconcile(_claims(plain), DAYS), "12 people") == "updated"


def test_a_figure_whose_own_words_make_it_a_part():
    assert _told_as_part("three others", MAINTAINS)
    assert _told_as_part("four more people", "Police said four more people had died.")
    assert not _told_as_part("nine people", MAINTAINS)
