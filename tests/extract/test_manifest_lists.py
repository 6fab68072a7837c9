"""People a manifest lists are the people on board: "The company's manifest listed 48 passengers".

"The company's manifest listed 48 passengers" and "48 passengers were listed on the manifest" read
'passengers (listed)', a fact of their own beside another outlet's "48 people were on board". A count that a
manifest or passenger list is the subject of a verb of listing (listed, showed, recorded, named, included) for,
or that is listed (a passive subject) on the manifest, is now the people aboard; a list of another kind
("Police listed 48 people as missing") keeps its reading.
No dev or Ramadi article has a manifest: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("The company's manifest listed 48 passengers.", "48 passengers", "passengers aboard"),
        ("48 passengers were listed on the manifest.", "48 passengers", "passengers aboard"),
        ("The passenger list showed 48 people.", "48 people", "people aboard"),
        ("The manifest listed 48 passengers and three crew.", "three crew", "crew aboard"),
    ],
)
def test_a_manifest_count_is_aboard(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]


def test_a_list_of_another_kind_is_not(nlp):
    # constructed: police list people, no manifest
    text = "Police listed 48 people as missing."
    assert quantity_fields(nlp, text, "48 people", "predicate") != [("48 people", "aboard")]
