"""Dev-cluster facts the reconciler still gets wrong because of grouping or verdicts (figures read, but lined up wrongly).

(cluster, fact) -> why. Each entry is a strict xfail in tests/test_dev_clusters.py,
so a fix is noticed: delete the entry when its fact passes.
"""

KNOWN_MISSES = {
    ("baton-rouge-ambush-2016", "attackers"): (
        "'One suspect is deceased' [01] is now a death (extraction df84ee6), yet [03]'s 'only one gunman at the "
        "scene', a count said with a copula, agrees with that dead suspect (no act is compatible with any act) "
        "before it meets the 'two suspects are at large' it revises. Tried: keeping copula counts from firm acts "
        "flags it, but splits Berrien's 'They were two great officers' and 'the two bailiffs ... had been with "
        "the trial court' from the two bailiffs shot (B3 0.834 -> 0.815): a copula names the victims as often as "
        "it states how things stand. [05] 'he was the only one at the scene' is read as an age (asked of extraction)"
    ),
}
