"""How long a theft or a fraud ran is a claim of its own, and still the window of the sum taken.

"took $3 million from the firm over six years": the six years scope the sum, and they are also
what outlets report as how long the scheme ran (and may disagree on). The duration was dropped
from the comparison as a mere window, as "in three days of fighting" rightly is. The sentences
are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import claims

pytestmark = pytest.mark.model

REFERENCE = "2020-02-03"


def _quantities(nlp, text: str) -> dict[str, dict]:
    return {c["text"]: c for c in claims(nlp, text, REFERENCE) if c["kind"] == "quantity"}


class TestLengthOfATheft:
    def test_took_a_sum_over_years(self, nlp):
        got = _quantities(nlp, "The clerk took $3 million from the firm over six years.")
        row = got["over six years"]
        # 'over' is the stretch the theft ran across, not 'more than'
        assert (row["value"], row["low"], row["high"], row["qualifier"]) == (6, 6, 6, "exact")
        assert row["unit"] == "year"
        assert got["$3 million"]["window"] == "6y"

    def test_embezzled_over_years(self, nlp):
        got = _quantities(nlp, "A former accountant embezzled $2.5 million from the charity over four years, prosecutors said.")
        assert got["over four years"]["value"] == 4 and got["over four years"]["qualifier"] == "exact"
        assert got["$2.5 million"]["window"] == "4y"

    def test_siphoned_through_companies_over_years(self, nlp):
        got = _quantities(nlp, "She siphoned the funds through four front companies over six years, the court heard.")
        assert got["over six years"]["value"] == 6
        assert got["four front companies"]["window"] == "6y"


class TestStillAWindow:
    def test_days_of_fighting(self, nlp):
        got = _quantities(nlp, "At least 200 people died over three days of fighting.")
        assert not any("three days" in text for text in got)
        assert got["At least 200 people"]["window"] == "3d"

    def test_a_hedged_length_keeps_its_hedge(self, nlp):
        got = _quantities(nlp, "He ran the scam for over four years.")
        assert got["over four years"]["qualifier"] == "at_least"


class TestLengthOfAScheme:
    def test_the_scam_she_ran_for_years(self, nlp):
        text = (
            'Prosecutors said $1.5 million is still missing, and that the "sophisticated scam" of bogus invoices'
            " she ran for four years fooled the auditors."
        )
        got = _quantities(nlp, text)
        assert got["four years"]["value"] == 4
