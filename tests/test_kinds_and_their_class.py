"""A count of one kind of thing is no rival of the count of its whole class (facets._UMBRELLA_WORDS).

"Four cars and a bus were set alight" and "Five vehicles were set on fire" tell one night: the cars are some of
the vehicles, so four against five is no conflict. The same figure is still one fact, and two counts of the class
itself still disagree. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp

HEAD = "Unrest in town centre"


def _counts(nlp, *bodies: str):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": "2023-05-01", "text": f"{HEAD}\n\n{body}"}
        for n, body in enumerate(bodies)
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    return claims[claims["kind"] == "quantity"].set_index("text")


def test_cars_of_a_list_are_no_rival_of_the_vehicles(nlp):
    counts = _counts(
        nlp,
        "Four cars and a bus were set alight during the unrest, police said.",
        "Five vehicles were set on fire during the unrest, police said.",
    )
    assert counts.loc["Four cars", "group_id"] != counts.loc["Five vehicles", "group_id"]
    assert "conflict" not in set(counts["status"])


def test_the_same_figure_of_a_kind_and_its_class_is_one_fact(nlp):
    counts = _counts(
        nlp,
        "Five cars were set alight during the unrest, police said.",
        "Five vehicles were set on fire during the unrest, police said.",
    )
    assert counts.loc["Five cars", "group_id"] == counts.loc["Five vehicles", "group_id"]
    assert counts.loc["Five cars", "status"] == "agree"


def test_two_counts_of_the_class_still_conflict(nlp):
    counts = _counts(
        nlp,
        "Six vehicles were set alight during the unrest, police said.",
        "Five vehicles were set on fire during the unrest, police said.",
    )
    assert counts.loc["Six vehicles", "group_id"] == counts.loc["Five vehicles", "group_id"]
    assert counts.loc["Six vehicles", "status"] == "conflict"
