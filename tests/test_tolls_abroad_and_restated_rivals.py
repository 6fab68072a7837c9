"""Another country's toll stays apart, and a rival count told twice in its article is the rival's both times.

"In neighbouring Sri Lanka, four people were killed" in a live blog of a cyclone in Bangladesh is no figure of
the Bangladesh toll, even against an aid group's count no place is given for (linkage.Atom.abroad). "NGO says
cyclone killed at least 23" over a body that sets "at least 23" against "the government's official toll of 16":
every telling of the 23 is the aid groups' count against the government's (reconcile.rivals._restated). Wording
constructed, wire style.
"""

from __future__ import annotations

import factcmp

DAY_ONE = (
    "Cyclone kills seven in Bangladesh\n\n"
    "The cyclone crossed the coast of Bangladesh on Monday, killing seven people, the disaster ministry said."
)
LIVE_BLOG = (
    "Cyclone live: toll in Bangladesh rises to 12\n\n"
    "The death toll in Bangladesh has risen to 12, the disaster ministry said on Tuesday."
)
AID_GROUPS = (
    "Aid groups say cyclone killed at least 23\n\n"
    "At least 23 people died when the cyclone hit Bangladesh, a coalition of aid groups said on Wednesday, well "
    "above the government's official toll of 16. The coalition said the 23 deaths were recorded in five districts."
)
GOVERNMENT = "Bangladesh cyclone toll reaches 16\n\nThe government of Bangladesh said on Wednesday that 16 people had died."


def _killed(nlp):
    days = [("wire", DAY_ONE, "2018-05-07"), ("blog", LIVE_BLOG, "2018-05-08"), ("ngo", AID_GROUPS, "2018-05-09"),
            ("paper", GOVERNMENT, "2018-05-09")]  # fmt: skip
    articles = [{"doc_id": d, "source": d.title(), "published": day, "text": text} for d, text, day in days]
    claims = factcmp.compare(articles, nlp=nlp).claims
    quantities = claims[claims["kind"] == "quantity"]
    return quantities[quantities["quantity_of"].fillna("").str.contains("killed")]


def _group(killed, doc, text):
    return killed.loc[(killed["doc_id"] == doc) & (killed["text"] == text), "group_id"].iat[0]


def test_another_countrys_toll_is_no_figure_of_the_storys_toll(nlp):
    day_one = (
        "Cyclone kills seven in Bangladesh\n\n"
        "The cyclone crossed the coast on Monday, killing seven people, the disaster ministry said."
    )
    blog = (
        "Cyclone live: storm weakens over Bangladesh\n\n"
        "The cyclone weakened over Bangladesh on Tuesday.\n\n"
        "In neighbouring Sri Lanka, four people were killed in floods, the Disaster Management Centre said."
    )
    days = [("wire", day_one, "2018-05-07"), ("blog", blog, "2018-05-08")]
    articles = [{"doc_id": d, "source": d.title(), "published": day, "text": text} for d, text, day in days]
    claims = factcmp.compare(articles, nlp=nlp).claims
    killed = claims[(claims["kind"] == "quantity") & claims["quantity_of"].fillna("").str.contains("killed")]
    assert _group(killed, "blog", "four people") != _group(killed, "wire", "seven people")
    assert "conflict" not in set(killed["status"])


def test_every_telling_of_a_rival_count_meets_the_official_toll(nlp):
    killed = _killed(nlp)
    official = _group(killed, "paper", "16 people")
    assert _group(killed, "ngo", "at least 23") == official
    assert _group(killed, "ngo", "23 deaths") == official
    assert set(killed.loc[killed["group_id"] == official, "status"]) == {"conflict"}
