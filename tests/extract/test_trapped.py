"""People trapped are a toll of their own: neither dead, nor missing, nor what the verb above them did.

"left 14 others trapped" gives the count to its complement, as "left one person dead" does; "14 trapped
under debris" and "14 children still trapped" are the same toll told with no verb or under another one.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and a wire-style sentence of the same kind.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words"),
    [
        (
            "corpus/dev/aceh 14",
            "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed during a Koran "
            "reading session in Indonesia's Aceh province, bringing the confirmed death toll from the disaster to 11.",
            "14 others",
        ),
        (
            "corpus/dev/aceh 12",
            "One report said six children were killed and 14 trapped under debris when a mosque collapsed in Central Aceh.",
            "14",
        ),
        (
            "corpus/dev/aceh 14",
            '"Our search and rescue teams are struggling to evacuate an estimated 14 children still trapped under '
            'the rubble," said Subhan Sahara, the head of the local disaster management agency.',
            "an estimated 14 children",
        ),
        ("wire style", "The blast left three miners trapped underground.", "three miners"),
    ],
)
def test_people_trapped_are_a_toll(nlp, where, text, words):
    assert quantity_fields(nlp, text, words, "unit", "predicate") == [(words, "person", "trapped")]
