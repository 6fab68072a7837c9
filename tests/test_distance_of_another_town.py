"""A distance told of a town outside the story's setting is that town's (reconcile.placing.story_places).

"The epicentre was about 48 km southwest of Acari" and another outlet's "Two children were killed in Yauca,
about 20 kilometers from Acari" were one distance from Acari in conflict. Yauca, named by one article, is not
where the story's distances are told of; the story's own town is, named or not ("Ramadi, which lies 100
kilometres west of Baghdad", "the city, 110 km west of Baghdad"). Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2013-07-16", "text": body} for n, body in enumerate(bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def distance_statuses(cmp) -> set[str]:
    claims = cmp.claims
    return set(claims.loc[(claims["kind"] == "quantity") & (claims["unit"] == "km"), "status"])


def test_another_towns_distance_is_no_rival_of_the_epicentres(nlp):
    cmp = compare(
        nlp,
        "A strong earthquake struck southern Peru. The epicentre was about 48 km southwest of Acari, the USGS said.",
        "Two children were killed in Yauca, about 20 kilometers from Acari, when the quake struck southern Peru.",
    )
    assert distance_statuses(cmp) == {"single"}


def test_the_story_towns_distance_told_without_its_name_still_conflicts(nlp):
    cmp = compare(
        nlp,
        "Ramadi, which lies 100 km west of Baghdad, fell to militants on Sunday.",
        "Militants seized Ramadi on Sunday. The city, 110 km west of Baghdad, fell after days of fighting.",
    )
    assert distance_statuses(cmp) == {"conflict"}
