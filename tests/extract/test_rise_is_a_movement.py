""" "rise" is a verb of movement, as "rose" is (extract.lexicon.MOVEMENT_VERBS; extract27's request).

The word list began "from X to Yrise": a phrase run into its first verb, so "rise" was missing and "from" and
"to" were in it. "is expected to rise from 3,000 to 5,000" was read as one interval, 3,000 to 5,000, where "rose
from 3,000 to 5,000" is a movement to 5,000. Wording constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize("verb", ["rose", "is expected to rise"])
def test_a_count_that_moves_is_no_interval(nlp, verb):
    claims = factcmp.extract_quantities(f"The number of people in shelters {verb} from 3,000 to 5,000.", nlp=nlp)
    assert [(c.low, c.high) for c in claims] == [(5000, 5000)]
