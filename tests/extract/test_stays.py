"""Durations that are the fact itself (a stay with something) versus durations that scope another figure.

Real sentences from the dev clusters and wire-style sentences of the same
kinds. A duration inside a time window is a claim only when no figure of its
sentence stands outside the windows and its verb names what the time was
spent with, in, at or from; that thing is its subject, so a career at the
police is never lined up with a post at a court.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def durations(nlp, text: str) -> list[tuple[str, float, str]]:
    doc = nlp(text)
    return [
        (c["text"], c["value"], c["subject"] or "")
        for c in doc._.factcmp_claims
        if c["kind"] == "quantity"
        and c["unit"] in ("year", "month", "week", "day", "hour")
        and not c["quantity_of"].startswith("age")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # corpus/dev/berrien 03: a career length beside a post held since; the post is held at its owner,
            # and "for 10 years after ..." is a length ("for"), not an offset
            "Security Supervisor Zangaro had served as the Berrien County Trial Court's director of security for "
            "10 years after having retired from the Michigan State Police after 25 years.",
            [("10 years", 10.0, "Berrien County Trial Court"), ("25 years", 25.0, "Michigan State Police")],
        ),
        (  # corpus/dev/berrien 07: a stay told by a verb of state scopes none of the other figures (the bailiffs, ages)
            "The two bailiffs, Joseph Zangaro, 61, and Ronald Kienzle, 63, who were killed had been with the trial "
            "court for more than 10 years.",
            [("more than 10 years", 10.0, "trial court")],
        ),
        (  # corpus/dev/berrien 04: the same stay outside any date window meets it
            "Both had been with the trial court for over 10 years.",
            [("over 10 years", 10.0, "trial court")],
        ),
        (
            "Jones had been the county's fire chief for eight years after retiring from the Chicago Fire Department "
            "after 22 years.",
            [("22 years", 22.0, "Chicago Fire Department")],
        ),
        (  # the 30 years lie in no date window; "worked at" names the stay all the same
            "He had worked at the plant for 30 years after serving in the Navy for four years.",
            [("30 years", 30.0, "plant"), ("four years", 4.0, "Navy")],
        ),
    ],
)
def test_a_stay_with_something_is_a_figure_of_it(nlp, text, expected):
    assert [d for d in durations(nlp, text) if d[2]] == expected


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # the duration scopes a figure: it is that figure's window, no claim
        ("More than 500 people were killed in three days of fighting.", "three days"),
        ("Police arrested 40 people in Chicago over the past two weeks.", "two weeks"),
    ],
)
def test_a_window_of_a_figure_stays_a_window(nlp, text, window):
    assert not [d for d in durations(nlp, text) if window in d[0]]


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        # a duration that dates a moment is no stay with the place beside it
        ("The suspect was arrested in Ohio two weeks later.", "two weeks"),
        ("NP's protection team arrived in Yida one month ago to respond to the direct protection needs.", "one month"),
        # a stay with nothing named
        ("Police arrested 40 people over the past two weeks after the riots.", "two weeks"),
    ],
)
def test_an_offset_is_no_stay(nlp, text, duration):
    assert not [d for d in durations(nlp, text) if duration in d[0] and d[2]]


def test_the_time_since_a_change_of_state_is_one_figure_of_its_subject(nlp):
    """corpus/dev/yida 02, 03, 10: how long South Sudan has been independent, told with three verbs.

    "6 months ago" also dates a moment (a window of its sentence), yet it is what the sentence states;
    the three are one fact of South Sudan, four months against six, and no other duration joins them.
    """
    import pandas as pd

    import factcmp

    texts = {
        "02": "The president of South Sudan, which became the world's newest country only four months ago, said he "
        "fears the Khartoum-based government intends to invade the south soon.",
        "03": "Less than six months after South Sudan broke away from Sudan, an act that was the culmination of a "
        "peace accord to end decades of civil war, tensions between the neighbors are crystallizing into fears of "
        "direct confrontation.",
        "10": "South Sudan gained its independence from Sudan 6 months ago, ending one of Africa's longest civil wars.\n"
        "The refugees had walked for six days to reach the camp.",
    }
    arts = pd.DataFrame(
        [
            {"doc_id": d, "source": d, "published": "2011-11-14" if d == "10" else "2011-11-10", "text": t}
            for d, t in texts.items()
        ]
    )
    claims = factcmp.compare(arts, nlp=nlp).claims
    since = claims[claims["quantity_of"].fillna("").str.startswith("time since")]
    assert sorted(zip(since["doc_id"], since["text"], since["subject"], strict=True)) == [
        ("02", "four months", "South Sudan"),
        ("03", "Less than six months", "South Sudan"),
        ("10", "6 months", "South Sudan"),
    ]
    assert since["group_id"].nunique() == 1
    assert set(since["status"]) == {"conflict"}
    walked = claims[claims["text"] == "six days"]
    assert walked.empty or walked["group_id"].iat[0] != since["group_id"].iat[0]


@pytest.mark.parametrize(
    "text",
    [
        "He became a father two years ago.",  # no name: nothing outlets would line up
        "Bolt broke the world record three years ago.",  # "broke" changes no state without "away"
        "NP's protection team arrived in Yida one month ago.",  # arriving is no change of state
    ],
)
def test_a_duration_since_no_change_of_a_named_subject_is_no_time_since(nlp, text):
    from factcmp.extract.quantities import scan_sentence
    from factcmp.extract.stays import since_of

    doc = nlp(text)
    assert [since_of(sent, q) for sent in doc.sents for q in scan_sentence(doc, sent)] == [("", "")]
