"""The passengers a vessel carried are the people aboard (reconcile.roles.find_populations).

"A boat carrying more than 60 passengers" and "about 80 people were on board" count one body of people,
as "29 miners" and "29 people" trapped do; crew counted apart keep the passengers a group of their own.
Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2015-09-13", "text": f"Boat sinks\n\n{body}"}
        for n, body in enumerate(bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def aboard_groups(cmp) -> int:
    claims = cmp.claims
    rows = claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.contains("aboard", na=False)]
    return rows["group_id"].nunique()


def test_passengers_and_people_aboard_are_one_count(nlp):
    cmp = compare(
        nlp,
        "A boat carrying more than 60 passengers sank off the coast on Sunday, police said.",
        "About 80 people were on board the boat when it sank, a survivor said.",
    )
    assert aboard_groups(cmp) == 1


def test_crew_aboard_stay_apart_from_the_passengers(nlp):
    cmp = compare(
        nlp,
        "A boat carrying more than 60 passengers sank off the coast on Sunday, police said.",
        "Five crew members were aboard the boat when it sank, a survivor said.",
    )
    assert aboard_groups(cmp) == 2
