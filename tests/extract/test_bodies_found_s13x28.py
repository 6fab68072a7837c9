"""A count of bodies found is a count of the dead (events.bodies_found).

"We have recovered 12 bodies so far" was a count of things 'bodies (recovered)', so it never met another
outlet's "At least 12 people drowned" or "the toll rose to 12". Bodies "never recovered" (Aceh dev cluster) are
not found and stay apart; "identified 10 bodies" counts a part of them. Wording constructed, wire style, except
the Aceh sentence.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "quantity_of"),
    [
        ("We have recovered 12 bodies so far, the police chief said.", "people killed"),
        ("Twelve bodies were pulled out of the river on Sunday.", "people killed"),
        ("24 bodies found after ferry sinks", "people killed"),
        ("The bodies of two children were found in the rubble.", "children killed"),
        ("Divers retrieved three more bodies from the wreck on Friday.", "more people killed"),
    ],
)
def test_bodies_found_are_the_dead(nlp, sentence, quantity_of):
    [claim] = factcmp.extract_quantities(sentence, nlp=nlp)
    assert (claim.quantity_of, claim.unit) == (quantity_of, "person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Aceh was hit extremely hard by the massive Boxing Day earthquake and tsunami in 2004, killing 170,000 people "
        "in Sumatra alone - with 35,000 bodies never recovered.",
        "Authorities have identified 10 bodies, the coroner said.",
        # bodies of officials that find something are its finders (constructed)
        "Two regulatory bodies found irregularities in the contracts.",
    ],
)
def test_bodies_not_found_stay_apart(nlp, sentence):
    bodies = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if "bodies" in c.text]
    assert [c.unit for c in bodies] == ["count"]
