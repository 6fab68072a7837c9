"""Dev-cluster facts the reconciler still gets wrong because of extraction (a figure not read, or read without what it counts).

(cluster, fact) -> why. Each entry is a strict xfail in tests/test_dev_clusters.py,
so a fix is noticed: delete the entry when its fact passes.
"""

KNOWN_MISSES = {
    (
        "austin-sixth-street-2016",
        "victim_age",
    ): "[03] 'one woman in her 20's died' never names her and [03] names no one killed; only [05] names the"
    " woman killed (Moultrie, 30), and its 'in her 30s' fits 30: no rule inside one article ties the 20s to her,"
    " it takes cross-document coreference of 'the one woman killed'",
    ("houston-memorial-drive-2016", "shooters"): "the later reports never count the gunmen: they say 'the gunman' and"
    " 'a second shooter ... was not a suspect', no 'lone gunman' or 'acted alone'; reading a definite 'the gunman' as"
    " 1 shooter is no general rule, and [03]'s own 'two suspects' is in the same article as its 'at least one'",
}
