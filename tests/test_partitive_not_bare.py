"""A part taken from a set is no verbless count of the set (linkage._partitive).

"At least 86 of the escapees are believed to be members of the Zetas" counts the escapees the rest of its
sentence picks out; it was read as a bare count of the escapees and set against "Police have recaptured 12
escapees" as a conflict. A bare count of a named thing ("a 200-student schoolhouse") still meets the same thing
told with a weak verb. Wording constructed, wire style.
"""

from __future__ import annotations

from factcmp.linkage import _partitive

from .test_reconcile import THREE, q, reconcile, same_group


def test_a_part_of_the_escapees_is_not_the_escapees_recaptured():
    r = reconcile(
        [
            q("a", "12 escapees", 12, event="recaptured", noun="escapees"),
            q("b", "At least 86", None, low=86, qualifier="at_least", event="", noun="escapees",
              sentence="At least 86 of the escapees are believed to be members of the Zetas."),
        ],
        THREE,
    )  # fmt: skip
    assert not same_group(r, ("a", "12 escapees"), ("b", "At least 86"))


def test_the_words_of_a_part():
    assert _partitive("At least 86", "At least 86 of the escapees are believed to be members of the Zetas.")
    assert _partitive("two", "Police said two of them were still at large.")
    assert not _partitive("200", "The 200 students of Yida school were sent home.")
