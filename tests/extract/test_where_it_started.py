"""The place a fire or an outbreak started is no place of what it burned, destroyed or killed.

"The fire broke out near Highway 70 on Sunday and has burned 12,400 acres": the
highway is one point of the fire; the acres are its whole extent, which the start
does not bound. Left as the figure's place, it set one outlet's area apart from
the others' (probe9 #8). A place the figure itself is told in stays ("has burned
12,400 acres in Butte County"), and so does the place where fighting broke out
(fighting does not spread from a point).

No dev or Ramadi article has a fire's or an outbreak's start beside a figure: the
sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import places

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Cedar Ridge Fire, which broke out near Highway 70 on Sunday, has burned 12,400 acres.",
        "The fire broke out near Highway 70 on Sunday and has burned 12,400 acres.",
        "The blaze started in Butte County and has scorched 12,400 acres.",
        "The fire broke out shortly after 2:30 p.m. near Highway 70 and had burned 12,400 acres by Monday morning.",
    ],
)
def test_where_a_fire_started_does_not_place_its_area(nlp, text):
    # wire-style wording (constructed)
    assert places(nlp, text)["12,400 acres"] == ""


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("The fire has burned 12,400 acres in Butte County.", "12,400 acres", "Butte County"),
        ("Fighting broke out in Juba and 30 people were killed.", "30 people", "Juba"),
    ],
)
def test_a_place_of_the_figure_itself_stays(nlp, text, figure, place):
    # wire-style wording (constructed)
    assert places(nlp, text)[figure] == place
