"""Speakers free of the page copy scraped before them: a repeated headline, caption toggles, bare acronyms.

The sentences are those of the Austin dev cluster (fox7austin.com, whose page
runs its headline and caption buttons into the first paragraph) and
wire-style ones written the same way.
"""

from __future__ import annotations

import pytest

from factcmp.extract.crossdoc import link_entity_claims
from factcmp.records import Claim, claims_to_frame

pytestmark = pytest.mark.model

AUSTIN_TITLE = "APD: One dead, others hurt in downtown shooting"


def credits(nlp, text: str, *, title: str = "") -> list[tuple[str, str]]:
    """(claim text, credit) of every quantity claim of one article, in text order."""
    doc = nlp.make_doc(text)
    doc._.factcmp_reference = "2016-07-31"
    doc._.factcmp_title = title
    doc = nlp(doc)
    return [(c["text"], c["attributed_to"]) for c in doc._.factcmp_claims if c["kind"] == "quantity"]


class TestCaptionToggles:
    def test_a_caption_toggle_is_no_part_of_the_speaker(self, nlp):
        # corpus/dev/austin 03: was "Show Caption Police"
        text = (
            f"{AUSTIN_TITLE}\n\n{AUSTIN_TITLE} [ ] Hide Caption [ ] Show Caption Police say one woman is dead "
            "and several others were injured after shots were fired."
        )
        got = dict(credits(nlp, text, title=AUSTIN_TITLE))
        assert got["several others"] == "Police"

    def test_a_caption_label_before_a_named_body(self, nlp):
        text = (
            "Two hurt in crash\n\nTwo hurt in crash [ ] Show Caption Tennessee Highway Patrol troopers said "
            "two people were hurt when a truck crossed the median."
        )
        got = dict(credits(nlp, text, title="Two hurt in crash"))
        assert got["two people"] == "Tennessee Highway Patrol troopers"


class TestHeadlineCopy:
    def test_a_headline_run_into_the_lead_is_no_part_of_the_speaker(self, nlp):
        # corpus/dev/austin 03: was "One dead, others hurt in downtown shooting Austin Police"
        text = (
            f"{AUSTIN_TITLE}\n\nLocal News {AUSTIN_TITLE} Austin Police say one woman is dead and several others "
            "are injured after a shooting early Sunday morning in downtown Austin."
        )
        got = credits(nlp, text, title=AUSTIN_TITLE)
        assert dict(got)["several others"] == "Austin Police"
        # the headline copy's figure is the headline's ("APD: One dead"), not what the lead's speaker says;
        # the headline itself, which the parser ends at its colon ("APD:" | "One dead, ..."), keeps it too
        assert [who for what, who in got if what == "One"] == ["APD", "APD"]

    def test_a_wire_headline_run_into_the_lead(self, nlp):
        title = "Three killed as gunman opens fire at Michigan courthouse"
        text = f"{title}\n\nNews {title} Berrien County Sheriff Paul Bailey said two bailiffs were killed on Monday."
        got = dict(credits(nlp, text, title=title))
        assert got["two bailiffs"] == "Berrien County Sheriff Paul Bailey"

    def test_a_name_ending_like_the_headline_is_kept_whole(self, nlp):
        # corpus/dev/yida 01: the headline ends "in South Sudan"
        title = "Breaking News: Sudan Bombs Yida Refugee Camp in South Sudan"
        text = (
            f"{title}\n\nIn a November 9 press conference, South Sudan President Salva Kiir stated his country "
            "would not retaliate for the reported bombing of Guffa in Upper Nile state on Tuesday, which he said "
            "killed seven."
        )
        got = dict(credits(nlp, text, title=title))
        assert got["seven"] == "South Sudan President Salva Kiir"

    def test_the_headline_words_in_a_body_sentence_of_its_own_are_kept(self, nlp):
        # the headline is not repeated: the speaker is the whole subject, as before
        title = "Woman fatally shot, four people wounded on Austin's Sixth Street, police say"
        text = f"{title}\n\nAustin police Chief of Staff Brian Manley said three other women were taken to hospital."
        got = dict(credits(nlp, text, title=title))
        assert got["three other women"] == "Austin police Chief of Staff Brian Manley"
        assert got["four people"] == "police"


class TestAcronymCredits:
    @staticmethod
    def cluster(credit: str, *bodies: tuple[str, str]) -> list[str]:
        claims = [
            Claim(kind="entity", text=name, start=0, end=len(name), sentence=sent, doc_id=f"d{k}", entity_type="ORG")
            for k, (name, sent) in enumerate(bodies)
        ]
        claims.append(
            Claim(
                kind="quantity",
                text="One",
                start=5,
                end=8,
                sentence="APD: One dead, others hurt in downtown shooting",
                doc_id="d0",
                attributed_to=credit,
                speaker_entity=credit,
            )
        )
        out = link_entity_claims(claims_to_frame(claims))
        return out.loc[out["kind"] == "quantity", "attributed_to"].tolist()

    def test_an_acronym_credit_names_the_body_the_cluster_spells_out(self):
        # corpus/dev/austin: "APD: One dead ..." (03) and "according to the Austin Police Department" (05)
        got = self.cluster(
            "APD",
            ("APD", "APD: One dead, others hurt in downtown shooting"),
            ("Austin Police Department", "Descriptions have varied, according to the Austin Police Department."),
        )
        assert got == ["APD (Austin Police Department)"]

    def test_an_acronym_no_article_spells_out_stays_as_written(self):
        got = self.cluster("APD", ("APD", "APD: One dead, others hurt in downtown shooting"))
        assert got == ["APD"]

    def test_a_credit_in_words_stays_as_written(self):
        got = self.cluster(
            "Austin Police",
            ("Austin Police", "Austin Police say one woman is dead"),
            ("Austin Police Department", "Descriptions have varied, according to the Austin Police Department."),
        )
        assert got == ["Austin Police"]
