"""A day named in a past clause the parser misreads is the last one of its name (probe14a A20).

"The medical examiner ruled the death a homicide Friday": the parser can take the complement noun ("homicides")
for a present-tense verb, a clause of "ruled", and a bare present in the body looks ahead, so the day became the
next Friday, a week after the ruling. A present-tense word with no subject of its own under a past verb is no
timetable; a real future clause has its subject ("Officials said the school reopens Monday"). Constructed
wire-style wording, published Friday 2022-10-28.
"""

from __future__ import annotations

import pytest

from .test_days_ahead import dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The coroner ruled both deaths homicides Thursday.", [("Thursday", "2022-10-27")]),
        ("Officials said the school reopens Monday.", [("Monday", "2022-10-31")]),
    ],
)
def test_day_of_a_past_ruling(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert dates(nlp, text, "2022-10-28") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "this morning" is the day of writing, "last night" the day before (the model tags both TIME)
        ("A strong earthquake shook the coast early this morning.", [("early this morning", "2022-10-28")]),
        ("Two men were shot last night outside a bar.", [("last night", "2022-10-27")]),
        # the earliest day a thing to come may happen is the next one of its name; told in the past, the last one
        ("The merger may be announced as soon as Monday.", [("Monday", "2022-10-31")]),
        ("A vote could come as early as Thursday.", [("as early as Thursday", "2022-11-03")]),
        ("Neighbours noticed the smell as early as Monday.", [("as early as Monday", "2022-10-24")]),
    ],
)
def test_days_told_from_the_day_of_writing(nlp, text: str, want: list[tuple[str, str]]) -> None:
    assert dates(nlp, text, "2022-10-28") == want
