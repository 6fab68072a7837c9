"""A speaker's age set off after the name is no part of the speaker.

"Witness Ali Hassan, 35, said ..." credits "Witness Ali Hassan": the age is the article's own
figure, and a speaker written with it would never meet the same speaker named without it.
Wording constructed in wire style (houston 01 in dev shows the pattern: "His wife, Ha, 41").
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


class TestSpeakerAges:
    def test_an_age_after_the_name(self, nlp):
        got = credits(nlp, "Witness Ali Hassan, 35, said 20 shots were fired.")
        assert got == {"35": "", "20 shots": "Witness Ali Hassan"}

    def test_an_age_and_a_description_after_the_name(self, nlp):
        got = credits(nlp, "Ali Hassan, 35, a driver, said 20 shots were fired.")
        assert got["20 shots"] == "Ali Hassan, a driver"

    def test_each_name_of_a_pair_has_its_age(self, nlp):
        got = credits(nlp, "Farmers Peter Otieno, 45, and Grace Wanjiru, 50, said 30 cattle drowned.")
        assert got["30 cattle"] == "Farmers Peter Otieno and Grace Wanjiru"

    def test_a_number_in_a_name_stays(self, nlp):
        assert credits(nlp, "Local 100 said 300 workers were laid off.")["300 workers"] == "Local 100"
