"""A place that only says where a listed victim is from or studies is not where the figure happened (scope.places_of).

"... were wounded: <name>, 16, a <town> High sophomore who was shot in the arm" put the count in the town of the
victim's school, so it could not meet another outlet's count at the game's stadium (lead-s13 request, probe15 F3's
pattern). Sentences constructed in wire style.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Police said two people were wounded: Marcus Bell, 16, a Westfield High sophomore who was shot in the arm, "
            "and a 14-year-old boy.",
            "two people",
        ),
        ("Two students were hurt, including Maria Lopez, 16, a Chicago native.", "Two students"),
    ],
)
def test_a_victims_origin_is_no_place_of_the_count(nlp, text, figure):
    assert column_of(nlp, text, "place").get(figure) == ""


def test_the_place_of_the_act_stays(nlp):
    text = "Two students were hurt in Pell Creek, including Maria Lopez, 16, a Chicago native."
    assert column_of(nlp, text, "place").get("Two students") == "Pell Creek"
