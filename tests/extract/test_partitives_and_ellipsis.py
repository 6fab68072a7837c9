"""Partitives, copulas and appositions that lost what a figure counts or whose age it is.

"in 12 of the country's 47 counties": a possessor inside the partitive ("the country's") stopped the walk
to the counted noun, and 12 had none. "57 were Nepali nationals and 15 were foreigners" counted "(were)":
a bare figure (or a part: "Fifteen of the passengers were foreigners") said to be people counts them. "The search for the remaining four" counted "(continued)":
people searched for are missing (not suspects: a manhunt). "recovered two 9mm handguns" lost "handguns"
to the calibre between them. "Co-pilot Anju Khatiwada, 44, had" read 44 as a count: the model tags the
name PRODUCT. "Two students, Mason Clarke, 16, and Emily Dawson, 15, died" gave both ages to Emily Dawson
(the model tags Clarke ORG): a name set off before the age by a comma owns it.
Sources: wire-style wording (constructed): no dev or Ramadi sentence has these shapes.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def test_a_possessor_inside_a_partitive(nlp):
    text = "Rivers burst their banks in 12 of the country's 47 counties."
    assert quantity_fields(nlp, text, "12", "subject") == [("12", "county")]


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        ("Of the 72 people on board, 57 were Nepali nationals and 15 were foreigners.", "57", "national"),
        ("Of the 72 people on board, 57 were Nepali nationals and 15 were foreigners.", "15", "foreigner"),
        ("Fifteen of the passengers were foreigners, the airline said.", "Fifteen", "foreigner"),
    ],
)
def test_a_figure_said_to_be_people_counts_them(nlp, text, words, subject):
    assert quantity_fields(nlp, text, words, "unit", "subject") == [(words, "person", subject)]


def test_a_part_with_an_act_keeps_its_set(nlp):
    text = "Two of the victims were shot."
    assert quantity_fields(nlp, text, "Two", "subject", "predicate") == [("Two", "people", "shot")]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("The search for the remaining four continued on Monday.", "four", "missing"),
        ("Divers resumed the search for 12 passengers on Tuesday.", "12 passengers", "missing"),
        ("Police are searching for two suspects.", "two suspects", "search"),
        ("Rescuers are searching for 12 miners trapped underground.", "12 miners", "trapped"),
    ],
)
def test_those_searched_for_are_missing(nlp, text, words, event):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, event)]


def test_a_calibre_inside_a_count(nlp):
    text = "Investigators recovered a rifle and two 9mm handguns."
    assert quantity_fields(nlp, text, "two", "subject") == [("two", "handgun")]


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        ("Co-pilot Anju Khatiwada, 44, had 6,396 hours of flying experience.", "44", "Anju Khatiwada"),
        ("Two students, Mason Clarke, 16, and Emily Dawson, 15, died.", "16", "Mason Clarke"),
        ("Two students, Mason Clarke, 16, and Emily Dawson, 15, died.", "15", "Emily Dawson"),
    ],
)
def test_an_age_is_of_the_name_before_it(nlp, text, words, owner):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, f"age of {owner}")]
