"""A window in a joined clause with a subject of its own scopes that clause only.

"said the bus exceeded the speed limit of 35 km/h on that section of road and that the company had received 12
fines in the last two years" gave the speed limit the window '2y' of the fines (probe11 #2), which split it from
every other outlet's limit. A joined clause that shares the subject ("killed 12 people and wounded 30 in the
past three days") still dates both figures. Wire-style wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model

_FINES = (
    "Sutran said the bus exceeded the speed limit of 35 km/h on that section of road and that the company had "
    "received 12 fines in the last two years."
)


@pytest.mark.parametrize(
    ("text", "words", "window"),
    [
        (_FINES, "35 km/h", ""),
        (_FINES, "12 fines", "2y"),
        ("The storm killed 12 people and injured 30 others in the past three days.", "12 people", "3d"),
        ("The storm killed 12 people and injured 30 others in the past three days.", "30 others", "3d"),
    ],
)
def test_conjunct_window(nlp, text: str, words: str, window: str) -> None:
    assert quantity_fields(nlp, text, words, "window") == [(words, window)]
