"""What a recorder or finder shows is credited to the source who reports it, when one does.

"recorded", "found", "show" are verbs of evidence: the station or the investigators are
the source only when no verb of saying ("..., the department said") or "according to"
reports what they showed.
"""

from __future__ import annotations

import pytest

from .article_claims import credits_of_figures_and_dates as credits

pytestmark = pytest.mark.model


class TestReportedEvidence:
    def test_said_reports_what_the_records_show(self, nlp):
        # corpus/dev/baton-rouge-ambush-2016 05: was 'health records'
        text = (
            "The Baton Rouge Advocate reported the Department of Veterans Affairs said in health records show "
            "\u201ca number of contacts\u201d with Long from 2008 to 2013, and Long\u2019s last encounter with the "
            "VA was in August 2013."
        )
        assert credits(nlp, text)["2008"] == "the Department of Veterans Affairs"

    def test_said_reports_what_a_station_recorded(self, nlp):
        # wire-style wording (constructed)
        text = "The Wilson Airport weather station recorded 95 mm of rain overnight, the meteorological service said."
        assert credits(nlp, text)["95 mm"] == "the meteorological service"

    def test_said_hung_beside_the_recording_verb_reports_it(self, nlp):
        # wire-style wording (constructed): the parser makes "said" a parataxis of "recorded"
        text = (
            "The Wilson Airport weather station recorded 95 mm of rain in 24 hours to Monday morning, the "
            "meteorological service said, more than the city usually receives in the whole of May."
        )
        assert credits(nlp, text)["95 mm"] == "the meteorological service"

    def test_according_to_reports_what_a_city_recorded(self, nlp):
        # wire-style wording (constructed)
        text = "Mombasa recorded 80mm of rain on Sunday, according to the Kenya Meteorological Department."
        assert credits(nlp, text)["80mm"] == "the Kenya Meteorological Department"

    def test_said_reports_what_investigators_found(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Investigators found 30 shell casings at the scene, police said.")["30 shell casings"] == "police"


class TestEvidenceAlone:
    def test_investigators_who_found_are_the_source(self, nlp):
        # wire-style wording (constructed)
        got = credits(nlp, "Investigators found 30 shell casings at the scene.")
        assert got["30 shell casings"] == "Investigators"
