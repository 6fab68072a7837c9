"""The object an amount of money is the value of: "a $2.5 million *necklace*", "a *necklace* worth £1.2m".

Two amounts of different objects are two facts; collective words ("jewelry", "booty", "heist") name no
object, since outlets call one haul by many of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import VALUABLE_OBJECTS
from factcmp.extract.units import unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity


def is_money(unit: str) -> bool:
    """Is a unit a currency code ("USD", "EUR")?"""
    return len(unit) == 3 and unit.isupper()


def money_subject(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The object an amount is the value of: "a $2.5 million *necklace*", "a diamond *necklace* worth £1.2m".

    Only a concrete object (:data:`VALUABLE_OBJECTS`) is named: two amounts of
    different objects are two facts. Collective words ("$2 million of jewelry",
    "€2 million booty", "a $2.6 million heist") name no object: outlets call
    one haul by many of them, and they stay empty.
    """
    noun = _valued_noun(doc, sent, q)
    return noun if noun in VALUABLE_OBJECTS else ""


def _valued_noun(doc: Doc, sent: Span, q: RawQuantity) -> str:
    j = q.end
    if j < sent.end and doc[j].lower_ == "worth":
        j += 1
    if j < sent.end and doc[j].lower_ == "of":
        for tok in doc[j + 1 : min(sent.end, j + 5)]:
            if tok.pos_ == "NOUN":
                return _head_of_run(tok).lower_
            if tok.pos_ not in ("DET", "ADJ"):
                break
        return ""
    if j < sent.end and doc[j].pos_ == "NOUN" and not unit_of_word(doc[j].text):
        return _head_of_run(doc[j]).lower_  # "a $2.5 million necklace"
    k = q.start - 1
    if k > sent.start and doc[k].lower_ == "worth" and doc[k].head.pos_ == "NOUN" and doc[k].head.i < k:
        return doc[k].head.lower_  # "a diamond necklace worth £1.2m"
    return ""


def _head_of_run(tok: Token) -> Token:
    """The last noun of a compound run: "diamond necklace" -> necklace."""
    doc = tok.doc
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN":
        tok = doc[tok.i + 1]
    return tok
