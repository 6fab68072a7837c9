"""A crowd is one fact whatever verb counts it: "turned up", "showed up", "gathered", "held a minute's silence".

"About 75,000 fans turned up at the stadium" and "Around 75,000 people gathered at the ground" count one crowd:
the phrasal verbs of coming ("turned up", "showed up", "came out") and a crowd's holding of a vigil, a silence or
a rally take the act of a crowd (the reconciler's class of gathering and marching), and the crowd is people,
whatever it is said to be made of (fans, supporters, mourners); so are people a copula puts at a gathering ("were
at or around the ground", "were inside the club"), but not officers there, who are counted for their role. A harm
told with the verb ("12 people turned up injured") and the dead ("Three more bodies turned up") are no crowd.
Sources: wire-style wording (constructed; the dev clusters count no crowds so).
"""

from __future__ import annotations

import pytest

from factcmp.extract.events import CROWD

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("About 75,000 fans turned up at the stadium.", "About 75,000 fans", (CROWD, "people", "people (turned up)")),
        ("About 70,000 supporters showed up, police said.", "About 70,000 supporters", (CROWD, "people", "people (showed up)")),
        ("Thousands of people held a minute's silence.", "Thousands of people", (CROWD, "people", "people (held)")),
        (
            "Police estimated that about 75,000 people were at or around the ground.",
            "about 75,000 people",
            (CROWD, "people", "people (were)"),
        ),
        (
            "About 300 people were inside the club when the shooting began.",
            "About 300 people",
            (CROWD, "people", "people (were)"),
        ),
        # no crowd
        ("Two people were in the car.", "Two people", ("were", "people", "people (were)")),
        ("Five officers were at the stadium.", "Five officers", ("were", "officer", "officers (were)")),
        ("Two men came out of the shop and fired.", "Two men", ("came", "men", "men (came)")),
        ("Three people turned out to be relatives.", "Three people", ("turn", "people", "people (turned out)")),
        ("Police said 12 people turned up injured.", "12 people", ("turn", "people", "people (turned up)")),
        ("Three more bodies turned up on Monday.", "Three more bodies", ("turn", "body", "more bodies (turned up)")),
    ],
)
def test_a_crowd_is_one_act(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "predicate", "subject", "quantity_of") == [(words, *expected)]
