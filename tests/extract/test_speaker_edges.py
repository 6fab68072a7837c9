"""Where a speaker starts and ends: not the clause's object before it, not an "including" clause after it.

Constructed wire-style sentences (no dev article shows either pattern).
"""

from __future__ import annotations

import pytest

from tests.extract.test_attribution import credited


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the parser hangs "a safe" on the speaker's name: the object ends at the comma
        (
            "The robbers tied up three employees and emptied a safe, spokesperson Kristof Aerts said.",
            "three",
            "spokesperson Kristof Aerts",
        ),
        # what "including" adds after "according to X" refers to the figure's noun, not to X
        (
            "Police are investigating. Five robbers took part in the raid, according to Belgian media, "
            "including one who stayed behind the wheel.",
            "Five",
            "Belgian media",
        ),
    ],
)
def test_the_speaker_is_the_noun_phrase_of_the_frame(nlp, text: str, figure: str, expected: str) -> None:
    assert credited(nlp, text, figure) == expected
