"""A running count told with another verb the next day is still that count.

"The fire has destroyed at least 12 homes" then "19 homes were lost": homes lost in a fire are homes destroyed.
"More than 40 rescuers were working at the site" then "65 rescuers were taking part in the operation": a count of
a disaster force is the force deployed, whatever weak verb tells it; harm done to them stays its own fact. And
"took part in the march" is joining a crowd, not being taken anywhere (extract.events.act_word). A toll that rose
past an earlier "at least" and was then repeated a day later rose all the same (verdict._rose). Wording
constructed, wire style.
"""

from __future__ import annotations

import math

import factcmp
from factcmp.facets import event_of
from factcmp.verdict import verdict

HEAD = "Wildfire near the town"


def _counts(nlp, *days: tuple[str, str]):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": day, "text": f"{HEAD}\n\n{body}"}
        for n, (day, body) in enumerate(days)
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    return claims[claims["kind"] == "quantity"].set_index("text")


def test_homes_lost_the_next_day_update_the_homes_destroyed(nlp):
    counts = _counts(
        nlp,
        ("2021-08-10", "The fire has destroyed at least 12 homes, officials said."),
        ("2021-08-11", "Officials confirmed 19 homes were lost."),
        ("2021-08-12", "The blaze, which has destroyed 19 homes, was 40 percent contained on Thursday."),
    )
    group = counts["group_id"]
    assert group["at least 12 homes"] == group["19 homes"].iat[0] == group["19 homes"].iat[1]
    assert set(counts.loc["19 homes", "status"]) == {"updated"}


def test_a_toll_that_rose_and_was_then_repeated_rose():
    figures = [(20, math.inf, False, "2021-08-15", "A"), (27, 27, False, "2021-08-16", "B"), (27, 27, False, "2021-08-17", "C")]
    assert verdict(figures, running=True) == "updated"
    # told the other way round, the bound came last: the later outlet knew no more, and nothing rose
    figures = [(27, 27, False, "2021-08-15", "A"), (27, 27, False, "2021-08-16", "B"), (20, math.inf, False, "2021-08-17", "C")]
    assert verdict(figures, running=True) == "agree"


def test_rescuers_told_with_weak_verbs_are_the_force_deployed(nlp):
    counts = _counts(
        nlp,
        ("2022-03-07", "More than 40 rescuers were working at the site on Monday."),
        ("2022-03-08", "The regional government said 65 rescuers were now taking part in the operation."),
        ("2022-03-09", "Some 80 rescuers have been deployed. Two rescuers were taken to hospital with burns."),
    )
    force = {counts.loc[t, "group_id"] for t in ("More than 40 rescuers", "65 rescuers", "Some 80 rescuers")}
    assert len(force) == 1
    assert counts.loc["Two rescuers", "group_id"] not in force
    assert counts.loc["65 rescuers", "status"] == "updated"


def test_taking_part_is_joining_not_being_taken(nlp):
    claims = factcmp.extract_quantities("About 200 people took part in the march. Five people were taken to hospital.", nlp=nlp)
    act = {c.text: event_of(c.predicate) for c in claims}
    assert act["About 200 people"] == "attended"
    assert act["Five people"] == "hospital"


def test_a_forces_machines_are_counted_as_the_force_is(nlp):
    counts = _counts(
        nlp,
        ("2021-08-15", "About 140 firefighters and 12 helicopters were working the fire. Two helicopters crashed."),
        ("2021-08-16", "More than 200 firefighters and 15 helicopters have been assigned to the fire."),
    )
    assert counts.loc["12 helicopters", "group_id"] == counts.loc["15 helicopters", "group_id"]
    assert counts.loc["15 helicopters", "status"] == "updated"
    # what befell the machines is no verb of the force's work
    assert counts.loc["Two helicopters", "group_id"] != counts.loc["12 helicopters", "group_id"]
