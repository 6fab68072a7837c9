"""Who each figure is credited to, on real news sentences (most from the dev clusters)."""

from __future__ import annotations

import pytest

from factcmp.extract.quotes import quote_regions, tweet_authors

REFERENCE = "2016-07-31"


def credits(nlp, text: str, *, title: str = "") -> dict[str, str]:
    """Claim text -> whom the article credits, for the quantity claims of one article."""
    doc = nlp.make_doc(text)
    doc._.factcmp_reference = REFERENCE
    doc._.factcmp_title = title
    doc = nlp(doc)
    out: dict[str, str] = {}
    for c in doc._.factcmp_claims:
        if c["kind"] == "quantity":
            out.setdefault(c["text"], c["attributed_to"])  # the first claim of each wording
    return out


def credited(nlp, text: str, figure: str, **kw: str) -> str:
    got = credits(nlp, text, **kw)
    hits = [who for claim, who in got.items() if figure in claim]
    assert hits, f"no claim with {figure!r} in {sorted(got)}"
    return hits[0]


class TestQuoteRegions:
    def test_a_quote_closed_on_the_next_line_runs_over_both(self):
        text = '"The quake was felt for 15 seconds.\nPeople panicked," Nugroho said.\nAceh is often hit.'
        assert [text[a:b] for a, b in quote_regions(text)] == ['"The quake was felt for 15 seconds.\nPeople panicked,"']

    def test_a_quote_reopened_on_each_paragraph_is_one_passage(self):
        text = "\u201cWe are not sure.\n\n\u201cOne suspect is dead,\u201d he said.\nNothing else."
        regions = quote_regions(text)
        assert len(regions) == 1 and text[regions[0][0] : regions[0][1]].endswith("dead,\u201d")

    def test_an_unclosed_quote_ends_with_its_line(self):
        text = '"Damaged quote at the end of a line\nPolice said 3 died.'
        (start, end), *_ = quote_regions(text)
        assert "Police" not in text[start:end]

    def test_no_quotes_no_regions(self):
        assert quote_regions("Police said three people died.\nNo quotes here.") == []


class TestTweetAuthors:
    def test_signature_names_the_author(self):
        line = "No further updates re: 2 shootings. \u2014 Austin Police Dept (@Austin_Police) July 31, 2016"
        assert [who for *_, who in tweet_authors(line)] == ["Austin Police Dept"]

    def test_a_dash_without_a_handle_is_no_tweet(self):
        assert tweet_authors("Two died \u2014 police said so on Sunday.") == []


@pytest.mark.model
class TestReportingFrames:
    def test_subject_of_said(self, nlp):
        text = "About 500 people have been killed, a spokesman for the governor of Anbar province said."
        assert credited(nlp, text, "500") == "a spokesman for the governor of Anbar province"

    def test_according_to(self, nlp):
        text = "As many as 114,000 residents fled in April, according to the UN."
        assert credited(nlp, text, "114,000") == "the UN"

    def test_revealed(self, nlp):
        text = "The Tennessee Bureau of Investigation revealed that one person is dead and four others were injured."
        assert "Tennessee Bureau of Investigation" in credited(nlp, text, "four")

    def test_evidence_verb_needs_a_source_as_subject(self, nlp):
        text = "The report shows that Gordon suffered two gunshot wounds to the chest."
        assert credited(nlp, text, "two") == "The report"

    def test_subject_the_parser_missed(self, nlp):
        text = "When he is arrested his bond will be set at $2 million, police confirm."
        assert credited(nlp, text, "2 million") == "police"

    def test_passive_agent(self, nlp):
        text = "A photo posted on Facebook by Houston police after the shooting showed 21 bullet holes."
        assert credited(nlp, text, "21") == "Houston police"

    def test_relative_pronoun_takes_its_antecedent(self, nlp):
        text = (
            "Ryan Boyette said he talked to five aid workers in the Yida camp, all of whom said that four bombs "
            "were dropped but that they caused no casualties."
        )
        assert "five aid workers" in credited(nlp, text, "four")

    def test_participle_shares_the_subject(self, nlp):
        text = "Isaacs questioned, noting that Yida is only 10 miles from the border."
        assert credited(nlp, text, "10 miles") == "Isaacs"

    def test_a_passive_participle_does_not(self, nlp):
        text = (
            "After scooping up jewelry estimated to be worth 2 million euros the thieves reversed their car out "
            "of the store, Le Monde reported."
        )
        assert credited(nlp, text, "2 million") == "Le Monde"

    def test_nearest_subject_not_a_live_blog_stamp(self, nlp):
        text = "UPDATE 12:30 P.M. ET: A police spokesman, Corporal L'Jean McKneely, told reporters that 3 were shot."
        assert credited(nlp, text, "3").startswith("A police spokesman")

    def test_report_noun_from_a_source(self, nlp):
        text = (
            "The official said authorities believe that Long acted alone, despite initial reports from local "
            "law enforcement that as many as two others were being sought."
        )
        assert "local law enforcement" in credited(nlp, text, "two")

    def test_sentence_cut_short_at_an_abbreviation(self, nlp):
        text = (
            "A magnitude-6.1 earthquake struck Indonesia's Aceh province on Tuesday at 07:37 a.m. UTC "
            "(3:37 a.m. EDT), killing at least one, the Associated Press reported."
        )
        assert credited(nlp, text, "6.1") == "the Associated Press"

    def test_the_journalist_credits_nobody(self, nlp):
        assert credited(nlp, "In 2004 a massive tremor sparked a tsunami that killed 170,000 people.", "170,000") == ""


@pytest.mark.model
class TestAcrossSentences:
    def test_pronoun_is_the_last_named_person(self, nlp):
        text = (
            "Five people had been confirmed dead, Fauzi, an official from the local disaster agency, told AFP.\n"
            "Four other people died in hospitals in the district, he said."
        )
        assert "Fauzi" in credited(nlp, text, "Four")

    def test_he_is_not_a_group_of_people(self, nlp):
        text = (
            "Dan Hutson said aid workers inside the camp said they had heard an explosion.\n"
            "They walked at least seven days to reach the camp, he said."
        )
        assert "Hutson" in credited(nlp, text, "seven days")

    def test_description_points_back_to_the_named_speaker(self, nlp):
        text = (
            "A child died when a wall collapsed, Ema Suryani, a doctor at a health clinic, told AFP.\n"
            '"We have received around 50 people with injuries," added the doctor.\n'
            '"There are around 30 people seriously injured, some with head injuries."'
        )
        got = credits(nlp, text)
        assert "Ema Suryani" in got["around 50 people"]
        # the next quote goes on with the same speaker
        assert "Ema Suryani" in got["around 30 people"]

    def test_quote_credited_by_the_frame_after_it(self, nlp):
        text = (
            '"The quake was felt strongly for around 15 seconds, from Bener Meriah to Banda Aceh.\n'
            'People panicked and rushed out of their homes," disaster agency spokesman Sutopo Purwo Nugroho said.'
        )
        assert "Nugroho" in credited(nlp, text, "15 seconds")

    def test_quote_credited_by_the_frame_before_it(self, nlp):
        text = (
            "A police spokesman, Corporal L'Jean McKneely, told reporters, \u201cWe're not sure of anything. "
            "One suspect is deceased. Multiple officers were shot.\u201d"
        )
        assert "McKneely" in credited(nlp, text, "One suspect")

    def test_statement_announced_with_a_colon(self, nlp):
        text = (
            "U.S. Representative Fred Upton, from St. Joseph, offered a statement late Monday afternoon:\n\n"
            '"We have lost two very able public servants and we all grieve for them."\n\n'
            "The courthouse reopened on Wednesday with 3 new guards."
        )
        got = credits(nlp, text)
        assert "Fred Upton" in got["two"]
        assert got["3 new guards"] == ""

    def test_embedded_tweet(self, nlp):
        text = (
            "Update: A total of 10 victims were shot in the incident on Bourbon Street. One victim has died. "
            "#NOPDAlert \u2014 NOPD (@NOPDNews) November 27, 2016"
        )
        assert credited(nlp, text, "10 victims") == "NOPD"

    def test_headline_colon(self, nlp):
        title = "Police: 212 rounds fired in Houston mass shooting"
        text = f"{title}\n\nThe gunman fired 212 rounds, the chief told reporters."
        assert credits(nlp, text, title=title)["212 rounds"] == "Police"

    def test_headline_source_after_the_colon(self, nlp):
        title = "6.1-magnitude quake strikes Indonesia's Aceh: USGS"
        text = f"{title}\n\nA powerful earthquake struck Aceh on Tuesday."
        assert credited(nlp, text, "6.1", title=title) == "USGS"

    def test_a_label_before_a_colon_is_no_source(self, nlp):
        text = "UPDATE: 3 people were taken to hospital."
        assert credited(nlp, text, "3 people") == ""
