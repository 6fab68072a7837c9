"""A count of hours that scopes another figure is its window, as a count of days is: "120 mm of rain in 24 hours".

The model labels "24 hours" TIME where it labels "three days" DATE, and only
DATE spans were read as windows: the hours of "recorded 120 mm of rain in 24
hours" and of "more than 40mm in 24 hours will continue" were two claims of
their own (the denominator of a rate), which met each other as one fact. Now
the hours are the window of the figure they scope ("12 people arrested over the
past 48 hours": 48h), and of a reading of the weather they are its basis, which
gives it no window (scope.window_of); "for nearly four hours" tells how long
something lasted and stays a claim.

No dev article has such a span (Ramadi's "In the 24 hours up to 1.00 a.m." is
labelled DATE and was a window already): the sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp.extract import prepare_pipeline

pytestmark = pytest.mark.model


def quantities(nlp, text: str, reference: str) -> dict[str, str]:
    pipeline = prepare_pipeline(nlp)
    doc = pipeline.make_doc(text)
    doc._.factcmp_reference = reference
    return {c["text"]: c["window"] for c in pipeline(doc)._.factcmp_claims if c["kind"] == "quantity"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police arrested 12 people over the past 48 hours.", {"12 people": "48h"}),
        ("Rescuers pulled 15 survivors from the rubble within 48 hours.", {"15 survivors": "48h"}),
    ],
)
def test_hours_scope_the_figure(nlp, text, want):
    assert quantities(nlp, text, "2024-04-26") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a reading's hours are its basis: no claim, and no window that would keep it from the same day's reading
        (
            "Nairobi's Dagoretti weather station recorded 120 mm of rain in 24 hours, the Kenya Meteorological Department said.",
            {"120 mm": ""},
        ),
        ("Rainfall of more than 40mm in 24 hours will continue, the department warned.", {"more than 40mm": ""}),
    ],
)
def test_the_hours_of_a_reading_are_no_claim(nlp, text, want):
    assert quantities(nlp, text, "2024-04-26") == want


def test_how_long_it_lasted_is_a_claim(nlp):
    found = quantities(nlp, "Students hid for nearly four hours as 5 were wounded.", "2022-10-25")
    assert found == {"nearly four hours": "", "5": ""}
