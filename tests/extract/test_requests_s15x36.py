"""Who asks for a figure is its source: a sentence a prosecutor seeks is the prosecutor's word.

"Prosecutor Mark Osei asked for a jail term of six to eight years" credits the years to him. The asker is
the source of the ask only: what else the sentence tells is not asked. Wording constructed in wire style
(no dev trial asks for a figure).
"""

from __future__ import annotations

import pytest

from .article_claims import credits, credits_of_figures_and_dates

pytestmark = pytest.mark.model


class TestAskedFigures:
    def test_asked_for(self, nlp):
        got = credits(nlp, "State Prosecutor Mark Osei asked for a jail term of six to eight years.")
        assert got["six to eight years"] == "State Prosecutor Mark Osei"

    def test_sought(self, nlp):
        assert credits(nlp, "The prosecution sought 15 years in prison.")["15 years"] == "The prosecution"

    def test_asked_of_someone(self, nlp):
        got = credits(nlp, "Prosecutors asked the judge to jail him for at least 10 years.")
        assert got["at least 10 years"] == "Prosecutors"

    def test_a_lawyer_asks(self, nlp):
        got = credits(nlp, "His lawyer asked for a fine of $5,000.")
        assert got["$5,000"] == "His lawyer"


class TestNotAsked:
    def test_what_the_sentence_tells_besides(self, nlp):
        assert credits(nlp, "Residents asked for help after 300 homes flooded.")["300 homes"] == ""

    def test_an_attempt_asks_nobody(self, nlp):
        got = credits_of_figures_and_dates(nlp, "The man sought to change his name in a court filing in May 2015.")
        assert got["May 2015"] == ""
