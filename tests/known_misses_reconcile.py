"""Dev-cluster facts the reconciler still gets wrong because of grouping or verdicts (figures read, but lined up wrongly).

(cluster, fact) -> why. Each entry is a strict xfail in tests/test_dev_clusters.py,
so a fix is noticed: delete the entry when its fact passes.
"""

KNOWN_MISSES: dict[tuple[str, str], str] = {}
