"""Time windows and places: what scopes a figure besides the thing counted.

A "window" is a stretch of time a figure covers ("in three days of
fighting", "in recent days"); two figures over different stretches are two
facts. Places are the place names of the figure's sentence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.lexicon import DISTANCE_DIRECTIONS, PEOPLE_NOUNS
from factcmp.extract.names import name_cased
from factcmp.extract.numbers import words_value
from factcmp.extract.stays import stated_span, stay_span
from factcmp.extract.units import unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# the window of a figure of another, earlier episode the article names but does not date: the value of
# factcmp.linkage.EARLIER_EPISODE (which the reconciler keeps and lets meet only itself; linkage imports extract)
EARLIER_EPISODE = "period:earlier"
# the mark of a one-unit offset from a named moment ("a day after the blast"): it tells when the sentence's
# news came, no claim of its own and no stretch any figure was counted over (dates.offset_spans)
OFFSET = "offset"
_WINDOW_PREPS = {"in", "over", "during", "within", "for", "since", "past", "last", "after", "throughout"}
_VAGUE_WINDOW = re.compile(r"\b(recent|past|last|previous|few|several|coming)\b.*\b(days|weeks|hours|months)\b", re.I)
_DURATION = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|seventy-two)[\s-]+(hour|day|week|month|year)s?\b",
    re.I,
)


def window_of(sent: Span, q: RawQuantity, windows: list[tuple[Span, str]]) -> tuple[str, Span | None]:
    """Pick the time window that scopes a quantity: a DATE span governed by the same clause."""
    windows = [(span, key) for span, key in windows if key != OFFSET]
    # "three mass prison breaks this year; the previous one was in September": a semicolon closes a statement
    windows = [(span, key) for span, key in windows if not _semicolon_between(span, q)]
    turned = _turned_to(sent.doc, q)
    if turned is not None:
        # "Jordan Smith, who turned 18 in July": July is the birthday the age began on, no stretch or episode of it
        windows = [(span, key) for span, key in windows if _clause_head(span.root, sent) != turned]
    if stated_span(sent.doc[q.start : q.end]):
        windows = _windows_of_a_stated_length(sent, q, windows)
    key, span = _window_of(sent, q, windows)
    if not key and (_since_episode(sent, q) or _of_another_event(sent, q)):
        return EARLIER_EPISODE, None
    return key, span


def _window_of(sent: Span, q: RawQuantity, windows: list[tuple[Span, str]]) -> tuple[str, Span | None]:
    if not windows:
        return reading_day(sent, q)
    doc = sent.doc
    anchor = doc[q.num_start]
    clause = _clause_head(anchor, sent)
    best: tuple[str, Span | None] = ("", None)
    reading = _is_reading(doc, q)
    subject_dated: tuple[str, Span] | None = None
    if _size_of_a_noun(doc, q):
        # "a five-member commission", "the 60,000-capacity stadium", "a 3-year-old boy": how big or old a thing
        # is, not a count of what happened over a stretch; only an earlier episode's date sets it apart
        # ("in 2004"); a running count's start does not ("The driver, 43, ... had been cited 14 times since 2022")
        windows = [(span, key) for span, key in windows if key.startswith("period:") and not _since(span)]
    for span, key in windows:
        if span.start <= q.num_start < span.end:
            continue
        if reading and key.endswith("h") and key[:-1].isdigit():
            continue  # "120 mm of rain in 24 hours": the hours are the reading's own basis, a rate's denominator
        earlier = clause_after(span) if key.startswith("period:") else None
        if earlier is not None:
            # "two weeks after a gunman killed nine people" dates the clause after it, and nothing else
            if earlier.left_edge.i <= anchor.i <= earlier.right_edge.i and anchor.i > span.end:
                if _tells_the_story_own(earlier):
                    # "Rescuers recovered three more bodies, two days after the ferry capsized, killing 21": the capsize
                    # the story is about, told from a later day; its toll is the story's own, which no window sets apart
                    return reading_day(sent, q)
                return key, span
            continue
        told = _told_by_clause_of(span, clause, sent, past=key.startswith("period:"))
        if told is not None:
            # "the deadliest shooting since August, when a gunman killed nine people": the clause the date
            # introduces tells what happened then, with its second verb ("and wounded 14") and the
            # participle that goes on telling it (", killing 167 people")
            return key, span
        since = _since_of(span, sent)
        if since is not None:
            if since.head.pos_ in ("NOUN", "PROPN", "ADJ", "ADV"):
                continue  # "the deadliest crash since 1992": the date bounds a comparison and scopes no figure
            # "40,000 displaced since mid-March": a stretch that runs up to the story's own days
            key = _stretch(key, doc)
        elif _began_in(span, clause, sent):
            # "The war, which began in April 2023, has killed tens of thousands": a running total since that start
            return _stretch(key, doc), span
        if _in_other_clause_of_a_noun(span, anchor, sent):
            continue
        if _clause_head(span.root, sent) == clause:
            return key, span
        if subject_dated is None and _dates_the_subject_of(span, clause, sent):
            subject_dated = (key, span)
        if not best[0]:
            best = (key, span)
    if subject_dated is not None:
        # "The 2020 North Complex Fire killed 16 people and burned more than 318,000 acres, and the Camp Fire
        # destroyed ... in 2018": the fire of 2020 burned the acres, whatever other date the sentence has
        return subject_dated
    # one window in the sentence and no better attachment: it scopes the sentence, unless it
    # dates a thing named in another clause ("in a region devastated by the tsunami of 2004")
    if len(windows) == 1 and best[1] is not None and not _names_a_known_one(clause):
        if _other_statement(_clause_head(best[1].root, sent), clause):
            # "said the bus exceeded the speed limit of 35 km/h ... and that the company had received 12 fines in
            # the last two years": the window is the fines' clause's, a statement of its own about another subject
            return reading_day(sent, q)
        dated = _dated_noun(best[1], sent)
        # "Nepal's deadliest quake in recent memory, in 2015, killed nearly 9,000 people": the date of the
        # subject that did it is the date of the deed
        if dated is None or (dated.dep_ == "nsubj" and _told_of(dated.head, clause)) or _fronted(best[1], sent):
            return best
    return reading_day(sent, q)


def _windows_of_a_stated_length(sent: Span, q: RawQuantity, windows: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The windows that may scope a term of punishment or a time held captive: a date of its own verb only.

    "sentenced to nine years' jail for misappropriating $3 million over six years": the six years are how long
    the theft ran, no stretch the term was counted over; "asked for six years after her arrest in 2019": the
    year dates the arrest. "He was jailed for six years in 2015" dates the term, another episode's.
    """
    doc = sent.doc
    own = {_clause_head(doc[q.num_start], sent).i, *range(q.start, q.end)}
    return [(span, key) for span, key in windows if key.startswith("period:") and _hangs_on(span.root, own)]


def _hangs_on(root: Token, heads: set[int]) -> bool:
    """Does a date hang on one of ``heads`` ("jailed ... on Friday", "six years in 2015"), not on a noun of theirs?"""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head.i in heads
    return root.head.i in heads


def _semicolon_between(span: Span, q: RawQuantity) -> bool:
    """Is there a semicolon between a date span and a figure of its sentence?"""
    lo, hi = (span.end, q.num_start) if span.end <= q.num_start else (q.end, span.start)
    return any(t.text == ";" for t in span.doc[lo:hi])


_TURN = frozenset({"turn", "turns", "turned", "turning"})


def _turned_to(doc: Doc, q: RawQuantity) -> Token | None:
    """The verb an age is turned to by ("who turned 18 in July", "turns 18 next month"), if any."""
    if q.unit not in ("", "year"):
        return None
    tok = doc[q.num_end - 1]
    return tok.head if tok.dep_ in ("dobj", "attr", "oprd", "npadvmod") and tok.head.lower_ in _TURN else None


def _since_episode(sent: Span, q: RawQuantity) -> bool:
    """Is a figure told of what a superlative "since" compares the story with, another, earlier episode?

    "It was the worst storm since Hurricane Willa, which killed nine people", "the deadliest mass shooting in
    the state since a gunman killed 12 people at a bar": the nine and the twelve are another episode's dead.
    Only a comparison (a superlative or "first" in the sentence's other words) says so: "Schools have stayed
    closed since the attack, which killed nine" may tell the story's own. Asked only where no date gave the
    figure a window ("since the 2010 quake, which killed 500" keeps its year).
    """
    clause = _clause_head(sent.doc[q.num_start], sent)
    if not (sent.start <= clause.head.i < sent.end) or clause.head == clause:
        return False
    if clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "since":
        since = clause.head.head  # "since Hurricane Willa, which killed nine"
    elif clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
        since = clause  # "since a gunman killed 12 people"
    else:
        return False
    return any(
        (t.tag_ in ("JJS", "RBS") or t.lower_ == "first") and not since.left_edge.i <= t.i <= since.right_edge.i for t in sent
    )


# words that make an event noun another one than the story's: "an earlier quake", "a previous flood"
_OTHER_EVENT_WORDS = frozenset({"earlier", "previous", "prior", "past", "similar"})


def _of_another_event(sent: Span, q: RawQuantity) -> bool:
    """Is a figure told of an event the article marks as another, earlier one, with no date to set it apart?

    "The island is still recovering from an earlier quake, which killed 600 people": the 600 are that quake's
    dead, never the story's toll ("In 2004, a tsunami killed ..." gets its year as a window). The figure's
    clause is a relative clause or participle on the noun, or the noun is its subject ("A previous flood in
    the valley killed 30 people"). Only an indefinite noun introduces another event: "the earlier quake" may
    be the story's main shock, told from an aftershock.
    """
    clause = _clause_head(sent.doc[q.num_start], sent)
    if clause.dep_ in ("relcl", "acl") and clause.head.pos_ == "NOUN":
        noun = clause.head
    else:
        noun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if noun is None or noun.left_edge.i <= q.num_start <= noun.right_edge.i:
            return False
    if noun.lower_ in PEOPLE_NOUNS:
        return False  # "a previous owner, who paid $2 million": a person, no event
    kids = list(noun.children)
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in kids):
        return False
    return any(c.dep_ == "amod" and c.lower_ in _OTHER_EVENT_WORDS for c in kids)


def _other_statement(dated: Token, clause: Token) -> bool:
    """Whether the clause a window dates is a conjunct with a subject of its own, apart from the figure's clause.

    "X did A and Y did B in <window>": the second conjunct says something else about something else, and its
    window scopes no figure of the first. A conjunct that shares the subject ("killed 12 and wounded 30 in three
    days") or a figure inside the dated clause is not apart.
    """
    if dated == clause or dated.dep_ != "conj" or dated.head != clause:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in dated.children)


def _since(span: Span) -> bool:
    """Does a window open with "since" (the start of a running count), and no "when" tell an episode of it?

    "cited 14 times for speeding since 2022" starts a count; "the first fatal school shooting since January
    2018, when a 15-year-old killed two classmates" tells the episode of that date.
    """
    doc = span.doc
    if not (span[0].lower_ == "since" or (span.start > 0 and doc[span.start - 1].lower_ == "since")):
        return False
    after = [t.lower_ for t in doc[span.end : min(len(doc), span.end + 2)]]
    return not ("when" in after or "where" in after)


def _size_of_a_noun(doc: Doc, q: RawQuantity) -> bool:
    """Whether a figure is an age, or a hyphened size of the noun after it: "five-member commission", "60,000-capacity stadium"."""
    if q.is_age:
        return True
    k = q.num_end
    if k + 1 >= len(doc) or doc[k].text not in ("-", "\u2010", "\u2011") or doc[k].whitespace_:
        return False
    word = doc[k + 1]
    return word.dep_ in ("compound", "amod", "npadvmod") and word.head.i > word.i and word.head.pos_ == "NOUN"


# a reading of the weather, taken for one day: "recorded 120 mm of rain on Tuesday",
# "temperatures reached 45C on Friday"; the amount is what fell or stood that day
_READING_UNITS = frozenset({"degC", "degF"})
_FALL_UNITS = frozenset({"mm", "cm", "inch", "m", "ft"})
_STRETCH_ENDS = frozenset({"to", "until", "till", "through"})
_FALLEN = frozenset({"rain", "rainfall", "snow", "snowfall", "precipitation", "downpour", "downpours"})


def reading_day(sent: Span, q: RawQuantity) -> tuple[str, Span | None]:
    """The day a daily reading was taken, as a window ("day:2024-04-23"), or ("", None).

    Two days' rainfall (120 mm on Tuesday, 140 mm on Friday) are two facts, not a revision; a toll
    told "on Tuesday" is a running count, and a day does not window it.
    """
    if not _is_reading(sent.doc, q):
        return "", None
    from factcmp.extract.dates import date_spans, resolve  # dates reads its windows from this module

    doc = sent.doc
    reference = doc._.factcmp_reference if doc.has_extension("factcmp_reference") else ""
    if not reference:
        return "", None
    clause = _clause_head(doc[q.num_start], sent)
    for span in date_spans(doc):
        if not (sent.start <= span.start < sent.end) or _clause_head(span.root, sent) != clause:
            continue
        if span.start > sent.start and doc[span.start - 1].lower_ in _STRETCH_ENDS:
            continue  # "in 24 hours to Wednesday morning": the end of the stretch measured, not its day
        iso, period = resolve(span.text, reference)
        if iso and period == "day":
            return f"day:{iso}", span
    return "", None


def _is_reading(doc: Doc, q: RawQuantity) -> bool:
    """Is a figure a reading of the weather: a temperature, or an amount of rain or snow?"""
    if q.unit in _READING_UNITS:
        return True
    if q.unit not in _FALL_UNITS:
        return False
    # "120 mm of rain", "140mm rainfall", "rainfall of more than 40mm"
    near = [*doc[q.end : q.end + 2], *doc[max(q.start - 2, 0) : q.start]]
    return any(t.lower_ in _FALLEN for t in near)


def _told_by_clause_of(span: Span, clause: Token, sent: Span, *, past: bool = False) -> Token | None:
    """The relative clause of a date ("since 1992, when a plane crashed") that a figure's clause belongs to, if any.

    The figure's verb may be the clause's own, a verb joined to it ("when a 15-year-old killed two
    classmates and wounded 14"), a participle hung on it ("crashed ..., killing 167 people"), or a
    participle right after it that the parser hung on the main verb ("It is the deadliest crash since
    1992, when a plane crashed near Kathmandu, killing 167 people"). A ``past`` date (an earlier episode's)
    also dates a "which" clause on the noun it dates (:func:`_relative_of_dated_noun`).
    """
    own = clause
    for _ in range(4):  # "wounded" -> "killed"; "killing" -> "crashed"
        if own.dep_ == "conj" or (own.dep_ in ("advcl", "acl") and own.tag_ == "VBG"):
            own = own.head
        else:
            break
    if own.dep_ == "relcl" and span.start <= own.head.i < span.end:
        return own
    if own.dep_ == "relcl" and own.left_edge.i >= span.end and any(c.lower_ == "when" for c in own.children):
        # "the deadliest mining accident in China since February 2023, when 53 people died": the parser may hang
        # the "when" clause on the noun before the date, but a "when" right after a date tells that date's episode
        gap = sent.doc[span.end : own.left_edge.i]
        if all(t.is_punct for t in gap):
            return own
    if past and own.dep_ == "relcl" and _relative_of_dated_noun(span, own, sent):
        return own
    if clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "acl", "xcomp", "conj"):
        return None
    for tok in span:
        for rel in tok.children:
            if rel.dep_ != "relcl" or not rel.right_edge.i < clause.left_edge.i:
                continue
            gap = sent.doc[rel.right_edge.i + 1 : clause.left_edge.i]
            if len(gap) and all(t.is_punct for t in gap):
                return rel
    return None


_RELATIVE_WORDS = frozenset({"which", "that", "who"})


def _relative_of_dated_noun(span: Span, rel: Token, sent: Span) -> bool:
    """Does a relative clause tell of a thing a past date dates ("the 2019 monsoon, which killed 40 people")?

    A date on a noun ("the 2019 monsoon", "Hurricane Willa in October 2018") names an earlier episode, and a
    "which" clause right after it tells what that episode did: the parser may hang the clause on the dated
    noun, on a noun inside its phrase ("the 2015 bombing of a mosque, which killed 27"), or on a noun before
    the date ("the worst storm since Hurricane Willa in October 2018, which killed nine people").
    """
    doc = sent.doc
    if not any(c.lower_ in _RELATIVE_WORDS and c.i < rel.i for c in rel.children):
        return False
    if rel.left_edge.i < span.end:
        return False
    gap = doc[span.end : rel.left_edge.i]
    if len(gap) and all(t.is_punct for t in gap) and rel.head.i < span.start:
        return True  # the clause opens right after the date, hung on a noun before it
    dated = _dated_noun(span, sent)
    if dated is None:
        return False
    return dated.left_edge.i <= rel.head.i <= dated.i or (
        rel.head.i > dated.i and rel.head.left_edge.i > dated.i and _in_phrase_of(rel.head, dated)
    )


def _in_phrase_of(tok: Token, noun: Token) -> bool:
    """Is a noun inside another's phrase through prepositions ("bombing of a mosque", "raid by gunmen")?"""
    cur = tok
    for _ in range(6):
        if cur == noun:
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


# how far back a "since" may reach and still open the story's own stretch: "since mid-March" in an April
# report; "since 2004" opens a longer history, kept as the period it starts in
STRETCH_DAYS = 365


def _since_of(span: Span, sent: Span) -> Token | None:
    """The "since" that opens a date ("since March", "since the rains began in mid-March"), if any."""
    doc = sent.doc
    if span[0].lower_ == "since":
        return span[0]
    if span.start > sent.start and doc[span.start - 1].lower_ == "since":
        return doc[span.start - 1]
    for tok in span:
        if span.start <= tok.head.i < span.end:
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # the date of a clause "since" introduces: "since the long rains began in mid-March"
        elif tok.dep_ in ("npadvmod", "tmod") and head.pos_ in ("VERB", "AUX"):
            # "since it began in March last year": the parser hangs "last year" on the verb, and the span's root
            # is then that word, not "March"
            verb = head
        else:
            continue
        since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
        if since is not None:
            return since
    return None


# verbs of a start in a relative clause of the subject: "the war, which began in April 2023, has killed ..."
_BEGAN = frozenset({"began", "begun", "started", "erupted", "broke"})
_PERFECT = frozenset({"has", "have", "'s", "'ve"})


def _began_in(span: Span, clause: Token, sent: Span) -> bool:
    """Does a date tell when the subject of a present-perfect figure began ("The war, which began in April 2023, has killed")?

    The figure is then the running total since that start, as "has killed ... since April 2023" is; the
    parser may hang the clause on a noun inside the subject ("the war between the army and the RSF, which
    began"), so any relative clause of a start inside the subject counts.
    """
    for _ in range(4):  # "has killed tens of thousands and displaced more than 12 million": the aux is the first verb's
        if clause.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            break
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    cur = span.root
    for _ in range(6):
        if cur.dep_ == "relcl":
            break
        if cur.head == cur or not (sent.start <= cur.head.i < sent.end):
            return False
        cur = cur.head
    else:
        return False
    if cur.dep_ != "relcl" or cur.lower_ not in _BEGAN:
        return False
    subject = subjects[0]
    return subject.left_edge.i <= cur.i <= subject.right_edge.i


def _stretch(key: str, doc: Doc) -> str:
    """The window of a figure counted since a date: "since:2024-03" for a recent start, else the period key.

    A running total since the start of the story's own episode ("displaced since mid-March") is the
    total an undated report gives: "since:" meets no window but an open one (linkage.windows_compatible),
    where "period:2024-03" kept it from the current figure as an earlier episode's.
    """
    if not key.startswith("period:"):
        return key
    reference = doc._.factcmp_reference if doc.has_extension("factcmp_reference") else ""
    if not reference:
        return key
    period = key[len("period:") :]
    floor = (date.fromisoformat(reference) - timedelta(days=STRETCH_DAYS)).isoformat()[: len(period)]
    return f"since:{period}" if period >= floor else key


def _fronted(span: Span, sent: Span) -> bool:
    """Does a date open its sentence, set off by a comma ("In 2014, a guesthouse ... collapsed")?

    A fronted date scopes the whole sentence, whatever noun the parser hangs it on.
    """
    doc = sent.doc
    start = span.start - 1 if span.start > sent.start and doc[span.start - 1].dep_ == "prep" else span.start
    return start == sent.start and span.end < sent.end and doc[span.end].text == ","


def clause_after(span: Span) -> Token | None:
    """The verb of the clause "after" opens right after a span ("two weeks *after a gunman killed* ..."), if any."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "after":
        return None
    after = doc[span.end]
    if after.dep_ == "mark" and after.head.i > after.i and after.head.pos_ in ("VERB", "AUX"):
        return after.head
    return next((c for c in after.children if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX")), None)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWN_DETERMINERS = frozenset({"the", "this", "its", "their"})
# names and numbers on a subject that single out another episode: "the Dayton shooting", "the 2015 bombing"
_OTHER_EPISODE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "ORG", "PERSON"})


def _tells_the_story_own(verb: Token) -> bool:
    """Does a clause after "N days after" tell the story's own event: a definite subject that names nothing else?

    "two days after the ferry capsized": the ferry the story is about; "two weeks after a gunman killed nine people"
    introduces another episode, and "after the Dayton shooting killed nine" names one.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS for c in subject.children):
        return False
    return not any(t.ent_type_ in _OTHER_EPISODE_LABELS or t.pos_ in ("PROPN", "NUM") for t in subject.subtree)


def _names_a_known_one(clause: Token) -> bool:
    """Is the figure's clause a relative clause that picks out someone the story already knows?

    "The man who killed three law enforcement officers in Baton Rouge declared last year ...": the clause
    names the story's gunman, and the date outside it is of what he did then, not of the killing; "In 2012,
    a quake that killed five people struck Aceh" introduces a new thing, whose clause the date does scope.
    """
    if clause.dep_ != "relcl":
        return False
    noun = clause.head
    return any(c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in _DEFINITE) for c in noun.children)


def _in_other_clause_of_a_noun(span: Span, anchor: Token, sent: Span) -> bool:
    """Is a date inside a relative clause (or an apposed participle) that describes a noun and does not hold the figure?

    "a camp of about 20,000 refugees from South Kordofan, a state where rebels have been fighting
    Sudan's army since June": June dates the fighting, not the count of refugees.
    """
    cur = span.root
    for _ in range(12):
        if cur.dep_ == "relcl" or _apposed_participle(cur):
            return not (cur.left_edge.i <= anchor.i <= cur.right_edge.i)
        if cur.head == cur or not (sent.start <= cur.head.i < sent.end):
            return False
        cur = cur.head
    return False


def apposed_ranges(sent: Span) -> list[tuple[int, int]]:
    """Token ranges of the dated apposed participles of a sentence (read once a sentence; filter by the figure).

    "The ferry, built in <country> in <year>, sank off <town>": where the ferry was built, told with when, is
    another episode, no place of what the main clause counts (as its year is no window of it:
    :func:`_apposed_participle`). An undated one says where the noun is, which is where its clause happens:
    "The camp, located in the oil-rich northern region of Yida, consists of over 24,000 refugees" (Yida).
    """
    return [
        (t.left_edge.i, t.right_edge.i + 1)
        for t in sent
        if t.dep_ == "acl" and _apposed_participle(t) and any(w.ent_type_ == "DATE" for w in t.subtree)
    ]


def _apposed_participle(verb: Token) -> bool:
    """Is a verb a participle set off by a comma after its noun: "The ship, *built* in Norway in 1988, sank"?

    Such an appositive says something about the noun, as a relative clause does; its date ("1988") scopes its
    own words, not the figures of the main clause ("about 12 miles off the coast"). Without the comma
    ("the 300 people killed in 2015") the participle is the figure's own phrase.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i == 0:
        return False
    doc = verb.doc
    return verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == "," and verb.head.i < verb.i


def _told_of(verb: Token, clause: Token) -> bool:
    """Is the clause the verb, or a verb joined to it that shares its subject?

    "The 2018 Camp Fire killed 85 people and destroyed nearly 19,000 buildings": the fire of 2018 did both.
    """
    cur = clause
    for _ in range(10):
        if cur == verb:
            return True
        if cur.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False
        cur = cur.head
    return False


def _dates_the_subject_of(span: Span, clause: Token, sent: Span) -> bool:
    """Is a date that of the subject of the figure's verb, or of a verb joined to it ("The 2020 X killed ... and burned ...")?"""
    dated = _dated_noun(span, sent)
    return dated is not None and dated.dep_ == "nsubj" and _told_of(dated.head, clause)


def _dated_noun(span: Span, sent: Span) -> Token | None:
    """The noun a date modifies before any verb ("the tsunami of 2004", "the 2004 tsunami"), if any."""
    cur = span.root
    for _ in range(10):
        if cur.head == cur or not (sent.start <= cur.head.i < sent.end):
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return None
        if cur.pos_ in ("NOUN", "PROPN") and not span.start <= cur.i < span.end:
            return cur
    return None


def _clause_head(tok: Token, sent: Span) -> Token:
    cur = tok
    for _ in range(10):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head == cur or not (sent.start <= cur.head.i < sent.end):
            return cur
        cur = cur.head
    return cur


def window_key(text: str) -> str:
    """Normalise a duration window: "the past three days" -> "3d"; "recent days" -> "recent".

    >>> window_key("in four days of fighting"), window_key("over the past few days"), window_key("24 hours")
    ('4d', 'recent', '24h')
    """
    m = _DURATION.search(text)
    if m:
        n = m.group(1).lower()
        value = int(n) if n.isdigit() else int(words_value(n.split("-")) or 0)
        return f"{value}{m.group(2)[0].lower()}"
    if _VAGUE_WINDOW.search(text):
        return "recent"
    return ""


def is_duration_window(span: Span) -> bool:
    """A DATE span that is a stretch of time scoping a figure ("in three days of fighting")."""
    doc = span.doc
    if "-" in span.text and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return False  # "in 3-day blitz": a measure of the blitz, not a window
    if stated_span(span):
        return False  # "jailed for 11 years over $9 mln fraud": the term is the claim, no stretch of the fraud
    first = span[0]
    prev = span.doc[span.start - 1] if span.start > span.sent.start else None
    preps = {first.lower_} | ({prev.lower_} if prev is not None else set())
    if not preps & _WINDOW_PREPS:
        return False
    if "within" in preps and deadline_verb(span) is not None:
        return False
    # a stretch of time scopes another figure of its sentence ("500 killed in three days");
    # alone it is the claim ("she has worked there for 16 years")
    others = any(t.like_num for t in span.sent if not span.start <= t.i < span.end)
    return others and bool(window_key(span.text)) and not stay_span(span)


# what makes a verb tell what is to be done, not what was: a modal, the future, an infinitive
_IRREALIS_AUX = frozenset({"would", "will", "'ll", "must", "should", "shall", "could", "can", "may", "might", "to"})


def deadline_verb(span: Span) -> Token | None:
    """The verb a "within" stretch sets a deadline for: "would report within 30 days", "must leave within 48 hours".

    A stretch of what is still to be done counts nothing that happened in it: it is a
    deadline, a claim of its own ("within 30 days" = "one month to report"), and it is no
    window of the other figures of its sentence ("a five-member commission would report
    within 30 days": the commission's size). "40 people were arrested within 24 hours"
    tells what was done, and the hours stay the arrests' window.
    """
    tok = span.root
    while tok.dep_ in ("pobj", "prep", "npadvmod", "nummod", "amod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return tok if any(c.lower_ in _IRREALIS_AUX for c in kids) else None


def places_of(sent: Span, exclude: list[tuple[int, int]]) -> list[str]:
    """Place names in a sentence, leaving out those inside the given token ranges."""
    out = []
    # sent.ents rebuilds every entity of the article; the per-Doc index reads them once
    for ent in index_of(sent.doc).ents_of(sent):
        if any(s <= ent.start < e for s, e in exclude) or _where_it_started(ent.root) or _a_party(ent.root):
            continue
        if _whence_someone_is(ent.root):
            continue
        if ent.label_ == "GPE" and _surname(ent):
            continue
        if _reference_point(ent.root) or ent[-1].lower_ in _EVENT_NAME_HEADS:
            continue  # "northeast of Lima" is where a distance is told from; "the Camp Fire" is an event, no place
        # "Sadr City's Wahailat market": the model takes the possessive into the name
        name = ent[:-1].text if len(ent) > 1 and ent[-1].tag_ == "POS" else ent.text
        described = _described_place(ent.root)
        if ent.label_ in _PLACE_LABELS and described is None:
            out.append(name)
        elif ent.label_ not in _PLACE_LABELS and _names_a_described_place(ent.root):
            out.append(name)  # "in Takengon, the capital of Central Aceh district": the model tags the town ORG
        elif ent.label_ in _NAMES_OF_TOWNS and described is None and (_located_by_a_distance(ent) or _named_town(ent.root)):
            # "near Rosario, some 70km south-east of Mazatlan", "near the town of Escuinapa": a town the model does
            # not know (tagged ORG) is a place by the distance that locates it or by the kind of place it is
            # named as; another outlet's landfall or attack near another town, told from the same city, is
            # then another place's distance, not a rival figure of this one
            out.append(name)
    return out


# nouns that tell where someone is from or studies, not where anything happened: "a Ridgeway High junior"
_ORIGIN_NOUNS = frozenset(
    {
        *("native", "natives", "resident", "residents", "junior", "juniors", "senior", "seniors", "freshman"),
        *("freshmen", "sophomore", "sophomores", "student", "students", "graduate", "graduates", "alumnus"),
        *("alumna", "alumni", "transplant"),
    }
)


def _whence_someone_is(place: Token) -> bool:
    """Whether a place only describes a person named or listed: "Dequan Harris, 17, a Ridgeway High junior".

    "Vance said three people were wounded: Dequan Harris, 17, a Ridgeway High junior ...": Ridgeway is the
    school the victim attends, not where the three were wounded. Only a description set beside someone (an
    apposition, a predicate, or the next of such a list): "three Ridgeway High students were wounded" keeps it.
    """
    tok = place
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.i == place.i or tok.lower_ not in _ORIGIN_NOUNS:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("appos", "attr")


# labels the small model gives a town it does not know
_NAMES_OF_TOWNS = frozenset({"ORG", "PERSON", "NORP"})
_LOCATOR_HEDGES = frozenset({"about", "some", "around", "roughly", "approximately", "nearly", "almost", "just", "only"})
_LOCATOR_LENGTHS = frozenset({"km", "mile", "m", "foot", "yard"})


# "the town of X": X is the town; "the capital of X" is in X, and X is described, not the place (see _described_place)
_TOWN_KINDS = frozenset({"town", "village", "city", "hamlet", "township", "suburb"})


def _named_town(name: Token) -> bool:
    """Is a name the one of a town ("the village of Kaura", "near the town of Escuinapa")?"""
    if not (name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in _TOWN_KINDS):
        return False
    # "55 kilometers west of the town of Bireun", "55 kilometers from the town of Bireuen": the town a distance is
    # told from is somewhere else by that distance
    kind = name.head.head
    return not (_reference_point(kind) or _measured_from(kind))


def _measured_from(place: Token) -> bool:
    """Is a place the object of "from" after a distance ("roughly 55 kilometers *from* the town")?"""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "from":
        return False
    # the parser hangs the distance on the head of "from" ("55 kilometers from") or on "from" itself
    heads = [prep.head, *(c for c in prep.children if c.dep_ == "npadvmod")]
    return any(bool(unit_of_word(h.text)) or h.lower_ in ("away", *DISTANCE_DIRECTIONS) for h in heads)


def _located_by_a_distance(ent: Span) -> bool:
    """Is a name followed by a locating appositive: ", (some) 70 km south-east of Mazatlan", ", about 40 miles from the capital"?"""
    doc = ent.doc
    end = min(ent.sent.end, ent.end + 10)
    i = ent.end
    if i >= end or doc[i].text != ",":
        return False
    i += 1
    while i < end and doc[i].lower_ in _LOCATOR_HEDGES:
        i += 1
    if i >= end or not doc[i].like_num:
        return False
    i += 1
    if i >= end or unit_of_word(doc[i].text) not in _LOCATOR_LENGTHS:
        return False
    i += 1
    while i < end and (doc[i].lower_ in DISTANCE_DIRECTIONS or doc[i].text in ("-", "\u2010", "\u2011")):
        i += 1
    return i < end and doc[i].lower_ in ("of", "from") and i > ent.end + 3


# words a place name is written after that are no given name: "Downtown Houston", "Greater Manchester"
_PLACE_PREFIXES = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater"),
        *("downtown", "uptown", "midtown", "upper", "lower", "new", "old", "port", "lake", "mount", "fort", "saint"),
        *("st", "st.", "san", "santa", "los", "las", "el", "la", "le", "al", "metro", "inner", "outer", "great"),
        *("state", "county", "city", "district", "province", "region", "capital"),
    }
)


# the last word of a named event the model may tag as a place: "the Camp Fire" (FAC), "the Dixie Fire"
_EVENT_NAME_HEADS = frozenset(
    {"fire", "fires", "blaze", "wildfire", "storm", "hurricane", "typhoon", "cyclone", "quake", "earthquake", "flood", "floods"}
    | {"shooting", "attack", "massacre", "bombing", "crash", "disaster", "tragedy"}
)


def _reference_point(place: Token) -> bool:
    """Whether a place is the point a distance is measured from: "about 400 km northeast of *Lima*".

    The place a figure is at is where the sentence puts it ("near Huari"); the city a distance is told from is
    somewhere else by that distance, and as a place it split a fall of 200 m from another outlet's 150 m.
    """
    tok = place
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in DISTANCE_DIRECTIONS


def _surname(ent: Span) -> bool:
    """Whether a place entity is the last name of a person's name: "the death of Elijah McClain, 23".

    The small model tags a surname it does not know as a GPE; a capitalised word before it that it compounds
    with and tags as nothing (or as a person) is a given name, and the whole is a person, no place a figure
    is at. "Lake Charles", "Port Arthur" are tagged as one place; "Downtown Houston" keeps its city, and a
    building ("State Capitol", a FAC) is not asked.
    """
    doc = ent.doc
    if ent.start == 0 or ent.start == ent.sent.start:
        return False
    first = doc[ent.start - 1]
    return (
        first.dep_ == "compound"
        and ent.start <= first.head.i < ent.end
        and first.pos_ == "PROPN"
        and first.ent_type_ in ("", "PERSON")
        and first.lower_ not in _PLACE_PREFIXES
        and name_cased(first.text)
    )


# prepositions of a side in a contest: "a qualifier against Nigeria", "Zambia versus Nigeria"
_SIDE_PREPS = frozenset({"against", "versus", "vs", "vs."})
# games a team's name owns: "Zambia's World Cup qualifier" (a country's "war" or "conflict" is where it is)
_GAMES = frozenset({"match", "game", "qualifier", "final", "semifinal", "fixture", "derby", "friendly", "opener"})
# contests whose "between X and Y" names its sides, not a stretch of ground ("on the road between X and Y")
_CONTESTS = frozenset(
    {
        *("match", "matches", "game", "games", "qualifier", "final", "semifinal", "fixture", "derby", "friendly"),
        *("clash", "clashes", "conflict", "war", "fighting", "fight", "talks", "confrontation", "tensions"),
        *("relationship", "relations", "dispute", "rivalry"),
    }
)


def _a_party(place: Token) -> bool:
    """Whether a place name is a side in a contest, not where a figure is: "a World Cup qualifier between Zambia and Nigeria".

    "At least 12 people were killed ... in Lusaka as fans tried to enter for a World Cup
    qualifier between Zambia and Nigeria": Nigeria is the visiting team, and the toll is
    not in Nigeria. A side is the object of "against"/"versus", or of "between" after a
    contest ("war", "clashes", "match"), or the owner of a game ("Zambia's qualifier");
    "on Volunteer Parkway, between Weaver Pike and Hill Street" is a stretch of ground
    and stays.
    """
    tok = place
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "between Zambia and Nigeria": Nigeria is joined to Zambia
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.lower_ in _GAMES:
        return True  # "Zambia's World Cup qualifier against Nigeria": the home side
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep = tok.head
    if prep.lower_ in _SIDE_PREPS:
        return True
    return prep.lower_ == "between" and prep.head.lower_ in _CONTESTS


# what spreads from where it started: the place it broke out is a point of it, not the extent of what it did
_SPREADING = frozenset(
    {
        *("fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "bushfire", "bushfires", "inferno"),
        *("brushfire", "outbreak", "epidemic", "pandemic", "virus", "disease", "infection", "infections"),
    }
)
# verbs of a start, as written (no lemmatizer): "broke out", "started", "erupted", "was sparked"
_STARTS = frozenset(
    {
        *("broke", "break", "breaks", "broken", "started", "start", "starts", "began", "begun", "begin", "begins"),
        *("erupted", "ignited", "sparked", "originated", "emerged"),
    }
)


def _where_it_started(place: Token) -> bool:
    """Whether a place is where a fire or an outbreak started: "The fire broke out near Highway 70 ... and has burned 12,400 acres".

    The place a fire broke out is one point of it; the acres it burned, the homes it
    destroyed, the people it killed are over its whole extent, which the start does not
    bound. Left as the figures' place, it set one outlet's area apart from the others'.
    """
    verb = place
    for _ in range(4):  # up the prepositions: "broke out shortly after 2:30 p.m. near Highway 70"
        if verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            return False
        verb = verb.head.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if verb.lower_ not in _STARTS:
        return False
    if verb.lower_ in ("broke", "break", "breaks", "broken") and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return False  # "broke into a house": no start
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "The Cedar Ridge Fire, which broke out near Highway 70"
    return subject is not None and subject.lower_ in _SPREADING


# nouns of an apposition that says what kind of place a name is: "Takengon, the *capital* of Central Aceh district"
_PLACE_KINDS = frozenset({"capital", "town", "city", "village", "seat", "hamlet", "suburb"})


def _apposition_of_kind(name: Token) -> Token | None:
    """The apposition "the capital of ...", "a town in ..." a name has, if any."""
    return next((c for c in name.children if c.dep_ == "appos" and c.lower_ in _PLACE_KINDS), None)


def _names_a_described_place(name: Token) -> bool:
    """Is a proper name a place by its apposition ("Takengon, the capital of Central Aceh district")?"""
    return name.pos_ == "PROPN" and _apposition_of_kind(name) is not None


def _described_place(place: Token) -> Token | None:
    """The named place whose apposition a place only describes, or None.

    Central Aceh in "Takengon, the capital of Central Aceh district": the figure's place is the town.
    """
    cur = place
    for _ in range(4):
        if cur.head == cur:
            return None
        if cur.dep_ == "appos" and cur.lower_ in _PLACE_KINDS and cur.head.pos_ == "PROPN":
            return cur.head
        if cur.dep_ not in ("pobj", "prep", "compound"):
            return None
        cur = cur.head
    return None


# prepositions that put a count at a spot of the scene ("landed inside the camp", "dropped near the airstrip"),
# "within" written as "inside"; "in", "on", "at" are left out: "killed in the attack", "at the scene",
# "at a depth of 10 km" place nothing a source would tell apart
_LOCATIVE_PREPS = {"inside": "inside", "within": "inside", "outside": "outside", "near": "near"}
_LOCUS_PREPS = frozenset(_LOCATIVE_PREPS.values())
_NOT_A_SPOT = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def locus_of(sent: Span, q: RawQuantity) -> str:
    """Where within the scene a count's act took place, from a common noun: "inside camp", "near airstrip"; ''.

    "two landed inside the camp itself, while the other two bombs were dropped near the airstrip": the
    verb of each count takes its own spot. Named places are read by :func:`places_of`; determiners are
    dropped so that "the camp" and "a camp" are one spot.
    """
    doc = sent.doc
    tok = doc[q.noun_i] if q.noun_i >= 0 else doc[q.num_end - 1]
    for _ in range(4):  # up to the count's verb
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok or not (sent.start <= tok.head.i < sent.end):
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return ""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_PREPS or q.start <= prep.i < q.end:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in _NOT_A_SPOT or unit_of_word(obj.text):
            continue  # "within hours", "at 50 mph": a time or a measure, no spot
        words = [c.lower_ for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return " ".join([_LOCATIVE_PREPS[prep.lower_], *words, obj.lower_])
    return ""


def is_locus(place: str) -> bool:
    """Is a cell of the ``place`` column a spot of the scene (:func:`locus_of`), not a place name?

    A spot is written in lower case and opens with its preposition; names keep their capitals
    ("Near East" is a name).

    >>> is_locus("inside camp"), is_locus("near airstrip"), is_locus("Yida"), is_locus("Near East")
    (True, True, False, False)
    """
    prep, _, rest = place.partition(" ")
    return bool(rest) and prep in _LOCUS_PREPS and place == place.lower()


def unit_word_after(doc: Doc, i: int) -> str:
    """Canonical unit of the token at ``i``, or ''."""
    return unit_of_word(doc[i].text) if i < len(doc) else ""
