"""Lining quantity claims up by fact across sources, and judging each fact.

Claims are first blocked by what they measure (:mod:`factcmp.facets`: the
event or thing counted, the person an age belongs to, the reference point of
a distance, the currency of an amount), so two facts that happen to share a
number never meet, and the work grows with the size of each block rather
than with the square of all claims. Inside a block, claims with the same
figure and the same scope collapse into *atoms*; atoms then merge by complete
linkage, best-scoring pairs first: every pair in a group must be allowed
together.

Two atoms may share a group when their time windows are compatible, their
counted nouns do not name different things, and one article does not give
both with different figures (an article that says "six injured" and "two
officers injured" is giving a total and a part). Figures that agree (their
intervals meet, within rounding) may merge on that; figures that differ merge
only when nothing tells them apart (same window, place, reference, event and
noun), which is what makes them a conflict rather than two facts.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import gc
import itertools
import math
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from factcmp.clustering import cluster
from factcmp.currency import learn_rates, to_base
from factcmp.extract.context import INCREMENT, WITH_DOER
from factcmp.extract.scope import is_locus
from factcmp.extract.units import CURRENCIES
from factcmp.facets import (
    ANYBODY,
    LENGTH_ROLES,
    POPULATIONS,
    STRONG_EVENTS,
    WOUNDING_ACTS,
    Facet,
    event_of,
    facet,
    is_fixed,
    measure_of,
    noun_of,
    person_key,
)
from factcmp.linkage import PLAUSIBLE_REVISION, SAME_OPEN_REACH, Atom, countries_apart, country_names, flag, own_window
from factcmp.places import places_within
from factcmp.verdict import AGE_UNIT, STATUSES, TOLERANCE, overlaps, verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    import pandas as pd

__all__ = ["STATUSES", "TOLERANCE", "comparable_figures", "group_quantities", "judge", "overlaps", "verdict"]

T = TypeVar("T")

_COLUMNS = (
    "kind",
    "doc_id",
    "norm_low",
    "norm_high",
    "norm_value",
    "norm_unit",
    "unit",
    "vague",
    "window",
    "place",
    "reference",
    "predicate",
    "subject",
    "quantity_of",
    "alt_value",
    "alt_unit",
    "start",
    "in_headline",
    "text",
    "attributed_to",
    "sentence",
    "off_topic",
)


# counted nouns that are themselves places: the places beside them do not scope them
_PLACE_NOUNS = frozenset(["country"])
# things whose size no place changes: "a 9 mm handgun" bought in Baton Rouge or in Kansas City
_UNPLACED_ANCHORS = frozenset(["weapon"])
# measures of one thing whatever the places beside them: a quake is "6.1" in Aceh and in Indonesia
# (the places are where it struck, at any grain), so a place never tells two magnitudes apart
_UNPLACED_MEASURES = frozenset(["magnitude"])


# how extraction writes the unit of an age
_YEARS = frozenset(["year", "years"])
# the counted-noun classes (facets.NOUN_CLASS) of somebody unnamed who may be a cluster's one victim
_VICTIM_NOUNS = frozenset(["", "civilian", "child"])

# the window the reconciler gives a figure of a live blog's entry about another story (factcmp.topics)
_OFF_TOPIC = "off-topic"
# acts counted once, on their day, not revised as a toll rises: the size of a crowd
_COUNTED_ONCE = frozenset(["attended"])
# acts whose count only grows while a story runs: a later day's figure above an earlier "at least" is the
# toll rising past it ("at least nine were hurt" on Saturday, "Eleven people were wounded" on Sunday)
_RUNNING_TOLLS = frozenset(
    ["killed", "injured", "shot", "displaced", "sheltered", "arrested", "charged", "rescued", "damaged", "deployed"]
)
# counts of people in a state a search or a rescue takes them out of: they fall as the story goes on
_FALLING_COUNTS = frozenset(["trapped", "missing", "still missing", "stranded"])

# the counted-noun classes of people a shot may wound as well as kill; not the suspects, whom a count
# with "shot" is mostly of as the ones who fired ("2 shooters on loose" under "Bourbon Street shooting")
_PERSON_NOUNS = frozenset(["", "civilian", "child", "officer", "student"])
# acts on people that wound or kill, and say nothing of which
_WOUNDED = "injured:"
# "four others were shot", "Four other women were also shot": the people shot besides those the story
# has counted, who are its dead
_OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)

# "almost $2 million" is close under $2 million, not anything up to it ("up to $2 million")
_JUST_BELOW = re.compile(r"(almost|nearly|just under|just shy of|close to|approaching)\b", re.I)
JUST_BELOW_SPAN = 0.1


@dataclass(slots=True)
class Item:
    row: int
    doc: str
    source: str
    published: str
    lo: float
    hi: float
    point: float | None
    vague: bool
    unit: str
    converted: bool
    order: tuple[int, int]
    just_below: bool = False  # "almost $2 million": a bound the figure is close under
    headline: bool = False
    speaker: str = ""  # who the article credits the figure to
    rival: bool = False  # set against another source's figure in the same article (see _rival_counts)
    sentence: str = ""
    text: str = ""
    increment: bool = False  # what a toll grew by ("four more people"), as extraction marks it


def group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    """Assign a group number and a status to every quantity row of ``claims``.

    Returns:
        (group number per row, status per row), aligned with ``claims``; rows
        that are not quantities get -1 and ''.
    """
    with cycle_collector_paused():
        return _group_quantities(claims, documents)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for a bulk step, then restore it as it was.

    Grouping and tabling make hundreds of thousands of small objects and no
    reference cycles; the collector would rescan them again and again (a third
    of the time at 100,000 claims). Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    date_col = "published" if "published" in documents.columns else "reference_date"
    pub = {d: str(p or "") for d, p in zip(documents["doc_id"], documents[date_col], strict=True)}
    doc_order = {d: n for n, d in enumerate(documents["doc_id"])}
    first_day = min((p for p in pub.values() if p), default="")
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in _COLUMNS}
    n_rows = len(claims)
    factors = _currency_factors(cols, n_rows)
    aliases = _person_aliases(claims)
    victim = _sole_victim(cols, n_rows, aliases, claims["sentence"] if "sentence" in claims.columns else None)
    suspect = _sole_suspect(cols, aliases)
    # the act of each predicate as written: a few hundred distinct stems among many thousands of claims
    acts = {p: event_of(p) for p in {str(x or "") for x in cols["predicate"]}}
    deadly = _classes_counted_dead(cols, n_rows, acts)
    denied = _acts_told_of_victims_only(cols, n_rows, acts)
    populations = _populations(cols, n_rows, acts)
    perpetrators = _perpetrators(cols, n_rows, acts)
    carried = _carried_windows(claims, first_day)
    within = _places_within(cols)
    atoms: dict[tuple[object, ...], Atom] = {}
    facets: dict[tuple[object, ...], Facet] = {}  # many claims share a description
    read: list[tuple[Facet, str, frozenset[str], Item, bool]] = []
    # the same window and place strings recur across thousands of claims: read each once
    windows: dict[str, str] = {}
    doc_info: dict[str, tuple[str, str, int]] = {}  # source, publication date, position of each article
    placings: dict[str, frozenset[str]] = {}
    spotted: dict[str, frozenset[str]] = {}
    spots_of: list[frozenset[str]] = []  # the spots of each claim read, beside read
    off_topics: list[bool] = []  # whether each claim read stands in a live-blog entry about another story
    for n, values in enumerate(zip(*(cols[c] for c in _COLUMNS), strict=True)):
        if values[0] != "quantity":
            continue
        row = dict(zip(_COLUMNS, values, strict=True))
        unit = str(row["norm_unit"] or row["unit"] or "")
        lo, hi, point = _bounds(row["norm_low"], row["norm_high"], row["norm_value"])
        converted = False
        if unit in factors and factors[unit][1] != 1.0:
            base, f = factors[unit]
            lo, hi, point = lo * f, hi * f, None if point is None else point * f
            row["norm_unit"], converted = base, True
        elif unit in factors:
            row["norm_unit"] = factors[unit][0]
        if victim and _unnamed_death_age(str(row["quantity_of"] or ""), str(row["subject"] or ""), str(row["predicate"] or "")):
            row["subject"] = victim
        elif suspect and _unnamed_suspect_age(
            str(row["quantity_of"] or ""), str(row["subject"] or ""), str(row["predicate"] or ""), str(row["sentence"] or "")
        ):
            row["subject"] = suspect
        act = acts[str(row["predicate"] or "")]
        if act in denied and hi == 0 and noun_of(str(row["subject"] or "")) == "civilian":
            # "The army said no civilians were killed" against "The strike killed at least 54 people": where no
            # count of the act is of fighters, soldiers or officers, the dead are the civilians the army denies
            row["subject"] = "people"
        if populations.get(act) and noun_of(str(row["subject"] or "")) == populations[act]:
            # "An explosion at a chemical plant killed two workers" then "The death toll rose to three": where every
            # count of the act is of the workers or of people in general, the workers are the people counted
            row["subject"] = "people"
        if perpetrators and (str(row["subject"] or "").lower(), act) in perpetrators:
            # "two men got into an argument and opened fire", "the two men who opened fire", "Four men rammed their
            # car into the store ... making off with a booty": the people who did the story's crime are its
            # perpetrators, as "2 shooters" and "four robbers" count them, whatever verb the count hangs on; and
            # so are the same men told with the same verb where an article leaves the crime out
            row["subject"] = "suspect"
        if act in WOUNDING_ACTS and _wounded_by(row, deadly):
            # "Two deputy constables were also hit", "were shot": nobody of theirs is counted dead, so those
            # shot are some of the wounded, the grade of "injured" the act is ("two police officers wounded")
            row["predicate"] = _WOUNDED + act
        sig = (row["norm_unit"], row["unit"], row["quantity_of"], row["predicate"], row["subject"], row["reference"])
        fct = facets.get(sig)
        if fct is None:
            fct = facets[sig] = facet(row, aliases=aliases)
        doc = str(row["doc_id"])
        in_headline = flag(row["in_headline"])
        of_doc = doc_info.get(doc)
        if of_doc is None:
            of_doc = doc_info[doc] = (str(src.get(doc, doc)), pub.get(doc, ""), doc_order.get(doc, 0))
        earlier = _earlier_value(str(row["text"] or ""), str(row["sentence"] or ""))
        item = Item(
            row=n,
            doc=doc,
            source=of_doc[0],
            # "21,000 acres, up from 12,400 acres on Tuesday": the article's own report of an earlier figure, dated
            # before the article (the day before, at the latest)
            published=_day_before(of_doc[1]) if earlier else of_doc[1],
            lo=lo,
            hi=hi,
            point=point,
            vague=flag(row["vague"]),
            # a person's age is told to the year, never rounded: "Dale Whitcomb, 73" and "a 74-year-old man" differ
            unit=AGE_UNIT if fct.measure == "age" and str(row["unit"] or "") in _YEARS else str(row["unit"] or ""),
            converted=converted,
            order=(of_doc[2], int(_num(row["start"]) or 0)),
            just_below=bool(_JUST_BELOW.match(str(row["text"] or ""))),
            headline=in_headline,
            speaker=str(row["attributed_to"] or ""),
            sentence=str(row["sentence"] or ""),
            text=str(row["text"] or ""),
            increment=str(row["quantity_of"] or "").startswith(INCREMENT),
        )
        window = _read_once(windows, row["window"], lambda w: own_window(str(w or ""), first_day)) or carried.get(n, "")
        if window[:-1].isdigit() and window.endswith("d") and of_doc[1]:
            window = _days_so_far(int(window[:-1]), of_doc[1])
        if flag(row["off_topic"]):
            # another story's figure: never a whole, a part or a rival of this story's in the same article
            window = _OFF_TOPIC
        if row["place"] and str(row["sentence"] or "")[:1].isupper():
            row["place"] = _off_the_dateline(str(row["place"]), str(row["sentence"])) or None
        places = _read_once(placings, row["place"], lambda p: _placed(p, within))
        near = _near_names(str(row["sentence"] or "")) if places and row["place"] else frozenset()
        if near:
            places = _not_near(str(row["place"]), near, within)
        spots = _read_once(spotted, row["place"], lambda p: frozenset(x for x in str(p or "").split("|") if is_locus(x)))
        if (
            (fct.measure == "count" and (in_headline or fct.noun in _PLACE_NOUNS))
            or (in_headline and fct.measure.startswith("money"))
            or (fct.measure == "length" and (fct.anchor in LENGTH_ROLES or noun_of(fct.anchor) in _UNPLACED_ANCHORS))
            or fct.measure in _UNPLACED_MEASURES
        ):
            # a headline's place is the story's setting ("One dead, four injured in Volunteer
            # Parkway shootings", "Paris Store Hit by $2.6 Million Jewelry Heist"), not a
            # district the count or amount is limited to; "14 countries" are not counted
            # inside the places named beside them; nor are a quake's depth (the towns beside
            # it are the references of its distances), its magnitude or a handgun's calibre
            places = spots = frozenset()
        read.append((fct, window, places, item, in_headline))
        spots_of.append(spots)
        off_topics.append(window == _OFF_TOPIC)
    rivals = _rival_counts(read)
    # an earlier value and the figure that superseded it go together, as rivals do: neither is a part of the other
    superseded = {
        (item.doc, item.sentence, fct.measure) for fct, _, _, item, _ in read if item.published != doc_info[item.doc][1]
    }
    if superseded:
        for n, (fct, _, _, item, _) in enumerate(read):
            if (item.doc, item.sentence, fct.measure) in superseded:
                rivals[n] = True
    for n, speaker in enumerate(_headline_rivals(read, rivals)):
        if speaker is not None:
            # the headline's figure is its body's rival figure, credited as the body credits it
            rivals[n], read[n][3].speaker = True, speaker
    parts = [
        (part or increment) and not rival
        for part, increment, rival in zip(_sub_counts(read), _increments(read), rivals, strict=True)
    ]
    elsewhere = _spots_elsewhere(read, spots_of)
    doers_apart = _doer_told_apart(read)
    for n, (fct, window, places, item, in_headline) in enumerate(read):
        item.rival = rivals[n]
        off_topic = off_topics[n]
        key = (
            fct, item.lo, item.hi, item.vague, window, places, spots_of[n], elsewhere[n], item.unit, item.converted,
            parts[n], rivals[n], off_topic,
        )  # fmt: skip
        atom = atoms.get(key)
        if atom is None:
            atom = atoms[key] = Atom(
                fct, item.lo, item.hi, item.point, item.vague, window, places, item.unit, item.converted, parts[n],
                spots=spots_of[n], not_spots=elsewhere[n], rival=rivals[n], off_topic=off_topic,
                doer_apart=fct.with_doer and fct.event == "killed" and window in doers_apart,
            )  # fmt: skip
        atom.items.append(item)
        atom.docs.add(item.doc)
        if in_headline:
            atom.headline_docs.add(item.doc)
    groups = [
        (
            [i for a in members for i in a.items],
            all(a.window.startswith("period:") for a in members) or all(a.facet.event in _COUNTED_ONCE for a in members),
            all(is_fixed(a.facet) for a in members),
            all(a.facet.event.partition(":")[0] in _RUNNING_TOLLS for a in members),
            all(a.facet.event in _FALLING_COUNTS for a in members),
            all(a.facet.event == "killed" and not a.facet.with_doer for a in members),
        )
        for members in cluster(list(atoms.values()))
    ]
    groups.sort(key=lambda g: min(i.order for i in g[0]))
    group_of = [-1] * n_rows
    status_of = [""] * n_rows
    for gid, (g, settled, fixed, running, falling, dead) in enumerate(groups):
        status = judge(g, revisable=not fixed, running=running, falling=falling, dead=dead)
        if settled and status == "updated":
            # every figure is dated to another, earlier period ("in 2004, ... in 13 countries"), or counts a crowd
            # on its one day (police put a march at 36,000, its organisers at 107,000): reports a day apart do not
            # revise history as a toll rises, they disagree about it
            status = "conflict"
        for i in g:
            group_of[i.row] = gid
            status_of[i.row] = status
    return group_of, status_of


def _sole_victim(cols: dict[str, list[object]], n_rows: int, aliases: dict[str, str], sentences: pd.Series | None) -> str:
    """The name of the one person a cluster says was killed, when it counts one dead ('' otherwise).

    "One woman in her 20's died at the scene" names nobody. When the outlets
    count one dead, and the one person whose age is told beside a death is
    named ("Teqnika Moultrie, a 30-year-old bus driver ..., was killed"), the
    unnamed age is hers, as an analyst reads it: it is lined up with her
    other ages, and an age that does not fit them is a conflict. Two named
    dead, or a toll above one, and no unnamed age is given to anybody; nor
    to a dead man whose sentence calls him the gunman or the suspect ("the
    gunman, 35, was killed by police"): the toll may leave him out.
    """
    subjects, predicates = cols["subject"], cols["predicate"]
    if not any(
        _unnamed_death_age(str(q), str(subjects[n] or ""), str(predicates[n] or ""))
        for n, q in enumerate(cols["quantity_of"])
        if q and str(q).startswith("age")
    ):
        return ""  # nobody to give an age to: most clusters, and every claim read once more for nothing
    named: dict[str, str] = {}  # person key -> a name as written
    tolls: Counter[float] = Counter()
    seen: set[tuple[str, float]] = set()
    with_doer: set[float] = set()  # "two people were killed, including the suspect": the dead with their killer
    for n in range(n_rows):
        if cols["kind"][n] != "quantity":
            continue
        quantity_of, subject = str(cols["quantity_of"][n] or ""), str(cols["subject"][n] or "")
        if event_of(str(cols["predicate"][n] or "")) != "killed":
            sentence = str(sentences.iat[n]) if sentences is not None else ""
            if quantity_of.startswith("age") and _is_name(subject) and _names_the_victim(sentence):
                # "The victim was identified Wednesday as Dale Whitcomb, 73": the named dead, told with no death verb
                named.setdefault(person_key(subject, aliases), subject)
            continue
        if quantity_of.startswith("age"):
            if _is_name(subject) and not _names_a_suspect(str(sentences.iat[n]) if sentences is not None else ""):
                named.setdefault(person_key(subject, aliases), subject)
            continue
        if str(cols["window"][n] or "").startswith("period:"):
            continue  # "The 2018 Camp Fire killed 85 people": another year's toll, not this story's
        lo, hi, _ = _bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        unit = str(cols["norm_unit"][n] or cols["unit"][n] or "")
        if lo == hi and measure_of(unit, quantity_of) == "count" and (str(cols["doc_id"][n]), lo) not in seen:
            seen.add((str(cols["doc_id"][n]), lo))  # an article that repeats its toll counts once
            tolls[lo] += 1
            if quantity_of.endswith(WITH_DOER):
                with_doer.add(lo)
    # where one article counts the gunman among the dead, its figure ("Two dead" in every headline) is no toll of
    # victims: "leaving one person dead" is (Houston 2016)
    victims = Counter({toll: k for toll, k in tolls.items() if toll not in with_doer})
    if len(named) != 1 or not victims or victims.most_common(1)[0][0] != 1:
        return ""
    return next(iter(named.values()))


# the acts and words that make a man of no role ("a 24-year-old man", facets.ANYBODY) the one the police hold or seek
_HELD_ACTS = frozenset({"arrested", "charged", "booked"})
_SOUGHT = re.compile(r"\b(?:warrant|wanted|person\s+of\s+interest)\b", re.IGNORECASE)


def _unnamed_suspect_age(quantity_of: str, subject: str, predicate: str = "", sentence: str = "") -> bool:
    """Is the claim the age of a suspect the article does not name?

    "A 17-year-old suspect"; and a man or woman the police arrested, charged or seek ("Police arrested a
    32-year-old man", "A murder warrant has been issued for a 24-year-old man"), who is the suspect as an
    analyst reads it.
    """
    if not quantity_of.startswith("age") or _is_name(subject):
        return False
    if noun_of(subject) == "suspect":
        return True
    words = subject.lower().split()
    return bool(words) and words[-1] in ANYBODY and (event_of(predicate) in _HELD_ACTS or _SOUGHT.search(sentence) is not None)


def _sole_suspect(cols: dict[str, list[object]], aliases: dict[str, str]) -> str:
    """The name of the one suspect whose age the cluster gives, when it names one ('' otherwise).

    "A 17-year-old suspect" in the first reports and "the suspect, 18-year-old Tyler Hollins" the
    next day are one person's age told two ways, and their disagreement is the commonest of a
    shooting story's: the unnamed age is lined up with the named one. A name is the suspect's when
    the age's sentence calls somebody the suspect or the gunman ("the suspected gunman, Endicott
    McCray, 24"); two such names (two suspects, or a suspect and his brother) and no age is given
    to anybody.
    """
    subjects, sentences = cols["subject"], cols["sentence"]
    predicates = cols["predicate"]
    if not any(
        _unnamed_suspect_age(str(q or ""), str(subjects[n] or ""), str(predicates[n] or ""), str(sentences[n] or ""))
        for n, q in enumerate(cols["quantity_of"])
    ):
        return ""
    named: dict[str, str] = {}
    for n, q in enumerate(cols["quantity_of"]):
        subject = str(subjects[n] or "")
        if str(q or "").startswith("age") and _is_name(subject) and _names_a_suspect(str(sentences[n] or "")):
            named.setdefault(person_key(subject, aliases), subject)
    return next(iter(named.values())) if len(named) == 1 else ""


def _classes_counted_dead(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[str]:
    """The counted-noun classes some count of the dead is of ("three officers killed": officer)."""
    dead = set()
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or acts[str(cols["predicate"][n] or "")] != "killed":
            continue
        _, hi, _ = _bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        if hi > 0:  # "no officers were killed" counts nobody dead
            dead.add(noun_of(str(cols["subject"][n] or "")))
    return frozenset(dead)


def _acts_told_of_victims_only(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[str]:
    """The acts (killed, injured) the cluster counts, above zero, only of people in general, civilians or children."""
    told: dict[str, bool] = {}
    for n in range(n_rows):
        act = acts[str(cols["predicate"][n] or "")]
        if cols["kind"][n] != "quantity" or act not in ("killed", "injured"):
            continue
        _, hi, _ = _bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        if hi > 0:
            victims = noun_of(str(cols["subject"][n] or "")) in _VICTIM_NOUNS
            told[act] = told.get(act, True) and victims
    return frozenset(act for act, victims in told.items() if victims)


def _populations(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> dict[str, str]:
    """Per act, the one body of people (workers, passengers, protesters, fans) the cluster counts it of, if any.

    A mine's collapse traps "29 miners", "29 workers" and "29 people"; a plant blast kills "two workers", then
    "the death toll rose to three". When no count of the act names another group (officers, children, a
    rescuer...), that body is all the people the act befell, and its counts are the people's.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or str(cols["norm_unit"][n] or cols["unit"][n] or "") != "person":
            continue
        act = acts[str(cols["predicate"][n] or "")]
        if act.partition(":")[0] in STRONG_EVENTS:
            noun = noun_of(str(cols["subject"][n] or ""))
            if noun:
                seen[act].add(noun)
    return {act: next(iter(nouns)) for act, nouns in seen.items() if len(nouns) == 1 and nouns <= POPULATIONS}


def _perpetrators(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The (word, act) of counts of people the cluster says did its crime ("Four men" who "rammed" ... "making off").

    A count of people in general told with a weak verb is of the perpetrators when its sentence says they
    opened fire or made off with the loot (:func:`_did_the_crime`); the same word with the same verb is the
    same men in an article that leaves the crime out ("Four men rammed their car into the store").
    """
    out: set[tuple[str, str]] = set()
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or str(cols["unit"][n] or "") != "person":
            continue
        subject = str(cols["subject"][n] or "")
        act = acts[str(cols["predicate"][n] or "")]
        if (
            act.partition(":")[0] not in STRONG_EVENTS
            and noun_of(subject) == ""
            and _did_the_crime(str(cols["text"][n] or ""), str(cols["sentence"][n] or ""))
        ):
            out.add((subject.lower(), act))
    return frozenset(out)


def _wounded_by(row: dict[str, object], deadly: frozenset[str]) -> bool:
    """Is a count of people shot (or hit) of those the act wounded, not killed?

    So it is when nobody of the group is counted dead in the cluster, or when the count is of "other"
    people ("Teqnika Moultrie was struck in the head and died. Four other women were also shot"): the
    others are those shot besides the dead the story has told. Such a count meets the same count told
    with "wounded"; the grade keeps it from a count that differs ("five officers shot" is no revision
    of "two officers wounded"). The caller has checked the act.
    """
    if str(row["norm_unit"] or row["unit"] or "") != "person" or str(row["quantity_of"] or "").startswith("age"):
        return False
    noun = noun_of(str(row["subject"] or ""))
    return noun in _PERSON_NOUNS and (noun not in deadly or bool(_OTHERS.search(str(row["text"] or ""))))


def _act_told(event: str) -> str:
    """The act as the article tells it: "shot" for the people shot that :func:`_wounded_by` counts as wounded."""
    grade = event.removeprefix(_WOUNDED)
    return grade if grade in WOUNDING_ACTS else event


# the words an age's subject names the dead by, whatever the verb of its sentence
_VICTIM_ROLES = frozenset(["victim", "the victim", "dead man", "dead woman", "the dead man", "the dead woman"])
# a sentence that names the dead: "The victim was identified Wednesday as Dale Whitcomb, 73"
_IDENTIFIED = re.compile(
    r"\b(?:victim|dead (?:man|woman)|body)\b[^.]{0,40}?\bidentified\b|\bidentified the (?:victim|dead|body)\b"
)


# what the perpetrators of a shooting or a robbery do, told in the active voice after the count of them
_CRIME_DONE = (
    r"(?:opened\s+fire|open\s+fire|shot\s+up|fired\s+(?:shots|on|at|into)|robbed|stole|stealing|made\s+off|making\s+off"
    r"|raided|stormed|ransacked)\b"
)
_CRIME_AFTER = re.compile(
    r"\s+(?:who\s+|that\s+)?(?!(?:were|was|are|is|had\s+been|have\s+been|being)\b)"
    r"(?:" + _CRIME_DONE + r"|[^.;:]{0,160}?(?:\band|\bthen|\bbefore|\bafter|,)\s+" + _CRIME_DONE + r")",
    re.IGNORECASE,
)


def _did_the_crime(text: str, sentence: str) -> bool:
    """Does the sentence say the people a count is of did the shooting or the robbery?

    "two men got into an argument and opened fire", "the two men who opened fire", "Four men rammed their
    car into the store, smashing the window and making off with a booty"; not "two men were shot and robbed".
    """
    at = sentence.find(text) if text else -1
    return at >= 0 and _CRIME_AFTER.match(sentence, at + len(text)) is not None


def _names_the_victim(sentence: str) -> bool:
    """Does a sentence say whom the dead person was ("The victim was identified as ...")?"""
    return _IDENTIFIED.search(sentence.lower()) is not None


def _names_a_suspect(sentence: str) -> bool:
    """Does a sentence call somebody the gunman, the suspect, the attacker...?"""
    return any(noun_of(w) == "suspect" for w in re.findall(r"[a-z]+", sentence.lower()))


def _is_name(subject: str) -> bool:
    """Is the subject of an age a name ("Teqnika Moultrie"), not a noun ("woman", "the victim")?"""
    return any(w[:1].isupper() for w in subject.split())


def _unnamed_death_age(quantity_of: str, subject: str, predicate: str) -> bool:
    """Is the claim the age of somebody unnamed who died ("one woman in her 20's died")?

    Only people in general, bystanders and children: "a 20-year-old suspect"
    killed by police or an officer killed elsewhere is somebody else.
    """
    if not quantity_of.startswith("age") or _is_name(subject):
        return False
    if subject.lower().strip() in _VICTIM_ROLES:
        return True  # "the victim, believed to be a 74-year-old man": the role says he died, whatever the verb
    return noun_of(subject) in _VICTIM_NOUNS and event_of(predicate) == "killed"


def _read_once(memo: dict[str, T], raw: object, read: Callable[[object], T]) -> T:
    """``read(raw)``, remembered for a string cell (other cells, NaN or None, are read each time)."""
    if not isinstance(raw, str):
        return read(raw)
    out = memo.get(raw)
    if out is None:
        out = memo[raw] = read(raw)
    return out


def _carried_windows(claims: pd.DataFrame, first_day: str) -> dict[int, str]:
    """Windows a figure takes from the sentence before it: row number -> window.

    "In April last year an 8.6-magnitude quake struck off Banda Aceh." then
    "Five people died and seven were injured in the quake." The second
    sentence has no date, and it goes on telling the earlier episode the first
    one dated. A figure with no window of its own, in a sentence with no date
    at all, right after a sentence whose dates all name one past episode,
    belongs to that episode.
    """
    need = {"kind", "doc_id", "text", "sentence", "start", "date", "date_period"}
    if not need <= set(claims.columns):
        return {}
    kinds = claims["kind"].tolist()
    if "date" not in kinds:
        return {}
    windows = claims["window"].tolist() if "window" in claims.columns else [""] * len(claims)
    by_doc: dict[str, dict[int, tuple[int, set[str]]]] = defaultdict(dict)  # doc -> sentence start -> (end, episodes)
    located = []
    rows = zip(
        kinds,
        claims["doc_id"],
        claims["text"],
        claims["sentence"],
        claims["start"],
        claims["date"],
        claims["date_period"],
        windows,
        strict=True,
    )
    for n, (kind, doc, text, sentence, start, iso, period, window) in enumerate(rows):
        if kind not in ("date", "quantity") or not isinstance(sentence, str) or not isinstance(text, str) or not text:
            continue
        at = sentence.find(text)
        begin_at = _num(start)
        if at < 0 or begin_at is None:
            continue
        begin = int(begin_at) - at
        sent = by_doc[str(doc)].setdefault(begin, (begin + len(sentence), set()))
        if kind == "date":
            # "rebels have been fighting Sudan's army since June": a state that runs up to the story's
            # own days opens no past episode for the next sentence to go on telling
            since = _SINCE.search(sentence[max(0, at - 12) : at]) is not None
            # "Her husband, also a Yeti pilot, died in a crash in 2006.": a date of an event the sentence only names
            # in passing, with an indefinite article, opens no episode; "The crash occurred ..." next is the story's
            passing = _IN_PASSING.search(sentence[max(0, at - 60) : at]) is not None
            sent[1].add("" if since or passing else _episode(str(iso or ""), str(period or ""), first_day))
        elif not (isinstance(window, str) and window):
            located.append((n, str(doc), begin))
    out = {}
    ends: dict[str, dict[int, list[tuple[int, set[str]]]]] = {}  # doc -> sentence end -> (start, episodes)
    for n, doc, begin in located:
        sentences = by_doc[doc]
        if sentences[begin][1]:
            continue  # the sentence has a date of its own
        if doc not in ends:  # sentences looked up by where they end: a scan of all of them per figure was quadratic
            by_end = ends[doc] = defaultdict(list)
            for b, (end, episodes) in sentences.items():
                by_end[end].append((b, episodes))
        # the sentence right before (a space or a line break between them): it ends 0 to 3 characters before
        before = [episodes for gap in range(4) for b, episodes in ends[doc].get(begin - gap, ()) if b < begin]
        if len(before) == 1 and len(before[0]) == 1 and (episode := next(iter(before[0]))):
            out[n] = episode
    return out


_SINCE = re.compile(r"\b(since|ever since)\s+$", re.I)
# "died in a crash in 2006", "injured in an attack on": a past event named in passing, by an indefinite noun phrase
_IN_PASSING = re.compile(r"\b(?:in|during|after|from)\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:in|on)\s+$", re.IGNORECASE)


def _episode(iso: str, period: str, first_day: str) -> str:
    """The window a dated mention opens: "period:2012" for a past episode, "" for the story's own days."""
    if len(iso) < 10 or not iso[:4].isdigit() or int(iso[:4]) < 1800 or not first_day or iso >= first_day:
        return ""
    return own_window(f"period:{iso[:7] if period in ('day', 'month', 'week') else iso[:4]}", first_day)


def _spots_elsewhere(
    read: list[tuple[Facet, str, frozenset[str], Item, bool]], spots: list[frozenset[str]]
) -> list[frozenset[str]]:
    """The spots of the scene a figure with no spot of its own is not about: its article counts them otherwise.

    "One bomb ... fell directly within the camp" and then "two landed and exploded on the outskirts":
    the article's count inside the camp is one, so its "two" is not the two another outlet puts
    inside the camp. The same count is the same measure, counted noun and act, in the same window.
    """
    told: dict[tuple[object, ...], list[tuple[str, float, float]]] = defaultdict(list)
    for (fct, window, _, item, _), own in zip(read, spots, strict=True):
        for spot in own:
            told[(item.doc, fct.measure, fct.noun, fct.event, window)].append((spot, item.lo, item.hi))
    if not told:
        return [frozenset()] * len(read)
    out = []
    for (fct, window, _, item, _), own in zip(read, spots, strict=True):
        others = told.get((item.doc, fct.measure, fct.noun, fct.event, window), []) if not own else []
        out.append(frozenset(spot for spot, lo, hi in others if (lo, hi) != (item.lo, item.hi)))
    return out


def _increments(read: list[tuple[Facet, str, frozenset[str], Item, bool]]) -> list[bool]:
    """Which counts are what a toll grew by ("Four more people died in hospital", "another two were killed")?

    Extraction marks them (:data:`factcmp.extract.context.INCREMENT`), and leaves out a "more" that
    counts others after a count of another act ("killing two bailiffs and injuring two more people").
    An increment is a part of the toll whatever else its article says: it meets the same increment
    told elsewhere, never a toll ("The collapse killed 36" is no earlier figure of "four more"). A
    vague "dozens more" is never one.
    """
    return [
        item.increment and not item.vague and fct.measure == "count" and fct.event.partition(":")[0] in STRONG_EVENTS
        for fct, _, _, item, _ in read
    ]


# a toll said to leave its killers out
_WITHOUT_DOER = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|exclusive\s+of|besides|apart\s+from|did\s+not\s+include|does\s+not\s+include)"
    r"\s+(?:the\s+)?(?:\w+\s+)?(?:attackers?|gunm[ae]n|assailants?|militants?|shooters?|suspects?|bombers?|perpetrators?)\b",
    re.IGNORECASE,
)


def _doer_told_apart(read: list[tuple[Facet, str, frozenset[str], Item, bool]]) -> frozenset[str]:
    """The windows whose dead some article counts both with and without their killer, as two figures.

    "Five people are dead in all, including the gunman" beside "the four people
    killed" in one article shows the cluster counts two sets; an outlet that
    only gives "50 people died, including the shooter" on the first day and
    the victims' 49 on the next has revised one count (issue 4's convention).
    """
    figures: dict[tuple[str, str, bool], set[tuple[float, float]]] = defaultdict(set)
    # windows where an article says its toll leaves the killers out ("27, not counting the attackers"), and where one
    # counts them in ("26 people were killed, including the five gunmen"): two sets, even told by two outlets
    without: set[str] = set()
    within: set[str] = set()
    for fct, window, _, item, _ in read:
        if fct.measure == "count" and fct.event == "killed" and not fct.noun and window != _OFF_TOPIC:
            figures[(item.doc, window, fct.with_doer)].add((item.lo, item.hi))
            if fct.with_doer:
                within.add(window)
            elif _WITHOUT_DOER.search(item.sentence):
                without.add(window)
    return frozenset(
        window
        for (doc, window, with_doer), told in figures.items()
        if with_doer and figures.get((doc, window, False), set()) - told
    ) | (within & without)


# a sentence that sets its credited figure against another source's: "gave a higher toll", "put the death toll at",
# "The state health ministry ... earlier said 54 people died"
_RIVAL_CUE = re.compile(
    r"\b(?:higher|lower|different|conflicting|smaller|larger|own)\s+(?:death\s+)?"
    r"(?:toll|figure|count|estimate|tally|analysis|account|review|investigation)s?\b"
    r"|\bputs?\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+dead)\b"
    r"|\b(?:had\s+)?earlier\s+(?:said|put|gave|reported|told)\b",
    re.IGNORECASE,
)


# who speaks for the state, and who counts independently of it: a toll the government gives and one a rights group
# gives are rival counts of one fact, however far apart ("four", the government said; "at least 12", said Amnesty)
_OFFICIAL = re.compile(
    r"\b(?:government|ministry|minister|president|governor|police|army|military|authorities|officials?|commissioner"
    r"|state\s+media|spokes(?:man|woman|person)\s+for\s+the\s+(?:government|ministry|army|police))\b",
    re.IGNORECASE,
)
_INDEPENDENT = re.compile(
    r"\b(?:amnesty|human\s+rights|rights\s+(?:group|groups|organi[sz]ation|monitor)|monitor(?:ing)?\s+group|observatory"
    r"|opposition|activists?|doctors?|medics?|hospital|ambulance|red\s+cross|red\s+crescent|msf|m[ée]decins\s+sans"
    r"|aid\s+(?:group|agency|workers?)|charity|witness(?:es)?|residents?|unions?)\b",
    re.IGNORECASE,
)


def _camp(speaker: str) -> str:
    """The camp a speaker counts for: official, independent, or "" (neither, or both: "a doctor at the state hospital")."""
    official, independent = bool(_OFFICIAL.search(speaker)), bool(_INDEPENDENT.search(speaker))
    return "official" if official and not independent else "independent" if independent and not official else ""


# words around a figure that make it a part of a set: "including four", "among them two", "four of them", "four more"
_PART_BEFORE = re.compile(
    r"\b(?:including|included|among\s+(?:them|whom|those)|of\s+whom|another|other|further|additional)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:of\s+(?:them|those|whom|the)|more|others?|other\s+people|in\s+hospitals?)\b", re.I)


def _running(window: str) -> bool:
    """Is a window the story's own, so far: none, or counted from a day ("in two days of protests")?"""
    return not window or window.startswith("from:")


def _told_as_part(text: str, sentence: str) -> bool:
    """Do the words beside a figure make it a part of a set ("including four in Kankan", "two of them")?"""
    at = sentence.find(text)
    if at < 0 or not text:
        return False
    return bool(
        _PART_BEFORE.search(sentence[max(0, at - 40) : at]) or _PART_AFTER.match(sentence[at + len(text) : at + len(text) + 40])
    )


def _rival_counts(read: list[tuple[Facet, str, frozenset[str], Item, bool]]) -> list[bool]:
    """Which counts are one source's figure set against another's in the same article?

    "30 people, security sources said, while a health ministry official put the toll at 35": the
    sentence gives two figures of one toll, each credited to somebody else. Neither is a part of the
    other; they are rival figures of one fact, as two outlets' would be. The same count is the same
    act of people in general in the same window, as for :func:`_sub_counts`, in one sentence: figures
    credited to two sources sentences apart are as often a toll and a part ("at least 22 killed",
    said the agency; "five died in Takengon", said the district chief), unless one of them says it
    is set against another's ("The Sudan Doctors Network ... gave a higher toll, saying at least 62";
    "The ministry put the death toll at between 50 and 60"; "The ministry earlier said 54 people died"). A
    count of a named thing is set against the same thing's ("her own analysis of the footage showed officers
    fired at least 14 shots" against the police's 11).
    """
    cues: dict[str, bool] = {}
    told: dict[tuple[object, ...], list[tuple[float, float, str, bool, str, str, frozenset[str], str]]] = defaultdict(list)
    keys: list[tuple[tuple[object, ...], str, bool, str, frozenset[str], str] | None] = []
    for fct, window, places, item, _ in read:
        if not item.speaker or fct.measure != "count" or fct.event.partition(":")[0] not in STRONG_EVENTS:
            keys.append(None)
            continue
        key, speaker = (item.doc, fct.event, fct.noun), _speaker_key(item.speaker)
        cued = cues.get(item.sentence)
        if cued is None:
            cued = cues[item.sentence] = bool(_RIVAL_CUE.search(item.sentence))
        # a whole toll, said plainly: of people in general, nowhere narrower than the story, no part of a set
        whole = (
            not fct.noun
            and not fct.group
            and not item.vague
            and not item.increment
            and item.lo > 0  # a denial ("no casualties") answers a toll; it gives none of its own to set against another
            and not _told_as_part(item.text, item.sentence)
        )
        camp = _camp(item.speaker) if whole else ""
        keys.append((key, speaker, cued, camp, places, window))
        told[key].append((item.lo, item.hi, speaker, cued, item.sentence, camp, places, window))
    out = []
    for keyed, (_, _, _, item, _) in zip(keys, read, strict=True):
        if keyed is None or len(told[keyed[0]]) < 2:
            out.append(False)
            continue
        key, mine, my_cue, my_camp, mine_at, my_window = keyed
        out.append(
            any(
                (lo, hi) != (item.lo, item.hi)
                and not (speaker in mine or mine in speaker)
                and (
                    (
                        window == my_window
                        and (sentence == item.sentence or ((my_cue or cued) and _alike((lo, hi), (item.lo, item.hi))))
                    )
                    # the state's toll against a rights group's, of one place (or a place and its country, or the
                    # story's), however far apart;
                    # one may give the days it counts ("in two days of protests"), the other not
                    or (
                        my_camp
                        and camp
                        and my_camp != camp
                        and (at <= mine_at or mine_at <= at)
                        and (window == my_window or (_running(window) and _running(my_window)))
                    )
                )
                for lo, hi, speaker, cued, sentence, camp, at, window in told[key]
            )
        )
    return out


# how far apart two sources' figures of one toll set against each other sentences apart may be: rival tolls are of
# a size (54 and 62, 30 and 35), a toll and a part of it often are not ("put the toll at 35 ... five died in hospital")
_RIVALS_APART = 1.5


def _alike(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Are two figures (low, high) of a like size, read at their lower ends (or upper, if open below)?"""
    x, y = (lo if math.isfinite(lo) else hi for lo, hi in (a, b))
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) <= 0:
        return False
    return max(x, y) <= _RIVALS_APART * min(x, y)


def _headline_rivals(read: list[tuple[Facet, str, frozenset[str], Item, bool]], rivals: list[bool]) -> list[str | None]:
    """The speaker of the rival figure each uncredited figure of its article restates (None if it restates none).

    "Floods death toll rises to 45" over "has risen to 45, the Interior ministry said, as the Red Cross put
    the toll higher at 52": the headline's 45 is the ministry's, one of two rival figures, not a third
    count its article would keep apart from the 52 as a part of it. So is a figure of the body that
    restates one ("Sixty-two people dead would make it one of the deadliest strikes" below the doctors'
    "at least 62"): a figure is read at its lower end, as a bound restated without its hedge is.
    """
    body: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for (fct, window, _, item, _), rival in zip(read, rivals, strict=True):
        if rival and not item.headline and math.isfinite(item.lo):
            # a headline gives no days ("At least 12 killed") where its body may ("in two days of protests")
            body[(item.doc, fct.event, "" if _running(window) else window, item.lo)].add(item.speaker)
    out: list[str | None] = [None] * len(read)
    if not body:
        return out
    for n, (fct, window, _, item, _) in enumerate(read):
        if not item.speaker and not rivals[n] and fct.measure == "count" and not item.vague:
            speakers = body.get((item.doc, fct.event, "" if _running(window) else window, item.lo))
            if speakers:
                # one source's figure, though the article may credit it twice ("the Sudan Doctors Network",
                # "the doctors' group")
                out[n] = min(speakers)
    return out


def _speaker_key(speaker: str) -> str:
    """A speaker as rival figures are told apart by: "the Interior ministry" -> "interior ministry"."""
    s = speaker.lower().strip()
    return s[4:] if s.startswith("the ") else s


def _sub_counts(read: list[tuple[Facet, str, frozenset[str], Item, bool]]) -> list[bool]:
    """Which counts of people are parts: their article gives a larger figure of the same count.

    An article that says "five dead" and "four other people died in hospital",
    or "24 dead" and "another two people killed", gives a toll and its parts;
    analysts line the toll up with other outlets' tolls and a part only with
    the same part told elsewhere. The same count is the same act, of people in
    general (a toll; "two officers" is already told apart by its noun), in the
    same window; a larger figure beyond any plausible revision
    ("10 killed" beside "230,000 killed") is another fact, not a whole.

    A named group is the whole of the people told after it ("Two deputy
    constables were shot. One man was shot in the hand": one of them), never
    of a count told before it: that is the story's own toll, and a group
    recalled further down is another event's ("One woman died" in Bristol,
    then "12 officers were shot ... in Dallas. Five of the officers died").
    """
    # the lower ends per count, of people in general, with their places
    general: dict[tuple[object, ...], list[tuple[float, frozenset[str]]]] = defaultdict(list)
    named: dict[tuple[object, ...], list[tuple[tuple[int, int], float]]] = defaultdict(list)  # named groups, in order
    keys: list[tuple[object, ...] | None] = []
    for fct, window, places, item, _ in read:
        act = _act_told(fct.event)
        if fct.measure != "count" or act.partition(":")[0] not in STRONG_EVENTS:
            keys.append(None)
            continue
        # the dead with their killer are another set than the victims ("Five people are dead in all, including the
        # gunman" beside "the four people killed"): the victims' toll is no part of it (linkage.can_link)
        key = (item.doc, act, window, act == "killed" and fct.with_doer)
        # people in general may be parts of any count of people ("One man was shot" beside "Two
        # deputy constables were shot": the man is one of the people shot); a named group is
        # only ever a whole here ("two officers" is told apart by its noun already); a vague
        # count is never a part, but its floor is a whole ("injuring one" beside "several others
        # were injured" is one of the injured)
        keys.append(None if fct.noun or item.vague else key)
        if not math.isfinite(item.lo):
            continue
        if not fct.group:  # people in general, also when the article says what for ("11 total arrests for the same offense")
            general[key].append((item.lo, places))
        elif item.unit == "person":
            named[key].append((item.order, item.lo))
    # the largest named group told up to each point of the article, per count
    running: dict[tuple[object, ...], tuple[list[tuple[int, int]], list[float]]] = {}
    for key, groups in named.items():
        groups.sort()
        running[key] = ([order for order, _ in groups], list(itertools.accumulate((lo for _, lo in groups), max)))
    out = []
    for key, (_, _, places, item, _) in zip(keys, read, strict=True):
        # an open bound is read at its bound: "at least 25 of the injured" beside "249 injured"
        figure = item.hi if math.isfinite(item.hi) else item.lo
        if key is None or not math.isfinite(figure) or figure <= 0:  # "no casualties" denies the toll, it is no part of it
            out.append(False)
            continue
        # the article's largest figure of the same count, if one toll could hold both
        # ("In neighbouring Tanzania, at least 155" is no whole of "45 people in Kenya")
        top = max((lo for lo, where in general.get(key, ()) if not countries_apart(places, where)), default=-math.inf)
        if key in running:
            orders, tops = running[key]
            before = bisect.bisect_left(orders, item.order)
            if before:
                top = max(top, tops[before - 1])
        if math.isinf(item.hi) and top <= figure * SAME_OPEN_REACH:
            out.append(False)  # "more than 200" beside "249": the same toll, rounded down
            continue
        out.append(figure * (1 + TOLERANCE) < top <= max(figure, 1.0) * PLAUSIBLE_REVISION)
    return out


def comparable_figures(claims: pd.DataFrame) -> list[tuple[float, float, float | None, str]]:
    """Every claim's (low, high, point, unit) in the units the reconciler compares them in.

    Lengths and weights are in their normalised unit (km, kg); amounts of money
    are converted to the cluster's most common currency where the articles'
    own conversions allow. Non-quantity rows get (-inf, inf, None, "").
    """
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in _COLUMNS}
    factors = _currency_factors(cols, len(claims))
    out: list[tuple[float, float, float | None, str]] = []
    rows = zip(
        cols["kind"], cols["norm_unit"], cols["unit"], cols["norm_low"], cols["norm_high"], cols["norm_value"], strict=True
    )
    for kind, norm_unit, written, low, high, value in rows:
        if kind != "quantity":
            out.append((-math.inf, math.inf, None, ""))
            continue
        unit = str(norm_unit or written or "")
        lo, hi, point = _bounds(low, high, value)
        if unit in factors:
            base, f = factors[unit]
            lo, hi, point, unit = lo * f, hi * f, None if point is None else point * f, base
        out.append((lo, hi, point, unit))
    return out


def _currency_factors(cols: dict[str, list[object]], n_rows: int) -> dict[str, tuple[str, float]]:
    """Currency -> (base currency, factor), from the conversions the articles write."""
    pairs = []
    seen = []
    for n in range(n_rows):
        unit = str(cols["norm_unit"][n] or cols["unit"][n] or "")
        if cols["kind"][n] != "quantity" or unit not in CURRENCIES:
            continue
        seen.append(unit)
        alt_unit = str(cols["alt_unit"][n] or "")
        value, alt = _num(cols["norm_value"][n]), _num(cols["alt_value"][n])
        if alt_unit and value is not None and alt is not None:
            pairs.append((unit, value, alt_unit, alt))
    base, factor = to_base(learn_rates(pairs), seen)
    return {cur: (base, f) for cur, f in factor.items()}


def _person_aliases(claims: pd.DataFrame) -> dict[str, str]:
    """Person names as written -> linked entity id, so "Larry Gordon" and "Gordon" are one person."""
    if "entity_id" not in claims.columns or "entity_type" not in claims.columns:
        return {}
    ids = claims["entity_id"].fillna("").astype(str)
    # a mention the linker put in a person's cluster is that person, even where spaCy typed it ORG ("Tullier")
    ents = claims[(claims["kind"] == "entity") & ((claims["entity_type"] == "PERSON") | ids.str.startswith("per:")) & (ids != "")]
    aliases: dict[str, str] = {}
    by_word: dict[str, set[str]] = defaultdict(set)
    for text, eid in zip(ents["text"], ents["entity_id"], strict=True):
        aliases[str(text)] = str(eid)
        for w in str(text).split():
            if w[:1].isupper() and len(w) > 2:
                by_word[w].add(str(eid))
    # a single name that belongs to one person only ("Gordon", "Lakeem") stands for that person
    for w, ids in by_word.items():
        if len(ids) == 1:
            aliases.setdefault(w, next(iter(ids)))
    return aliases


# words after a name that say what kind of area it is, not which: "Aceh province" is Aceh
_AREA_WORDS = ("province", "district", "regency", "governorate", "prefecture", "county")


# what an article writes before the figure a new one superseded: "up from 12,400 acres", "down from an earlier
# count of about 1,200", "rising from six"
_EARLIER = re.compile(
    r"\b(?:up|down|rising|rose|climbing|falling|fell|increased|decreased)\s+from\s+"
    r"(?:(?:an?|the)\s+(?:earlier|previous|initial|first|official)\s+(?:count|figure|estimate|toll|tally|total|number)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)


def _earlier_value(text: str, sentence: str) -> bool:
    """Is the claim a figure its article says a new one superseded ("up from 30 on Monday")?"""
    if " from " not in sentence:
        return False  # most sentences: no "up from" to look for
    at = sentence.find(text) if text else -1
    return at > 0 and _EARLIER.search(sentence[max(0, at - 60) : at]) is not None


@functools.cache
def _day_before(published: str) -> str:
    """The day before an article's date ('' stays '')."""
    try:
        return str(datetime.date.fromisoformat(published[:10]) - datetime.timedelta(days=1))
    except ValueError:
        return published


@functools.cache
def _days_so_far(days: int, published: str) -> str:
    """The day a stretch of days told up to an article's date began: "from:2026-10-05".

    "killed at least 12 people during two days of protests" on Tuesday and "17 people have been killed in
    three days of protests" on Wednesday count the same protests so far; "500 killed in three days" and "300
    killed in four days" on one day are two stretches.

    >>> _days_so_far(2, "2026-10-06"), _days_so_far(3, "2026-10-07T09:00:00")
    ('from:2026-10-04', 'from:2026-10-04')
    """
    try:
        day = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return f"{days}d"
    return f"from:{day - datetime.timedelta(days=days)}"


# a place a figure is only near: "a chemical plant near Houston", "outside Paris", "close to the border"; or a name
# that only names the site: "18 miners remain trapped in the Dongfeng coal mine"
_NAME = r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
_NEAR_WORD = re.compile(r"\b(?:near|outside|close to|mines?|colliery|plants?|factory|refinery|mills?|warehouses?)\b")
_NEAR_NAME = re.compile(rf"\b(?:near|outside|close to)\s+(?:the\s+)?{_NAME}")
_SITE_NAME = re.compile(
    rf"{_NAME}\s+(?:coal\s+|gold\s+|chemical\s+|power\s+)?(?:mine|colliery|plant|factory|refinery|mill|warehouse)s?\b"
)


# a dateline: the city the reporter filed from, in capitals, then perhaps its state or the date and the agency
# ("DALLAS — ", "WICHITA, Kan. — ", "BEIJING, Feb 9 (Reuters) - ", "CALAPAN CITY — ")
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'\- ]{2,}[A-Z])(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([^)]{1,40}\))?\s*(?:[\u2014\u2013]|-{1,2})\s"
)


@functools.lru_cache(maxsize=4096)
def _off_the_dateline(place: str, sentence: str) -> str:
    """The places of a claim without the city of its sentence's dateline.

    "DALLAS — Three officers were killed in Baton Rouge": the dateline says where the story was filed from
    (Dallas, Wichita, Beijing, Lima), not where its figures happened; as a place it would keep a toll apart
    from the same toll told from the scene.
    """
    m = _DATELINE.match(sentence)
    if not m:
        return place
    city = m.group(1).lower()
    kept = [p for p in place.split("|") if not (p.lower().startswith(city) or city.startswith(p.lower()))]
    return "|".join(kept)


@functools.lru_cache(maxsize=4096)
def _near_names(sentence: str) -> frozenset[str]:
    """The names a sentence puts a figure near, or names its site by ("near Houston", "the Dongfeng coal mine")."""
    if not _NEAR_WORD.search(sentence):
        return frozenset()  # most sentences: one cheap look for the words, before the names
    return frozenset(_place_key(m.group(1)) for pattern in (_NEAR_NAME, _SITE_NAME) for m in pattern.finditer(sentence))


def _not_near(place: str, near: frozenset[str], within: dict[str, frozenset[str]]) -> frozenset[str]:
    """A claim's places without those its sentence only puts it near: the plant "near Houston" is not in Houston."""
    kept = "|".join(x for x in place.split("|") if x and _place_key(x) not in near)
    return _placed(kept, within)


def _placed(place: object, within: dict[str, frozenset[str]]) -> frozenset[str]:
    """The place keys of a claim's place column, with the places the cluster says they lie inside."""
    keys = frozenset(_place_key(x) for x in str(place or "").split("|") if x)
    return keys.union(*(within[k] for k in keys if k in within))


def _places_within(cols: dict[str, list[object]]) -> dict[str, frozenset[str]]:
    """The places the cluster's articles say its claims' places lie inside ("the Ikoyi district of Lagos")."""
    known = {_place_key(x) for p in set(cols["place"]) if p for x in str(p).split("|") if x}
    if len(known) < 2:
        return {}
    sentences = {str(s) for s in set(cols["sentence"]) if s}
    return places_within(sentences, known, _place_key, exclude=country_names())


def _place_key(place: str) -> str:
    """A place as the reconciler compares it: "the Aceh province" and "Aceh" are one place.

    >>> _place_key("Aceh province"), _place_key("the Bener Meriah district"), _place_key("Central Aceh")
    ('aceh', 'bener meriah', 'central aceh')
    """
    p = place.lower().strip()
    p = p[4:] if p.startswith("the ") else p
    name, _, last = p.rpartition(" ")
    return name if name and last in _AREA_WORDS else p


def _bounds(low: object, high: object, value: object) -> tuple[float, float, float | None]:
    lo = _num(low)
    hi = _num(high)
    v = _num(value)
    if lo is None and hi is None and v is not None:
        lo = hi = v
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi, v)


def _num(x: object) -> float | None:
    if x is None:
        return None
    try:
        f = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def judge(items: list[Item], *, revisable: bool = True, running: bool = False, falling: bool = False, dead: bool = False) -> str:
    """The verdict of one group of claims (see :func:`verdict`).

    ``revisable`` is False for a fixed property, ``running`` True for a toll that only grows, ``falling`` True
    for a count of people a search takes out of a state (trapped, missing), ``dead`` True for a count of the
    dead (without their killer), which never falls.
    """
    # a headline drops the body's hedge: "Lagos tower toll reaches 36" over "At least 36 people were killed" says
    # "at least 36", which a later 40 revises, not contradicts
    bounds = (
        {(i.doc, i.lo) for i in items if not i.headline and math.isfinite(i.lo) and math.isinf(i.hi)}
        if any(i.headline for i in items)
        else set()
    )
    estimates_apart = _estimates_apart(items)
    figures = [
        ((i.lo, math.inf) if i.headline and (i.doc, i.lo) in bounds else _judged(i, estimates_apart))
        # rival figures of one article are two sources' word, as two outlets' would be
        + (i.vague, i.published, f"{i.source} ({_speaker_key(i.speaker)})" if i.rival else i.source)
        for i in items
    ]
    # only rival figures are set side by side; an article's own earlier and later toll (a live blog) is a rise
    reports = [i.doc if i.rival else f"{i.doc}#{n}" for n, i in enumerate(items)] if any(i.rival for i in items) else None
    status = verdict(
        figures,
        units=[i.unit for i in items],
        revisable=revisable,
        reports=reports,
        running=running,
        falling=falling,
        dead=dead,
    )
    if status == "updated" and _rival_last_word(items):
        # "31 bodies, four more than the government's count of 27", said the ambulance service the next day: a
        # rival claimant's higher count is no revision of the official toll, it stands against it
        return "conflict"
    return status


def _rival_last_word(items: list[Item]) -> bool:
    """Is the latest figure only an independent counter's, where the state gave the earlier ones?"""
    latest = max(i.published for i in items)
    last = [i for i in items if i.published == latest and not i.vague]
    if not last or any(_camp(i.speaker) != "independent" for i in last):
        return False
    return any(_camp(i.speaker) == "official" for i in items if i.published < latest and not i.vague)


def _estimate(item: Item) -> bool:
    """Is the figure a hedged point ("about 50": a point inside its own interval)?"""
    return item.point is not None and not item.vague and item.lo < item.point < item.hi


def _estimates_apart(items: list[Item]) -> bool:
    """Do the group's two farthest estimates each fall outside the other's slack?

    The slack of "about" is for rounding one figure: "about 50" and "about 60" dead, or "about 12
    million euros" and "about 10 million", are two estimates, not one figure rounded two ways, though
    their slacks overlap (54 to 55). "About 100 km" and "about 60 miles" (96.6 km) are one.
    """
    about = [(i.point, i) for i in items if i.point is not None and _estimate(i)]
    if len(about) < 2:
        return False
    (p_low, low), (p_high, high) = min(about, key=lambda e: e[0]), max(about, key=lambda e: e[0])
    return not (low.lo <= p_high <= low.hi and high.lo <= p_low <= high.hi)


def _judged(item: Item, estimates_apart: bool = False) -> tuple[float, float]:
    """The interval a figure is judged by: "almost $2 million" is a little under $2 million.

    Grouping still reads the open interval ("almost $2 million" may be the
    theft another outlet puts at £910,000); judging then sees they differ.
    Estimates that fall apart (:func:`_estimates_apart`) are judged at their points.
    """
    if estimates_apart and item.point is not None and _estimate(item):
        return item.point, item.point
    lo, hi = item.lo, item.hi
    if math.isinf(lo) and math.isfinite(hi) and hi > 0 and item.just_below:
        return hi * (1 - JUST_BELOW_SPAN), hi
    return lo, hi
