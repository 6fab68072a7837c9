"""A person the entity linker resolved is one person to the reconciler, whatever type spaCy gave the mention."""

from __future__ import annotations


def test_a_surname_typed_org_but_linked_to_a_person_keys_that_persons_age(nlp, dev_corpus):
    """Baton Rouge, 2016: [03] 'Nicholas Tullier, 41' and [06] 'Tullier, 41, was shot', where spaCy types
    [06]'s 'Tullier' ORG and 'James Tullier' shares the surname: the linker's person id joins the two ages."""
    import factcmp

    folder = dev_corpus / "baton-rouge-ambush-2016"
    paths = [next(folder.glob("03_*.txt")), next(folder.glob("06_*.txt"))]
    claims = factcmp.compare(factcmp.load_articles(paths), nlp=nlp).claims
    ages = claims[(claims["kind"] == "quantity") & claims["quantity_of"].str.contains("Tullier", na=False)]
    assert set(ages["quantity_of"]) == {"age of Nicholas Tullier", "age of Tullier"}
    assert ages["group_id"].nunique() == 1
    assert set(ages["status"]) == {"agree"}
