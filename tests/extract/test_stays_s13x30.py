"""A stay told with a verb of state is a figure of its own and no window of the sentence's other figures.

"had served on the force for 18 years" beside an age or another count was read as the window of that count and
dropped as a claim (extract27-durations-kept-as-claims, probe14a A11): the preposition "on" named no stay, and
a stay kept as a claim still dated the sentence's other figures ("and leaves two children" got the window 18y).
Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def quantities(nlp, text: str) -> list[dict]:
    return [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "stay", "subject"),
    [
        ("Officer Daniel Reyes, 42, had served on the force for 18 years.", "18 years", "force"),
        (
            "Officer Daniel Reyes, who had served on the force for 18 years, was one of three officers shot.",
            "18 years",
            "force",
        ),
        ("Ruth Kent, who has lived on Elm Street for 30 years, said she counted 12 shots.", "30 years", "Elm Street"),
        ("Reyes had served with the department for 18 years, police said, and leaves two children.", "18 years", "department"),
        # a stay in a clause on a noun scopes nothing outside it, whatever its verb
        ("Frank Moss, who retired from the police after 25 years, said he heard 12 shots.", "25 years", "police"),
        ("Moss, who had worked for the company for 25 years, was one of three people killed.", "25 years", "company"),
    ],
)
def test_a_stay_is_a_claim_beside_other_figures(nlp, text, stay, subject):
    claims = quantities(nlp, text)
    [kept] = [c for c in claims if c["text"] == stay]
    assert kept["subject"] == subject
    assert all(not c["window"] for c in claims)  # no other figure was counted over the stay


@pytest.mark.parametrize(
    ("text", "figure", "window"),
    [
        ("For three days, 200 people were in the stadium.", "200 people", "3d"),  # the 200 were there that long
        ("There were 50 attacks in the region in the past two weeks.", "50 attacks", "2w"),
        ("At least 500 people were killed in three days of fighting.", "At least 500 people", "3d"),
        ("The rebels, who killed 40 people in three days, were arrested.", "40 people", "3d"),  # inside the clause
    ],
)
def test_stretches_things_happened_over_stay_windows(nlp, text, figure, window):
    [claim] = [c for c in quantities(nlp, text) if c["text"] == figure]
    assert claim["window"] == window
