"""The object an amount of money is the value of: "a $2.5 million *necklace*", "a *necklace* worth £1.2m".

Two amounts of different objects are two facts; collective words ("jewelry", "booty", "heist") name no
object, since outlets call one haul by many of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from factcmp.extract.lexicon import MARKET_WORDS, REQUEST_VERBS, VALUABLE_OBJECTS
from factcmp.extract.unit_tables import (
    DOLLAR_ADJECTIVES,
    DOLLAR_COUNTRIES,
    DOLLAR_DOMAINS,
    DOLLAR_PLACES,
    US_DOLLAR_WIRES,
    US_PLACES,
    US_STATE_CODES,
)
from factcmp.extract.units import unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


# --- the dollar a bare "$" is -------------------------------------------------------------------------------------

#: ``doc.user_data`` key of the article's own dollar ('' for the US dollar); a headline parsed alone is given its
#: article's (headlines.reparsed_headline)
LOCAL_DOLLAR = "factcmp_local_dollar"


def _names(alternatives: str) -> re.Pattern[str]:
    # as written or in a dateline's capitals ("SINGAPORE -"), a whole name ("Singaporean" is not "Singapore")
    return re.compile(rf"(?<![\w.])(?:{alternatives}|{alternatives.upper()})(?!\w)")


_DOLLAR_PLACE_NAMES = {code: _names(names) for code, names in DOLLAR_PLACES.items()}
_US_PLACE_NAMES = _names(US_PLACES)
_NUMBER = r"\d[\d,.]*(?:\s*(?:million|billion|mln|bln|m|bn))?\s+"
_WRITTEN_OUT: dict[str, re.Pattern[str]] = {
    code: re.compile(
        "|".join(
            [rf"(?<![\w$]){re.escape(k.upper())}\s?\$?\s?\d" for k, v in DOLLAR_COUNTRIES.items() if v == code and k]
            + [rf"(?<![\w$]){re.escape(code)}\s?\d", rf"{_NUMBER}(?:{adjective})\s+dollars?\b"]
        )
    )
    for code, adjective in DOLLAR_ADJECTIVES.items()
}
# a dateline opening a line: the city in capitals, perhaps its region, the date and the agency, then a dash or colon
# ("SINGAPORE -", "KAMLOOPS, B.C. —", "SINGAPORE, Nov 24 (Reuters) -", "BRISTOL, TN (WJHL)- ")
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*(?P<region>[A-Z][\w.' ]{0,30}?))?"
    r"(?:\s*\((?P<agency>[^)\n]{1,40})\))?\s*(?:[\u2014\u2013:]|-{1,2})\s",
    re.MULTILINE,
)
_DATELINE_LINES = 12  # a dateline opens the body, after the headline and the byline
_DOMAIN = re.compile(r"(?<![a-z0-9-])(?:[a-z0-9-]+\.)+(?P<tld>[a-z]{2})(?![a-z0-9.-])")


def local_dollar(doc: Doc) -> str:
    """The dollar a bare "$" of this article is when it is not the US dollar ("SGD", "CAD"), else ''.

    A paper of Singapore, Canada or Australia writes its own dollar "$" and the US dollar "US$"; a wire agency writes
    the US dollar "$" from anywhere, and a writer who marks the local dollar ("S$12.4 million", "C$6") keeps "$"
    for the US dollar.
    """
    found = doc.user_data.get(LOCAL_DOLLAR)
    if found is None:
        found = doc.user_data[LOCAL_DOLLAR] = dollar_of_text(doc.text, _outlet(doc))
    return found


def _outlet(doc: Doc) -> str:
    """The article's name as the pipeline knows it: a file named "05_outlet.com.sg_2023-11-24" tells its outlet."""
    return str(doc._.factcmp_doc_id or "") if Doc.has_extension("factcmp_doc_id") else ""


def dollar_of_text(text: str, outlet: str = "") -> str:
    """The local dollar of an article's text: by its dateline, else its outlet's country domain, else its places.

    >>> dollar_of_text("SINGAPORE - A clerk who took $3.2 million was convicted."), dollar_of_text("DALLAS - $3 million")
    ('SGD', '')
    >>> dollar_of_text("SINGAPORE, Nov 24 (Reuters) - A clerk who took S$3.2 million ($2.4 million) was convicted.")
    ''
    >>> dollar_of_text("The clerk took $3.2 million.", "02_straits.com.sg_2023-11-20")
    'SGD'
    """
    code = _dollar_of_dateline(text)
    if code is None:
        m = _DOMAIN.search(outlet.lower())
        code = DOLLAR_DOMAINS.get(m.group("tld"), "") if m else ""
    if not code and code is not None:
        code = _dollar_of_places(text)
    if code and _WRITTEN_OUT[code].search(text):
        return ""  # "S$12.4 million ($9.2 million)": the writer marks the local dollar, so "$" is the US one
    return code or ""


def _dollar_of_dateline(text: str) -> str | None:
    """The dollar of the place a dateline names: a code, '' for the US or a wire, None for no dateline we can read."""
    head = "\n".join(text.split("\n", _DATELINE_LINES)[:_DATELINE_LINES])
    m = _DATELINE.search(head)
    if m is None:
        return None
    agency = (m.group("agency") or "").strip().lower()
    if agency in US_DOLLAR_WIRES:
        return ""
    region = (m.group("region") or "").strip()
    for place in (region, m.group("city")):
        if not place:
            continue
        for code, names in _DOLLAR_PLACE_NAMES.items():
            if names.fullmatch(place):
                return code
        if place in US_STATE_CODES or _US_PLACE_NAMES.fullmatch(place):
            return ""
    return None


_PLACES_NEEDED = 2  # one name may be a visitor's home ("a man from Toronto"); the scene is named again


def _dollar_of_places(text: str) -> str:
    """The dollar country the text names most, at least twice and more often than the United States, else ''."""
    counts = sorted(((len(p.findall(text)), code) for code, p in _DOLLAR_PLACE_NAMES.items()), reverse=True)
    (best, code), (second, _) = counts[0], counts[1]
    if best < _PLACES_NEEDED or best == second or best <= len(_US_PLACE_NAMES.findall(text)):
        return ""
    return code


# what the world prices in US dollars wherever it is told: "$52 a barrel", "$1,800 an ounce"
_PRICED_IN_US_DOLLARS = frozenset({"barrel", "barrels", "ounce", "ounces", "oz", "bushel", "bushels"})
_US_WORDS = frozenset({"us", "u.s.", "american", "united", "states"})


def localise_dollars(doc: Doc, found: list[RawQuantity]) -> None:
    """Read the bare "$", "dollars" and "cents" of an article of a dollar country as that country's dollar.

    "SINGAPORE - A former accountant who took $3.2 million" is 3.2 million Singapore dollars; "US$", "U.S. dollars"
    and a price of oil or gold ("$52 a barrel") stay US dollars.
    """
    code = ""
    for q in found:
        if q.unit != "USD" or not _bare_dollar(doc, q):
            continue
        code = code or local_dollar(doc)
        if not code:
            return
        q.unit = code


def _bare_dollar(doc: Doc, q: RawQuantity) -> bool:
    """Is an amount in US dollars written with a bare "$", "dollars" or "cents", no country named with it?"""
    for k in range(q.start, q.end):
        text = doc[k].text
        if "$" in text:
            # country letters read with the sign are inside the amount ("US$", "US $"); "A $3 million" is the article
            named = k > q.start and doc[k - 1].lower_ in DOLLAR_COUNTRIES
            bare = (text == "$" or (text[0] == "$" and text[1:2].isdigit())) and not named
            break
        if doc[k].lower_ in ("dollar", "dollars", "cent", "cents"):
            bare = doc[k - 1].lower_ not in _US_WORDS  # "U.S. dollars", "American dollars"
            break
    else:
        return False
    return bare and not _priced_in_us_dollars(doc, q)


def _priced_in_us_dollars(doc: Doc, q: RawQuantity) -> bool:
    words = [t.lower_ for t in doc[q.end : q.end + 3]]
    return bool(words[:1]) and words[0] in ("a", "an", "per") and any(w in _PRICED_IN_US_DOLLARS for w in words[1:])
