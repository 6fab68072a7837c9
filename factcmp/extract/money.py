"""The object an amount of money is the value of: "a $2.5 million *necklace*", "a *necklace* worth £1.2m".

Two amounts of different objects are two facts; collective words ("jewelry", "booty", "heist") name no
object, since outlets call one haul by many of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.lexicon import MARKET_WORDS, REQUEST_VERBS, VALUABLE_OBJECTS
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
    if noun in VALUABLE_OBJECTS:
        return noun
    return bond_of(doc, q, noun) or reward_of(doc, sent, q, noun)


# the words of money a court sets for a release: one running figure, whatever verb tells it
BOND_WORDS = frozenset({"bond", "bail"})
BOND = "bond"


def bond_of(doc: Doc, q: RawQuantity, noun: str = "") -> str:
    """Tell "bond" when an amount is the bond or bail set for a release, else ''.

    "held on $500,000 bond", "bail of $1 million", "lowered bond to $250,000", "Bail was set at $1 million":
    outlets tell one bond with many verbs (ordered, held, set, lowered, raised), and its changes are updates.
    An amount asked for ("prosecutors had asked for $750,000 bond") is a request, not the bond.
    """
    num = doc[q.num_end - 1]
    head = num.head
    if noun in BOND_WORDS:
        found = True  # "held on $500,000 bond", "a $1 million cash bond"
    elif num.dep_ == "pobj" and head.lower_ == "of":
        found = head.head.lower_ in BOND_WORDS  # "bail of $1 million"
    elif num.dep_ == "pobj" and head.lower_ in ("to", "at", "from", "for"):
        found = _names_bond(head.head)  # "lowered bond to $250,000", "Bail was set at $1 million"
    else:
        found = num.dep_ == "attr" and _names_bond(head)  # "Bail is $500,000"
    return BOND if found and not _asked_for(num) and not _market_bond(num) else ""


def _market_bond(num: Token) -> bool:
    """Is the bond of an amount a loan sold to investors: "Greece sold a 3 billion euro bond"? Bail never is."""
    words = {t.lower_ for t in num.sent}
    return "bail" not in words and bool(words & MARKET_WORDS)


def _names_bond(verb: Token) -> bool:
    """Is a bond word the subject or the object of a verb (or the verb's own noun, "set bail at")?"""
    if verb.lower_ in BOND_WORDS:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in BOND_WORDS for c in verb.children):
        return True
    # "When he is arrested his bond will be set at $2 million": the parser hangs the bond on the other clause,
    # but it is the word right before the verb and its auxiliaries
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ in ("AUX", "PART", "ADV"):
        k -= 1
    return k >= 0 and verb.doc[k].lower_ in BOND_WORDS


def _asked_for(tok: Token) -> bool:
    """Is an amount what someone asks for: "had asked for $750,000 bond", "sought bail of $1 million"?"""
    while tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and tok.head is not tok:
        tok = tok.head
        if tok.lower_ in REQUEST_VERBS:
            return True
    return tok.lower_ in REQUEST_VERBS


# the words of money offered for information or a capture: one running figure, whatever verb tells it
REWARD_WORDS = frozenset({"reward", "rewards", "bounty"})
# verbs a reward reaches a new figure by: "climbs to $25,000", "has grown to", "was raised to"
_RISES = frozenset(
    {"climbs", "climbed", "rises", "rose", "risen", "grows", "grew", "grown", "raised", "increased", "increases", "jumps"}
    | {"jumped", "doubled", "doubles", "swells", "swelled", "boosted", "upped", "bumped", "goes", "went", "now"}
)


def reward_of(doc: Doc, sent: Span, q: RawQuantity, noun: str = "") -> str:
    """Tell "reward" when an amount is the reward offered for information or a capture, else ''.

    "a $10,000 reward", "a reward of up to $10,000", "The reward ... has grown to $25,000", "Reward climbs to
    $25,000": outlets tell one reward with many verbs (offering, posted, grown), and its rises are
    updates. An amount a donor adds ("The FBI added $15,000 to the reward") is a part of it, not the reward.
    """
    if noun in REWARD_WORDS:
        return "reward"  # "a $10,000 reward"
    num = doc[q.num_end - 1]
    head = num.head
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in REWARD_WORDS:
        return "reward"  # "a reward of up to $10,000"
    if num.dep_ in ("pobj", "attr") and (head.lower_ in ("to", "at") or num.dep_ == "attr"):
        verb = head.head if num.dep_ == "pobj" else head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in REWARD_WORDS:
            return "reward"  # "The reward has grown to $25,000", "The reward is $5,000"
    # a headline the parser reads wrongly ("Reward in girl killing climbs to $25,000"): a reward word before the
    # amount, a verb of rising right before its "to", and no other amount in the line
    k = q.start - 1
    while k > sent.start and (doc[k].text in ("$", "£", "€") or doc[k].lower_ in ("up", "about", "nearly")):
        k -= 1
    if k - 1 >= sent.start and doc[k].lower_ == "to" and doc[k - 1].lower_ in _RISES:
        words = [t.lower_ for t in doc[sent.start : k - 1]]
        if any(w in REWARD_WORDS for w in words) and not any(t.like_num for t in doc[sent.start : k - 1]):
            return "reward"
    return ""


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
