"""A wire's sign-off ("(Reporting by ...; Writing by ...; Editing by ...)") is furniture: no entity, no claim.

Wire-style wording (the dev clusters hold no Reuters copy with its sign-off).
"""

from __future__ import annotations

import pandas as pd
import pytest

import factcmp
from factcmp.cleaning import clean_text

pytestmark = pytest.mark.model

SIGN_OFF = "(Reporting by Khalid Abdelaziz; Writing by Nafisa Eltahir; Editing by Andrew Heavens)"
BODY = "At least 62 people were killed in the strike on the market in Kabkabiya, the Sudan Doctors Network said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{BODY}\n\n{SIGN_OFF}", BODY),  # on its own line
        (f"{BODY} {SIGN_OFF}", BODY),  # closing the last paragraph
        (f"{BODY}\n(Additional reporting by Tom Miles in Geneva)\nMore follows.", f"{BODY}\nMore follows."),
    ],
)
def test_the_sign_off_is_dropped(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_a_bracket_inside_a_sentence_stays() -> None:
    text = "Police said (reporting by the AP) that three died."
    assert clean_text(text) == text


def test_the_sign_off_gives_no_entity() -> None:
    frame = pd.DataFrame([{"doc_id": "a", "source": "reuters.com", "text": f"{BODY}\n\n{SIGN_OFF}", "published": "2026-06-16"}])
    claims = factcmp.compare(frame).claims
    names = set(claims.loc[claims["kind"] == "entity", "text"])
    assert not names & {"Writing", "Khalid Abdelaziz", "Nafisa Eltahir", "Andrew Heavens"}
