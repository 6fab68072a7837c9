"""A sentence wire copy repeats word for word is read alike: a part in one article is a part in its copy.

"At least five people were injured in Takengon" is a part of the toll in the article that also gives the
province's toll, and the same part in an article that repeats the sentence and gives no toll of its own; it
no longer joins that toll (reconcile.grouping._copied_parts). Wording constructed after the Aceh dev cluster.
"""

from __future__ import annotations

import factcmp

PART = "At least five people were injured in Takengon, the disaster agency said."


def test_a_copied_part_meets_its_original_not_the_toll(nlp):
    articles = [
        {
            "doc_id": "wire",
            "source": "Wire",
            "published": "2013-07-02",
            "text": "Quake hits Aceh\n\nAt least 40 people were injured across the province on Tuesday. " + PART,
        },
        {
            "doc_id": "copy",
            "source": "Copy",
            "published": "2013-07-02",
            "text": "Quake hits Aceh\n\nA strong earthquake struck Aceh on Tuesday. " + PART,
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    injured = claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.contains("injured", na=False)]
    fives = injured[injured["value"] == 5]
    forty = injured[injured["value"] == 40]
    assert len(fives) == 2 and len(forty) == 1
    assert fives["group_id"].nunique() == 1
    assert fives["group_id"].iloc[0] != forty["group_id"].iloc[0]
