"""A magnitude is the quake's, whatever the quake did: "magnitude of quake", never "quake injured".

"A 6.1-magnitude quake injured at least 50 people" measures the quake, not an injury toll, as "calibre
of handgun" and "value of necklace" name what a measure is of; the noun is the one the magnitude
modifies ("a magnitude-6.1 earthquake", "a magnitude 6.1 quake") or the one an "of" phrase gives it to
("two aftershocks of more than 5.0 magnitude").
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "expected"),
    [
        (
            "corpus/dev/aceh 08",
            "Powerful 6.1 magnitude earthquake injures dozens in Indonesia's Aceh province",
            "6.1 magnitude earthquake",
            "magnitude of earthquake",
        ),
        (
            "wire style",
            "A 6.1-magnitude quake injured at least 50 people in Aceh province on Tuesday.",
            "6.1-magnitude quake",
            "magnitude of quake",
        ),
        (
            "wire style",
            "The 6.1 magnitude earthquake killed at least 22 people.",
            "6.1 magnitude earthquake",
            "magnitude of earthquake",
        ),
        ("wire style", "A magnitude-6.1 earthquake struck Aceh on Tuesday.", "magnitude-6.1", "magnitude of earthquake"),
        ("wire style", "A magnitude 6.1 quake struck the province.", "magnitude 6.1", "magnitude of quake"),
        (
            "corpus/dev/aceh 13",
            "In 2004, a magnitude-9.1 earthquake off Aceh triggered a tsunami that killed 230,000 people.",
            "magnitude-9.1",
            "magnitude of earthquake",
        ),
        (
            "corpus/dev/aceh 14",
            "As police and military personnel struggled to reach affected areas late Tuesday, there were two "
            "aftershocks of more than 5.0 magnitude.",
            "more than 5.0 magnitude",
            "magnitude of aftershocks",
        ),
    ],
)
def test_a_magnitude_is_of_the_quake(nlp, where, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]
