"""A death or injury noun with a category ("traffic deaths", "gun deaths") counts a statistic, not one event's toll.

"Bolivia recorded 1,080 traffic deaths in 2011" was read as 'people killed' and met one bus crash's toll of 38 as a
conflict. The category is now what is counted (nouns.harm_category), on the noun or on the harm a tally's verb gives
the level of. Kinds of people ("civilian deaths") and plain harms stay the story's victims. Wording constructed,
wire style.
"""

from __future__ import annotations

import pytest

import factcmp


def _counts(sentence: str, nlp) -> list[tuple[str, str]]:
    return [(c.quantity_of, c.unit) for c in factcmp.extract_quantities(sentence, nlp=nlp)]


@pytest.mark.parametrize(
    ("sentence", "quantity_of"),
    [
        ("The country recorded 1,080 traffic deaths in 2011, according to police figures.", "traffic deaths"),
        ("The country has some 1,100 road fatalities a year.", "road deaths"),
        ("Gun deaths rose to 39,000 in 2017, the agency said.", "gun deaths"),
        ("There were 70,000 overdose deaths in 2019.", "overdose deaths"),
        ("The crash brought the number of road deaths this year to 412.", "road deaths"),
        ("The province's traffic death toll reached 1,080 last year.", "traffic deaths"),
        # a road toll is the year's road deaths (Australian and New Zealand usage)
        ("The crash takes the state's road toll to 150 this year.", "road deaths"),
        ("The national road toll stands at 296.", "road deaths"),
    ],
)
def test_categories_of_harm_are_statistics(nlp, sentence, quantity_of):
    assert _counts(sentence, nlp) == [(quantity_of, "person")]


@pytest.mark.parametrize(
    ("sentence", "quantity_of"),
    [
        ("Police reported 14 civilian deaths after the raid.", "people killed"),
        ("There were 38 deaths in the crash.", "people killed"),
        ("The death toll from the crash rose to 38.", "people killed"),
        ("Three people suffered gun injuries in the attack.", "people injured"),
    ],
)
def test_victims_stay_the_toll(nlp, sentence, quantity_of):
    assert [q for q, _ in _counts(sentence, nlp)] == [quantity_of]


def test_a_statistic_never_meets_the_crash_toll(nlp):
    articles = [
        {
            "doc_id": "a",
            "source": "a.com",
            "published": "2012-03-18",
            "title": "Bus plunges into ravine",
            "text": "Bus plunges into ravine\n\nAt least 38 people died on Saturday when a bus plunged into a ravine. "
            "The country recorded 1,080 traffic deaths in 2011, police figures show.",
        },
        {
            "doc_id": "b",
            "source": "b.com",
            "published": "2012-03-19",
            "title": "Bus crash",
            "text": "Bus crash\n\nA bus crash killed 38 people on Saturday, officials said.",
        },
    ]
    claims = factcmp.compare(articles, nlp=nlp).claims
    statistic = claims[claims.text.str.contains("1,080", regex=False)]
    assert set(statistic.status) == {"single"}
