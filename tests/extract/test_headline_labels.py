"""A headline's "Label: claim": the label speaks only when it is a person, a body or an office.

"Police: 212 rounds fired", "APD: One dead", "Sheriff: Inmate who killed 2" (dev
headlines) credit the label; an event, a place or a name the story never names again
("Rana Plaza Collapse:", "Kabul:", "Mosul:") is the story's topic, not its source.
The topic headlines are constructed (wire-style wording); no dev headline has one
with a figure that the label took.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


def credits(nlp, title: str, body: str) -> dict[str, str]:
    """Claim text -> credit, for the quantity claims of one article with a headline."""
    return column_of(nlp, f"{title}\n\n{body}", "attributed_to", title=title)


BODY = "Rescuers dug through the night."


class TestTopicLabels:
    def test_an_event_is_no_speaker(self, nlp):
        # wire-style wording (constructed): the model tags "Rana Plaza Collapse" ORG
        assert credits(nlp, "Rana Plaza Collapse: Death Toll Rises To 300", BODY)["300"] == ""

    def test_a_disaster_in_a_country_is_no_speaker(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Kenya Floods: Death Toll Rises To 38", BODY)["38"] == ""

    def test_a_place_is_no_speaker(self, nlp):
        # wire-style wording (constructed)
        assert credits(nlp, "Kabul: 40 killed in wedding blast", BODY)["40"] == ""

    def test_a_name_the_story_uses_only_as_a_place_is_no_speaker(self, nlp):
        # wire-style wording (constructed): the model does not tag "Mosul" a place in the headline
        got = credits(nlp, "Mosul: 12 bodies found in mass grave", "The grave was found in Mosul on Friday.")
        assert got["12 bodies"] == ""


class TestSpeakerLabels:
    def test_police(self, nlp):
        # corpus/dev/houston-memorial-drive-2016 headline
        assert credits(nlp, "Police: 212 rounds fired in Houston mass shooting", BODY)["212 rounds"] == "Police"

    def test_initials_of_a_body(self, nlp):
        # corpus/dev/austin-sixth-street-2016 headline
        assert credits(nlp, "APD: One dead, others hurt in downtown shooting", BODY)["One"] == "APD"

    def test_an_office(self, nlp):
        # corpus/dev/berrien-courthouse-2016 headline
        title = "Sheriff: Inmate who killed 2 at courthouse cuffed in front - KCBD NewsChannel 11 Lubbock"
        assert credits(nlp, title, BODY)["2"] == "Sheriff"

    def test_a_person_the_story_names_again(self, nlp):
        # wire-style wording (constructed)
        got = credits(nlp, "Harrison: 3 people were shot", "Harrison spoke to reporters on Friday.")
        assert got["3 people"] == "Harrison"
