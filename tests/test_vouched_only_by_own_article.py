"""A figure joins a group it cannot link with only on its own article's word (clustering._vouched).

Berrien 03: the gunman "exchanged shots with two other court officers" after killing two bailiffs. The same
figure of the same noun told with another verb vouches for a member only once the two are one group; a
mate in the group it would join vouches only where its own article gives that mate (a group's count told of
people in general). A first version of the cross-group vouching let the two other officers join the two
bailiffs killed.
"""

from __future__ import annotations


def test_two_other_court_officers_are_not_the_bailiffs_killed(dev_comparison):
    claims = dev_comparison("berrien-courthouse-2016").claims
    quantities = claims[claims["kind"] == "quantity"]
    other = quantities[quantities["text"] == "two other court officers"]
    killed = quantities[quantities["quantity_of"].str.contains("bailiffs killed", na=False)]
    assert len(other) == 1 and len(killed) > 0
    assert other["group_id"].iloc[0] not in set(killed["group_id"])
