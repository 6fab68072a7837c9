"""Finding numeric claims in a parsed sentence: number, range, hedge, unit.

The scanner walks spaCy tokens. It leaves out what :mod:`factcmp.extract.notclaims`
marks (dates, clock times, phones, addresses, labels), reads each number
phrase with :mod:`factcmp.extract.figures`, widens it to the range and hedge
around it (:mod:`factcmp.extract.intervals`), finds its unit with
:mod:`factcmp.extract.measures` and leaves what is counted to
:mod:`factcmp.extract.context`.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from factcmp.extract.agents import DOER_NOUNS
from factcmp.extract.asides import is_aside
from factcmp.extract.calibres import may_be_calibre, read_calibre
from factcmp.extract.events import among_event, succumbed
from factcmp.extract.figures import FOLDS, currency_prefix, read_number
from factcmp.extract.intervals import (
    DECADE_WORDS,
    read_decade_age,
    read_hedge,
    read_hedge_after,
    read_range,
    read_range_after_unit,
    read_vague,
)
from factcmp.extract.lexicon import (
    AMOUNT_OF_NOUNS,
    CHANGE_WORDS,
    EVENT_COUNT_NOUNS,
    EVENT_WORDS,
    HEDGES_BEFORE,
    HUMAN_EVENTS,
    PEOPLE_NOUNS,
    RESTATEMENT_NOUNS,
    VAGUE_COUNTS,
    YEAR_QUALIFIED_NOUNS,
)
from factcmp.extract.measures import HYPHENS, age_measure, apposition_age, counted_noun, read_unit
from factcmp.extract.money import localise_dollars
from factcmp.extract.notclaims import (
    blocked_tokens,
    is_house_number,
    is_label_number,
    is_one_idiom,
    is_word_number_name,
    is_year,
)
from factcmp.extract.numbers import FRACTIONS, NUMBER_WORDS, SCALE_WORDS, UNICODE_FRACTIONS
from factcmp.extract.ordinals import ORDINAL_WORDS, read_ordinal
from factcmp.extract.parts import read_part
from factcmp.extract.raw import APPROX_TOLERANCE, RawQuantity, apply_hedge, tidy
from factcmp.extract.unit_tables import CURRENCIES, SUBUNITS, UNIT_PHRASE_MAX
from factcmp.extract.units import TIME_UNITS, currency_of_symbol, unit_of_word, unit_phrase
from factcmp.extract.zeros import ZERO_STARTS, read_zeros

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["APPROX_TOLERANCE", "RawQuantity", "apply_hedge", "hyphenated_with_noun", "scan_sentence"]


def scan_sentence(doc: Doc, sent: Span, *, include_restatements: bool = False) -> list[RawQuantity]:
    """Return the quantity phrases of one sentence, left to right, not overlapping.

    Args:
        doc: a parsed Doc (tags, dependencies and entities are read).
        sent: one of its sentences.
        include_restatements: also return figures that only name a figure
            given before ("the 8,000 figure") and the amounts of :mod:`factcmp.extract.asides`
            ("the two countries"); a comparison leaves them out, a listing of amounts keeps them.
    """
    # the claims component and extract_quantities both scan each sentence: read it once per Doc
    per_doc = _SCANS.get(doc)
    if per_doc is None:
        per_doc = _SCANS[doc] = {}
    found = per_doc.get((sent.start, sent.end))
    if found is None:
        found = per_doc[(sent.start, sent.end)] = _scan(doc, sent)
    return found if include_restatements else [q for q in found if not (q.restates or q.aside)]


_SCANS: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], list[RawQuantity]]] = weakref.WeakKeyDictionary()


def _scan(doc: Doc, sent: Span) -> list[RawQuantity]:
    if len(sent) <= 3 and not any(t.is_alpha for t in sent):
        return []  # a line that is only a number: page furniture ("3", "1/5")
    blocked = blocked_tokens(doc, sent)
    found: list[RawQuantity] = []
    i = sent.start
    while i < sent.end:
        if i in blocked or not _may_start(doc[i]):
            i += 1
            continue
        zeros = read_zeros(doc, i, sent) if doc[i].lower_ in ZERO_STARTS else []
        if zeros:
            found.extend(zeros)
            i = max(zeros[0].end, i + 1)
            continue
        q = (
            _ordinal_toll(doc, i, sent)
            or _one_among(doc, i, sent)
            or read_ordinal(doc, i, sent)
            or read_part(doc, i, sent, blocked)
            or (read_calibre(doc, i, sent, blocked) if may_be_calibre(doc, i, sent) else None)
            or read_decade_age(doc, i, sent)
            or read_vague(doc, i, sent)
            or _read_quantity(doc, i, sent, blocked)
        )
        if q is None:
            i += 1
            continue
        if q.value is not None or q.low is not None or q.high is not None or q.vague:
            q.aside = is_aside(doc, q, sent)
            found.append(q)
        i = max(q.end, i + 1)
    found.sort(key=lambda q: q.start)  # a zero's joined event ("killed *or injured*") may lie past later figures
    # before the units are carried and the conversions folded: "$12.4m (US$9.2m)" in Singapore is two currencies
    localise_dollars(doc, found)
    _carry_units(doc, found, sent)
    return _fold_unit_pairs(doc, found)


_STARTERS = frozenset(
    {w.split()[0] for w in VAGUE_COUNTS}
    | NUMBER_WORDS
    | set(FRACTIONS)
    | set(DECADE_WORDS)
    | ZERO_STARTS
    | set(ORDINAL_WORDS)
    | {w + "fold" for w in FOLDS}  # "grew more than sixfold": read_number reads the multiplier
    | {
        "early",
        "mid",
        "late",
        "mid-",
        "a",
        "an",
        "half",
        "minus",
        "us",
        "u.s.",
        "hk",
        "c",
        "au",
        "nz",
        "s",
        "nt",
        "ca",
        "cdn",
        "rs",
        "rs.",
        "usd",
        "eur",
        "gbp",
        "chf",
    }
)
_DIGIT = re.compile(r"\d")


_ORDINAL_TOLL_MAX = 20
_ORDINAL_DETERMINERS = frozenset({"a", "an", "the"})


def _ordinal_toll(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    """A toll told by its last death: "A fourth person has died", "A third victim ... died", "the second officer died".

    The ordinal of the person whose death the sentence tells is how many have died in all: four people killed,
    a total and no increment. Only a person noun that is the subject of a verb of dying ("died", "was killed"),
    so "the second victim was identified as" and "a second shooter" stay no claim.
    """
    tok = doc[i]
    value = ORDINAL_WORDS.get(tok.lower_)
    if value is None or not 2 <= value <= _ORDINAL_TOLL_MAX or i == sent.start:
        return None
    if doc[i - 1].lower_ not in _ORDINAL_DETERMINERS or i + 1 >= sent.end:
        return None
    noun = doc[i + 1]
    if noun.lower_ not in PEOPLE_NOUNS or noun.tag_ not in ("NN", "NNP") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if noun.lower_ in DOER_NOUNS:
        return None  # "a second gunman was killed": the doers are no toll of their victims
    if not (EVENT_WORDS.get(verb.lower_) == "killed" or succumbed(verb)) or verb.pos_ != "VERB":
        return None  # "A second victim succumbed to his injuries" is the toll as "A fourth person has died" is
    return RawQuantity(
        start=i - 1,
        end=i + 2,
        value=float(value),
        low=float(value),
        high=float(value),
        qualifier="exact",
        unit="person",
        num_start=i,
        num_end=i + 1,
        noun_i=i + 1,
    )


def _counted_clause(including: Token, sent: Span) -> bool:
    """Does the clause an "including" is in count its subject or object: "*Eleven people* were injured ..."?

    "Eleven people were injured in Monday's explosion, including a firefighter": the parser hangs the "including"
    on the nearest noun ("attack"), whose words count nothing; the clause's subject does.
    """
    verb = including.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb or not (sent.start <= verb.head.i < sent.end):
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < including.i and any(g.like_num for g in c.children)
        for c in verb.children
    )


def _one_among(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    """One person "among the dead/wounded" or "including" counts: "A police officer was among the wounded".

    The member is one of the toll's people, as "One police officer was among the wounded" and "17 children
    were among the dead" are counts of theirs; the article is the count. Only a singular people word (not a doer:
    "a gunman was among the dead" is no victim) that is the subject of "was"/"is" with such an "among", and
    only plain words between the article and the noun ("A 15-year-old boy" keeps its age, read on its own).
    """
    if doc[i].lower_ not in ("a", "an"):
        return None
    noun = doc[i].head
    if not (i < noun.i <= i + 4 and noun.i < sent.end) or noun.tag_ != "NN":
        return None
    if noun.lower_ not in PEOPLE_NOUNS or noun.lower_ in DOER_NOUNS:
        return None
    if any(not t.is_alpha or t.dep_ not in ("compound", "amod") for t in doc[i + 1 : noun.i]):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "including":
        # "killed three people, including a police officer": one of a set a figure counts, as "including one
        # police officer" is (the set's act is read for it); "items were stolen, including a laptop" counts nothing
        if not any(t.like_num and t.i < head.i for t in head.head.subtree) and not _counted_clause(head, sent):
            return None
    elif noun.dep_ != "nsubj" or head.lower_ not in ("was", "is") or among_event(head) is None:
        return None
    return RawQuantity(
        start=i,
        end=noun.i + 1,
        value=1.0,
        low=1.0,
        high=1.0,
        qualifier="exact",
        unit="person",
        num_start=i,
        num_end=i + 1,
        noun_i=noun.i,
    )


def _may_start(tok: Token) -> bool:
    """Can a quantity start at this token? A cheap test before the real reading."""
    return (
        tok.lower_ in _STARTERS
        or tok.text in CURRENCIES
        or bool(_DIGIT.search(tok.text))
        or bool(currency_of_symbol(tok.text))
        or tok.text in UNICODE_FRACTIONS
    )


def _read_quantity(doc: Doc, i: int, sent: Span, blocked: set[int]) -> RawQuantity | None:
    limit = sent.end
    s = i
    currency, k = currency_prefix(doc, i, limit)
    negative = False
    if currency == "" and doc[i].lower_ == "minus":
        negative = True
        k = i + 2 if i + 1 < limit and doc[i + 1].text in HYPHENS else i + 1
    num = read_number(doc, k, limit, blocked, currency)
    if num is None:
        if k == i:
            return _indefinite_unit(doc, i, sent)
        return None
    if any(t in blocked for t in range(num.start, num.end)):
        return None
    if negative:
        num.value = -num.value
    currency = num.currency or currency
    q = RawQuantity(
        start=s,
        end=num.end,
        value=num.value,
        low=num.value,
        high=num.value,
        qualifier="exact",
        unit=currency or num.unit,
        num_start=num.start,
        num_end=num.end,
        unit_glued=bool(num.unit) and not currency,
    )
    if _not_a_claim(doc, q, sent, blocked):
        return None
    score = read_range(doc, q, sent, blocked)
    if score:
        return RawQuantity(start=s, end=q.end, value=None, low=None, high=None, qualifier="", unit="", num_start=s, num_end=q.end)
    _read_proportion(doc, q, sent, blocked)
    read_unit(doc, q, sent)
    if not q.unit and _is_fraction_words(doc, q):
        q.unit = "count"  # "a third of adults", "half the municipality": a share, whatever is shared
    if q.qualifier != "range":
        read_range_after_unit(doc, q, sent, blocked)
    if not q.unit and not q.is_age and apposition_age(doc, q, sent):
        q.unit, q.is_age = "year", True
    read_hedge(doc, q, sent)
    if num.approx and q.qualifier == "exact":
        apply_hedge(q, "approximate")
    read_hedge_after(doc, q, sent)
    if q.noun_i < 0 and not q.unit:
        q.noun_i = counted_noun(doc, q, limit)
    if q.noun_i < 0 and not q.unit:
        q.noun_i = _noun_after_quote(doc, q, limit)
    if q.noun_i >= 0 and not q.unit and _time_of_telling(doc, q.noun_i, q.num_end):
        q.noun_i = -1  # "The toll rose to 15 yesterday": the day it rose, not what the number counts
    if not q.unit and q.noun_i < 0 and age_measure(doc, q, sent):
        q.unit = "year"  # "life expectancy ... is around 73"
    if not q.unit and q.noun_i < 0 and _is_toll_figure(doc, q, sent):
        q.unit = "person"  # "bringing the death toll to 11"
    if not q.unit and q.noun_i >= 0 and unit_of_word(doc[q.noun_i].text) in TIME_UNITS:
        q.unit = unit_of_word(doc[q.noun_i].text)  # "the two prior months", "three straight days"
    if not q.unit and q.noun_i >= 0 and doc[q.noun_i].lower_ in EVENT_COUNT_NOUNS:
        q.unit = "count"  # "2 shootings", "three shots": events, not the people they hit
    if q.noun_i >= 0 and doc[q.noun_i].lower_ in RESTATEMENT_NOUNS and q.start > sent.start and doc[q.start - 1].lower_ == "the":
        q.restates, q.noun_i = True, -1
    return q


_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


def _noun_after_quote(doc: Doc, q: RawQuantity, limit: int) -> int:
    """The noun a quoted figure counts, written after the quote: 'said "closer to 3,500" people had left'; else -1."""
    k = q.end
    if k + 1 >= limit or doc[k].text not in _CLOSING_QUOTES or q.start == 0:
        return -1
    if doc[q.start - 1].text not in _OPENING_QUOTES:
        return -1  # only a quote that holds the figure and its hedge alone
    noun = doc[k + 1]
    return noun.i if noun.tag_ == "NNS" and noun.is_alpha and not unit_of_word(noun.text) else -1


# words for the day or the part of it a figure was reached in: "rose to 15 yesterday", "arrested 9 last night"
_TIME_OF_TELLING = frozenset({"yesterday", "today", "tonight", "tomorrow"})
_PART_OF_DAY = frozenset({"night", "morning", "afternoon", "evening", "weekend", "overnight"})
_PART_OF_DAY_BEFORE = frozenset({"last", "this", "that", "early", "late"})


def _time_of_telling(doc: Doc, k: int, num_end: int) -> bool:
    """Is the noun after a number the time it was reached, not what it counts ("15 yesterday", "9 last night")?"""
    low = doc[k].lower_
    if low in _TIME_OF_TELLING:
        return k == num_end
    return low in _PART_OF_DAY and k == num_end + 1 and doc[k - 1].lower_ in _PART_OF_DAY_BEFORE


def _is_toll_figure(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """A bare number that a death or casualty toll rises or stands to: "raised the toll to at least 22"."""
    before = doc[max(sent.start, q.start - 20) : q.start]
    if not any(t.lower_ in ("toll", "tally") for t in before):
        return False
    last = before[-1].lower_ if len(before) else ""
    return last in ("to", "at", "is", "was", "stood", "reached", "of", ":")


def _is_fraction_words(doc: Doc, q: RawQuantity) -> bool:
    return q.value is not None and any(t.lower_ in FRACTIONS for t in doc[q.num_start : q.num_end]) and q.value < 1


def _read_proportion(doc: Doc, q: RawQuantity, sent: Span, blocked: set[int]) -> None:
    """Read a share written as two counts: "one out of three", "one in five"."""
    j = q.num_end
    if q.unit or q.value is None or j + 1 >= sent.end:
        return
    if doc[j].lower_ == "out" and j + 2 < sent.end and doc[j + 1].lower_ == "of":
        k = j + 2
    elif doc[j].lower_ == "in" and q.value == int(q.value) and q.value < 10:
        k = j + 1
    else:
        return
    num = read_number(doc, k, sent.end, blocked)
    if num is None or num.unit or num.currency or not (q.value < num.value <= 1000) or num.value != int(num.value):
        return
    if doc[k].like_num and doc[k].text.isdigit() and len(doc[k].text) == 4:
        return  # "two in 2019"
    value = q.value / num.value
    q.value = q.low = q.high = value
    q.end = q.num_end = num.end
    q.unit = "count"


def _not_a_claim(doc: Doc, q: RawQuantity, sent: Span, blocked: set[int]) -> bool:
    s, e = q.num_start, q.num_end
    nxt = doc[e] if e < sent.end else None
    counted_next = nxt is not None and (
        (nxt.tag_ == "NNS" and nxt.ent_type_ != "DATE")
        or (nxt.lower_ in PEOPLE_NOUNS and nxt.lower_.endswith("s"))
        or EVENT_WORDS.get(nxt.lower_, "") in HUMAN_EVENTS
        or bool(unit_of_word(nxt.text))
        or nxt.text in ("%",)
        or bool(unit_phrase([t.lower_ for t in doc[e : min(sent.end, e + 3)]])[0])
    )
    if q.unit and not q.unit_glued:
        counted_next = True  # "$2015" is money, not a year
    prev = doc[s - 1] if s > sent.start else None
    yearish = counted_next or bool(q.unit)
    if (
        yearish
        and prev is not None
        and (prev.tag_ in ("PRP$", "POS") or prev.lower_ in ("the", "this", "that", "its", "last", "next"))
    ):
        yearish = bool(q.unit) or (nxt is not None and nxt.text == "%")  # "Keytruda's 2018 sales", "the 2019 crash"
    if yearish and not q.unit and nxt is not None and nxt.lower_ in YEAR_QUALIFIED_NOUNS:
        yearish = False  # "Keytrudas 2018 sales", apostrophe lost: the year of the sales
    if not yearish and prev is not None and prev.lower_ == "of" and s - 2 >= sent.start and doc[s - 2].lower_ in AMOUNT_OF_NOUNS:
        yearish = True  # "go up by an average of 1500": an amount
    if not yearish and nxt is not None and nxt.lower_ in ("-", "to", "and") and e + 1 < sent.end:
        after = doc[e + 1].text
        yearish = after.isdigit() and not (len(after) in (2, 4) and (len(after) == 2 or after[:2] in ("18", "19", "20")))
    if is_year(doc, s, e, sent, counted_next=yearish):
        return True
    if is_label_number(doc, s, e, sent, counted_next=counted_next) or is_house_number(doc, s, e, sent, counted_next=counted_next):
        return True
    if is_one_idiom(doc, s, e, sent) or is_word_number_name(doc, s, e, sent):
        return True
    # "737-800": the second half of a hyphenated label
    prev_tok = doc[s - 1] if s > sent.start else None
    if (
        prev_tok is not None
        and prev_tok.text in HYPHENS
        and not prev_tok.whitespace_
        and s - 2 >= sent.start
        and not doc[s - 2].whitespace_
        and (doc[s - 2].like_num or (doc[s - 2].is_alpha and doc[s - 2].text.isupper()))
    ):
        return True
    # "24/7", "9/11"-like slashes glue identifiers
    if nxt is not None and nxt.text == "/" and not doc[e - 1].whitespace_:
        after_slash = doc[e + 1] if e + 1 < sent.end else None
        # "100km/hr", "$15.4/hour" are rates; "24/7" and "9/11" are names
        return not (
            q.unit
            and after_slash is not None
            and unit_of_word(after_slash.text) in ("hour", "second", "minute", "day", "week", "month", "year")
        )
    prev = doc[q.start - 1] if q.start > sent.start else None
    return bool(
        prev is not None and prev.text == "/" and not prev.whitespace_ and prev.i > sent.start and doc[prev.i - 1].like_num
    )


def _indefinite_unit(doc: Doc, i: int, sent: Span) -> RawQuantity | None:
    """Read "a"/"an" as one unit: "within a kilometre", "less than a minute", "a day after", "for a week".

    A half of the unit is a measure whatever word comes before it: "half an hour" is 0.5 hour and "an
    hour and a half" 1.5 hours ("half a day", "a year and a half"), not one hour beside a bare half.
    """
    halved = doc[i].lower_ == "half" and i + 2 < sent.end
    a = i + 1 if halved else i
    if doc[a].lower_ not in ("a", "an") or a + 1 >= sent.end:
        return None
    unit = unit_of_word(doc[a + 1].text)
    if not unit or unit in ("USD", "EUR", "GBP", "percent", "magnitude") or (len(unit) == 3 and unit.isupper()):
        return None
    end, value = a + 2, 0.5 if halved else 1.0
    if (
        not halved
        and end + 2 < sent.end
        and doc[end].lower_ == "and"
        and doc[end + 1].lower_ in ("a", "an")
        and doc[end + 2].lower_ == "half"
    ):
        end, value = end + 3, 1.5  # "an hour and a half"
    prev = doc[i - 1].lower_ if i > sent.start else ""
    stop = i
    if prev in ("a", "an") and i - 1 > sent.start:  # "within a a kilometer": a doubled article
        prev = doc[i - 2].lower_
        stop = i - 1
    nxt = doc[end] if end < sent.end else None
    nlow = nxt.lower_ if nxt is not None else ""
    before = " ".join(t.lower_ for t in doc[max(sent.start, stop - 4) : stop])
    hedged = any(before == p or before.endswith(" " + p) for p, _ in HEDGES_BEFORE) or prev == "than"
    timed = unit in TIME_UNITS and (
        prev in ("for", "within", "over", "in") or nlow in ("after", "before", "later", "earlier", "ago")
    )
    if not (hedged or timed or value != 1.0):
        return None
    if nlow in ("day", "week", "month", "year") or (unit in TIME_UNITS and prev in ("once", "twice", "times", "per")):
        return None
    if unit == "second" and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
        return None  # "a second stimulus package": an ordinal
    if nxt is not None and nxt.text in ("-", "\u2010", "\u2011") and not doc[end - 1].whitespace_:
        return None  # "in a second-floor classroom", "a second-hand car": the unit's word opens a compound
    q = RawQuantity(
        start=i, end=end, value=value, low=value, high=value, qualifier="exact", unit=unit, num_start=i, num_end=a + 1
    )
    read_hedge(doc, q, sent)
    return q


# units a bare figure never takes from another: counts of things and people are told by their nouns
_NO_CARRY = frozenset({"", "count", "person", "ordinal"})
# how far apart two figures of one unit may be and still be read as a pair ("2 percent ... by 1")
_PARALLEL_RATIO = 3.0
# ... and when both follow the same word ("climbed to 35,000 feet before descending to 10,000")
_PARALLEL_RATIO_SAME_WORD = 10.0
_LEVEL_BEFORE = frozenset({"to", "at"})
_CHANGE_AFTER = frozenset({"up", "down", "higher", "lower", "off"})
_CLOCK_BEFORE = frozenset({"at", "by", "until", "till", "around", "before", "after", "past"})
_TIME_DETERMINERS = frozenset({"last", "next", "this", "that", "per", "each", "every"})


def _carry_units(doc: Doc, found: list[RawQuantity], sent: Span) -> None:
    """Give a bare figure the unit that the sentence writes once, on the figure it pairs with.

    News leaves the unit out of the second of two figures of one thing: "the
    highest forecast is 84.75 cents, while the lowest is 74.07", "DAX increased
    by 2 percent but Nasdaq decreased by 1", "2,435,000 yen for the manual and
    2,380,000 for the CVT", an index level beside its change in points ("rose
    64.06 points to 4,577.10"). A bare figure (digits, no noun, not a subject:
    "72 were taken to hospital" counts people) takes the unit of the nearest
    figure before it of the same order of magnitude (within a factor of three);
    within ten times when both follow the same word ("climbed to 35,000 feet
    before descending to 10,000"); a level right after its change, in any
    unit but a percentage ("fell by 300,000 barrels per day to 9.5 million");
    a percentage only when both figures follow the same word ("by 2 percent" /
    "by 1") or both a word of change ("rose 1.2 percent ... gained 0.9"), since
    "rose 3% to 4.50" gives a price after a percent change. A level a stock index
    moves to is left bare when no figure in points pairs with it: NewsQuant
    writes it in points as often as bare. An age listed right after an age is
    one too ("children aged 8 and 11").
    """
    donors = [d for d in found if d.unit not in _NO_CARRY and not d.is_age and not d.vague and d.unit != "magnitude"]
    for n, q in enumerate(found):
        if n and found[n - 1].is_age and _listed_after(doc, found[n - 1], q) and _bare_figure(doc, q, sent):
            q.unit, q.is_age = found[n - 1].unit, True  # "children aged 8 and 11"
            continue
        if not donors or not _bare_figure(doc, q, sent):
            continue
        donor = _paired_figure(doc, q, donors, sent)
        if donor is None:
            continue
        factor = _subunit_factor(doc, donor, sent)
        if factor != 1.0:
            q.value = None if q.value is None else tidy(q.value * factor)
            q.low = None if q.low is None else tidy(q.low * factor)
            q.high = None if q.high is None else tidy(q.high * factor)
        q.unit = donor.unit


def _listed_after(doc: Doc, a: RawQuantity, b: RawQuantity) -> bool:
    """Is b listed right after a: "8 and 11", "8, 11"?"""
    return b.start == a.end + 1 and doc[a.end].lower_ in ("and", "or", ",", "&")


def _bare_figure(doc: Doc, q: RawQuantity, sent: Span) -> bool:
    """A figure in digits with nothing that tells its unit: no unit, no counted noun, no age, not a subject."""
    if q.unit or q.noun_i >= 0 or q.vague or q.is_age or q.restates or q.alt is not None:
        return False
    first = doc[q.num_start]
    if not _DIGIT.search(first.text):
        return False
    if q.qualifier != "range" and any(t.lower_ not in SCALE_WORDS for t in doc[q.num_start + 1 : q.num_end]):
        return False  # one token of digits, or digits and a scale word ("9.5 million")
    # the figure ends its phrase: "about 20 decently sized power plants" counts plants
    nxt = doc[q.end] if q.end < sent.end else None
    ends = (
        nxt is None
        or nxt.is_punct
        or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PART")
        or nxt.lower_ in _CHANGE_AFTER
        or nxt.lower_ in _TIME_DETERMINERS  # "2.1 last year"
        or (nxt.pos_ == "ADV" and (q.end + 1 >= sent.end or doc[q.end + 1].is_punct))  # "to 11.5 overnight."
    )
    if not ends or (nxt is not None and nxt.lower_ == "of"):
        return False
    if first.dep_ == "dobj" and first.head.pos_ == "VERB" and EVENT_WORDS.get(first.head.lower_) in HUMAN_EVENTS:
        # "plunged about 50 metres ..., killing at least 12 people and injuring 30": what an act on people
        # befalls is people, whatever unit a figure before it has
        return False
    if _people_tally_level(first):
        # "after 36 hours of searching, bringing the number rescued to 27": the level of a toll of
        # people, never the hours before it
        return False
    return first.dep_ not in ("nsubj", "nsubjpass")


# counts a figure is the level of ("bringing the number rescued to 27"); not "total", which as often sums an amount
_PEOPLE_TALLIES = frozenset({"toll", "tally", "number", "count"})


def _people_tally_level(num: Token) -> bool:
    """Is a figure the "to"/"at" level of a toll of people: "the number rescued to 27", "the toll of injured to 9"?

    The tally is the verb's subject or object ("raising the death toll to 30", "the number of injured rose to 9"),
    or the noun a participle of a human event hangs on ("the number *rescued* to 19"); the tally's own words
    name the human event or people (a participle, an "of" noun, a compound: "death toll", "the number of
    survivors"), or the tally is a bare "toll".
    """
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in ("to", "at"):
        return False
    verb = prep.head
    if EVENT_WORDS.get(verb.lower_) in HUMAN_EVENTS and verb.dep_ == "acl" and verb.head.lower_ in _PEOPLE_TALLIES:
        return True  # "the number rescued to 27"
    for tally in verb.children:
        if tally.dep_ not in ("nsubj", "nsubjpass", "dobj") or tally.lower_ not in _PEOPLE_TALLIES:
            continue
        words = [w for w in tally.subtree if w != tally]
        if tally.lower_ == "toll" or any(EVENT_WORDS.get(w.lower_) in HUMAN_EVENTS or w.lower_ in PEOPLE_NOUNS for w in words):
            return True
    return False


def _written(doc: Doc, q: RawQuantity, sent: Span) -> float | None:
    """The figure as written (before a subunit's scaling: "84.75 cents" is 84.75), or None."""
    v = q.value if q.value is not None else (q.low if q.high is None else q.high if q.low is None else (q.low + q.high) / 2)
    return None if v is None else abs(v) / _subunit_factor(doc, q, sent)


def _subunit_factor(doc: Doc, q: RawQuantity, sent: Span) -> float:
    k = q.num_end
    return SUBUNITS[doc[k].lower_][1] if k < sent.end and doc[k].lower_ in SUBUNITS else 1.0


def _paired_figure(doc: Doc, q: RawQuantity, donors: list[RawQuantity], sent: Span) -> RawQuantity | None:
    v = _written(doc, q, sent)
    if not v:
        return None
    before = doc[q.start - 1].lower_ if q.start > sent.start else ""
    for d in donors:
        # an index level beside its change: "(16369.03 up 58.06 points)"
        if d.unit == "point" and 0 < d.start - q.end <= 1 and doc[q.end].lower_ in _CHANGE_AFTER:
            return d
    for d in sorted((d for d in donors if d.end <= q.start), key=lambda d: -d.end):
        dv = _written(doc, d, sent)
        if not dv:
            continue
        if d.unit == "point" and before in _LEVEL_BEFORE and v > dv:
            return d  # "rose 64.06 points to 4,577.10": the level is in points too
        d_before = doc[d.start - 1].lower_ if d.start > sent.start else ""
        changed = d_before in CHANGE_WORDS or (d.start - 2 >= sent.start and doc[d.start - 2].lower_ in CHANGE_WORDS)
        if before in _LEVEL_BEFORE and d.end == q.start - 1 and d.unit != "percent" and changed:
            return d  # "fell by 300,000 barrels per day to 9.5 million": a change and its level, in one unit
        parallel = d_before == before and before.isalpha()
        if max(v, dv) / min(v, dv) > (_PARALLEL_RATIO_SAME_WORD if parallel else _PARALLEL_RATIO):
            continue
        if d.unit in TIME_UNITS and before in _CLOCK_BEFORE:
            continue  # "lasted 3 hours and ended at 9": a time of day
        if d.unit == "percent" and not parallel and not (d_before in CHANGE_WORDS and before in CHANGE_WORDS):
            continue
        return d
    return None


def _fold_unit_pairs(doc: Doc, found: list[RawQuantity]) -> list[RawQuantity]:
    """Fold "100 kilometres (60 miles)" into one claim: the bracket is a conversion.

    The bracketed quantity is kept in ``alt`` so that :func:`factcmp.extract_quantities`
    can still list it on its own.
    """
    out: list[RawQuantity] = []
    skip = set()
    for n, q in enumerate(found):
        if n in skip:
            continue
        if n + 1 < len(found):
            nxt = found[n + 1]
            gap = doc[q.end : nxt.start].text.strip()
            closing = doc[nxt.end].text if nxt.end < len(doc) else ""
            if gap == "(" and closing == ")" and q.unit and nxt.unit and q.unit not in ("person", "count") and nxt.unit != q.unit:
                q.alt_value = nxt.value if nxt.value is not None else (nxt.high if nxt.high is not None else nxt.low)
                q.alt = nxt
                q.end = nxt.end + 1  # the claim's words include the bracketed conversion
                q.end += _rate_after_conversion(doc, q, nxt)
                q.alt_unit = nxt.unit
                skip.add(n + 1)
        out.append(q)
    return out


def _rate_after_conversion(doc: Doc, q: RawQuantity, alt: RawQuantity) -> int:
    """Read "per hour" written after a bracketed conversion into both units; the words it takes (0 if none).

    "150 kilometres (93 miles) per hour" is 150 km/h and 93 mph, not two distances: the rate is written once,
    after the bracket, for both figures.
    """
    after = [t.lower_ for t in doc[q.end : min(len(doc), q.end + UNIT_PHRASE_MAX)]]
    if not after or after[0] not in ("per", "an", "a", "/"):
        return 0
    k = alt.start - 2  # the unit word before the bracket
    unit, n = unit_phrase([doc[k].lower_, *after]) if k >= q.num_end else ("", 0)
    alt_unit, alt_n = unit_phrase([doc[alt.end - 1].lower_, *after])
    if n < 2 or n != alt_n or unit == q.unit or alt_unit == alt.unit:
        return 0
    q.unit, alt.unit = unit, alt_unit
    return n - 1


def hyphenated_with_noun(q: RawQuantity) -> bool:
    """True for adjectival measures like "three-day blitz" (the noun is the thing measured)."""
    return q.noun_i >= 0 and q.unit in TIME_UNITS
