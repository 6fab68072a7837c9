"""A count with no place of its own takes the place the next sentence gives it, when it takes it up by name.

"Around 40 houses were damaged by the quake, ... said disaster agency official Fauzi. Most of the damaged
houses were in the Wih Pesam area of the district, he added." [aceh 06]: the 40 houses are Wih Pesam's,
and a count of houses damaged elsewhere ("10 houses were damaged in Takengon") is another fact, not a
conflict. The next sentence must take the count up (a definite noun phrase of the same noun, told with an
event word of the count's event: "the damaged houses") and say where it is (a copula with "in", "at",
"near"...). Where the people were taken ("the injured people were taken to hospitals in Banda Aceh"), a
sentence that does not take the count up, and a count with a place of its own keep their place.
Sources: the Aceh dev cluster (``corpus/dev/aceh <doc>``) and wire-style sentences of disaster news.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "place"),
    [
        (
            "corpus/dev/aceh 06",
            "Around 40 houses were damaged by the quake, including some which were flattened, said disaster agency "
            "official Fauzi.\nMost of the damaged houses were in the Wih Pesam area of the district, he added.",
            "Around 40 houses",
            "Wih Pesam",
        ),
        (
            "wire style",
            "More than 200 buildings were damaged in the quake. The damaged buildings were mostly in Padang, officials said.",
            "More than 200 buildings",
            "Padang",
        ),
        (
            "wire style",
            "Twelve shops were destroyed in the blast. Most of the destroyed shops were near the central market of "
            "Kandahar, police said.",
            "Twelve shops",
            "Kandahar",
        ),
    ],
)
def test_a_count_taken_up_by_the_next_sentence_takes_its_place(nlp, where, text, words, place):
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]


@pytest.mark.parametrize(
    ("where", "text", "words", "place"),
    [
        # where they were taken is not where they were hurt
        (
            "wire style",
            "Twelve people were injured in the crash. The injured people were taken to hospitals in Banda Aceh.",
            "Twelve people",
            "",
        ),
        # the next sentence does not take the count up, or says no place of it
        ("wire style", "Around 40 houses were damaged. Officials in Jakarta said more aid was coming.", "Around 40 houses", ""),
        (
            "wire style",
            "Around 40 houses were damaged in the quake. The damaged houses were old, officials in Jakarta said.",
            "Around 40 houses",
            "",
        ),
        # a place of its own stays
        (
            "corpus/dev/aceh 10",
            "At least five people were reportedly injured and 10 houses were damaged in Takengon, the capital of "
            "Central Aceh district, said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency.\nThe "
            "damaged houses were in Bener Meriah, he said.",
            "10 houses",
            "Takengon",  # the town, not the district its apposition names (tests/extract/test_apposed_places.py)
        ),
    ],
)
def test_other_counts_keep_their_place(nlp, where, text, words, place):
    assert quantity_fields(nlp, text, words, "place") == [(words, place)]
