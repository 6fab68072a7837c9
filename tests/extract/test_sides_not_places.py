"""A country or city that is a side in a contest is no place of a figure.

"... as fans tried to enter for a World Cup qualifier between Zambia and Nigeria":
Nigeria is the visiting team, and the toll of the crush is not in Nigeria. A side
is the object of "against"/"versus", of "between" after a contest ("tensions",
"war", "match"), or the owner of a game ("Zambia's World Cup qualifier"). A
stretch of ground ("on Volunteer Parkway, between Weaver Pike and Hill Street")
and a country's own war ("Sudan's war") stay places.

Ramadi [003] is real; the other sentences are constructed, in wire-style wording
(the dev sentences with sides have no figure).
"""

from __future__ import annotations

import pytest

from .article_claims import places

pytestmark = pytest.mark.model


def test_the_sides_of_tensions_are_no_place_of_their_figure(nlp):
    # ramadi [003]
    text = (
        "Tensions between Tehran and Washington, Baghdad\u2019s two main foreign partners, also played out during the "
        "battle for executed dictator Saddam Hussein\u2019s hometown of Tikrit, which the government took back last month."
    )
    assert "Tehran" not in places(nlp, text)["two main foreign partners"].split("|")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "At least 12 people were killed in a crush at the stadium in Lusaka as fans tried to enter for a World Cup "
            "qualifier between Zambia and Nigeria, police said.",
            "At least 12 people",
            "Lusaka",
        ),
        (
            "Twenty-one people were killed about half an hour before Zambia's World Cup qualifier against Nigeria kicked off.",
            "Twenty-one people",
            "",
        ),
    ],
)
def test_the_teams_of_a_match_are_no_place(nlp, text, figure, place):
    # wire-style wording (constructed)
    assert places(nlp, text)[figure] == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Fighting in Sudan's war has killed 150,000 people.", "150,000 people", "Sudan"),
        (
            "Three people were shot on Main Street, between Elm Street and Hill Street.",
            "Three people",
            "Elm Street|Hill Street|Main Street",
        ),
    ],
)
def test_a_country_at_war_and_a_stretch_of_road_stay(nlp, text, figure, place):
    # wire-style wording (constructed)
    assert places(nlp, text)[figure] == place
