"""A dateline glued to the speaker is no part of it (the lead's s14 request).

"ANTARA, Surabaya - Police on Friday said ...": the parser hangs the dateline on
the subject, and only a dash after an outlet's bracket ("BRISTOL, TN (WJHL)- The
TBI revealed", bristol 07) was cut off. The other sentences are constructed, in
wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import credits

pytestmark = pytest.mark.model


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs))


class TestDatelineSpeakers:
    def test_an_agency_and_city_before_a_dash(self, nlp):
        title = "Fire hits Surabaya market"
        text = article(title, "ANTARA, Surabaya - Police on Friday said 12 people were hurt in the fire.")
        assert credits(nlp, text, title=title)["12 people"] == "Police"

    def test_a_city_and_country_before_a_dash(self, nlp):
        title = "Ferry sinks off Java"
        text = article(title, "JAKARTA, Indonesia - Rescuers on Sunday said 40 passengers were missing.")
        assert credits(nlp, text, title=title)["40 passengers"] == "Rescuers"

    def test_a_dateline_with_an_outlet_in_brackets(self, nlp):
        # bristol 07
        title = "One dead in Bristol highway shooting"
        text = article(
            title, "BRISTOL, TN (WJHL)- The Tennessee Bureau Investigation revealed Thursday morning one person was killed."
        )
        assert credits(nlp, text, title=title)["one person"] == "The Tennessee Bureau Investigation"
