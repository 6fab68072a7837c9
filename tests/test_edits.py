"""Verdicts follow the facts, not the wording: edit the articles and watch the verdicts.

Copies of real articles are edited in a temporary folder. An incompatible
figure put into one article turns its fact into a conflict; the same figure
written in words, or in another unit, changes nothing.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

import factcmp

from .conftest import DEV_CORPUS, RAMADI

pytestmark = pytest.mark.model

BRISTOL = DEV_CORPUS / "bristol-highway-2016"
ACEH = DEV_CORPUS / "aceh-earthquake-2013"
A04, A06 = "04_indianexpress.com_2013-07-02", "06_newsinfo.inquirer.net_2013-07-02"
# the five reports of the day after the shooting (one date: a change can only be a conflict)
BRISTOL_DAY_ONE = [
    "01_johnsoncitypress.com_2016-07-07",
    "02_wate.com_2016-07-07",
    "03_wcyb.com_2016-07-07",
    "04_wkrn.com_2016-07-07",
    "05_wsmv.com_2016-07-07",
]


def edited(src, dest, edits, *, only=None):
    """Copy a cluster folder, replacing text: {doc_id: [(old, new), ...]}; each old must occur exactly once."""
    dest.mkdir()
    for path in src.iterdir():
        if path.suffix == ".txt" and (only is None or path.stem in only):
            text = path.read_text(encoding="utf-8")
            for old, new in edits.get(path.stem, []):
                assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
                text = text.replace(old, new)
            (dest / path.name).write_text(text, encoding="utf-8")
        elif path.name == "sources.csv":
            shutil.copy(path, dest / path.name)
    return dest


def group_with(cmp, doc_id, phrase, value):
    """The group id and status of the claim of ``value`` in the sentence holding ``phrase``."""
    c = cmp.claims
    rows = c[(c["kind"] == "quantity") & (c["doc_id"] == doc_id) & c["sentence"].str.contains(phrase, regex=False)]
    rows = rows[(rows["value"] == value) | (rows["low"] == value) | (rows["high"] == value)]
    assert len(rows), f"no claim of {value} near {phrase!r} in {doc_id}"
    return rows["group_id"].iat[0], rows["status"].iat[0]


def members(cmp, group_id):
    c = cmp.claims
    return sorted(c[c["group_id"] == group_id]["doc_id"])


def verdicts(cmp):
    """Every quantity fact as (status, the articles giving it): what must not move when only wording does."""
    c = cmp.claims[cmp.claims["kind"] == "quantity"]
    return Counter((g["status"].iat[0], tuple(sorted(set(g["doc_id"])))) for _, g in c.groupby("group_id"))


D000, D003, D004 = "000_5974a4e9f51f05de", "003_010effc176ed3607", "004_50a85e9e3df0fe24"


class TestRamadi:
    def test_incompatible_figures_turn_their_facts_into_conflicts(self, nlp, ramadi, tmp_path):
        before_fled = group_with(ramadi, D004, "approximately", 8000)
        before_blitz = group_with(ramadi, D004, "day blitz", 3)
        assert before_fled[1] == before_blitz[1] == "agree"
        edits = {D004: [("approximately 8,000", "approximately 14,000"), ("three-day blitz", "five-day blitz")]}
        cmp = factcmp.compare(edited(RAMADI, tmp_path / "ramadi", edits), nlp=nlp)
        fled = group_with(cmp, D004, "approximately", 14000)
        blitz = group_with(cmp, D004, "day blitz", 5)
        assert fled[1] == blitz[1] == "conflict"
        assert members(cmp, fled[0]) == members(ramadi, before_fled[0])
        assert members(cmp, blitz[0]) == members(ramadi, before_blitz[0])

    def test_words_and_other_units_change_nothing(self, nlp, ramadi, tmp_path):
        edits = {
            D000: [
                ("that 500 people", "that five hundred people"),
                ("8,000 people have been forced", "eight thousand people have been forced"),
            ],
            D004: [("100 kilometres (60 miles) west", "62 miles west")],
        }
        cmp = factcmp.compare(edited(RAMADI, tmp_path / "ramadi", edits), nlp=nlp)
        assert verdicts(cmp) == verdicts(ramadi)
        assert group_with(cmp, D000, "were killed", 500)[1] == "agree"
        assert (
            group_with(cmp, D004, "west of Baghdad", 62)[1] == group_with(ramadi, D004, "west of Baghdad", 100)[1] == "conflict"
        )


@pytest.mark.skipif(not BRISTOL.is_dir(), reason="the shared dev corpus is not beside the repository")
class TestBristol:
    @pytest.fixture(scope="class")
    @classmethod
    def day_one(cls, nlp, tmp_path_factory):
        return factcmp.compare(edited(BRISTOL, tmp_path_factory.mktemp("bristol") / "plain", {}, only=BRISTOL_DAY_ONE), nlp=nlp)

    def test_the_plain_day_agrees(self, day_one):
        assert group_with(day_one, BRISTOL_DAY_ONE[2], "four others are injured", 4)[1] == "agree"
        assert group_with(day_one, BRISTOL_DAY_ONE[2], "Jennifer Brewer Rooney, 44", 44)[1] == "agree"

    def test_an_incompatible_count_and_age_turn_into_conflicts(self, nlp, day_one, tmp_path):
        # the article is edited throughout: its every mention of the injured says seven
        edits = {
            BRISTOL_DAY_ONE[2]: [
                ("One dead, four injured", "One dead, seven injured"),
                ("four others are injured", "seven others are injured"),
                ("among the four others taken", "among the seven others taken"),
                ("Rooney, 44.", "Rooney, 54."),
            ]
        }
        cmp = factcmp.compare(edited(BRISTOL, tmp_path / "b", edits, only=BRISTOL_DAY_ONE), nlp=nlp)
        injured = group_with(cmp, BRISTOL_DAY_ONE[2], "seven others are injured", 7)
        age = group_with(cmp, BRISTOL_DAY_ONE[2], "Jennifer Brewer Rooney, 54", 54)
        assert injured[1] == age[1] == "conflict"
        assert BRISTOL_DAY_ONE[0] in members(cmp, injured[0]) and BRISTOL_DAY_ONE[0] in members(cmp, age[0])

    def test_figures_in_words_change_nothing(self, nlp, day_one, tmp_path):
        edits = {
            BRISTOL_DAY_ONE[0]: [("UPDATE: 1 dead, 4 injured", "UPDATE: one dead, four injured")],
            BRISTOL_DAY_ONE[2]: [("Rooney, 44.", "Rooney, forty-four.")],
        }
        cmp = factcmp.compare(edited(BRISTOL, tmp_path / "b", edits, only=BRISTOL_DAY_ONE), nlp=nlp)
        assert verdicts(cmp) == verdicts(day_one)


@pytest.mark.skipif(not ACEH.is_dir(), reason="the shared dev corpus is not beside the repository")
class TestAceh:
    """Fourteen outlets over two days: a depth and a distance that all agree, in kilometres and miles."""

    @pytest.fixture(scope="class")
    @classmethod
    def plain(cls, nlp, tmp_path_factory):
        return factcmp.compare(edited(ACEH, tmp_path_factory.mktemp("aceh") / "plain", {}), nlp=nlp)

    def test_an_incompatible_depth_and_distance_turn_into_conflicts(self, nlp, plain, tmp_path):
        before_depth = group_with(plain, A04, "at a depth of just", 10)
        before_far = group_with(plain, A06, "from the provincial capital", 320)
        assert before_depth[1] == before_far[1] == "agree"
        edits = {
            A04: [("at a depth of just 10 kilometres", "at a depth of just 35 kilometres")],
            A06: [("some 320 kilometers from", "some 520 kilometers from")],
        }
        cmp = factcmp.compare(edited(ACEH, tmp_path / "aceh", edits), nlp=nlp)
        depth = group_with(cmp, A04, "at a depth of just", 35)
        far = group_with(cmp, A06, "from the provincial capital", 520)
        assert depth[1] == far[1] == "conflict"
        assert members(cmp, depth[0]) == members(plain, before_depth[0])
        assert members(cmp, far[0]) == members(plain, before_far[0])

    def test_words_and_miles_change_nothing(self, nlp, plain, tmp_path):
        edits = {
            A04: [("at a depth of just 10 kilometres", "at a depth of just ten kilometres")],
            A06: [("some 320 kilometers from", "some 200 miles from")],
        }
        cmp = factcmp.compare(edited(ACEH, tmp_path / "aceh", edits), nlp=nlp)
        assert verdicts(cmp) == verdicts(plain)
