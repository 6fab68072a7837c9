"""Those who "returned fire" or "exchanged fire" fired, as those who "opened fire" do (events.read_predicate).

"Two officers returned fire" was read as an act 'return', so it never met "Three officers fired 16 rounds" of
the same shooting. The idiom's verb is no act of its own: its subjects fired. A harm told of them by a joined verb
("returned fire and were wounded") keeps that harm. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp
from factcmp.facets import event_of


def _officers(sentence: str, nlp) -> factcmp.Claim:
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.unit == "person"]
    return claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Two officers returned fire, striking the man, police said.",
        "Two deputies traded fire with the gunman for several minutes.",
        "Two soldiers exchanged gunfire with the attackers for an hour.",
    ],
)
def test_firing_idioms_are_firing(nlp, sentence):
    fired = _officers("Three officers fired at the man, the chief said.", nlp)
    assert event_of(_officers(sentence, nlp).predicate) == event_of(fired.predicate)


def test_harm_joined_to_the_idiom_stays(nlp):
    claim = _officers("Two officers returned fire and were wounded, police said.", nlp)
    assert claim.quantity_of == "officers injured"


def test_returned_fire_meets_fired(nlp):
    articles = [
        {
            "doc_id": "a",
            "source": "a.com",
            "published": "2017-06-02",
            "title": "Shooting",
            "text": "Shooting\n\nTwo officers returned fire, striking the man, police said.",
        },
        {
            "doc_id": "b",
            "source": "b.com",
            "published": "2017-06-03",
            "title": "Shooting",
            "text": "Shooting\n\nThree officers fired a total of 16 rounds at the man, the chief said.",
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    officers = claims[(claims.kind == "quantity") & claims.text.str.contains("officers")]
    assert officers.group_id.nunique() == 1
