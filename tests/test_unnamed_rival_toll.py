"""A toll its sentence sets against another's is a rival figure even with no speaker found (reconcile.rivals).

"The organisers gave a lower toll of nine dead" credits nobody the extractor reads as a speaker ("gave" is no
verb of saying), so the nine was taken for a part of the ministry's 11 in the same article and stood alone,
while 8 then 11 read as a toll that rose. The cue ("a lower toll") says it is another source's count: the
three are one fact, in conflict. Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def test_a_cued_lower_toll_is_a_rival_count(nlp):
    articles = [
        {
            "doc_id": "wire",
            "source": "Wire",
            "published": "2021-10-17",
            "text": "Eight killed in stadium crush\n\nEight people died in the crush at the stadium gates on Sunday, "
            "a police spokesman said.",
        },
        {
            "doc_id": "paper",
            "source": "Paper",
            "published": "2021-10-18",
            "text": "Stadium crush toll rises to 11\n\nThe death toll from the stadium crush has risen to 11, the health "
            "ministry said on Monday. The organisers gave a lower toll of nine dead on Monday.",
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    killed = claims[(claims["kind"] == "quantity") & (claims["quantity_of"] == "people killed")]
    assert sorted(set(killed["value"])) == [8, 9, 11]
    assert killed["group_id"].nunique() == 1
    assert set(killed["status"]) == {"conflict"}
