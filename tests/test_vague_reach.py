"""A vague count stretches by half of itself, either way: "dozens" (24-99) reaches 12 to 148, not 7.

It used to stretch by half of its top (49 for "dozens"), so it met almost any smaller figure: in Yida 2011
[04], "fought rebels ... killing dozens" (another clash) sat in one agreeing group with the camp bombing's
"seven" killed, and in Bourbon Street 2016 "a few months" agreed with "a week".
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _group_of(comparison, doc_prefix: str, text: str) -> str:
    claims = comparison.claims
    rows = claims[(claims["kind"] == "quantity") & claims["doc_id"].str.startswith(doc_prefix) & (claims["text"] == text)]
    assert len(rows), (doc_prefix, text)
    return rows["group_id"].iat[0]


def test_dozens_in_another_clash_do_not_agree_with_the_bombings_seven(dev_comparison):
    yida = dev_comparison("yida-camp-bombing-2011")
    assert _group_of(yida, "04_", "dozens") != _group_of(yida, "01_", "seven")


def test_a_few_months_do_not_agree_with_a_week(dev_comparison):
    bourbon = dev_comparison("bourbon-street-2016")
    assert _group_of(bourbon, "03_", "a week") != _group_of(bourbon, "04_", "a few months")
