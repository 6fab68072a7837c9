"""A participle on a counted noun that names the set is the figure's act (events._names_the_set).

"The volunteers are helping the 2,000 people affected by the quake" was 'people (helping)', so it never met
another outlet's "The quake affected 2,000 people" ('people (affected)'). 'affected', 'impacted', 'stranded',
'marooned', 'infected', 'sickened' right after the noun or before it name the set whatever the clause's verb
does to it. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The volunteers are helping the 2,000 people affected by the quake.", "2,000 people", "people (affected)"),
        ("Aid has reached about 5,000 residents affected by the floods.", "about 5,000 residents", "people (affected)"),
        ("Rescuers have reached 300 stranded tourists.", "300", "tourists (stranded)"),
    ],
)
def test_the_participle_names_the_set(nlp, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_it_meets_the_verb_of_the_same_set(nlp):
    [(_, by_verb)] = quantity_fields(nlp, "The quake affected 2,000 people.", "2,000 people", "predicate")
    [(_, by_participle)] = quantity_fields(
        nlp, "The volunteers are helping the 2,000 people affected by the quake.", "2,000 people", "predicate"
    )
    assert by_verb == by_participle
