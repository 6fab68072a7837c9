"""An amount that is the bond or bail set for a release is one fact whatever verb tells it (money.bond_of).

"A judge ordered the suspect held on $500,000 bond" and a week later "A judge lowered bond to $250,000" were
'amount (held)' and 'amount (lowered)', two facts, so a court changing the bond was never an update. Four of the
sentences are from the Austin and Bristol dev clusters; the others are constructed, U.S. local-news style. An
amount asked for ("prosecutors had asked for $750,000 bond") is a request, another fact.
"""

from __future__ import annotations

import pytest

import factcmp

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("His bond was set for $2 million.", "$2 million"),
        ("When he is arrested his bond will be set at $2 million, police confirm.", "$2 million"),
        ("McCray has a two million dollar bond for the murder charge.", "two million dollar"),
        (
            "When he is released from Bristol Regional Medical Center, Scott will be booked into the Sullivan County "
            "Jail on a $500,000 bond.",
            "$500,000",
        ),
        ("A judge ordered the suspect held on $500,000 bond.", "$500,000"),
        ("A judge on Thursday lowered bond to $250,000 for the suspect.", "$250,000"),
        ("Bail was set at $1 million.", "$1 million"),
    ],
)
def test_a_bond_is_one_fact(nlp, text, words):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, "bond")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Prosecutors had asked for $750,000 bond.", "$750,000"),
        ("The company paid $2 million for the bonds.", "$2 million"),
        # a bond sold to investors is a loan, not money a court sets (constructed, market-news style)
        ("Greece sold a 3 billion euro bond on Tuesday.", "3 billion euro"),
        ("The city issued a $500 million bond to fund the project.", "$500 million"),
    ],
)
def test_other_amounts_are_no_bond(nlp, text, words):
    [(_, quantity_of)] = quantity_fields(nlp, text, words, "quantity_of")
    assert quantity_of != "bond"


def test_a_lowered_bond_is_an_update(nlp):
    articles = [
        {
            "doc_id": "a",
            "source": "a.com",
            "published": "2016-10-20",
            "title": "Bond set",
            "text": "Bond set\n\nA judge ordered the suspect held on $500,000 bond.",
        },
        {
            "doc_id": "b",
            "source": "b.com",
            "published": "2016-10-27",
            "title": "Bond lowered",
            "text": "Bond lowered\n\nA judge on Thursday lowered bond to $250,000 for the suspect.",
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    bonds = claims[claims.quantity_of == "bond"]
    assert len(bonds) == 2 and bonds.group_id.nunique() == 1
    assert set(bonds.status) == {"updated"}
