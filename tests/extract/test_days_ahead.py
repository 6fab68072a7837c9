"""A day or month name in a clause that tells what is to come is the next one of its name.

"killed on Sunday" is the last Sunday before the article, and dateparser reads
every bare day name so. "He is due in court on Thursday", "classes will resume
on Monday", "the holiday, which begins on Tuesday", "was expected to reopen
Wednesday" tell a day ahead: read backwards it fell a week early and met the
day of the story's own event. Ahead: a future auxiliary, "due", a plan word
before "to" ("expected to", "set to", "were to", "expect ... to", "hope to"), a
timetable's participle in the present ("is scheduled for", "is forecast for"),
"next"/"coming", or the bare present tense in the body (a headline tells the past
in the present).

Sources: berrien 06 and baton-rouge 02 (with their publication dates), and
wire-style wordings (constructed).
"""

from __future__ import annotations

import pytest

from factcmp.extract import prepare_pipeline
from factcmp.extract.dates import resolve

pytestmark = pytest.mark.model


def dates(nlp, text: str, reference: str, title: str = "") -> list[tuple[str, str]]:
    pipeline = prepare_pipeline(nlp)
    doc = pipeline.make_doc(f"{title}\n\n{text}" if title else text)
    doc._.factcmp_reference = reference
    doc._.factcmp_title = title
    return [(c["text"], c["date"]) for c in pipeline(doc)._.factcmp_claims if c["kind"] == "date"]


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # berrien 06, published Tuesday 2016-07-12
        (
            "The courthouse was closed Tuesday but was expected to reopen Wednesday.",
            "2016-07-12",
            [("Tuesday", "2016-07-12"), ("Wednesday", "2016-07-13")],
        ),
        # wire-style wordings (constructed), published Tuesday 2022-10-25
        ("He is due in court on Thursday.", "2022-10-25", [("Thursday", "2022-10-27")]),
        ("He is expected to appear in court on Thursday.", "2022-10-25", [("Thursday", "2022-10-27")]),
        ("Classes will resume on Monday, a week after the shooting.", "2022-10-25", [("Monday", "2022-10-31")]),
        ("Schools, which were to reopen on Monday, will stay shut.", "2022-10-25", [("Monday", "2022-10-31")]),
        ("The funeral is on Saturday.", "2022-10-25", [("Saturday", "2022-10-29")]),
        # baton-rouge 02, published Monday 2016-07-18: a timetable's participle in the present
        ("Clark says an autopsy on the deceased suspect is planned for Tuesday.", "2016-07-18", [("Tuesday", "2016-07-19")]),
        # a verb of expecting or planning before the infinitive, a timetable's participle (constructed)
        ("Crews expect the winds to ease on Wednesday.", "2022-10-25", [("Wednesday", "2022-10-26")]),
        ("Officials hope to reopen the road on Friday.", "2022-10-25", [("Friday", "2022-10-28")]),
        ("Rain is forecast for Wednesday.", "2022-10-25", [("Wednesday", "2022-10-26")]),
        ("The funeral is scheduled for Thursday.", "2022-10-25", [("Thursday", "2022-10-27")]),
        # published Monday 2021-07-19
        (
            "Families are travelling for the Eid al-Adha holiday, which begins on Tuesday.",
            "2021-07-19",
            [("Tuesday", "2021-07-20")],
        ),
    ],
)
def test_a_day_ahead(nlp, text, reference, want):
    assert dates(nlp, text, reference) == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # baton-rouge 02, published Monday 2016-07-18: the day of the article itself stays
        (
            "The coroner for Baton Rouge says his office will perform autopsies Monday on the three officers "
            "slain in an attack this weekend.",
            "2016-07-18",
            [("Monday", "2016-07-18")],
        ),
        # baton-rouge 02: the past, and a present verb that reports it
        (
            "Louisiana State Police Col. Mike Edmonson says the gunman who shot six police officers in Baton Rouge "
            "clearly targeted law enforcement, carrying two riles and a 9 mm handgun in Sunday's ambush.",
            "2016-07-18",
            [("Sunday", "2016-07-17")],
        ),
        # austin 03, published Sunday 2016-07-31: a habit in the present, "on a Saturday night"
        (
            "Manley said officers were in the area as they always are along 6th street on a Saturday night.",
            "2016-07-31",
            [("Saturday night", "2016-07-30")],
        ),
        ("He was killed on Sunday.", "2022-10-25", [("Sunday", "2022-10-23")]),
        ("Schools have been closed since Monday.", "2022-10-25", [("Monday", "2022-10-24")]),
    ],
)
def test_a_day_behind(nlp, text, reference, want):
    assert dates(nlp, text, reference) == want


def test_a_headline_tells_the_past_in_the_present(nlp):
    found = dates(nlp, "Police said the man was shot on Sunday.", "2022-10-25", title="Gunman kills two on Sunday")
    assert found == [("Sunday", "2022-10-23"), ("Sunday", "2022-10-23")]


def test_a_month_ahead():
    assert resolve("in January", "2022-10-25", ahead=True) == ("2023-01-01", "month")
    assert resolve("in October", "2022-10-25", ahead=True) == ("2022-10-01", "month")  # the month of the article
    assert resolve("next Monday", "2022-10-25") == ("2022-10-31", "day")
    assert resolve("last Monday", "2022-10-25", ahead=True) == ("2022-10-24", "day")
