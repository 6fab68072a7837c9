"""One distance told two ways: rounded by two writers, or measured from "the capital" the cluster names.

A distance runs between points nobody names (a town's centre or its edge, by road or straight), so two
hedged lengths are one when either point falls in the other's slack ("about 50 km" and "about 45 km", though 50 lies outside 40.5 to 49.5),
while two hedged tolls stay two estimates ("about 50" and "about 60" killed). "Northeast of the capital" is
measured from the city another article calls "the capital, Kathmandu" (reconcile.placing.named_capital).
Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2015-04-26", "text": body} for n, body in enumerate(bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def statuses(cmp, unit: str) -> list[str]:
    claims = cmp.claims
    return claims.loc[(claims["kind"] == "quantity") & (claims["unit"] == unit), "status"].tolist()


def test_two_rounded_distances_of_one_town_agree(nlp):
    cmp = compare(
        nlp,
        "The quake struck near Gorkha, about 50 km northwest of Kathmandu, on Saturday.",
        "The epicentre was near Gorkha, about 45 km from Kathmandu, the survey said.",
    )
    assert statuses(cmp, "km") == ["agree", "agree"]


def test_two_distances_outside_each_others_slack_still_conflict(nlp):
    cmp = compare(
        nlp,
        "The quake struck near Gorkha, about 80 km northwest of Kathmandu, on Saturday.",
        "The epicentre was near Gorkha, about 60 km from Kathmandu, the survey said.",
    )
    assert statuses(cmp, "km") == ["conflict", "conflict"]


def test_two_hedged_tolls_stay_two_estimates(nlp):
    cmp = compare(
        nlp,
        "About 50 people were killed when the quake struck near Gorkha on Saturday.",
        "About 60 people were killed when the quake struck near Gorkha on Saturday.",
    )
    assert statuses(cmp, "person") == ["conflict", "conflict"]


def test_the_capital_is_the_city_the_cluster_names_so(nlp):
    cmp = compare(
        nlp,
        "The quake struck near Gorkha, about 80 km northwest of the capital, on Saturday.",
        "The epicentre was near Gorkha, some 80 km from Kathmandu. Aid flights landed in the capital, Kathmandu.",
    )
    assert statuses(cmp, "km") == ["agree", "agree"]


def test_the_capital_stays_apart_where_the_cluster_names_none(nlp):
    cmp = compare(
        nlp,
        "The quake struck near Gorkha, about 80 km northwest of the capital, on Saturday.",
        "The epicentre was near Gorkha, some 80 km from Pokhara, the survey said.",
    )
    assert statuses(cmp, "km") == ["single", "single"]
