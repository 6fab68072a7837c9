"""Pirates are people, as inmates and fishermen are (extract.lexicon.PEOPLE_NOUNS).

"The navy captured 23 suspected Somali pirates" was a count of things while the fishermen they held were people,
so a toll of pirates killed could not meet "people killed". Wording constructed, wire style.
"""

from __future__ import annotations

import factcmp


def test_pirates_are_counted_as_people(nlp):
    [claim] = factcmp.extract_quantities("The navy captured 23 suspected Somali pirates on Saturday.", nlp=nlp)
    assert (claim.unit, claim.quantity_of) == ("person", "pirates arrested")
