"""One person named by "including" is a part of the clause's count even when the parser hangs it on another noun.

"Eight people were wounded in Friday's attack, including a police officer": the parser hangs "including" on
"attack", whose words count nothing, so the officer gave no claim (probe9 linz, still open in probe12's
including-one). The clause's counted subject or object now admits the member, as "four others were injured,
including a police officer" (Bristol) already did; "items were stolen, including a laptop" counts nobody.
Wire-style wording (constructed): the dev sentences have the "including" on the counted noun.
"""

from __future__ import annotations

import pytest

from . import quantity_fields, quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "quantity_of"),
    [
        (
            "Eight people were wounded in Friday's attack, including a police officer, according to police.",
            "police officer injured",
        ),
        ("Five people died in the blast on Sunday, including a child, officials said.", "child killed"),
    ],
)
def test_member_of_the_clause_count(nlp, text: str, quantity_of: str) -> None:
    words = "a police officer" if "officer" in quantity_of else "a child"
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, quantity_of)]


def test_no_count_no_member(nlp) -> None:
    assert "a laptop" not in quantity_texts(nlp, "Several items were stolen in the raid, including a laptop.")
