"""One person named by "including" is a part of the clause's count even when the parser hangs it on another noun.

"N people were wounded in <day>'s attack, including a police officer": the parser hangs "including" on the
event noun, whose words count nothing, so the member gave no claim (probe9, still open in probe12). The clause's
counted subject or object now admits the member, as "four others were injured, including a police officer"
(Bristol) already did; "items were stolen, including a laptop" counts nobody.
Wire-style wording (constructed): the dev sentences have the "including" on the counted noun.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "quantity_of"),
    [
        (
            "Eleven people were injured in Monday's explosion, including a firefighter, officials said.",
            "a firefighter",
            "firefighter injured",
        ),
        (
            "Nine people were wounded in the night's shelling, including a nurse, according to the army.",
            "a nurse",
            "nurse injured",
        ),
    ],
)
def test_member_of_the_clause_count(nlp, text: str, words: str, quantity_of: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_no_count_no_member(nlp) -> None:
    assert "a laptop" not in quantity_texts(nlp, "Several items were stolen in the raid, including a laptop.")
