"""Crowns after a figure are the crowns of the country the story names (measures, with units.crown_currency).

Reuters writes "crowns" for the Swedish, Norwegian and Danish currencies alike: "fell 2.1 percent to 96.50
crowns" in a story from Oslo was a count of crowns. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("OSLO (Reuters) - Shares in the Norwegian firm fell 2.1 percent to 96.50 crowns.", "96.50 crowns", "NOK"),
        ("Shares of the Stockholm-listed group rose to 210 crowns, Swedish media said.", "210 crowns", "SEK"),
        ("Shares in the Danish shipper closed at 1,450 crowns in Copenhagen.", "1,450 crowns", "DKK"),
    ],
)
def test_crowns_take_the_storys_country(nlp, sentence, text, unit):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.text == text]
    assert claim.unit == unit


def test_crowns_of_no_country_are_no_currency(nlp):
    [claim] = factcmp.extract_quantities("The queen wore one of her three crowns.", nlp=nlp)
    assert claim.unit == "count"
