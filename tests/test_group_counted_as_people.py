"""A group's count its own article also gives of people in general is the people's (clustering._told_of_people).

"12 injured passengers were taken to hospital" and "We have 12 injured" in one article are one count;
another outlet's "nine people were injured" is its rival figure, not a count of some larger set the
passengers are part of. Children counted apart keep the passengers from being all the injured by name alone
(reconcile.roles.find_populations), so only the article's own restatement joins them. Wording constructed,
wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2016-05-08", "text": f"Bus crash\n\n{body}"}
        for n, body in enumerate(bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def injured(cmp):
    claims = cmp.claims
    return claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.contains("injured", na=False)]


def test_the_passengers_an_article_also_counts_as_people_meet_a_rival_count(nlp):
    cmp = compare(
        nlp,
        "A hospital director said 12 injured passengers were being treated after the crash. "
        '"We have 12 injured," the director told reporters.',
        "Police said nine people were injured in the crash. At least two children were injured, a witness said.",
    )
    rows = injured(cmp)
    twelve = rows[rows["value"] == 12]
    nine = rows[(rows["value"] == 9)]
    assert len(twelve) == 2 and len(nine) == 1
    assert set(twelve["group_id"]) == set(nine["group_id"])
    assert set(twelve["status"]) == {"conflict"}


def test_a_group_counted_alone_stays_apart_from_a_rival_count(nlp):
    cmp = compare(
        nlp,
        "A hospital director said 12 injured passengers were being treated after the crash.",
        "Police said nine people were injured in the crash. At least two children were injured, a witness said.",
    )
    rows = injured(cmp)
    assert rows.loc[rows["value"] == 12, "group_id"].iloc[0] != rows.loc[rows["value"] == 9, "group_id"].iloc[0]
