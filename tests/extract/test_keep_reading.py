"""Al Jazeera's "Keep reading" block of links is furniture: the titles under it are other stories.

"Keep reading" alone on a line, then one to four headlines (with AJ's "list 1 of 4" / "end of list" markers
when the page keeps them): "Mali junta extends transition by five years" under it gave "five years" as a claim
of a Guinea story. A paragraph of the story (it ends its sentences) ends the block. Wire-style wording
(constructed): no dev article is Al Jazeera's.
"""

from __future__ import annotations

import pytest

from factcmp.cleaning import clean_text

BODY = "Security forces killed at least 12 people, a rights group said."
MORE = "The protests began on Monday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{BODY}\n\nKeep reading\nMali junta extends transition by five years", BODY),
        (
            f"{BODY}\n\nKeep reading\nlist 1 of 2\nMali junta extends transition by five years\nTwo dead in clashes\n"
            f"end of list\n\n{MORE}",
            f"{BODY}\n\n{MORE}",
        ),
        # the story goes on right under a title: only the title goes
        (f"Keep reading\nMali junta extends transition by five years\n{MORE}", MORE),
        # no label, no drop
        (f"{BODY}\nMali junta extends transition by five years", f"{BODY}\nMali junta extends transition by five years"),
    ],
)
def test_keep_reading_block_is_dropped(text: str, expected: str) -> None:
    assert clean_text(text) == expected
