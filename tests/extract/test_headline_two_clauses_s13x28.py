"""A headline's two clauses joined by a comma each give their own figure its act.

"Landslide death toll climbs to 19, 30 still missing" gave both figures to 'missing': the tagger read "climbs"
as a plural noun, so the 19 walked up to the next clause's "missing" (events.read_predicate now reads the toll
on such a verb); and "Mine blast kills 12, 9 missing" gave the 9 to the kills, since "missing" after a bare
figure was read only as a past participle, and never past "still" (context._event_after). Wording constructed,
wire-headline style.
"""

from __future__ import annotations

import pytest

from . import quantity_fields


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Landslide death toll climbs to 19, 30 still missing", [("19", "people killed"), ("30", "people missing")]),
        ("Mine blast kills 12, 9 missing", [("12", "people killed"), ("9", "people missing")]),
        ("Flood toll reaches 26, 11 still missing", [("26", "people killed"), ("11", "people missing")]),
        ("Quake death toll rises to 57, 120 still missing", [("57", "people killed"), ("120", "people missing")]),
    ],
)
def test_each_clause_keeps_its_act(nlp, text, figures):
    assert [quantity_fields(nlp, text, words, "quantity_of")[0] for words, _ in figures] == figures
