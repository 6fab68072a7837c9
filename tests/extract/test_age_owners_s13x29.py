"""Whose age a figure is when a name, a verb or a list stands near it.

Sentences from the dev clusters (named in each test) and constructed wire-style ones (said so).
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def owners(nlp, text: str) -> dict[str, str]:
    """Claim text -> what it is a quantity of, for the figures of one sentence."""
    return column_of(nlp, text, "quantity_of")


def places(nlp, text: str) -> dict[str, str]:
    return column_of(nlp, text, "place")


class TestAgeOwners:
    def test_a_name_before_the_copula_is_not_the_subject(self, nlp):
        # constructed wire-style sentence: the model tags the airfield a person; the driver is 34
        text = "The driver arrested after the crash outside Lambert Field is 34, according to court records."
        assert owners(nlp, text)["34"] == "age of driver"

    def test_the_speaker_is_not_the_owner_of_the_age_she_tells(self, nlp):
        # corpus/dev/baton-rouge 02: was "age of Poe"
        text = (
            "Poe said her 14-year-old son was interested in military service, and Gerald was always ready to "
            "answer his questions."
        )
        assert owners(nlp, text)["14-year-old son"] == "age of son"

    def test_a_name_listed_as_an_age_keeps_it(self, nlp):
        # constructed wire-style sentence: a naming verb's "as" between the name and the age
        text = "Jail records list Marcus Hill as 24 years old."
        assert owners(nlp, text)["24 years old"] == "age of Marcus Hill"

    def test_a_surname_listed_as_an_age_keeps_it(self, nlp):
        # constructed wire-style sentence: the model tags no person; the name before "as" is the owner
        text = "The autopsy report lists Okafor as 31 years old."
        assert owners(nlp, text)["31 years old"] == "age of Okafor"

    def test_a_name_set_off_before_its_age_keeps_it(self, nlp):
        # corpus/dev/bourbon-street 08
        text = (
            "The melee left nine people wounded and claimed the life of Demontris Toliver, a 25-year-old tattoo "
            "artist from Baton Rouge."
        )
        assert owners(nlp, text)["25-year-old"] == "age of Demontris Toliver"

    def test_a_verb_read_as_the_noun_after_an_age_owns_nothing(self, nlp):
        # constructed wire-style sentence: "the 19-year-old" is the one who shot
        text = "Police said the 19-year-old shot a deputy."
        assert owners(nlp, text)["19-year-old shot"] == "age"

    def test_ages_listed_after_the_victims_are_victims_ages(self, nlp):
        # constructed wire-style sentence
        text = "Three of the victims, a 16-year-old and a 50-year-old woman, were treated at a hospital."
        got = owners(nlp, text)
        assert got["16-year-old"] == "age of victim"
        assert got["50-year-old woman"] == "age of victim"

    def test_a_role_list_keeps_its_own_nouns(self, nlp):
        # constructed wire-style sentence: a role says more than the group
        text = "Two of the victims, a 16-year-old student and a 50-year-old nurse, were treated at a hospital."
        got = owners(nlp, text)
        assert got["16-year-old student"] == "age of student"

    def test_a_name_after_an_age_tagged_a_product_is_the_owner_and_no_place(self, nlp):
        # constructed wire-style sentence: the model tags the surname a product, the first name an organisation
        text = "The clerk, 61-year-old Amrit Sandhu, handed over the money."
        assert owners(nlp, text)["61-year-old"] == "age of Amrit Sandhu"

    def test_a_name_after_an_age_tagged_a_building_is_no_place(self, nlp):
        # constructed wire-style sentence: the model tags the name a building (FAC)
        text = "The clerk, 61-year-old Gurpreet Sandhu, was not hurt."
        assert owners(nlp, text)["61-year-old"] == "age of Gurpreet Sandhu"
        assert places(nlp, text)["61-year-old"] == ""


class TestMoreAgeOwners:
    def test_an_age_with_no_noun_apposed_to_a_role(self, nlp):
        # constructed wire-style sentence
        text = "The suspect, a 19-year-old from Garland, was booked into the county jail."
        assert owners(nlp, text)["19-year-old"] == "age of suspect"

    @pytest.mark.parametrize(
        ("text", "owner"),
        [
            ("Gavin Long, who was 29, was killed.", "age of Gavin Long"),
            ("Hernandez, who is 31, was taken into custody.", "age of Hernandez"),
            ("The victim, who was 45, died at the scene.", "age of victim"),
        ],
    )
    def test_a_who_is_age_is_the_antecedents(self, nlp, text, owner):
        # constructed wire-style sentences
        assert next(iter(owners(nlp, text).values())) == owner

    def test_a_state_after_an_elided_age_owns_nothing(self, nlp):
        # constructed wire-style sentence: "dead" is how he was found, not whose age it is
        text = "Officers found the 45-year-old dead inside the home."
        assert owners(nlp, text)["45-year-old dead"] == "age"


class TestAgesClosingAList:
    def test_an_age_ending_the_sentence_is_no_toll(self, nlp):
        # constructed wire-style sentence: the 9 was read as nine people killed
        text = "Killed were Ana Ruiz, 34, of Fresno; her husband, Luis, 36; and their daughter, 9."
        assert owners(nlp, text)["9"] == "age of daughter"

    def test_ages_ending_items_of_a_list(self, nlp):
        # constructed wire-style sentence
        got = owners(nlp, "The dead included a neighbor, 71; a firefighter, 44; and a girl, 6.")
        assert (got["71"], got["44"], got["6"]) == ("age of neighbor", "age of firefighter", "age of girl")

    def test_a_count_after_a_comma_is_still_a_count(self, nlp):
        # constructed wire-style sentence
        assert owners(nlp, "The blast killed a soldier, 9 civilians and a child.")["9 civilians"] == "civilians killed"
