"""A distance's reference point is the place's name, not the words that describe it (probe10 #6).

"southeast of the port city of Durres", "west of the state capital El Fasher": lower-case words before the
class noun ("port", "state", "mountain") and a second class noun only describe the place; the reference is
the proper name, so the figure meets "southeast of Durres". "north of the city" with no name keeps "city".
A hyphenated compass point ("north-west of Boston") is the point written whole (probe11 #4).
Sources: aceh, yida (real, "the town of X"), else wire-style wording (constructed).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # aceh
            "The epicenter was situated 55 kilometers (34 miles) west of the town of Bireun on the western tip of "
            "Sumatra Island.",
            "55 kilometers (34 miles)",
            "distance west of Bireun",
        ),
        (  # yida
            "Khalid said Sudanese forces fought rebels in South Kordofan about five kilometers south of the town of "
            "Taludi Thursday.",
            "about five kilometers",
            "distance south of Taludi",
        ),
        (
            "Its epicenter was about 20 kilometers (12 miles) southeast of the port city of Durres, the USGS said.",
            "about 20 kilometers (12 miles)",
            "distance southeast of Durres",
        ),
        (
            "The strike hit Kabkabiya, about 150 kilometres (90 miles) west of the state capital El Fasher.",
            "about 150 kilometres (90 miles)",
            "distance west of El Fasher",
        ),
        ("It lies 30 km north of the city.", "30 km", "distance north of city"),
        # British outlets hyphenate the compass point; the tokenizer splits it ("north", "-", "west")
        ("The village lies 30 miles north-west of Boston.", "30 miles", "distance northwest of Boston"),
        ("The quake struck 20 km south-east of Bireun.", "20 km", "distance southeast of Bireun"),
    ],
)
def test_reference_is_the_name(nlp, text: str, words: str, expected: str) -> None:
    assert [q for _, q in quantity_fields(nlp, text, words, "quantity_of")] == [expected]
