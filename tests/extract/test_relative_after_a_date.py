"""A "which" clause on a dated noun tells that earlier episode: its toll takes the date.

"the worst storm since Hurricane Willa in October 2018, which killed nine people": the parser hangs the
clause on "storm", before the date, and the nine took no window, joining the story's own toll. "the 2019
monsoon, which killed 40 people" was kept undated as a clause that picks out a known thing. A date that
dates the noun the clause describes (or that the clause opens right after) now dates the clause.
No dev or Ramadi article has the form: the sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from .article_claims import windows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # the clause right after the date, hung by the parser on the noun before it
        (
            "It was the worst storm to hit the region since Hurricane Willa in October 2018, which killed nine people.",
            "2024-06-12",
            {"nine people": "period:2018-10"},
        ),
        # the date on the noun the clause describes
        ("It is the worst flooding since the 2019 monsoon, which killed 40 people.", "2024-06-12", {"40 people": "period:2019"}),
        # the clause on a noun inside the dated noun's phrase
        (
            "The attack was the deadliest since the 2015 bombing of a mosque, which killed 27 people.",
            "2024-06-12",
            {"27 people": "period:2015"},
        ),
    ],
)
def test_a_clause_on_a_dated_noun_is_dated(nlp, text: str, reference: str, want: dict[str, str]) -> None:
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "reference", "want"),
    [
        # the clause picks out the story's own man; the date after it is of what he did then
        (
            "The man who killed three police officers in Baton Rouge declared last year that he was a sovereign citizen.",
            "2016-07-19",
            {"three police officers": ""},
        ),
        # a recent day is no earlier episode
        ("The storm, which made landfall on Tuesday, has killed nine people.", "2024-06-12", {"nine people": ""}),
    ],
)
def test_the_story_own_clauses_stay_undated(nlp, text: str, reference: str, want: dict[str, str]) -> None:
    got = windows(nlp, text, reference)
    assert {k: got.get(k) for k in want} == want
