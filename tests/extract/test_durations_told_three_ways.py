"""One duration told three ways is one fact: "the 14-hour siege", "the siege lasted 14 hours", "a standoff of 14 hours".

The hyphened form read 'duration of siege'; "The siege lasted 14 hours" read 'hour (lasted)', "after a standoff of
more than 14 hours" 'hour (stormed)' and "The siege ended after 14 hours" 'hour (ended)', each a fact of its own.
A time that is the object of a verb of lasting (lasted, stretched, dragged) or of "ended after", whose subject is a
noun, or the object of "of" after a noun ("a standoff of more than 14 hours"), is now that noun's duration; a
stretch noun ("a period of 14 hours") owns none, and "Police arrived after 14 hours" keeps its reading. A
standoff and a siege are one class of noun (the subject the fact is keyed on).
Sources: Houston 03 ("their home of 25 years") and constructed wire-style sentences.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "what"),
    [
        # constructed, wire-style wording
        ("Police ended the 14-hour siege on Sunday.", "14-hour siege", "duration of siege"),
        ("The siege lasted 14 hours.", "14 hours", "duration of siege"),
        ("The siege ended after 14 hours.", "14 hours", "duration of siege"),
        ("Police stormed the building after a standoff of more than 14 hours.", "more than 14 hours", "duration of standoff"),
        ("The standoff, which lasted more than 14 hours, ended peacefully.", "more than 14 hours", "duration of standoff"),
    ],
)
def test_a_duration_is_its_noun(nlp, text: str, words: str, what: str) -> None:
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, what)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # constructed: news calls one episode a siege and a standoff; the fact is keyed on one class
        ("The siege lasted 14 hours.", "14 hours"),
        ("Police stormed the building after a standoff of more than 14 hours.", "more than 14 hours"),
    ],
)
def test_a_standoff_is_a_siege(nlp, text: str, words: str) -> None:
    assert quantity_fields(nlp, text, words, "subject") == [(words, "siege")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police arrived after 14 hours.", "14 hours"),
        ("The rain fell for a period of 14 hours.", "14 hours"),
    ],
)
def test_no_owner_no_duration_of(nlp, text: str, words: str) -> None:
    got = quantity_fields(nlp, text, words, "quantity_of")
    assert got and not got[0][1].startswith("duration of")
