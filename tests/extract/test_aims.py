"""An act aimed at, planned or possible is no act done: "to arrest the two suspects" counts no arrest.

- a purpose clause ("do everything possible to arrest the two suspects", "were sent to arrest five
  men"), the complement of a verb of intent ("vowed to kill", "trying to arrest") and a modal before a
  bare verb ("would arrest") give the count the aim ``to <verb>``, never the event of the lexicon;
- an implicative verb tells the act as done: "were forced to flee", "the firearms he used to kill
  three officers", "managed to rescue", and a perfect infinitive tells a past act ("is believed to have
  killed").
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/bourbon 01",
            'If you want a safe community, you have got to step up to the plate," he said, adding that the city '
            "and investigators would do everything possible to arrest the two suspects.",
            ("two suspects", "to arrest"),
        ),
        ("wire style", "Troops were sent to arrest five men suspected of planting the bomb.", ("five men", "to arrest")),
        ("wire style", "Police are still trying to arrest three suspects in the killing.", ("three suspects", "to arrest")),
        ("wire style", "The militants vowed to kill 40 hostages if their demands were not met.", ("40 hostages", "to kill")),
    ],
)
def test_an_aim_is_no_act(nlp, where, text, expected):
    assert quantity_fields(nlp, text, expected[0], "predicate") == [expected]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        (
            "corpus/dev/baton-rouge 02",
            "Federal agents in Kansas City and Baton Rouge are trying to determine where the gunman got the "
            "firearms he used to kill three officers and wound three more in the Louisiana capital.",
            ("three officers", "killed"),
        ),
        ("wire style", "Thousands of residents were forced to flee their homes.", ("Thousands of residents", "displaced")),
        ("wire style", "Rescuers managed to rescue 12 people from the rubble.", ("12 people", "rescued")),
        ("wire style", "The gunman is believed to have killed 20 people.", ("20 people", "killed")),
    ],
)
def test_an_act_told_as_done_keeps_its_event(nlp, where, text, expected):
    assert quantity_fields(nlp, text, expected[0], "predicate") == [expected]
