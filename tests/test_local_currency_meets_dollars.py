"""An amount in any currency meets its dollar telling, at the rate the articles write (reconcile.figures).

"5,000 bolivianos (about $700)" gives the rate; another outlet's "about $700" is the same payment. Rates were
learnt only for the currencies read as a sign before a figure ($, €, EUR...), not for every ISO code a word
names (BOB), so the two stayed apart. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2012-03-19", "text": f"Bus crash in Bolivia\n\n{body}"}
        for n, body in enumerate(bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def money_rows(cmp):
    claims = cmp.claims
    return claims[(claims["kind"] == "quantity") & claims["unit"].isin(["BOB", "USD"])]


def test_bolivianos_and_their_dollars_are_one_amount(nlp):
    cmp = compare(
        nlp,
        "The government promised 5,000 bolivianos (about $700) to each family of the dead, officials said.",
        "The government promised about $700 to each family of the dead.",
    )
    rows = money_rows(cmp)
    assert len(rows) == 2
    assert rows["group_id"].nunique() == 1
    assert set(rows["status"]) == {"agree"}
