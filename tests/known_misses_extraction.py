"""Dev-cluster facts the reconciler still gets wrong because of extraction (a figure not read, or read without what it counts).

(cluster, fact) -> why. Each entry is a strict xfail in tests/test_dev_clusters.py,
so a fix is noticed: delete the entry when its fact passes.
"""

KNOWN_MISSES = {
    ("houston-memorial-drive-2016", "shooters"): "the later reports never count the gunmen: they say 'the gunman' and"
    " 'a second shooter ... was not a suspect', no 'lone gunman' or 'acted alone'; reading a definite 'the gunman' as"
    " 1 shooter is no general rule, and [03]'s own 'two suspects' is in the same article as its 'at least one'",
}
