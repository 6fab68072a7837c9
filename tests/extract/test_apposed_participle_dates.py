"""A participle set off by commas after its noun dates and places only its own words.

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


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The cargo ship, built in Norway in 1988, sank about 12 miles off Mombasa.", "about 12 miles", "Mombasa"),
        # a place inside the participle that holds the figure stays the figure's
        ("The food, delivered to 300 families in Kenya, arrived on Monday.", "300 families", "Kenya"),
        # an undated participle says where the noun is, the place of its clause (Yida 2011, Christian Post)
        (
            "The camp, located in the oil-rich northern region of Yida, consists of over 24,000 refugees who have fled "
            "the heavy fighting of Sudan's South Kordofan region.",
            "over 24,000 refugees",
            "South Kordofan|Sudan|Yida",
        ),
    ],
)
def test_apposed_participle_places_its_own_words(nlp, text: str, words: str, place: str) -> None:
    assert column_of(nlp, text, "place", reference="2026-06-07")[words] == place
