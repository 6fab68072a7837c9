"""The interval around a number: ranges, hedges, vague counts and ages by decade.

"between 6,000 and 8,000" and "five to six times" keep low and high and drop
the value; "about 500" is 500 within 10%; "at least 500" is [500, None];
"nearly 300" and "as many as 114,000" are [None, X]; "dozens" is a wide
interval marked vague; "in her 20's" is [20, 29] years.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.figures import SUB_TOKEN, Number, currency_prefix, read_number
from factcmp.extract.lengths import perceived_reach
from factcmp.extract.lexicon import (
    CHANGE_WORDS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    LOOSE_HEDGES,
    MOVEMENT_VERBS,
    VAGUE_COUNTS,
    VAGUE_MAX_WORDS,
)
from factcmp.extract.measures import HYPHENS, counted_noun
from factcmp.extract.numbers import SCALE_AFTER_DIGITS, SCALE_WORDS, mixed_value
from factcmp.extract.raw import RawQuantity, apply_hedge
from factcmp.extract.units import TIME_UNITS, unit_alone, unit_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# how much larger than a change its level must be to tell "grew by 2.3 million to 67.1 million" from a range
_LEVEL_OVER_CHANGE = 3.0
_GLUED_TO = re.compile(r"^to-(\d+(?:\.\d+)?)$", re.I)
_RANGE_JOINERS = frozenset({"-", "\u2013", "\u2014", "to", "or", "through", "and"})
DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE = re.compile(r"^([1-9]0)(?:'?s|’s)?$")
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "mid-": (3, 6), "late": (6, 9)}


def read_decade_age(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    """Read an age known to the decade: "in her 20's", "in their early 30s", "in his mid-forties"."""
    limit = sent.end
    j = i
    part = (0, 9)
    if doc[j].lower_ in _DECADE_PART and j + 1 < limit:
        part = _DECADE_PART[doc[j].lower_]
        j += 1
        if doc[j].text in HYPHENS and j + 1 < limit:
            j += 1
    tok = doc[j]
    decade = DECADE_WORDS.get(tok.lower_)
    end = j + 1
    if decade is None:
        m = _DECADE.match(tok.text)
        if not m:
            return None
        decade = int(m.group(1))
        if tok.text == m.group(1):  # "20" then "'s" as its own token
            if end >= limit or doc[end].text.lower() not in ("'s", "’s", "s"):
                return None
            end += 1
    if i - 1 < sent.start or doc[i - 1].lower_ not in ("his", "her", "their", "its", "your", "my", "our"):
        return None
    lo, hi = decade + part[0], decade + part[1]
    return RawQuantity(
        start=i, end=end, value=None, low=lo, high=hi, qualifier="range", unit="year", num_start=j, num_end=end, is_age=True
    )


def read_range(doc: Doc, q: RawQuantity, sent: Span, blocked: set[int]) -> bool:
    """Widen q over "to 8,000", "-8,000", "and 8,000" (after between), "or 16". True for a score ("2-0")."""
    return _try_range(doc, q, sent, blocked, q.num_end)


def read_range_after_unit(doc: Doc, q: RawQuantity, sent: Span, blocked: set[int]) -> None:
    """Read a range whose ends both carry the unit: "131 mph to 155 mph", "$4.84 and $4.99".

    A rate written after the first end does not hide the second: "from $75 U.S. per barrel to $45.88".
    """
    if not q.unit:
        return
    if q.end > q.num_end:
        _try_range(doc, q, sent, blocked, q.end)
        if q.qualifier == "range":
            return
    k = _after_rate(doc, q.end, sent.end)
    if k > q.end and q.start > sent.start and doc[q.start - 1].lower_ == "from":
        _try_range(doc, q, sent, blocked, k)


def _after_rate(doc: Doc, j: int, limit: int) -> int:
    """Where a rate after a money figure ends ("U.S. per barrel", "a share"); j when there is none."""
    k = j
    if k < limit and doc[k].lower_ in ("u.s.", "us", "u.s"):
        k += 1
    if k + 1 < limit and doc[k].lower_ in ("per", "a", "an") and doc[k + 1].pos_ == "NOUN":
        k += 2
    return k


def _try_range(doc: Doc, q: RawQuantity, sent: Span, blocked: set[int], j: int) -> bool:
    limit = sent.end
    if j + 1 >= limit or q.value is None:
        return False
    if doc[q.num_start].lower_.endswith("fold"):
        return False  # "grew more than sixfold to HK $3.7 billion": a multiplier, then the level reached
    joiner_tok = doc[j]
    joiner = joiner_tok.lower_
    before = doc[q.start - 1].lower_ if q.start > sent.start else ""
    from_i = _from_across_hedge(doc, q.start, sent)
    if from_i >= 0:
        before = "from"  # "from up to 252 miles to 287 miles": the old figure's hedge sits after "from"
    between = before in ("between", "from")
    if joiner not in _RANGE_JOINERS or (joiner == "and" and before != "between") or (joiner == "through" and not between):
        return False
    k = j + 1
    currency, k = currency_prefix(doc, k, limit)
    glued_to = _GLUED_TO.match(doc[k].text) if joiner in HYPHENS and k == j + 1 else None
    if glued_to:
        # "0-to-60-mph": the tokenizer keeps "to" on the second end
        joiner = "to"
        num = Number(k, k + 1, float(glued_to.group(1)))
    else:
        num = read_number(doc, k, limit, blocked, currency or q.unit)
    if num is None or any(t in blocked for t in range(num.start, num.end)):
        return False
    currency = currency or num.currency
    if currency and q.unit and currency != q.unit:
        return False
    lo, hi = q.value, num.value
    # "2 to 3 million": the scale word written once applies to both ends
    tail = [t.lower_ for t in doc[num.start : num.end]]
    if hi >= 1000 and lo < hi / 100 and any(w in SCALE_WORDS or w in SCALE_AFTER_DIGITS for w in tail[1:]):
        scaled = lo * (hi / (mixed_value([doc[num.start].text]) or hi))
        if scaled < hi:  # "from $200 to $4 million" keeps its 200
            lo = scaled
    glued_dash = joiner in ("-", "\u2013") and not doc[j - 1].whitespace_ and not joiner_tok.whitespace_
    if (
        lo >= hi
        and glued_dash
        and joiner == "-"
        and not q.unit
        and not num.unit
        and not between
        and lo == int(lo)
        and hi == int(hi)
    ):
        q.end = num.end
        return True  # "2-0", "9-2", "89-89": a score
    second_unit, unit_end = _unit_at(doc, num.end, limit)
    second_unit = second_unit or num.unit
    if second_unit and q.unit and second_unit != q.unit and not (currency and second_unit == currency):
        return False  # "10 per cent to 18.97 yuan": two figures, not a range
    if joiner == "or" and not (lo < hi <= lo + max(1.0, lo / 2)):
        return False
    changed = before in CHANGE_WORDS or (q.start - 2 >= sent.start and doc[q.start - 2].lower_ in CHANGE_WORDS)
    if joiner == "to" and not between and changed and (q.unit or currency or hi > _LEVEL_OVER_CHANGE * lo):
        # "down $4.23 to $32.53", "rose 6.5% to 164p", "grew by 2.3 million to 67.1 million": a change and a
        # level, not a range ("rise by 2 to 3 percent" is one)
        return False
    if joiner == "to" and before == "from" and not (q.unit or currency or second_unit) and _count_moved(doc, q, sent):
        # "the toll rose from 12 to 17", "raised the number of injured from six to nine": a count's earlier level
        # and its level now, never "somewhere between 12 and 17"; the claim is the level now (the earlier one
        # was the claim of the reports before)
        q.start, q.num_start, q.num_end, q.end = num.start, num.start, num.end, num.end
        q.value = q.low = q.high = num.value
        q.qualifier = "exact"
        return False
    # "the rate dropped from 3.9% to 3.7%" is read as one interval [3.7, 3.9], not as two figures:
    # two figures about one thing would look like two sources disagreeing, while the interval
    # agrees with either end; NewsQuant annotates such movements the same way
    if lo > hi:
        if before != "from":
            return False
        lo, hi = hi, lo
    if lo == hi:
        return False
    if between:
        q.start = from_i if from_i >= 0 else q.start - 1
    q.low, q.high, q.value, q.qualifier = lo, hi, None, "range"
    q.end = q.num_end = num.end
    if q.unit and second_unit == q.unit and unit_end > num.end and not q.unit_glued:
        q.end = unit_end  # "from 1 per cent to 1.5 per cent": the unit written twice
    if num.unit and not q.unit:
        q.unit, q.unit_glued = num.unit, True
    if currency and not q.unit:
        q.unit = currency
    return False


def _count_moved(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """Is "from X to Y" where a count moved: its "from" hangs on a verb of change ("rose", "went up", "raised")?

    Only counts: a rate or a price that "dropped from 3.9% to 3.7%" stays one interval, as the quantity
    benchmarks annotate it.
    """
    k = q.start - 1
    if k < sent.start or doc[k].lower_ != "from":
        return False
    head = doc[k].head
    for _ in range(3):
        if head.lower_ in MOVEMENT_VERBS and head.pos_ in ("VERB", "AUX"):
            return True
        if head.head.i == head.i or head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return False


_FROM_HEDGES = (("up", "to"), ("about",), ("around",), ("roughly",), ("nearly",), ("almost",), ("just",), ("some",))


def _from_across_hedge(doc: Doc, start: int, sent: Span) -> int:
    """The "from" right before a hedge that sits right before token start ("from up to 252"), or -1."""
    # token by token, "from" first: a slice per hedge made a Span and its Tokens each time (a sixth of the
    # claims component's time on news sentences)
    for hedge in _FROM_HEDGES:
        k = start - len(hedge)
        if k - 1 < sent.start or doc[k - 1].lower_ != "from":
            continue
        if all(doc[k + n].lower_ == word for n, word in enumerate(hedge)):
            return k - 1
    return -1


def _unit_at(doc: Doc, j: int, limit: int) -> tuple[str, int]:
    """The unit written at token j, if any ("%", "per cent", "yuan", "km"), and where it ends."""
    if j >= limit:
        return "", j
    if doc[j].text in HYPHENS and not doc[j].whitespace_ and not doc[j - 1].whitespace_ and j + 1 < limit:
        unit = unit_alone(doc[j + 1].text)  # "7- or 8-inch": the unit joined to the second end
        if unit:
            return unit, j + 2
    unit, n = unit_phrase([t.lower_ for t in doc[j : min(limit, j + 3)]])
    if unit:
        return unit, j + n
    unit = unit_alone(doc[j].text)
    return unit, j + 1 if unit else j


# a figure told against another one, as its better estimate: "closer to 3,500" (than the official 3,000)
_COMPARED_HEDGES = (("closer to", "approximate"), ("nearer to", "approximate"), ("nearer", "approximate"))
_HEDGES = tuple(sorted((*HEDGES_BEFORE, *_COMPARED_HEDGES), key=lambda p: -len(p[0].split())))


def read_hedge(doc: Doc, q: RawQuantity, sent: Span) -> None:
    """Widen q over a hedge before it ("about", "at least", "as many as") and set its interval."""
    if q.qualifier == "range":
        return
    if SUB_TOKEN.match(doc[q.num_start].text):
        apply_hedge(q, "at_most")  # "sub-7 nanometer": under 7
        return
    start = q.start
    # "under age 25", "aged about 30": the unit word may sit between hedge and number
    if start - 1 > sent.start and doc[start - 1].lower_ in ("age", "aged", "ages"):
        start -= 1
    before = [t.lower_ for t in doc[max(sent.start, start - 5) : start]]
    doubled = bool(before) and before[-1] in ("a", "an") and doc[q.num_start].lower_ in ("a", "an")
    if doubled:
        before = before[:-1]
    for phrase, qualifier in _HEDGES:
        words = phrase.split()
        if before[-len(words) :] != words:
            continue
        hedge_start = start - len(words) - int(doubled)
        if phrase in LOOSE_HEDGES and hedge_start > sent.start and _loose_hedge_is_preposition(doc, hedge_start, q):
            return
        q.start = hedge_start
        if phrase in _REACH_HEDGES and perceived_reach(doc, sent, q):
            apply_hedge(q, "exact")  # "The tremor was felt as far as 120 miles away": the farthest point, no bound
            return
        apply_hedge(q, qualifier)
        return


# hedges that give the farthest point a thing was perceived at ("felt up to 80 miles away"), not an upper bound
_REACH_HEDGES = frozenset({"as far as", "up to"})


def _loose_hedge_is_preposition(doc: Doc, h: int, q: RawQuantity) -> bool:
    # "argued over 5 issues", "ran over 2 people": a verb's particle, not a hedge
    prev: Token = doc[h - 1]
    return (
        prev.pos_ == "VERB"
        and doc[h].lower_ in ("over", "under", "within")
        and prev.lower_ not in CHANGE_WORDS
        and prev.lower_
        not in (
            "killed",
            "injured",
            "wounded",
            "displaced",
            "affected",
            "kill",
            "injure",
            "raised",
            "spent",
            "paid",
            "lasted",
            "reached",
            "hit",
            "killing",
            "injuring",
            "topped",
            "drew",
            "attracted",
            "stole",
            "seized",
        )
    )


def read_hedge_after(doc: Doc, q: RawQuantity, sent: Span) -> None:
    """Widen q over a hedge after it ("or more", "or so", "plus")."""
    if q.qualifier != "exact":
        return
    words = [t.lower_ for t in doc[q.end : min(sent.end, q.end + 3)]]
    if words[:2] in (["-", "plus"], ["\u2010", "plus"], ["\u2011", "plus"]) and not doc[q.end - 1].whitespace_:
        # "100-plus people", "a 40-plus crowd": at least the figure, as "100 or more" is
        q.end += 2
        apply_hedge(q, "at_least")
        return
    for phrase, qualifier in HEDGES_AFTER.items():
        ws = phrase.split()
        if words[: len(ws)] == ws:
            if phrase in ("at least", "at most", "plus") and len(words) > len(ws) and doc[q.end + len(ws)].like_num:
                return  # "5 at least 6"? "5 plus 3": arithmetic, not a hedge
            q.end += len(ws)
            apply_hedge(q, qualifier)
            if ws[-1] in ("older", "younger") and not q.unit:
                q.unit, q.is_age = "year", True  # "people 65 and older"
            return


def read_vague(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    """Read a vague count starting at token i ("dozens of villagers", "several days"), or None."""
    limit = sent.end
    for length in range(VAGUE_MAX_WORDS, 0, -1):
        if i + length > limit:
            continue
        words = " ".join(t.lower_ for t in doc[i : i + length])
        if words not in VAGUE_COUNTS:
            continue
        end = i + length
        nxt = doc[end] if end < limit else None
        if words.endswith(" of") and nxt is None:
            continue
        before = " ".join(t.lower_ for t in doc[max(sent.start, i - 3) : i])
        if re.search(r"\bone of(?: (?:just|only|the))?$", before):
            return None
        if not _vague_stands(doc, i, end, words, nxt):
            continue
        lo, hi = VAGUE_COUNTS[words]
        q = RawQuantity(
            start=i, end=end, value=None, low=lo, high=hi, qualifier="vague", unit="", vague=True, num_start=i, num_end=end
        )
        _vague_object(doc, q, limit)
        return q
    return None


def _vague_stands(doc: Doc, i: int, end: int, words: str, nxt: Token | None) -> bool:
    if words in ("a couple", "several", "a few", "a handful"):
        # "a couple" is also two people married; "several"/"a few" need something counted
        if nxt is None or not (
            nxt.pos_ in ("NOUN", "ADJ", "PROPN") or nxt.lower_ in ("of", "more", "other", "hundred", "thousand", "dozen")
        ):
            return False
        if words == "a couple" and nxt.lower_ != "of" and nxt.tag_ != "NNS":
            return False
    if nxt is not None and nxt.text in HYPHENS:
        return False
    return not (nxt is not None and nxt.lower_ in ("times", "time", "ways", "things", "occasions", "reasons", "questions"))


def _vague_object(doc: Doc, q: RawQuantity, limit: int) -> None:
    """What a vague count counts, and its unit: "dozens of villagers", "several days", "millions of dollars"."""
    j = q.end
    if j < limit and doc[j].lower_ in ("more", "other", "additional"):
        q.end = j = j + 1
    if j < limit and doc[j].lower_ == "of":
        k = j + 1
        while (
            k < min(limit, j + 4)
            and doc[k].pos_ in ("DET", "ADJ", "NUM")
            and doc[k].lower_ not in ("the", "these", "those", "them")
        ):
            k += 1
        if k < limit and doc[k].lower_ in ("the", "them", "those", "these", "us", "you", "which", "whom"):
            return  # "dozens of the victims": a part of a known whole
        unit = unit_alone(doc[k].text) if k < limit else ""
        if unit:
            q.unit, q.end = unit, k + 1
            return
        if k < limit and doc[k].pos_ in ("NOUN", "PROPN"):
            # "thousands of National Guard troops": the head of the compound run is what is counted
            while k + 1 < min(limit, j + 7) and doc[k].dep_ == "compound" and doc[k + 1].pos_ in ("NOUN", "PROPN"):
                k += 1
            q.noun_i, q.end = k, k + 1
        return
    if j < limit:
        unit = unit_alone(doc[j].text)
        if unit and (unit in TIME_UNITS or unit not in ("m",)):
            q.unit, q.end = unit, j + 1
            return
        q.noun_i = counted_noun(doc, q, limit) if doc[j].pos_ in ("NOUN", "ADJ", "PROPN") else -1
