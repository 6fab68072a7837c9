"""A bare number a headline's verb of arrest takes is people: "Police detain 3" is 3 arrested.

Headlines leave out the noun ("Floods kill 12", "Police arrest 4"): kill, injure and arrest were read
as people, but the present forms of detain and apprehend were missing from the event words, so
"Austrian police detain 3 after station stabbing" gave a count of 3 "(detain)". A headline verb that
names no act on people ("Company hires 200") keeps its bare count.
No dev or Ramadi headline has the forms: constructed, wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # constructed, wire-style wording
        ("Austrian police detain 3 after station stabbing", "arrested"),
        ("Police apprehend 2 after high-speed chase", "arrested"),
        ("Floods kill 12 in northern Kenya", "killed"),
        ("Police arrest 4 after building collapse", "arrested"),
    ],
)
def test_a_headline_object_of_an_act_on_people_is_people(nlp, text, event):
    (claim,) = extract_quantities(text, nlp=nlp)
    assert (claim.unit, claim.predicate) == ("person", event)


def test_a_headline_object_of_another_verb_stays_a_count(nlp):
    # constructed, wire-style wording
    (claim,) = extract_quantities("Company hires 200 after merger", nlp=nlp)
    assert claim.unit == "count"
