"""What a figure of years or money is in its story, where no telling verb says it.

The reconciler compares amounts and durations whatever verb tells them
("made off with $2m", "valued at $2m"), since the verb rarely says which fact
they are. Two kinds of story break that: a trial and a theft.

A trial report gives many figures in one unit: "Prosecutors sought 12 to 14
years' jail, while his lawyer asked for eight years. He could have been jailed
for up to 15 years on each charge. He was sentenced to 11 years." Those are
four facts, not four outlets' readings of one, and the words that tell them
apart are the act (asked, could have been jailed, was jailed) and, for an ask,
the side that made it.

A story of money taken gives the sum taken, what was lost or spent of it, what
was paid back and what is still missing, often of a similar size ("lost about
$3 million at casinos", "has repaid about $2.1 million", "about $10.6 million
remains unrecovered"): four facts, told apart by their acts.

The reconciler keeps figures of two roles, or asks of two sides, out of one
group (:func:`factcmp.linkage.can_link`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# verb stems and forms, as extraction writes a predicate, that ask a court for a penalty
_ASKS = _words(
    "ask asks asked asking request requested requesting seek seeks seeking sought want wanted recommend recommended "
    "recommending urg urge urged urging propos propose proposed demand demanded call called press pressed"
)
# acts that tell the most a penalty may be, not one imposed: "faces up to 20 years", "carries a maximum of"
_THREATS = _words("fac face faces faced facing carr carry carries carried risk risks punish punishable")
# acts that impose years of a penalty: "jailed for 11 years", "sentenced to", "gets 11 years' jail"
_JAILED = _words("jail jailed jails sentenc sentence sentenced impris imprison imprisoned gets got give gave given hand handed")
# acts that impose money: "fined $5,000"; "jailed over $9m fraud" imposes no money, the amount is the fraud's
_FINED = _words("fin fine fined fines")
# what is done with an amount of money: taken, lost, paid back, still missing (verb stems and forms as extraction
# writes a predicate, and the reconciler's own class "stole" of facets.VERB_CLASS)
_MONEY_ACTS = {
    "taken": "stole steal stolen stealing siphon siphoned siphoning misappropriat misappropriate misappropriated "
    "misappropriating embezzl embezzle embezzled embezzling defraud defrauded swindl swindled",
    "lost": "lost los lose loses losing gambl gamble gambled squander squandered",
    "repaid": "repaid repay repays repaying refund refunded return returned restor restored recover recovered recoup recouped",
    "outstanding": "remain remains remained outstanding unrecovered owed ow owe owes",
}
MONEY_ACT = {stem: act for act, words in _MONEY_ACTS.items() for stem in words.split()}
_ROLE_VERBS = _ASKS | _THREATS | _JAILED | _FINED
# the words of a penalty in what a figure is of: "the maximum imprisonment term of up to 15 years", "a fine of"
_JAIL_WORDS = re.compile(r"\b(jail|prison|imprisonment|sentence|custod|detention)", re.IGNORECASE)
_FINE_WORDS = re.compile(r"\b(fine|penalt|compensation|restitution|damages)", re.IGNORECASE)
# money paid back, named right before its figure: "made restitution of $1.8 million", "repaid about $2.1 million"
_REPAID_BEFORE = re.compile(r"\b(restitution|repayments?|refunds?|reimbursements?)( of| worth)?\s*$", re.IGNORECASE)
_REPAID_WORDS = re.compile(r"\b(restitution|repayment|refund|reimbursement)", re.IGNORECASE)
# the most a penalty may be, said of the figure itself or right before it
_MAXIMUM = re.compile(r"\b(up to|maximum|a max of|as much as|as many as)\b", re.IGNORECASE)
# the sides of a trial; an attorney who speaks for the state is the prosecution's ("district attorney")
_PROSECUTION = re.compile(
    r"\b(prosecut\w*|crown|(district|state'?s?|u\.?s\.?|county) attorneys?|attorneys? general|dpp)\b", re.IGNORECASE
)
_DEFENCE = re.compile(r"\b(defen[cs]e\w*|lawyers?|counsel|attorneys?|solicitors?|barristers?|advocates?)\b", re.IGNORECASE)
# a verb of asking (or "should") in the clause before a figure: the figure is what was asked for
_ASKED_BEFORE = re.compile(
    r"\b(ask|asks|asked|asking|sought|seek|seeks|seeking|urge|urged|urges|urging|request|requested|requests|"
    r"(call|calls|called|calling|argued|argues|pushed|pressed) for|should)\b[^.;,]*$",
    re.IGNORECASE,
)
# any word of asking anywhere in a sentence (the words _ASKED_BEFORE reads, and more): the role may read the sentence
_ASK_WORDS = re.compile(r"\b(ask|sought|seek|urg|request|should|call\w* for|argue|push|press)", re.IGNORECASE)
# how far before a figure a verb of asking may stand
_ASK_REACH = 80
# how far before a figure its maximum word may stand: "a maximum penalty of 20 years", not a clause earlier
_MAXIMUM_REACH = 40

ASKED = "asked"
MAXIMUM = "maximum"
IMPOSED = "imposed"


def figure_role(row: Mapping[str, object], measure: str) -> str:
    """The role of a figure of years or money: its penalty role, else what was done with the money; "" if none.

    >>> figure_role({"predicate": "siphoned", "text": "$12.4m"}, "money:USD"), figure_role({"predicate": "lost"}, "money:USD")
    ('taken', 'lost')
    """
    role = penalty_role(row, measure)
    if role or not measure.startswith("money"):
        return role
    act = MONEY_ACT.get(str(row.get("predicate") or "").lower(), "")
    if not act and _REPAID_BEFORE.search(_before(row)):
        act = "repaid"  # "has made restitution of $1.8 million", "repayments of about $2 million"
    return act


def _before(row: Mapping[str, object]) -> str:
    """The words of the row's sentence before its figure ("" when the figure's text is not found in it)."""
    text = str(row.get("text") or "")
    sentence = str(row.get("sentence") or "")
    at = sentence.find(text) if text else -1
    return sentence[:at] if at >= 0 else ""


def penalty_role(row: Mapping[str, object], measure: str) -> str:
    """The role of a figure of years or money in a court story; "" where it has none.

    ``row`` is a claims-table row (predicate, quantity_of, text, sentence,
    attributed_to); ``measure`` the facet's measure. An ask carries the side
    that made it where the sentence names one: ``asked:prosecution``.

    >>> row = {"predicate": "sought", "text": "eight years", "sentence": "Prosecutors sought 12 years, while the defence sought eight years."}
    >>> penalty_role(row, "duration")
    'asked:defence'
    >>> penalty_role({"predicate": "jail", "text": "up to 15 years", "sentence": "He could have been jailed for up to 15 years."}, "duration")
    'maximum'
    >>> penalty_role({"predicate": "jail", "text": "11 years", "sentence": "He was jailed for 11 years."}, "duration")
    'imposed'
    """
    if measure != "duration" and not measure.startswith("money"):
        return ""
    predicate = str(row.get("predicate") or "").lower()
    text = str(row.get("text") or "")
    before = _before(row)
    of = str(row.get("quantity_of") or "")
    asked_before = bool(_ASKED_BEFORE.search(before[-_ASK_REACH:]))
    if predicate in _ASKS or (asked_before and (measure == "duration" or _FINE_WORDS.search(of))):
        # "his lawyers asked for a sentence of six years", "urged the judge to impose a head sentence of no less than
        # 10 years", "Corr should be jailed for no less than 10 years, prosecutors say": the words before the figure ask
        side = _side(before) or _side(str(row.get("attributed_to") or ""))
        return f"{ASKED}:{side}" if side else ASKED
    if measure == "duration":
        told_as_penalty = predicate in _JAILED or bool(_JAIL_WORDS.search(of))
    else:
        told_as_penalty = predicate in _FINED or bool(_FINE_WORDS.search(of))
    if predicate in _THREATS and (told_as_penalty or measure == "duration"):
        # "faces 20 years" risks years of jail; "the firm faces $2m in costs" risks no penalty
        return MAXIMUM
    if told_as_penalty:
        return MAXIMUM if _told_as_most(text, before) else IMPOSED
    return ""


def may_have_role(row: Mapping[str, object]) -> bool:
    """Could :func:`penalty_role` give the row a role: does its predicate or what it is of name a penalty or an ask?"""
    predicate = str(row.get("predicate") or "").lower()
    of = str(row.get("quantity_of") or "")
    if predicate in _ROLE_VERBS or _JAIL_WORDS.search(of) or _FINE_WORDS.search(of):
        return True
    sentence = str(row.get("sentence") or "")
    return bool(_REPAID_WORDS.search(sentence) or _ASK_WORDS.search(sentence))


def _told_as_most(text: str, before: str) -> bool:
    """Is the figure told as the most a penalty may be ("up to 15 years", "a maximum penalty of 20 years")?"""
    return bool(_MAXIMUM.search(text) or _MAXIMUM.search(before[-_MAXIMUM_REACH:]))


def _side(text: str) -> str:
    """The side of a trial named last in ``text`` ("prosecution" or "defence"); "" if none.

    The last one named is the one nearest the figure: in "Prosecutors sought 12 years, while the defence
    sought eight", the eight is the defence's. A "district attorney" ends where its "attorney" ends, and is
    the prosecution's.
    """
    ends = {}
    for side, pattern in (("defence", _DEFENCE), ("prosecution", _PROSECUTION)):
        found = [m.end() for m in pattern.finditer(text)]
        if found:
            ends[side] = found[-1]
    if not ends:
        return ""
    return max(ends, key=lambda s: (ends[s], s == "prosecution"))


def roles_apart(a: str, b: str) -> bool:
    """Are two roles two facts: an ask and a sentence, the asks of two sides, money lost and money repaid?

    >>> roles_apart("asked:defence", "asked:prosecution"), roles_apart("asked", "asked:defence")
    (True, False)
    >>> roles_apart("maximum", "imposed"), roles_apart("", "imposed"), roles_apart("lost", "repaid")
    (True, False, True)
    """
    if not a or not b or a == b:
        return False
    role_a, _, side_a = a.partition(":")
    role_b, _, side_b = b.partition(":")
    return role_a != role_b or bool(side_a and side_b)
