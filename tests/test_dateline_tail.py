"""The state of a dateline whose city the sentence splitter cut off is no place of the lead's figures.

Under a headline with a figure the small model may end a sentence right after the dateline's city, so the
lead reads ", Mo. (KMV5) - A 7-year-old girl was killed and one man was wounded ...", and its figures were
placed in "Mo.": the one wounded never met another outlet's two wounded in Kenmore (reconcile.placing
.off_the_dateline). Wording constructed, local-TV style.
"""

from __future__ import annotations

import factcmp


def test_a_cut_dateline_leaves_no_place_on_the_lead(nlp):
    articles = [
        {
            "doc_id": "tv",
            "source": "KMV5",
            "published": "2016-08-21",
            "text": "Girl, 7, killed in drive-by shooting on Kenmore porch\n\n"
            "KENMORE, Mo. (KMV5) - A 7-year-old girl was killed and one man was wounded Saturday night when someone "
            "in a passing car opened fire on a porch, police said.",
        },
        {
            "doc_id": "paper",
            "source": "Kenmore Star",
            "published": "2016-08-22",
            "text": "Second person hurt in drive-by\n\n"
            "Police said Monday that two people were wounded in Saturday's drive-by shooting in Kenmore.",
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    wounded = claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.contains("injured", na=False)]
    assert sorted(wounded["value"]) == [1, 2]
    assert wounded["group_id"].nunique() == 1
    assert set(wounded["status"]) == {"updated"}
