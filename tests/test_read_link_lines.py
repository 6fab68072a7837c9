"""A "Read:" line is a link to another story, inline or heading a list (cleaning._FURNITURE, notclaims).

Kenyan, Nigerian and Indian sites put "Read: Floods displace 5,000 in Budalang'i" between paragraphs; its
figure is another report's title, and it stood as the article's own claim. "Read more:" and "See also:"
were already handled. Wording constructed, local-paper style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    "link",
    [
        "Read: Floods displace 5,000 in Budalang'i",
        "ALSO READ: Floods displace 5,000 in Budalang'i",
        "Read:\n- Floods displace 5,000 in Budalang'i",
    ],
)
def test_a_read_link_gives_no_claim(nlp, link: str) -> None:
    text = f"Landslide kills nine\n\nNine people were killed in the landslide, officials said.\n{link}\nThe search continues."
    article = {"doc_id": "a", "source": "Paper", "published": "2020-05-05", "text": text}
    claims = factcmp.compare([article], nlp=nlp).claims
    values = set(claims.loc[claims["kind"] == "quantity", "value"])
    assert 5000 not in values
    assert 9 in values


def test_a_sentence_about_reading_is_kept(nlp) -> None:
    text = "Landslide kills nine\n\nRead the names of the 9 victims below, officials said."
    article = {"doc_id": "a", "source": "Paper", "published": "2020-05-05", "text": text}
    claims = factcmp.compare([article], nlp=nlp).claims
    assert 9 in set(claims.loc[claims["kind"] == "quantity", "value"])
