"""The city a distance is measured from is no place a figure is at: "about 400 km northeast of Lima".

"The bus left the road near Huari, about 400 km northeast of Lima, and fell some 200 meters" gave the fall the
places Huari|Lima (probe11, known class "place as a separator"), which kept it from another outlet's fall of
150 m; the distance keeps its reference in quantity_of ("distance northeast of Lima"). Real sentences from
aceh, berrien and Ramadi, where the reference point also stood in every figure's place (their groups and
verdicts are unchanged); the Huari sentence is wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "The quake hit inland at a depth of just 10km, 55km south of Bireun and 72 km southeast of Reuleuet, the US "
            "Geological Survey said.",  # aceh 09
            "10km",
            "",
        ),
        ("The courthouse is in St. Joseph, which is 100 miles northeast of Chicago.", "100 miles", "St. Joseph"),  # berrien 05
        (
            "Ramadi, which lies 100 kilometres (60 miles) west of Baghdad, effectively fell to IS when beleaguered Iraqi "
            "security forces pulled out from their last bases on Sunday.",  # ramadi 004
            "100 kilometres (60 miles)",
            "",  # alone, the model tags no place here but Baghdad (in the article, Ramadi)
        ),
        (
            "The bus left the road near Huari, about 400 km northeast of Lima, and fell some 200 meters, police said.",
            "some 200 meters",
            "Huari",
        ),
    ],
)
def test_reference_point_is_no_place(nlp, text: str, words: str, place: str) -> None:
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]
