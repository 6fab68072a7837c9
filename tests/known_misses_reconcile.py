"""Dev-cluster facts the reconciler still gets wrong because of grouping or verdicts (figures read, but lined up wrongly).

(cluster, fact) -> why. Each entry is a strict xfail in tests/test_dev_clusters.py,
so a fix is noticed: delete the entry when its fact passes.
"""

KNOWN_MISSES = {
    ("baton-rouge-ambush-2016", "attackers"): (
        "the live blog's 'two suspects are at large' sits beside its 'one suspect is deceased', both read with a "
        "copula and no act, so one article gives two counts of suspects and the 1 joins the later 'one gunman'; "
        "needs 'is deceased' read as killed (extraction), and even then the act-less 'one gunman' agrees with the "
        "dead suspect before it meets the two at large"
    ),
}
