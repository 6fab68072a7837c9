"""The verb of an "of which" / "of whom" clause belongs to its own count, never to the set (probe10 #15).

"inspected 3,100 buildings, of which about 1,200 homes were damaged": the 3,100 were inspected, the 1,200
damaged; read as "3,100 buildings (damaged)" the inspected set met the damaged homes of other reports.
Sources: yida (real, a set with its own verb before "of which"), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Five bombs were dropped, of which four exploded, they told our correspondent.", "Five bombs", "bombs (dropped)"),
        (
            "Engineers have so far inspected 3,100 buildings, of which about 1,200 homes were damaged, the ministry said.",
            "3,100 buildings",
            "buildings (inspected)",
        ),
        (
            "Engineers have so far inspected 3,100 buildings, of which about 1,200 homes were damaged, the ministry said.",
            "about 1,200 homes",
            "homes (damaged)",
        ),
        ("Police arrested 12 people, of whom five were charged.", "12 people", "people arrested"),
        # a relative clause of the set itself still tells its act
        ("Police found 12 people who were injured in the blast.", "12 people", "people injured"),
    ],
)
def test_part_clause_verb(nlp, text: str, words: str, expected: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
