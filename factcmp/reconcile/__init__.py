"""Lining quantity claims up by fact across sources, and judging each fact.

Claims are first blocked by what they measure (:mod:`factcmp.facets`: the
event or thing counted, the person an age belongs to, the reference point of
a distance, the currency of an amount), so two facts that happen to share a
number never meet, and the work grows with the size of each block rather
than with the square of all claims. Inside a block, claims with the same
figure and the same scope collapse into *atoms*; atoms then merge by complete
linkage, best-scoring pairs first: every pair in a group must be allowed
together.

Two atoms may share a group when their time windows are compatible, their
counted nouns do not name different things, and one article does not give
both with different figures (an article that says "six injured" and "two
officers injured" is giving a total and a part). Figures that agree (their
intervals meet, within rounding) may merge on that; figures that differ merge
only when nothing tells them apart (same window, place, reference, event and
noun), which is what makes them a conflict rather than two facts.

The modules, in the order a claim meets them:

- :mod:`~factcmp.reconcile.grouping`: reading every claim into an atom, and the groups;
- :mod:`~factcmp.reconcile.roles`: who a count or an age is of (the one victim, the suspect, the perpetrators);
- :mod:`~factcmp.reconcile.windows`: the time a figure is of (a past episode, an earlier value);
- :mod:`~factcmp.reconcile.placing`: the places a figure is of (not its dateline, not a place it is only near);
- :mod:`~factcmp.reconcile.parts` and :mod:`~factcmp.reconcile.rivals`: how one article's figures of one
  count stand to each other (a total and its parts, two sources' rival figures);
- :mod:`~factcmp.reconcile.judging`: the verdict of a group;
- :mod:`~factcmp.reconcile.figures`: every figure in the units the reconciler compares in.
"""

from __future__ import annotations

from factcmp.reconcile.figures import comparable_figures
from factcmp.reconcile.grouping import cycle_collector_paused, group_quantities
from factcmp.reconcile.items import Item
from factcmp.reconcile.judging import judge
from factcmp.verdict import STATUSES, TOLERANCE, overlaps, verdict

__all__ = [
    "STATUSES",
    "TOLERANCE",
    "Item",
    "comparable_figures",
    "cycle_collector_paused",
    "group_quantities",
    "judge",
    "overlaps",
    "verdict",
]
