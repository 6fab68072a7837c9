"""The state's count and an independent counter's stand apart over days (reconcile.judging, reconcile.rivals).

An official named with his title once ("District Commissioner John Mwangi") and by name alone after ("Mr
Mwangi said") counts for the state in both sentences: extraction links the two speakers to one person. And a
state's later word below a counter's earlier figure does not revise it. Wording constructed, wire style.
"""

from __future__ import annotations

from .test_reconcile import docs, q, reconcile

DAYS = docs(("a", "Daily", "2020-04-29"), ("b", "Wire", "2020-04-29"), ("c", "Star", "2020-04-30"))
TITLED = "District Commissioner John Mwangi"
HOUSES = {"unit": "count", "event": "destroyed", "noun": "houses"}
FAMILIES = {"unit": "count", "event": "displaced", "noun": "families"}


def _mwangi(doc, text, value, said, **kw):
    return q(doc, text, value, attributed_to=said, speaker_entity="per:john-mwangi", **kw)


def _houses(entity=True):
    titled = _mwangi("a", "nine people", 9, TITLED, sentence=f"Nine people were killed, {TITLED} said.")
    official = _mwangi("a", "62 houses", 62, "Mr Mwangi", **HOUSES, sentence="Mr Mwangi said 62 houses were destroyed.")
    if not entity:
        official = official.__class__(**{**official.to_dict(), "speaker_entity": ""})
    red_cross = q("c", "more than 70 houses", 70, low=70, qualifier="more_than", attributed_to="The Red Cross", **HOUSES,
                  sentence="The Red Cross said more than 70 houses had been flattened.")  # fmt: skip
    return [titled, official, red_cross]


def _status(result, text):
    return result.loc[result["text"] == text, "status"].iat[0]


def test_a_counter_after_an_official_named_by_name_alone_conflicts():
    assert _status(reconcile(_houses(), DAYS), "62 houses") == "conflict"


def test_without_the_link_to_the_titled_speaker_the_later_count_reads_as_an_update():
    assert _status(reconcile(_houses(entity=False), DAYS), "62 houses") == "updated"


def _families(later):
    return [
        q("a", "about 300 families", 300, low=270, high=330, qualifier="about", attributed_to="the county commissioner",
          **FAMILIES, sentence="About 300 families were displaced, the county commissioner said."),
        q("b", "420 families", 420, attributed_to="The Red Cross", **FAMILIES,
          sentence="The Red Cross said 420 families had been displaced."),
        q("c", f"some {later} families", later, low=later * 0.9, high=later * 1.1, qualifier="about",
          attributed_to="the county commissioner", **FAMILIES,
          sentence=f"Some {later} families had been displaced, the county commissioner said."),
    ]  # fmt: skip


def test_the_states_later_count_below_a_counters_earlier_one_leaves_it_standing():
    assert set(reconcile(_families(350), DAYS)["status"]) == {"conflict"}


def test_the_states_later_count_above_every_earlier_one_is_the_count_rising():
    assert set(reconcile(_families(500), DAYS)["status"]) == {"updated"}
