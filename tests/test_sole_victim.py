"""An unnamed age beside the one death of a cluster is the named victim's age (Austin, July 2016).

[03] writes "one woman in her 20's died at the scene" and names nobody;
[02] names the one person killed, "Teqnika Moultrie, a 30-year-old bus
driver ..., was killed", and every outlet counts one dead. An analyst reads
the 20s as Moultrie's age, against her 30 elsewhere: a conflict. The edits
check that the verdict follows the figure, and that a second named dead
leaves the unnamed age to nobody.
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

AUSTIN = DEV_CORPUS / "austin-sixth-street-2016"
D02, D03 = "02_dallasnews.com_2016-07-31", "03_fox7austin.com_2016-07-31"
UNNAMED = "one woman in her 20's died at the scene"
NAMED = "Teqnika Moultrie, a 30-year-old bus driver from San Carlos, Calif., was killed"


def first_age(cmp, doc: str, phrase: str):
    """The first age claim of an article's sentence holding the phrase (the age the phrase begins with)."""
    claims = cmp.claims
    ages = claims[
        (claims["kind"] == "quantity")
        & (claims["doc_id"] == doc)
        & claims["quantity_of"].str.startswith("age")
        & claims["sentence"].str.contains(phrase, regex=False)
    ]
    return ages.sort_values("start").iloc[0]


def victim_group(cmp) -> str:
    return first_age(cmp, D02, NAMED)["group_id"]


def test_the_unnamed_age_of_the_one_death_meets_the_named_victims_ages(tmp_path, nlp):
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", {}), nlp=nlp)
    unnamed = first_age(cmp, D03, UNNAMED)
    assert (unnamed["low"], unnamed["high"]) == (20, 29)
    assert unnamed["group_id"] == victim_group(cmp)
    assert unnamed["status"] == "conflict"  # 20-29 against 30
    # the reader is told which source's figure was lined up without a name
    (explanation,) = cmp.table.loc[cmp.table["group_id"] == victim_group(cmp), "explanation"]
    assert "fox7austin.com (naming nobody) says 20" in explanation
    assert "dallasnews.com (naming nobody)" not in explanation


def test_an_unnamed_age_that_fits_leaves_the_victims_ages_agreeing(tmp_path, nlp):
    edits = {D03: [(UNNAMED, UNNAMED.replace("20's", "30's"))]}
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", edits), nlp=nlp)
    unnamed = first_age(cmp, D03, UNNAMED.replace("20's", "30's"))
    assert unnamed["group_id"] == victim_group(cmp)
    assert set(cmp.claims.loc[cmp.claims["group_id"] == victim_group(cmp), "status"]) == {"agree"}


def test_two_named_dead_leave_the_unnamed_age_to_nobody(tmp_path, nlp):
    second = NAMED + ", and John Ellis, a 45-year-old cook, was also killed"
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", {D02: [(NAMED, second)]}), nlp=nlp)
    assert first_age(cmp, D02, NAMED)["value"] == 30
    assert first_age(cmp, D03, UNNAMED)["group_id"] != victim_group(cmp)


def test_a_dead_gunman_is_not_the_victim_an_unnamed_age_belongs_to(tmp_path, nlp):
    # the toll may leave a gunman killed by police out: the unnamed woman who died is not him
    gunman = "The gunman, " + NAMED.replace("Teqnika Moultrie", "Teq Moultrie")
    cmp = factcmp.compare(edited(AUSTIN, tmp_path / "austin", {D02: [(NAMED, gunman)]}), nlp=nlp)
    assert first_age(cmp, D02, "The gunman, Teq Moultrie")["value"] == 30
    assert first_age(cmp, D03, UNNAMED)["group_id"] != first_age(cmp, D02, "The gunman, Teq Moultrie")["group_id"]


HOUSTON = DEV_CORPUS / "houston-memorial-drive-2016"
H01, H02, H04 = "01_abc13.com_2016-05-29", "02_abc13.com_2016-05-30", "04_kiiitv.com_2016-05-31"
IN_HIS_50S = "The customer who was killed is a man in his 50s"
LINSCOMB = "identified today as 56-year-old Eugene Linscomb"
WITH_GUNMAN = "two people were killed, including the suspect"


def test_the_gunman_counted_among_the_dead_leaves_one_victim(tmp_path, nlp):
    # Houston, May 2016: every headline says "Two dead", and [04] says why, "two people were killed, including the
    # suspect"; "leaving one person dead" counts the victims. The one victim is the customer [02] names, so the man
    # "in his 50s" of [01] and [03] is Eugene Linscomb, 56: one fact, and the figures agree
    cmp = factcmp.compare(edited(HOUSTON, tmp_path / "houston", {}), nlp=nlp)
    assert first_age(cmp, H01, IN_HIS_50S)["group_id"] == first_age(cmp, H02, LINSCOMB)["group_id"]
    assert first_age(cmp, H02, LINSCOMB)["status"] == "agree"
    # without the gunman among the dead, two dead are two victims, and the unnamed age may be either's
    cmp = factcmp.compare(edited(HOUSTON, tmp_path / "houston2", {H04: [(WITH_GUNMAN, "two people were killed")]}), nlp=nlp)
    assert first_age(cmp, H01, IN_HIS_50S)["group_id"] != first_age(cmp, H02, LINSCOMB)["group_id"]
