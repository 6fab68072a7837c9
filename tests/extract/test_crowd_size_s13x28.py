"""A figure that gives a crowd's size counts the people in it (events.crowd_sized).

"The concert drew a crowd of roughly 3,000" had no noun: a count '(drew)' that never met another outlet's "About
3,000 fans turned out". The crowd's people are counted as any crowd is (the event of gathering, people). A thing
the parser hangs under the crowd ("a crowd of 200 threw stones") is left as it is. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        ("The concert drew a crowd of roughly 3,000.", "roughly 3,000", "people (drew)"),
        ("A crowd of about 3,000 gathered outside the stadium.", "about 3,000", "people (gathered)"),
        ("The rally drew a crowd estimated at 5,000.", "5,000", "people (drew)"),
        ("An audience of 2,000 watched the show.", "2,000", "people (watched)"),
    ],
)
def test_a_crowd_size_counts_people(nlp, text, words, quantity_of):
    [(_, quantity_of_read, unit, predicate)] = quantity_fields(nlp, text, words, "quantity_of", "unit", "predicate")
    assert (quantity_of_read, unit, predicate) == (quantity_of, "person", "attended")


def test_a_thing_under_the_crowd_is_left(nlp):
    text = "Police said a crowd of 200 threw stones, injuring 12 officers."
    [(_, unit)] = quantity_fields(nlp, text, "200", "unit")
    assert unit == "count"
