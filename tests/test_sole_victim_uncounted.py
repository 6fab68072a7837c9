"""The one person named beside a death is the victim whose unnamed ages an analyst lines up, even uncounted.

Stories of one death often never count it: "A 7-year-old girl was killed Saturday night" and "Family mourns
Aaliyah Brooks, 8, killed in drive-by" give no toll, so the rule that the cluster counts one dead
(reconcile.roles.sole_victim) never held, and the unnamed girl's 7 never met the named 8. With no count of the
dead at all, several dead would be counted. Wording constructed, U.S. local-news style.
"""

from __future__ import annotations

import factcmp


def articles(*bodies: str) -> list[dict[str, str]]:
    return [
        {"doc_id": f"d{n}", "source": f"Station {n}", "published": "2016-08-14", "text": body} for n, body in enumerate(bodies)
    ]


def age_rows(cmp):
    claims = cmp.claims
    return claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.startswith("age")]


def test_an_uncounted_deaths_unnamed_age_meets_the_named_victims(nlp):
    cmp = factcmp.compare(
        articles(
            "A 7-year-old girl was killed Saturday night when someone in a passing car opened fire, police said.",
            "Police on Sunday identified the girl as Aaliyah Brooks. Aaliyah Brooks, 8, was killed on her porch.",
        ),
        nlp=nlp,
    )
    ages = age_rows(cmp)
    assert ages["group_id"].nunique() == 1
    assert set(ages["status"]) == {"conflict"}


def test_two_dead_counted_leave_the_unnamed_age_to_nobody(nlp):
    cmp = factcmp.compare(
        articles(
            "Two people were killed Saturday night. A 7-year-old girl was killed when a car opened fire, police said.",
            "Aaliyah Brooks, 8, was killed on her porch, police said.",
        ),
        nlp=nlp,
    )
    ages = age_rows(cmp)
    assert ages["group_id"].nunique() == 2
