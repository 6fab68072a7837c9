"""People shot, of a group nobody of which died, are the group's wounded (Houston, May 2016).

Two deputy constables were hit by the gunman's bullets and survived. The
outlets tell it with three verbs: "were also hit" [01], "were shot" [02],
"two police officers wounded" [03], "Two deputy constables who were wounded"
[04]; and [01] quotes the Precinct 5 chief: "we didn't have officers that
were hurt". An analyst lines all five up as one fact and sees the chief's 0
against everyone's 2 (in [01] itself too): a conflict, not an update. The
edits check the two limits of the reading: once an officer is counted dead,
"shot" no longer says "wounded"; and a count of officers shot that differs
from the wounded is no rival figure of them.
"""

from __future__ import annotations

import pytest

import factcmp

from .conftest import DEV_CORPUS
from .test_edits import edited

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the shared dev corpus is not beside the repository"),
]

HOUSTON = DEV_CORPUS / "houston-memorial-drive-2016"
AUSTIN = DEV_CORPUS / "austin-sixth-street-2016"
D01, D02, D03, D04 = (
    "01_abc13.com_2016-05-29",
    "02_abc13.com_2016-05-30",
    "03_chron.com_2016-05-30",
    "04_kiiitv.com_2016-05-31",
)
HIT = "Two Precinct 5 deputy constables were also hit."
SHOT = "Two deputy constables from Precinct 5 were shot."
DENIED = "we didn't have officers that were hurt"
WOUNDED_03 = "two police officers wounded"
WOUNDED_04 = "Two deputy constables who were wounded"


def count_of(cmp, doc: str, phrase: str):
    """The first count claim of an article's sentence holding the phrase, whose words are in the phrase."""
    claims = cmp.claims
    rows = claims[
        (claims["kind"] == "quantity") & (claims["doc_id"] == doc) & claims["sentence"].str.contains(phrase, regex=False)
    ]
    rows = rows[[text in phrase for text in rows["text"]]]
    return rows.sort_values("start").iloc[0]


def test_officers_hit_shot_and_wounded_are_one_fact_that_a_denial_contradicts(tmp_path, nlp):
    cmp = factcmp.compare(edited(HOUSTON, tmp_path / "houston", {}), nlp=nlp)
    wounded = count_of(cmp, D04, WOUNDED_04)
    mentions = [count_of(cmp, D01, HIT), count_of(cmp, D02, SHOT), count_of(cmp, D03, WOUNDED_03), wounded]
    assert [m["value"] for m in mentions] == [2, 2, 2, 2]
    assert {m["group_id"] for m in mentions} == {wounded["group_id"]}
    denial = count_of(cmp, D01, DENIED)
    assert denial["value"] == 0
    assert denial["group_id"] == wounded["group_id"]
    # [01] gives 0 and 2 on its first day: the figures disagree at once, nothing was revised
    assert wounded["status"] == "conflict"


def test_once_an_officer_is_counted_dead_shot_is_not_wounded(tmp_path, nlp):
    killed = HIT + " One deputy constable was killed."
    cmp = factcmp.compare(edited(HOUSTON, tmp_path / "houston", {D01: [(HIT, killed)]}), nlp=nlp)
    assert count_of(cmp, D01, "One deputy constable was killed")["predicate"] == "killed"
    wounded = count_of(cmp, D04, WOUNDED_04)["group_id"]
    assert count_of(cmp, D02, SHOT)["group_id"] != wounded
    assert count_of(cmp, D01, HIT)["group_id"] != wounded


def test_officers_shot_that_differ_from_the_wounded_are_no_rival_figure(tmp_path, nlp):
    three = SHOT.replace("Two", "Three")
    cmp = factcmp.compare(edited(HOUSTON, tmp_path / "houston", {D02: [(SHOT, three)]}), nlp=nlp)
    shot, wounded = count_of(cmp, D02, three), count_of(cmp, D04, WOUNDED_04)
    assert shot["value"] == 3
    assert shot["group_id"] != wounded["group_id"]
    assert count_of(cmp, D01, HIT)["group_id"] == wounded["group_id"]


A03, A07, A08 = "03_fox7austin.com_2016-07-31", "07_kxan.com_2016-08-18", "08_fox7austin.com_2016-10-26"
OTHER_WOMEN = "Four other women were also shot"
INJURED_07 = "Four others were injured"
SEVERAL_03 = "several others are injured after a shooting early Sunday"


def test_others_shot_beside_a_death_are_the_wounded(tmp_path, nlp):
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", {}), nlp=nlp)
    others, injured = count_of(cmp, A08, OTHER_WOMEN), count_of(cmp, A07, INJURED_07)
    assert (others["value"], injured["value"]) == (4, 4)
    assert others["group_id"] == injured["group_id"] == count_of(cmp, A03, SEVERAL_03)["group_id"]
    assert injured["status"] == "agree"


def test_women_shot_with_no_others_may_count_the_dead_woman_too(tmp_path, nlp):
    # without "other", four women shot in a story whose dead is a woman may be all the women shot
    plain = "Four women were also shot"
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", {A08: [(OTHER_WOMEN, plain)]}), nlp=nlp)
    assert count_of(cmp, A08, plain)["group_id"] != count_of(cmp, A07, INJURED_07)["group_id"]
