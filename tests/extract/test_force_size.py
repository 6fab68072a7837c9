"""The size of a force sent to a disaster is one fact whatever verb tells it at work.

"More than 900 firefighters were battling the blaze", "1,460 personnel were assigned to the fire", "Roughly
1,400 firefighters are on the lines" and "Nearly 1,500 firefighters are now deployed" all count the force
deployed, a figure that grows from report to report. A fight for one's life is a grave injury, and firefighters
hurt while battling a blaze are injured.
Sources: wire-style wording (constructed; no dev cluster is a fire).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("More than 900 firefighters were battling the blaze.", "More than 900 firefighters", "firefighters deployed"),
        ("Nearly 1,500 firefighters are now deployed.", "Nearly 1,500 firefighters", "firefighters deployed"),
        ("Cal Fire said 1,460 personnel were assigned to the fire.", "1,460 personnel", "personnel deployed"),
        ("Roughly 1,400 firefighters are on the lines.", "Roughly 1,400 firefighters", "firefighters deployed"),
        ("About 1,400 firefighters are fighting the fire.", "About 1,400 firefighters", "firefighters deployed"),
        ("The number of firefighters assigned to the fire rose to 1,400.", "1,400", "firefighters deployed"),
        # no force
        ("Two firefighters are fighting for their lives.", "Two firefighters", "firefighters seriously injured"),
        ("Three firefighters were hurt while battling the blaze.", "Three firefighters", "firefighters injured"),
    ],
)
def test_a_force_at_work_is_deployed(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]
