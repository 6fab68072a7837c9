"""Bare figures listed after a plural family word are the members' ages, as "ages 6 and 9" are.

Constructed wire-style sentences (said so in each test).
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def units(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "unit")


def owners(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "quantity_of")


class TestKinAges:
    def test_children_after_a_mother_with_her_age(self, nlp):
        # constructed wire-style sentence: was 6 and 9 counted, no age
        text = "Amanda Pruitt, 34, and her children, 6 and 9, were not hurt."
        got = units(nlp, text)
        assert got == {"34": "year", "6": "year", "9": "year"}
        assert owners(nlp, text)["34"] == "age of Amanda Pruitt"

    def test_meets_the_ages_written_with_ages(self, nlp):
        # constructed wire-style sentences: the bare list reads as the "ages 6 and 9" one does
        bare = owners(nlp, "Amanda Pruitt, 34, and her children, 6 and 9, were not hurt.")
        aged = owners(nlp, "Amanda Pruitt, 34, and her children, ages 6 and 9, were not hurt.")
        assert bare["6"] == aged["6"] and bare["9"] == aged["9"]

    def test_sons(self, nlp):
        # constructed wire-style sentence
        assert units(nlp, "His sons, 4 and 7, were taken to a hospital.") == {"4": "year", "7": "year"}

    def test_three_daughters(self, nlp):
        # constructed wire-style sentence: a list of three, commas and "and"
        got = units(nlp, "The daughters, 12, 14 and 15, were unharmed, police said.")
        assert got == {"12": "year", "14": "year", "15": "year"}

    def test_a_count_before_the_family_word_stays_a_count(self, nlp):
        # constructed wire-style sentence
        assert units(nlp, "The woman and her 3 children were not hurt.")["3 children"] != "year"

    def test_a_child_listed_after_a_mother_with_her_age_is_not_the_mother(self, nlp):
        # constructed wire-style sentence: the parse hangs "son" on the mother's name; was "age of Amanda Pruitt"
        got = owners(nlp, "Amanda Pruitt, 34, her son, 6, and her daughter, 9, were not hurt.")
        assert got == {"34": "age of Amanda Pruitt", "6": "age of son", "9": "age of daughter"}
