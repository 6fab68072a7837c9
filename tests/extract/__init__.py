"""Helpers shared by the extraction tests."""

from __future__ import annotations


def quantity_claims_of(nlp, text: str, words: str) -> list[dict]:
    """The quantity claims (as the component stores them) that ``nlp`` finds in ``text`` with the words ``words``."""
    return [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
