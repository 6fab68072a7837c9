"""An evacuation by rescuers is a rescue; people forced from their homes are displaced.

"The Red Cross said its teams had evacuated about 3,000 people by boat" was people displaced and met a
government's "Some 40,000 people have been displaced" as a false conflict: who evacuates is a rescuer (or
the evacuation is by boat, by helicopter), and the count is of people rescued. The headline "Kenya floods
kill at least 38, thousands forced from homes" read "thousands" as killed: a participle of driving out of
home on the count is its act. A preventive evacuation ("Authorities evacuated 5,000 people ahead of the
storm") stays a displacement.
Sources: wire-style wording (constructed): no dev or Ramadi sentence has the pattern (aceh's "caused
hundreds of people to be evacuated" is the guard that an evacuation stays displaced).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _predicates(nlp, text: str, words: str) -> list[str]:
    return [p for _, p in quantity_fields(nlp, text, words, "predicate")]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("The Red Cross said its teams had evacuated about 3,000 people by boat.", "about 3,000 people", "rescued"),
        ("Rescuers evacuated 200 residents from the flooded village.", "200 residents", "rescued"),
        ("About 300 people were evacuated by helicopter.", "About 300 people", "rescued"),
        ("Kenya floods kill at least 38, thousands forced from homes", "thousands", "displaced"),
    ],
)
def test_the_act_is_read(nlp, text, words, event):
    assert _predicates(nlp, text, words) == [event]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Authorities evacuated 5,000 people ahead of the storm.", "5,000 people", "displaced"),
        ("Kenya floods kill at least 38, thousands forced from homes", "at least 38", "killed"),
        (  # aceh
            "The quake also triggered landslides and caused hundreds of people to be evacuated to 10 temporary shelters.",
            "hundreds of people",
            "displaced",
        ),
    ],
)
def test_other_readings_stay(nlp, text, words, event):
    assert _predicates(nlp, text, words) == [event]
