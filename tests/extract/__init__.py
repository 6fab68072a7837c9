"""Helpers shared by the extraction tests."""

from __future__ import annotations


def quantity_fields(nlp, text: str, words: str, *fields: str) -> list[tuple]:
    """``(text, *fields)`` of each quantity claim ``nlp`` finds in ``text`` with the words ``words``."""
    claims = [c for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity" and c["text"] == words]
    return [(c["text"], *(c[f] for f in fields)) for c in claims]


def quantity_texts(nlp, text: str) -> list[str]:
    """The words of each quantity claim ``nlp`` finds in ``text``, in text order."""
    return [c["text"] for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]
