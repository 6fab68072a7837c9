"""A participle set off by commas after its noun dates only its own words.

"The old ferry, built in <country> in <year>, sank about N miles off <town>" gave the distance the window of
that year, so it never met another outlet's distance (probe12); so did a plant's staff with the plant's year. The appositive says something about the noun, as a
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
        ("The cargo ship, built in Norway in 1988, sank about 12 miles off the coast.", "about 12 miles", ""),
        ("The refinery, opened in 1971, employs about 900 people.", "about 900 people", ""),
        ("The 300 people killed in 2015 were remembered on Sunday.", "300 people", "period:2015"),
        ("The bridge, which was built in 1962, carries 40,000 cars a day.", "40,000 cars", ""),
    ],
)
def test_apposed_participle_dates_its_own_words(nlp, text: str, words: str, window: str) -> None:
    assert column_of(nlp, text, "window", reference="2026-06-07")[words] == window
