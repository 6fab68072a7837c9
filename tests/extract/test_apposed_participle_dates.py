"""A participle set off by commas after its noun dates only its own words.

"The 32-year-old ferry, built in Japan in 1994, went down about three miles off Calapan" gave the three miles
the window 1994, so the distance never met another outlet's "5 km (3 miles) off Calapan"; "The plant, built in
1962, employs about 250 people" dated the staff to 1962. The appositive says something about the noun, as a
relative clause does. Without the commas the participle is the figure's own ("The 300 people killed in 2015").
Wire-style wording (constructed): no dev sentence has such an appositive with a date.
"""

from __future__ import annotations

import pytest

from .article_claims import column_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "window"),
    [
        ("The 32-year-old ferry, built in Japan in 1994, went down about three miles off the port.", "about three miles", ""),
        ("The plant, built in 1962, employs about 250 people.", "about 250 people", ""),
        ("The 300 people killed in 2015 were remembered on Sunday.", "300 people", "period:2015"),
        ("The bridge, which was built in 1962, carries 40,000 cars a day.", "40,000 cars", ""),
    ],
)
def test_apposed_participle_dates_its_own_words(nlp, text: str, words: str, window: str) -> None:
    assert column_of(nlp, text, "window", reference="2026-06-07")[words] == window
