"""A toll told on a river and the same toll told in a district are one count (reconcile.placing.water_places).

A ferry's dead are counted "on the Meghna" by one outlet and "in Munshiganj district" by another; the
river is where the scene lies, not an area the count is confined to, so it never sets the counts apart as
two districts do. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *dated_bodies: tuple[str, str]):
    articles = [
        # a title line: a headline's place is the story's setting, never a count's own
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": day, "text": f"Bangladesh disaster\n\n{body}"}
        for n, (day, body) in enumerate(dated_bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def toll_rows(cmp):
    claims = cmp.claims
    return claims[(claims["kind"] == "quantity") & (claims["unit"] == "person")]


def test_a_toll_on_the_river_and_in_the_district_is_one_count(nlp):
    cmp = compare(
        nlp,
        ("2014-08-04", "More than 40 people died when a ferry capsized on the Padma river on Monday, a lawmaker said."),
        ("2014-08-05", "The death toll from Monday's ferry capsize in Shariatpur district stood at 31, officials said."),
    )
    rows = toll_rows(cmp)
    assert rows["group_id"].nunique() == 1
    assert set(rows["status"]) == {"conflict"}


def test_tolls_of_two_districts_stay_two_counts(nlp):
    cmp = compare(
        nlp,
        ("2014-08-04", "Police said 20 people died in Madaripur district when a storm hit on Monday."),
        ("2014-08-05", "Officials said 31 people died in Shariatpur district when the storm hit on Monday."),
    )
    assert toll_rows(cmp)["group_id"].nunique() == 2
