"""A name written before a person word ("a 41-year-old <town> resident") is no owner of the age.

Constructed wire-style sentences (said so in each test).
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def owners(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "quantity_of")


class TestResidentAges:
    def test_a_town_the_model_tags_a_person(self, nlp):
        # constructed wire-style sentence: the model tags "Milton Hayes" PERSON; was "age of Milton Hayes"
        text = "Deputies arrested a 27-year-old Milton Hayes resident on Friday."
        assert owners(nlp, text)["27-year-old"] == "age of resident"

    def test_a_town_read_as_a_place_still_gives_the_man(self, nlp):
        # constructed wire-style sentence
        assert owners(nlp, "A 33-year-old Lake Bellamy man was charged.")["33-year-old"] == "age of man"

    def test_a_name_after_the_age_is_still_its_owner(self, nlp):
        # constructed wire-style sentence: the name ends the run, no person word after it
        text = "Police identified the driver as 41-year-old Matthew Gerald of Zachary."
        assert owners(nlp, text)["41-year-old"] == "age of Matthew Gerald"

    @pytest.mark.parametrize(
        "text",
        [
            "The suspect, a 22-year-old Garland man, was arrested on Friday.",  # constructed: was "age of man"
            "The suspect was a 22-year-old Garland man, police said.",  # constructed
        ],
    )
    def test_a_role_the_man_of_a_town_stands_for(self, nlp, text):
        assert owners(nlp, text)["22-year-old"] == "age of suspect"
