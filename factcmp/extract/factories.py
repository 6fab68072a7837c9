"""The spaCy factory of the claims component.

It lives apart from :mod:`factcmp.extract.component` because its annotations
must not be postponed (no ``from __future__ import annotations`` here): spaCy
before 3.8.12 checks a factory's arguments with confection 0.1, which cannot
resolve an annotation left as a string.
"""

from spacy.language import Language

from factcmp.extract.component import ClaimExtractor


@Language.factory(
    "factcmp_claims",
    requires=["doc.ents", "doc.sents", "token.dep"],
    assigns=["doc._.factcmp_claims", "doc.spans"],
)
def make_claims(nlp: Language, name: str) -> ClaimExtractor:
    """Build the ``factcmp_claims`` component (``nlp.add_pipe("factcmp_claims")``)."""
    return ClaimExtractor(nlp, name)
