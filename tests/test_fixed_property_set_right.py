"""A fixed property an article sets right is updated, not in conflict (reconcile.judging._set_right).

An age is a fixed property: two reports that differ about it conflict, unless it grew with the days between
them. But "Deputies had first said Reed was 24, but jail records show he is 25" tells the earlier figure and
says it was wrong: extraction dates the first word the day before its article (reports.told_on), and the
later reports supersede it, as a toll's do. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def compare(nlp, *dated_bodies: tuple[str, str]):
    articles = [
        {"doc_id": f"d{n}", "source": f"Outlet {n}", "published": day, "text": f"Suspect in court\n\n{body}"}
        for n, (day, body) in enumerate(dated_bodies)
    ]
    return factcmp.compare(articles, nlp=nlp)


def age_statuses(cmp) -> set[str]:
    claims = cmp.claims
    ages = claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.startswith("age of", na=False)]
    return set(ages["status"])


def test_an_age_an_article_sets_right_is_updated(nlp):
    cmp = compare(
        nlp,
        ("2017-09-09", "Jamal Reed, 24, was charged with attempted murder, police said."),
        (
            "2017-09-11",
            "Jamal Reed, 25, appeared in court by video. Deputies had first said Reed was 24, but jail records show he is 25.",
        ),
    )
    assert age_statuses(cmp) == {"updated"}


def test_two_ages_told_plainly_still_conflict(nlp):
    cmp = compare(
        nlp,
        ("2017-09-09", "Jamal Reed, 24, was charged with attempted murder, police said."),
        ("2017-09-11", "Jamal Reed, 25, appeared in court by video on Monday."),
    )
    assert age_statuses(cmp) == {"conflict"}
