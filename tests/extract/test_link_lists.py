"""A list of links to other stories under a label alone on its line is page furniture.

"See also:", "Read also:", "Related stories:" then bullet lines ("- Austria raises terror alert level
to four") print other reports' headlines, as a "Related: ..." or "WATCH: ..." line does: their figures are
not the article's. The list ends at the first paragraph that is not a bullet; a bullet list with no such
label (a list of facts under "Police said:") keeps its figures.
The page shapes are those of European English-language sites (The Local, DW, Euronews); no dev article
has one, so the texts are constructed, wire-style wording.
"""

from __future__ import annotations

import pytest

import factcmp

pytestmark = pytest.mark.model

CLAIM = "Two people were killed and three others were injured in the attack."


def _values(nlp, text: str) -> list[float]:
    return [c.value for c in factcmp.extract_quantities(text, nlp=nlp)]


@pytest.mark.parametrize(
    "text",
    [
        # constructed, wire-style wording
        CLAIM + "\n\nSee also:\n- Austria raises terror alert level to four\n- Police arrest 4 in raids",
        CLAIM + "\n\nRead also:\n\n- 3 dead in Vienna shooting\n\n- Austria raises terror alert level to four",
        CLAIM + "\n\nRelated stories:\n• Five injured in Graz knife attack",
        # cleaning keeps a bare "Read more:" line so that its list is still under a label
        CLAIM + "\n\nRead more:\n- Austria raises terror alert level to four",
    ],
)
def test_a_link_list_under_its_label_gives_no_claim(nlp, text):
    assert _values(nlp, text) == [2, 3]


def test_the_article_after_the_list_keeps_its_claims(nlp):
    # constructed, wire-style wording
    text = "See also:\n- Austria raises terror alert level to four\n\n" + CLAIM
    assert _values(nlp, text) == [2, 3]


def test_a_bullet_list_of_facts_keeps_its_figures(nlp):
    # constructed, wire-style wording
    text = "Police said:\n- 3 people were killed\n- 4 were injured"
    assert _values(nlp, text) == [3, 4]
