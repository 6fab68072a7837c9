"""Al Jazeera's "Keep reading" block of links is furniture: the titles under it are other stories.

"Keep reading" alone on a line, then one to four headlines (with AJ's "list 1 of 4" / "end of list" markers
when the page keeps them): a title under it ("<country> junta extends rule by N years") gave "N years" as a
claim of the story (probe12). A paragraph of the story (it ends its sentences) ends the block. Wire-style wording
(constructed): no dev article is Al Jazeera's.
"""

from __future__ import annotations

import pytest

from factcmp.cleaning import clean_text

BODY = "Troops fired on marchers in the capital, killing at least nine people, witnesses said."
MORE = "The marches began on Tuesday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{BODY}\n\nKeep reading\nNiger junta extends rule by three years", BODY),
        (
            f"{BODY}\n\nKeep reading\nlist 1 of 2\nNiger junta extends rule by three years\nFour hurt in port strike\n"
            f"end of list\n\n{MORE}",
            f"{BODY}\n\n{MORE}",
        ),
        # the story goes on right under a title: only the title goes
        (f"Keep reading\nNiger junta extends rule by three years\n{MORE}", MORE),
        # no label, no drop
        (f"{BODY}\nNiger junta extends rule by three years", f"{BODY}\nNiger junta extends rule by three years"),
    ],
)
def test_keep_reading_block_is_dropped(text: str, expected: str) -> None:
    assert clean_text(text) == expected
