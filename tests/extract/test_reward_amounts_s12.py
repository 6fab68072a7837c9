"""A reward's amount names the reward, whatever verb tells it (probe14a A6).

"offering a reward of up to $10,000", "The reward ... has grown to $25,000", "Reward ... climbs to $25,000"
were 'amount (offering)', 'amount (grown)' and 'amount killed': the reward's rise could never be seen. The
amount is now the value of the reward; a donor's "added $15,000 to the reward" is a part, not the reward.
Wire-style wording (constructed); dev claims are unchanged.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Crime Stoppers is offering a reward of up to $10,000 for information.", "up to $10,000"),
        ("The reward for information in the shooting has grown to $25,000.", "$25,000"),
        ("Reward in boy's killing climbs to $25,000", "$25,000"),
        ("Police said a $5,000 reward is being offered.", "$5,000"),
        ("The reward is $5,000, police said.", "$5,000"),
    ],
)
def test_reward_amount(nlp, text: str, words: str) -> None:
    [(_, quantity_of)] = quantity_fields(nlp, text, words, "quantity_of")
    assert quantity_of.startswith("value of reward")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The FBI added $15,000 to the reward.", "$15,000"),
        ("Shares climbed to $25 on Monday.", "$25"),
    ],
)
def test_other_amounts_are_no_reward(nlp, text: str, words: str) -> None:
    [(_, quantity_of)] = quantity_fields(nlp, text, words, "quantity_of")
    assert "reward" not in quantity_of
