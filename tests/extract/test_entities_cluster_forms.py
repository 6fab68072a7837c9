"""The cluster pass: a longer name of the cluster over the model's shorter mention, and bodies named in lower case.

Sentences from the dev corpus (corpus/dev/<cluster> <article>).
"""

from __future__ import annotations

import pandas as pd

from factcmp.extract.crossdoc import link_entity_claims
from factcmp.records import Claim, claims_to_frame


def ent(doc: str, sentence: str, name: str, label: str, at: int = 0) -> Claim:
    start = at + sentence.index(name)
    return Claim(kind="entity", text=name, start=start, end=start + len(name), sentence=sentence, doc_id=doc, entity_type=label)


def quantity(doc: str, sentence: str, text: str, at: int = 0) -> Claim:
    start = at + sentence.index(text)
    return Claim(kind="quantity", text=text, start=start, end=start + len(text), sentence=sentence, doc_id=doc)


def mentions(out: pd.DataFrame, doc: str) -> dict[str, str]:
    rows = out[(out["doc_id"] == doc) & (out["kind"] == "entity")]
    return dict(zip(rows["text"], rows["entity_id"], strict=True))


class TestLongerName:
    def test_the_paper_opening_a_sentence(self):
        # berrien 06 and 10: the model's "Herald Palladium" at a sentence's start, without its "The"
        told = "Gordon told The Herald-Palladium that he was sorry."
        opens = "The Herald Palladium reported Oct. 30 that, despite a previous statement, he had a lawyer."
        out = link_entity_claims(
            claims_to_frame([ent("06", told, "The Herald-Palladium", "ORG"), ent("10", opens, "Herald Palladium", "ORG")])
        )
        got = mentions(out, "10")
        assert list(got) == ["The Herald Palladium"]
        assert got["The Herald Palladium"] == mentions(out, "06")["The Herald-Palladium"]

    def test_a_name_the_model_cut_short(self):
        # baton-rouge 02: the model read "Eugene Long" in the sentence that names "Gavin Eugene Long" in full
        full = "Records show Gavin Eugene Long, 29, served in the Marines."
        cut = "Gavin Eugene Long changed his name last year."
        out = link_entity_claims(
            claims_to_frame([ent("01", full, "Gavin Eugene Long", "PERSON"), ent("02", cut, "Eugene Long", "PERSON")])
        )
        assert list(mentions(out, "02")) == ["Gavin Eugene Long"]

    def test_a_title_after_the_place_is_the_persons(self):
        # berrien 01: "Sheriff" is Paul Bailey's title; the county stays a place, the name is not run on
        office = "Deputies of the Berrien County Sheriff were at the scene."
        title = "Berrien County Sheriff Paul Bailey confirmed that two court bailiffs were killed."
        out = link_entity_claims(
            claims_to_frame([ent("02", office, "Berrien County Sheriff", "ORG"), ent("01", title, "Berrien County", "GPE")])
        )
        assert list(mentions(out, "01")) == ["Berrien County"]

    def test_the_place_a_body_is_named_after_keeps_its_mention(self):
        # houston 05: the body is found over the town, and the town stays beside it, as in "Bristol police"
        said = "Houston police said the gunman was killed."
        town = "Houston police say Army veteran Dionisio Garza III fired 212 rounds."
        out = link_entity_claims(claims_to_frame([ent("01", said, "Houston police", "ORG"), ent("05", town, "Houston", "GPE")]))
        assert set(mentions(out, "05")) == {"Houston", "Houston police"}


class TestBodiesInLowerCase:
    def test_the_medical_examiner(self):
        # houston 02 and 04
        full = "The victim was identified as Eugene Linscomb, according to the Harris County Medical Examiner."
        short = "The medical examiner on Monday identified the second deceased victim in the shooting."
        out = link_entity_claims(
            claims_to_frame([ent("02", full, "Harris County Medical Examiner", "ORG"), quantity("04", short, "second")])
        )
        got = mentions(out, "04")
        assert list(got) == ["medical examiner"]
        assert got["medical examiner"] == mentions(out, "02")["Harris County Medical Examiner"]

    def test_state_police_after_the_state(self):
        # baton-rouge 02 and 03
        full = "Louisiana State Police are leading the investigation in Louisiana."
        short = "He had two rifles, according to Col. Michael Edmonson, superintendent of state police."
        claims = [
            ent("02", full, "Louisiana State Police", "ORG"),
            ent("02", full, "Louisiana", "GPE", 0),
            quantity("03", short, "two"),
        ]
        out = link_entity_claims(claims_to_frame(claims))
        assert mentions(out, "03")["state police"] == mentions(out, "02")["Louisiana State Police"]

    def test_a_long_name_without_one_word(self):
        # aceh 10 and 14
        full = "The National Disaster Mitigation Agency said 22 people died."
        short = "It injured more than 200 people, said national disaster agency spokesman Sutopo Purwo Nugroho."
        out = link_entity_claims(
            claims_to_frame([ent("10", full, "National Disaster Mitigation Agency", "ORG"), quantity("14", short, "200")])
        )
        assert mentions(out, "14")["national disaster agency"] == mentions(out, "10")["National Disaster Mitigation Agency"]
        # the full name stays the body's name
        assert mentions(out, "14")["national disaster agency"] == "org:national-disaster-mitigation-agency"

    def test_another_states_police_is_not_taken(self):
        full = "Louisiana State Police are leading the investigation in Louisiana."
        other = "Michigan state police sent two troopers."
        claims = [
            ent("02", full, "Louisiana State Police", "ORG"),
            ent("02", full, "Louisiana", "GPE", 0),
            quantity("03", other, "two"),
        ]
        out = link_entity_claims(claims_to_frame(claims))
        assert "state police" not in mentions(out, "03")

    def test_a_form_two_bodies_could_take_is_left_alone(self):
        one = "The Harris County Medical Examiner and the Fort Bend County Medical Examiner disagreed."
        short = "The medical examiner on Monday identified the second victim."
        claims = [
            ent("01", one, "Harris County Medical Examiner", "ORG"),
            ent("01", one, "Fort Bend County Medical Examiner", "ORG"),
            quantity("04", short, "second"),
        ]
        out = link_entity_claims(claims_to_frame(claims))
        assert mentions(out, "04") == {}


class TestShortForms:
    def test_a_body_ending_in_lower_case(self):
        # baton-rouge 02: "Our Lady of the Lake Hospital" elsewhere, "hospital" in lower case here
        full = "The wounded officer was taken to Our Lady of the Lake Hospital."
        short = "A statement from Our Lady of the Lake hospital in Baton Rouge says the officer has been released."
        claims = [ent("03", full, "Our Lady of the Lake Hospital", "FAC"), ent("02", short, "Baton Rouge", "GPE")]
        out = link_entity_claims(claims_to_frame(claims))
        got = mentions(out, "02")
        assert got["Our Lady of the Lake hospital"] == mentions(out, "03")["Our Lady of the Lake Hospital"]

    def test_a_place_of_two_words_keeps_the_models_form(self):
        # aceh: "Sumatra Island" somewhere does not make every "Sumatra island" a longer name
        claims = [
            ent("01", "The quake hit Sumatra Island on Tuesday.", "Sumatra Island", "LOC"),
            ent("02", "The quake shook Sumatra island.", "Sumatra", "LOC"),
        ]
        assert list(mentions(link_entity_claims(claims_to_frame(claims)), "02")) == ["Sumatra"]

    def test_a_street_without_its_street_word(self):
        # houston 02 and 03
        full = "The shooting happened on Memorial Drive near a strip center."
        crossing = "The crime scene shut down traffic on Memorial at Wycliffe all day Sunday."
        address = "The gunman was killed at the scene, which unfolded at 13200 Memorial at 10:15 a.m."
        claims = [
            ent("01", full, "Memorial Drive", "FAC"),
            quantity("02", crossing, "all day"),
            quantity("03", address, "10:15", 500),
        ]
        out = link_entity_claims(claims_to_frame(claims))
        street = mentions(out, "01")["Memorial Drive"]
        assert mentions(out, "02") == {"Memorial": street}
        assert mentions(out, "03") == {"Memorial": street}

    def test_the_first_word_of_a_street_alone_is_no_street(self):
        full = "The shooting happened on Memorial Drive near a strip center."
        other = "He was taken to Memorial Hermann hospital on Memorial Day with 2 wounds."
        out = link_entity_claims(claims_to_frame([ent("01", full, "Memorial Drive", "FAC"), quantity("02", other, "2")]))
        assert mentions(out, "02") == {}

    def test_a_body_named_after_its_members(self):
        # baton-rouge 02 "a former Marine", 05 "Long joined the Marines in 2005"
        member = "Long, a former Marine from Kansas City, Missouri, turned 29 on Sunday."
        corps = "Long joined the Marines in 2005 and received an honorable discharge in 2010."
        out = link_entity_claims(claims_to_frame([ent("02", member, "Marine", "ORG"), quantity("05", corps, "2005")]))
        assert mentions(out, "05") == {"Marines": mentions(out, "02")["Marine"]}

    def test_members_counted_are_not_the_body(self):
        member = "Long, a former Marine from Kansas City, Missouri, turned 29 on Sunday."
        count = "Two Marines were hurt in 2005."
        out = link_entity_claims(claims_to_frame([ent("02", member, "Marine", "ORG"), quantity("05", count, "2005")]))
        assert mentions(out, "05") == {}
