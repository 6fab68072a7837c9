"""The number of people *who died* is a toll: the relative clause on the counted noun names its event.

"The number of people killed rose to 21" was already 21 killed (the participle sits next to the tally);
"the number of people who died / who were killed / who were injured / who were displaced" puts the event
in a relative clause, and was read as people who "rose". A clause whose verb names no event ("who
attended") keeps the movement verb.
No dev or Ramadi article has the form: the sentences are constructed, wire-style wording of toll updates.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # constructed, wire-style wording
        ("The number of people who died in Saturday's crush has risen to 21, the minister said.", "21", "killed"),
        ("The number of people who were killed in the attack rose to 14.", "14", "killed"),
        ("The number of those who were injured rose to 40 overnight.", "40", "injured"),
        ("The number of people who were displaced by the floods has climbed to 3,000.", "3,000", "displaced"),
    ],
)
def test_a_relative_clause_on_the_counted_noun_names_the_toll(nlp, text, figure, event):
    assert quantity_fields(nlp, text, figure, "predicate") == [(figure, event)]


def test_a_clause_that_names_no_event_keeps_the_verb(nlp):
    # constructed, wire-style wording
    text = "The number of people who attended the rally rose to 3,000."
    assert quantity_fields(nlp, text, "3,000", "predicate") == [("3,000", "rose")]
