"""Dates: resolve spaCy DATE spans against the article's publication date.

Only DATE spans are given to dateparser (never free text: it reads bare
numbers as dates). Durations that scope a figure ("in three days of
fighting", "in April") become time windows of the quantities beside them.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.notclaims import retracted_tokens
from factcmp.extract.numbers import words_value
from factcmp.extract.scope import OFFSET, clause_after, is_duration_window, window_key
from factcmp.extract.stays import stated_span

if TYPE_CHECKING:
    from dateparser.date import DateDataParser
    from spacy.tokens import Doc, Span, Token

_MODIFIERS = re.compile(
    r"^(?:on|in|at|by|since|until|from|early|late|earlier|later|mid|the|this|that|last|next|past|"
    r"previous|before|after|around|about|of|and)\b[\s-]*",
    re.I,
)
_DAYPART = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|midday|noon|midnight|hours)\b", re.I)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_PURE_DURATION = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|first|recent|few|several|\d+|[a-z]+(?:-[a-z]+)?)(?:\s+|\s*-\s*))?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)(?:\s*-\s*old|\s+old)?$",
    re.I,
)
# a length of time, hedged or with a fraction: "three and a half hours", "about two years", "nearly 18 months",
# "a few weeks", "a three-and-a-half-hour"; dateparser reads "three" or "two" in them as a month ("March")
_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
_AMOUNT_OF_TIME = re.compile(
    r"^(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|approximately|barely|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|close\s+to|a\s+little\s+(?:over|more\s+than))\s+)*"
    r"(?:a\s+|an\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?|a\s+few|a\s+couple\s+of|half\s+an?)"
    r"(?:[\s-]+and[\s-]+a[\s-]+(?:half|quarter)|\s*[½¼¾])?[\s-]+"
    rf"{_TIME_UNIT}(?:[\s-]+long)?$",
    re.I,
)
# "last year", "last month": the calendar period before the article's, unless "the" makes it a stretch
_LAST_PERIOD = re.compile(r"^last\s+(?:year|month|week)$", re.I)
# days in the units of a duration window key ("2w"); hours make no other day
_DAYS_PER = {"d": 1, "w": 7, "m": 30, "y": 365}
# a resolved date this far before publication belongs to an earlier episode
PAST_EPISODE_DAYS = 14
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
# a TIME span names a day when it holds one: "early Sunday morning", "1:30 a.m. Nov. 27", "earlier today"
_DAY_WORD = re.compile(
    rf"\b(?:{_WEEKDAYS}|{_MONTH_NAMES}\s+\d{{1,2}}|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night)\b",
    re.I,
)
# a part of the day named by its distance from the day of writing: "this morning" is the article's day,
# "last night" the day before
_THIS_DAYPART = re.compile(r"\bthis\s+(?:morning|afternoon|evening)\b", re.I)
_LAST_NIGHT = re.compile(r"\blast\s+night\b", re.I)
# the date inside a span the model drew too wide: "landslides Tuesday", "about 1:30 a.m. Nov. 27"
_DATE_CORE = re.compile(
    rf"\b(?:{_WEEKDAYS}(?:,\s*{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?)?"
    rf"|{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH_NAMES}(?:\s+\d{{4}})?)\b",
    re.I,
)
# a four-digit clock time ("1700 GMT", "0830 hrs", "1430 local time"): the model labels "1700" DATE, and
# dateparser reads it as the year 1700
_ZONES = (
    r"(?:GMT|UTC|Z|Zulu|(?i:hrs|hours|local(?:\s+time)?)|[ECMP][SD]?T|BST|CET|CEST|EAT|WAT|CAT|IST|PKT|AST|WIB|AEST|AEDT|JST|KST)"
)
_CLOCK = re.compile(rf"^(?:[01]\d|2[0-3])[0-5]\d(?:\s*{_ZONES})?$")
_ZONE_WORD = re.compile(rf"^{_ZONES}$")
_NUMBER_ONLY = re.compile(r"^(?:about|around|some|nearly|almost|over|under|at least|more than|less than|\s)*\d{1,3}$", re.I)


@functools.lru_cache(maxsize=256)
def _parser(reference: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    base = datetime.fromisoformat(reference) if reference else datetime(2000, 1, 1)
    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"},
    )


def resolve(text: str, reference: str, *, ahead: bool = False) -> tuple[str, str]:
    """Resolve a date expression against ``reference`` (ISO); return (ISO date, period).

    A bare day or month name is the latest one not after the reference, or with
    ``ahead`` (the sentence tells what is to come: "He is due in court on
    Thursday") the first one not before it; "next Monday" looks ahead anyway.

    >>> resolve("on Sunday", "2015-05-18"), resolve("early Saturday, May 16, 2015", "2015-05-18")
    (('2015-05-17', 'day'), ('2015-05-16', 'day'))
    >>> resolve("last June", "2015-05-18")
    ('2014-06-01', 'month')
    >>> resolve("on Thursday", "2022-10-25", ahead=True), resolve("next Monday", "2022-10-25")
    (('2022-10-27', 'day'), ('2022-10-31', 'day'))
    """
    if not reference:
        return "", ""
    iso, period = _resolve(text, reference)
    # a month is behind only when it ended before the reference's own month began
    behind = iso[:7] < reference[:7] if period == "month" else iso < reference
    if iso and behind and (ahead or _NEXT.search(text)) and not _BACK.search(text):
        return _forward(text, iso, period)
    return iso, period


# "next Monday", "this coming Friday": ahead whatever the tense; "last Monday", "Monday's": behind
_NEXT = re.compile(r"\b(?:next|coming|upcoming)\b", re.I)
_BACK = re.compile(r"\b(?:last|past|previous|earlier|ago)\b|\d", re.I)
_WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAYS}\b", re.I)
_MONTH_WORD = re.compile(rf"\b{_MONTH_NAMES}(?!\S)", re.I)


def _forward(text: str, iso: str, period: str) -> tuple[str, str]:
    """The next occurrence of a bare day or month name dateparser put before the reference."""
    d = date.fromisoformat(iso)
    if period == "day" and _WEEKDAY_WORD.search(text):
        return (d + timedelta(days=7)).isoformat(), period
    if period == "month" and _MONTH_WORD.search(text):
        return d.replace(year=d.year + 1).isoformat(), period
    return iso, period


# The same expressions recur across a cluster's articles, which share a reference date
# ("Sunday", "Saturday, May 16"); dateparser costs about a millisecond a call, the memo
# nothing. The parser settings are fixed in _parser, so (text, reference) is the whole key.
@functools.lru_cache(maxsize=4096)
def _resolve(text: str, reference: str) -> tuple[str, str]:
    parser = _parser(reference)
    ref = date.fromisoformat(reference)
    month_of_year = _month_of_named_year(text, ref)
    if month_of_year:
        return month_of_year
    for candidate in _candidates(text):
        manual = _last_month(candidate, ref)
        if manual:
            return manual
        data = parser.get_date_data(candidate)
        if data.date_obj is not None:
            period = data.period or "day"
            d = data.date_obj.date()
            if period == "month":
                d = d.replace(day=1)
            elif period == "year":
                d = d.replace(month=1, day=1)
            return d.isoformat(), period
    return "", ""


def _candidates(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.strip().strip(",."))
    out = [text]
    stripped = _DAYPART.sub("", text).strip(" ,")
    while True:
        new = _MODIFIERS.sub("", stripped).strip(" ,")
        if new == stripped:
            break
        stripped = new
    out.append(stripped)
    if "," in stripped:
        parts = [p.strip() for p in stripped.split(",") if p.strip()]
        out.append(", ".join(parts[1:]))  # "Saturday, May 16, 2015" -> "May 16, 2015"
        out.extend(parts)
    if " and " in stripped:
        out.append(stripped.split(" and ")[0])
    out.extend(m.group(0) for m in _DATE_CORE.finditer(text))
    if re.search(r"\blast (year|month|week)\b", text, re.I):
        out.insert(0, re.search(r"last (year|month|week)", text, re.I).group(0))  # type: ignore[union-attr]
    if re.search(r"\b(this|earlier this|later this) year\b", text, re.I):
        out.insert(0, "this year")
    if _THIS_DAYPART.search(text):
        out.append("today")  # "early this morning": the daypart and its modifiers strip to nothing
    elif _LAST_NIGHT.search(text):
        out.append("yesterday")
    return [c for c in dict.fromkeys(out) if c]


# "May last year", "in November of last year", "last year in May", "March this year"
_NAMED_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.I)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _month_of_named_year(text: str, ref: date) -> tuple[str, str] | None:
    """A month of the year "last year" or "this year" names: "May last year" is May of the year before.

    The candidates below try "last year" first, which lost the month (1 January).
    """
    year = _NAMED_YEAR.search(text)
    if year is None or re.search(r"\d", text):
        return None
    months = [n for n, name in enumerate(_MONTHS, start=1) if re.search(rf"\b{name[:3]}(?:{name[3:]}|t?\.)?(?!\w)", text, re.I)]
    if len(months) != 1:
        return None
    return date(ref.year + _YEAR_SHIFT[year.group(1).lower()], months[0], 1).isoformat(), "month"


def _last_month(text: str, ref: date) -> tuple[str, str] | None:
    low = text.lower()
    for n, name in enumerate(_MONTHS, start=1):
        if low in (name, name[:3]):
            # a bare month name means its latest occurrence not after the reference
            year = ref.year if n <= ref.month else ref.year - 1
            return date(year, n, 1).isoformat(), "month"
    return None


def introduces_earlier_clause(span: Span) -> bool:
    """Is a length of time followed by "after" and a clause ("two weeks after a gunman killed nine people")?"""
    # the length may be hedged ("just 10 days after", "less than two weeks after") or one unit with no number
    # ("a day after")
    text = span.text.strip()
    return bool(window_key(text) or _ONE_OFFSET.match(text)) and clause_after(span) is not None


# an offset of one unit written with no number: "The shooting came a day after a gunman killed five people"
_ONE_OFFSET = re.compile(
    r"^(?:(?:just|only|barely|nearly|almost|about|some|more than|less than)\s+)?(?:a|an|one)\s+(day|week|month|year)$",
    re.I,
)


def _earlier_window(span: Span, ref: date) -> str:
    """The window of the clause an offset introduces: the day that far back, or '' (the story's own day).

    "two weeks after a gunman killed nine" -> the day two weeks back; "a day after" -> the day before; hours after
    ("hours after police found ...") are the story's own day. An offset of no count ("a few days after", read
    "recent") gives none yet: as :data:`EARLIER_EPISODE` it would part another outlet's dated telling of that
    episode ("killed five officers ... on July 7", period:2016-07) from its undated one, which a period of no
    date does not meet (request extract30-earlier-meets-dated).
    """
    text = span.text.strip()
    key = window_key(text)
    one = _ONE_OFFSET.match(text)
    if key[:-1].isdigit():
        back = _DAYS_PER.get(key[-1], 0) * int(key[:-1])
    elif one is not None:
        back = _DAYS_PER[one.group(1)[0].lower()]
    else:
        back = 0  # "a few days" (window key "recent") once stopped compare with a ValueError
    return f"period:{(ref - timedelta(days=back)).isoformat()}" if back >= 1 else ""


def is_pure_duration(span: Span) -> bool:
    """Tell a length of time ("three-day", "four days", "the last year") from a calendar date ("last year")."""
    text = span.text.strip()
    if _LAST_PERIOD.match(text) and not (span.start > 0 and span.doc[span.start - 1].lower_ in ("the", "past")):
        # "Last year, 43 people were killed in Dayton": the calendar year before, where "in the last year"
        # is the twelve months up to now
        return False
    if re.search(r"\b(ago|later|earlier)\b", span.text, re.I):
        return False
    return bool(_PURE_DURATION.match(text) or _is_amount_of_time(text))


def _is_amount_of_time(text: str) -> bool:
    """Is a DATE span's text a length of time ("three and a half hours", "about two years"), never a date?

    >>> _is_amount_of_time("three and a half hours"), _is_amount_of_time("about two years")
    (True, True)
    >>> _is_amount_of_time("May last year"), _is_amount_of_time("the two days"), _is_amount_of_time("Monday")
    (False, False, False)
    """
    m = _AMOUNT_OF_TIME.match(text)
    if m is None:
        return False
    # the number slot must hold a number: "the two days" and "this year" are no amounts
    words = re.sub(rf"[\s-]+{_TIME_UNIT}(?:[\s-]+long)?$", "", text, flags=re.I).lower().split()
    last = words[-1] if words else ""
    return bool(re.fullmatch(r"\d+(?:\.\d+)?|few|of|an?|half|quarter|[½¼¾]", last) or words_value(last.split("-")) is not None)


_AGED = re.compile(r"\b(?:aged|ages)\s+(?:between\s+|from\s+)?$", re.I)


def date_spans(doc: Doc) -> list[Span]:
    """The spans of a document that name a day or a stretch of time.

    spaCy's DATE spans, less bare numbers it mistakes for dates (an age "37",
    "around 40"), plus TIME spans that name a day ("early Sunday morning",
    "earlier today"), which the small model often labels TIME.
    """
    out = []
    index = index_of(doc)  # the text and entities read once per Doc, shared with the other passes
    for ent in index.ents:
        if _AGED.search(index.text[max(0, ent.start_char - 20) : ent.start_char]) and ent[0].like_num:
            continue  # "The suspects, aged 29 and 34": ages, never a day of the month
        if ent.start in retracted_tokens(ent.sent):
            continue  # "An earlier version of this story said the robbery took place Tuesday": taken back
        as_date = ent.label_ == "DATE" and not _NUMBER_ONLY.match(ent.text.strip()) and not _is_clock_time(ent)
        if as_date or (ent.label_ == "TIME" and _DAY_WORD.search(ent.text)):
            out.append(_without_figure_after(ent))
    return out


def _counts_a_word_after(tok: Token, end: int) -> bool:
    """Is ``tok`` a cardinal counting a noun after ``end`` ("38 people"), not a year ("July 02 2013 7:41 AM")?"""
    if tok.dep_ != "nummod" or tok.head.i < end or tok.head.pos_ != "NOUN" or re.fullmatch(r"1\d{3}|2\d{3}", tok.text):
        return False
    return bool(re.fullmatch(r"\d[\d,.]*", tok.text)) or words_value([tok.lower_]) is not None


def _without_figure_after(ent: Span) -> Span:
    """A DATE span less the figure the model ran it into: "Last year 38 people died" -> "Last year".

    A number at the end of the span that counts a word after it is the sentence's figure, not part of
    the date ("In 2019 40 people drowned"); "May 5", "the year 2019" keep theirs (it hangs inside the span).
    """
    end = ent.end
    while end - 1 > ent.start and _counts_a_word_after(ent.doc[end - 1], end):
        end -= 1
    if end == ent.end:
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, end, label=ent.label_)


def _is_clock_time(ent: Span) -> bool:
    """Is a DATE span a four-digit clock time with its zone ("at 8:00 pm (1700 GMT)", "at 0830 hrs")?"""
    m = _CLOCK.match(ent.text.strip())
    if m is None:
        return False
    if not ent.text.strip().isdigit():
        return True  # the zone is inside the span: "1700 GMT"
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and bool(_ZONE_WORD.match(nxt.text))


# words that put what follows them ahead: "due to appear", "expected to reopen", "set to", "is to", "going to"
# (word forms: the pipeline has no lemmatizer)
_PLAN_WORDS = frozenset(
    {"due", "expected", "scheduled", "set", "planned", "plans", "plan", "slated", "intends", "intended", "poised", "going"}
    | {"expect", "expects", "expecting", "anticipate", "anticipates", "forecast", "forecasts", "predict", "predicts"}
    | {"intend", "planning", "hope", "hopes", "hoping", "aim", "aims", "aiming", "ready", "prepared", "preparing"}
    | {"is", "are", "was", "were", "'s", "'re"}
)
# participles of a timetable: "Rain is forecast for Wednesday", "The funeral is scheduled for Thursday"
_SCHEDULED = frozenset({"forecast", "expected", "scheduled", "set", "slated", "planned", "due", "predicted"})
_PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# present-tense verbs that report or state, not schedule: "Police say ..."
_STATE_WORDS = frozenset(
    f"{w}{s}"
    for w in ("say", "tell", "report", "confirm", "add", "state", "claim", "believe", "show", "remain")
    for s in ("", "s")
)
_ANY_DAY = frozenset({"a", "an", "every", "each", "any"})
_HABIT = frozenset({"always", "usually", "often", "normally", "typically", "generally", "never", "sometimes"})
# the earliest day something still to come may happen: "as soon as Monday", "as early as next week"
_EARLIEST_DAY = re.compile(r"^as\s+(?:soon|early)\s+as$", re.I)
# prepositions that look back from the reference: "since Monday", "ever since"
_BACK_PREPS = frozenset({"since", "ago"})


def looks_ahead(span: Span) -> bool:
    """Does the clause a day or month name dates tell what is to come?

    "He is due in court on Thursday", "Classes will resume on Monday", "the holiday, which begins on
    Tuesday", "was expected to reopen Wednesday": the day is the next one of its name, where "killed on
    Sunday" is the last one. The present tense looks ahead only in the body: a headline tells the past in
    the present ("Gunman kills five on Sunday").
    """
    root = span.root
    if any(c.dep_ == "det" and c.lower_ in _ANY_DAY for c in root.children):
        return False  # "on a Saturday night", "every Monday": any such day, not the next one
    earliest = _earliest_adverb(span)
    if earliest is not None:
        return not _told_in_past(earliest)
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        if root.head.lower_ in _BACK_PREPS:
            return False
        gov = root.head.head
    elif root.dep_ in ("npadvmod", "tmod", "obl"):
        gov = root.head
    else:
        return False
    if gov.lower_ == "due":
        return True  # "due in court on Thursday" when the parser hangs the day on the adjective
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(gov.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in kids):
        return True
    if any(c.dep_ == "acomp" and c.lower_ == "due" for c in kids):
        return True  # "He is due in court on Thursday"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and gov.dep_ in ("xcomp", "ccomp", "advcl"):
        plan = gov.head
        if plan.lower_ in _PLAN_WORDS:
            # "expected to reopen Wednesday", "which were to reopen on Monday", "due to appear", "Crews expect
            # the winds to ease on Wednesday", "plan to reopen the road on Friday"
            return True
    if gov.lower_ in _SCHEDULED and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in kids):
        return True  # "Rain is forecast for Wednesday", "The funeral is scheduled for Thursday"
    # "as they always are along 6th street on a Saturday night": a habit, not a timetable
    habit = any(c.dep_ == "advmod" and c.lower_ in _HABIT for c in kids)
    present = gov.tag_ in ("VBZ", "VBP") and gov.lower_ not in _STATE_WORDS and not habit
    # "has been closed since", "is holding": a present of a verb with its own auxiliary is no timetable
    bare = not any(c.dep_ in ("aux", "auxpass") for c in kids)
    return present and bare and not _subjectless_under_past(gov) and not _in_headline(span)


_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have"})


def _earliest_adverb(span: Span) -> Token | None:
    """The "soon"/"early" of "as soon as Monday" before a day or inside its span ("as early as Friday")."""
    doc = span.doc
    # the last "as": right before the span, or the span's third word with the day after it
    ends = [span.start - 1] + ([span.start + 2] if span.start + 3 < span.end else [])
    for k in ends:
        if k - 2 >= span.sent.start and _EARLIEST_DAY.match(doc[k - 2 : k + 1].text):
            return doc[k - 1]
    return None


def _told_in_past(adverb: Token) -> bool:
    """Does "as soon/early as" a day hang on a verb in the past ("reported the smell as early as Monday")?

    Else the day is the earliest a thing to come may happen: "may be announced as soon as Monday", "The vote
    could come as early as Friday", the next Monday or Friday.
    """
    verb = adverb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


def _subjectless_under_past(gov: Token) -> bool:
    """Is a present-tense word with no subject of its own the complement of a past verb?

    "The coroner ruled the deaths homicides Thursday": the parser takes the noun "homicides" for a verb in the
    present, a clause of "ruled"; the day dates the ruling, the last Thursday. A real clause of the future has
    its subject ("Officials said the school reopens Monday").
    """
    if gov.dep_ not in ("ccomp", "xcomp", "oprd", "advcl") or gov.head.tag_ != "VBD":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in gov.children)


def _in_headline(span: Span) -> bool:
    doc = span.doc
    title = doc._.factcmp_title if doc.has_extension("factcmp_title") else ""
    if not title:
        return False
    return span.start_char < len(title) and index_of(doc).text.startswith(title)


# the prepositions of a stretch a count of hours scopes: "120 mm of rain in 24 hours"; "for four hours" tells
# how long something lasted, the claim itself
_HOUR_WINDOW_PREPS = frozenset({"in", "within", "over", "during", "past", "last"})


def _hour_windows(doc: Doc) -> list[Span]:
    """Counts of hours the model labels TIME that scope another figure: "120 mm of rain in 24 hours".

    A DATE span so placed ("in three days of fighting") is a window already; the same words in hours are
    labelled TIME, and the hours were a claim of their own (the denominator of a rate).
    """
    out = []
    for ent in index_of(doc).ents:
        if ent.label_ != "TIME" or _DAY_WORD.search(ent.text) or not window_key(ent.text).endswith("h"):
            continue
        prev = doc[ent.start - 1].lower_ if ent.start > ent.sent.start else ""
        if (prev in _HOUR_WINDOW_PREPS or ent[0].lower_ in _HOUR_WINDOW_PREPS) and is_duration_window(ent):
            out.append(ent)
    return out


# a DATE that makes a figure a rate: "every year", "each month", "annually"
_RATE = re.compile(r"(?:every|each|per)\s+(year|month|week|day)|(annually|yearly|monthly|weekly|daily)", re.IGNORECASE)
_RATE_UNITS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def windows_and_dates(doc: Doc, reference: str) -> tuple[dict[int, list[tuple[Span, str]]], list[tuple[Span, str, str]]]:
    """Split a document's DATE spans into time windows (per sentence) and dated mentions.

    Returns:
        (windows by sentence start token, [(span, ISO date, period)]).
    """
    windows: dict[int, list[tuple[Span, str]]] = {}
    dated: list[tuple[Span, str, str]] = []
    ref = date.fromisoformat(reference) if reference else None
    for ent in _hour_windows(doc):
        windows.setdefault(ent.sent.start, []).append((ent, window_key(ent.text)))
    for ent in date_spans(doc):
        sent_start = ent.sent.start
        rate = _RATE.fullmatch(ent.text.strip())
        # "a blast at a daily market", "the weekly market": an adjective naming a thing's habit dates no figure
        if rate and not (len(ent) == 1 and ent[0].dep_ == "amod"):
            # "where hundreds of people die in sea accidents every year": a yearly rate, no toll of any one day
            unit = (rate.group(1) or rate.group(2)).lower()
            windows.setdefault(sent_start, []).append((ent, f"rate:{_RATE_UNITS.get(unit, unit)}"))
            continue
        if stated_span(ent):
            continue  # "sentenced to nine years' jail": a term, never the day nine years back
        if is_duration_window(ent):
            windows.setdefault(sent_start, []).append((ent, window_key(ent.text)))
            continue
        if ref is not None and introduces_earlier_clause(ent):
            # "The shooting comes two weeks after a gunman killed nine people": the clause after is of a day
            # that long before, another episode whatever its distance (scope.window_of keeps it to the clause)
            key = _earlier_window(ent, ref)
            if key:
                windows.setdefault(sent_start, []).append((ent, key))
            continue
        if is_pure_duration(ent) or not any(ch.isalpha() or ch.isdigit() for ch in ent.text):
            continue
        iso, period = resolve(ent.text, reference, ahead=looks_ahead(ent))
        if not iso:
            continue
        dated.append((ent, iso, period))
        if ref is not None and date.fromisoformat(iso) < ref - timedelta(days=PAST_EPISODE_DAYS):
            # "in April", "in 2004": figures in this clause are about an earlier episode
            # "in April last year" keeps its month on the date, and the year "last year" names on the window:
            # sources that disagree on the month of a past episode ("in May 2012") still tell one episode
            fine = period in ("day", "month", "week") and not _NAMED_YEAR.search(ent.text)
            key = f"period:{iso[:7] if fine else iso[:4]}"
            windows.setdefault(sent_start, []).append((ent, key))
    for span in offset_spans(doc):
        windows.setdefault(span.sent.start, []).append((span, OFFSET))
    return windows, dated


_ONE = frozenset({"a", "an", "one"})
_ONE_UNIT = frozenset({"hour", "day", "week", "month", "year"})


def offset_spans(doc: Doc) -> list[Span]:
    """One unit of time before "after"/"before" the story's own event: "heard voices on Sunday, a day after the blast".

    The words tell when the news came, counted from the story's own event; they are no claim (the 1 day
    is no figure any outlet reports) and no window. "a day after bombings were reported" and "two weeks after
    a gunman killed nine people" tell the time between two events, each told by its clause: a figure
    (:func:`introduces_earlier_clause`), left as it is.
    """
    out = []
    for tok in doc[:-2]:
        unit, rel = doc[tok.i + 1], doc[tok.i + 2]
        if tok.lower_ not in _ONE or unit.lower_ not in _ONE_UNIT or rel.lower_ not in ("after", "before"):
            continue
        span = doc[tok.i : tok.i + 2]
        if clause_after(span) is not None or (rel.lower_ == "before" and _clause_before(rel)):
            continue
        if any(c.dep_ == "pobj" and _the_story_own(c) for c in rel.children):
            out.append(span)
    return out


def _the_story_own(noun: Token) -> bool:
    """Is a noun after "a day after" the story's own event ("the blast", "Saturday's collapse")?

    "a month after a masked bandit made off with $136M" tells of another one: the time between is a figure.
    """
    if noun.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this")) for c in noun.children)


def _clause_before(rel: Token) -> bool:
    return any(c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX") for c in rel.children) or (
        rel.dep_ == "mark" and rel.head.i > rel.i
    )
