"""An arrest's "for" that the parser hangs away from the arrest word still tells what the arrest was for.

"Two arrests were made after the shooting for illegal carrying of a firearm": the arrests are the subject of
a verb that only says they happened ("made"), and the small model hangs "for" on the act of harm "after"
names; the reason goes into quantity_of ("people arrested for illegal carrying"), as "11 total arrests for
the same offense" is read, so arrests for a firearm sweep do not meet the arrest of the suspects.
Sources: the Bourbon Street dev cluster (``corpus/dev/bourbon-street-2016 01``) and police-blotter wordings.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("where", "text", "words", "quantity_of"),
    [
        (
            "corpus/dev/bourbon 01",
            "Two arrests were made after the shooting for illegal carrying of a firearm, police said.",
            "Two arrests",
            "people arrested for illegal carrying",
        ),
        (
            "blotter style",
            "Three arrests were made following the shooting for illegal possession of a handgun.",
            "Three arrests",
            "people arrested for illegal possession",
        ),
        (
            "blotter style",
            "Police made three arrests after the stabbing for disorderly conduct.",
            "three arrests",
            "people arrested for disorderly conduct",
        ),
        (
            "blotter style",
            "Four men were arrested after the shooting for illegal possession of weapons.",
            "Four men",
            "men arrested for illegal possession",
        ),
    ],
)
def test_a_for_hung_away_from_the_arrest_is_its_reason(nlp, where, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


@pytest.mark.parametrize(
    ("where", "text", "words", "quantity_of"),
    [
        # an "on" after the act of harm tells where it was, not what the arrests were for
        ("blotter style", "Two men were arrested after the shooting on Bourbon Street.", "Two men", "men arrested"),
        # a search "for" someone is the search's
        ("blotter style", "Police made two arrests after the search for the gunman.", "two arrests", "people arrested"),
        ("blotter style", "Two people were arrested after the shooting, police said.", "Two people", "people arrested"),
        (
            "corpus/dev/bourbon 03",
            "They made 15 arrests for those crimes during Bayou Classic weekend.",
            "15 arrests",
            "people arrested for those crimes",
        ),
    ],
)
def test_other_arrests_keep_their_reading(nlp, where, text, words, quantity_of):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]
