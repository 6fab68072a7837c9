"""Reading every quantity claim into an atom, and the atoms into groups with a verdict.

Each claim is read once: its facet (what it measures), its time window, its
places, and what the other figures of its article make of it (a part, a rival,
an increment). Claims alike in all of that are one atom; :func:`factcmp.clustering.cluster`
merges atoms into groups and :func:`factcmp.reconcile.judging.judge` judges each group.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from factcmp.clustering import cluster
from factcmp.extract.context import INCREMENT, WITH_DOER
from factcmp.extract.scope import is_locus
from factcmp.facets import (
    LENGTH_ROLES,
    WOUNDING_ACTS,
    Facet,
    event_of,
    facet,
    is_fixed,
    noun_of,
)
from factcmp.figure_roles import may_have_role
from factcmp.linkage import Atom, country_names, flag, own_window
from factcmp.reconcile.figures import currency_factors
from factcmp.reconcile.items import COLUMNS, OFF_TOPIC, Item, Read, bounds, num
from factcmp.reconcile.judging import JUST_BELOW, judge
from factcmp.reconcile.parts import counted_with_doer, doer_told_apart, increments, sub_counts
from factcmp.reconcile.placing import (
    named_capital,
    near_names,
    not_near,
    off_the_dateline,
    placed,
    places_inside,
    spots_elsewhere,
    story_places,
    water_places,
)
from factcmp.reconcile.rivals import camp_of, entity_camps, headline_rivals, rival_counts
from factcmp.reconcile.roles import (
    WOUNDED,
    acts_told_of_victims_only,
    classes_counted_dead,
    find_perpetrators,
    find_populations,
    person_aliases,
    sole_suspect,
    sole_victim,
    unnamed_death_age,
    unnamed_suspect_age,
    wounded_by,
)
from factcmp.reconcile.windows import (
    LATER_THAT_DAY,
    carried_windows,
    day_before,
    days_so_far,
    earlier_value,
    risen_value,
    told_before,
)
from factcmp.verdict import AGE_UNIT

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    import pandas as pd

T = TypeVar("T")

# counted nouns that are themselves places: the places beside them do not scope them
_PLACE_NOUNS = frozenset(["country"])
# things whose size no place changes: "a 9 mm handgun" bought in Baton Rouge or in Kansas City
_UNPLACED_ANCHORS = frozenset(["weapon"])
# measures of one thing whatever the places beside them: a quake is "6.1" in Aceh and in Indonesia
# (the places are where it struck, at any grain), so a place never tells two magnitudes apart
_UNPLACED_MEASURES = frozenset(["magnitude"])


# how extraction writes the unit of an age
_YEARS = frozenset(["year", "years"])
# acts counted once, on their day, not revised as a toll rises: the size of a crowd
_COUNTED_ONCE = frozenset(["attended"])
# acts whose count only grows while a story runs: a later day's figure above an earlier "at least" is the
# toll rising past it ("at least nine were hurt" on Saturday, "Eleven people were wounded" on Sunday)
_RUNNING_TOLLS = frozenset(
    ["killed", "injured", "shot", "displaced", "sheltered", "arrested", "charged", "rescued", "damaged", "deployed"]
)
# counts of people in a state a search or a rescue takes them out of: they fall as the story goes on
_FALLING_COUNTS = frozenset(["trapped", "missing", "still missing", "stranded"])


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


# a distance's reference point named by its role only
_THE_CAPITAL = frozenset(["capital", "the capital", "capital city", "the capital city"])


def _group_quantities(claims: pd.DataFrame, documents: pd.DataFrame) -> tuple[list[int], list[str]]:
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    date_col = "published" if "published" in documents.columns else "reference_date"
    pub = {d: str(p or "") for d, p in zip(documents["doc_id"], documents[date_col], strict=True)}
    doc_order = {d: n for n, d in enumerate(documents["doc_id"])}
    first_day = min((p for p in pub.values() if p), default="")
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in COLUMNS}
    n_rows = len(claims)
    factors = currency_factors(cols, n_rows)
    aliases = person_aliases(claims)
    victim = sole_victim(cols, n_rows, aliases, claims["sentence"] if "sentence" in claims.columns else None)
    suspect = sole_suspect(cols, aliases)
    # the act of each predicate as written: a few hundred distinct stems among many thousands of claims
    acts = {p: event_of(p) for p in {str(x or "") for x in cols["predicate"]}}
    deadly = classes_counted_dead(cols, n_rows, acts)
    denied = acts_told_of_victims_only(cols, n_rows, acts)
    populations = find_populations(cols, n_rows, acts)
    perpetrators = find_perpetrators(cols, n_rows, acts)
    carried = carried_windows(claims, first_day)
    risen = {
        str(doc)
        for kind, doc, text, sentence in zip(cols["kind"], cols["doc_id"], cols["text"], cols["sentence"], strict=True)
        if kind == "quantity" and risen_value(str(text or ""), str(sentence or ""))
    }
    within = places_inside(cols)
    setting = story_places(claims)
    capital = named_capital(claims)
    waters = water_places(claims)
    with_doer = counted_with_doer(cols)
    camps = entity_camps(cols, n_rows)
    atoms: dict[tuple[object, ...], Atom] = {}
    facets: dict[tuple[object, ...], Facet] = {}  # many claims share a description
    read: list[Read] = []
    # the same window and place strings recur across thousands of claims: read each once
    windows: dict[str, str] = {}
    doc_info: dict[str, tuple[str, str, int]] = {}  # source, publication date, position of each article
    placings: dict[str, frozenset[str]] = {}
    spotted: dict[str, frozenset[str]] = {}
    spots_of: list[frozenset[str]] = []  # the spots of each claim read, beside read
    off_topics: list[bool] = []  # whether each claim read stands in a live-blog entry about another story
    for n, values in enumerate(zip(*(cols[c] for c in COLUMNS), strict=True)):
        if values[0] != "quantity":
            continue
        row = dict(zip(COLUMNS, values, strict=True))
        unit = str(row["norm_unit"] or row["unit"] or "")
        lo, hi, point = bounds(row["norm_low"], row["norm_high"], row["norm_value"])
        converted = False
        if unit in factors and factors[unit][1] != 1.0:
            base, f = factors[unit]
            lo, hi, point = lo * f, hi * f, None if point is None else point * f
            row["norm_unit"], converted = base, True
        elif unit in factors:
            row["norm_unit"] = factors[unit][0]
        if victim and unnamed_death_age(str(row["quantity_of"] or ""), str(row["subject"] or ""), str(row["predicate"] or "")):
            row["subject"] = victim
        elif suspect and unnamed_suspect_age(
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
        if act in WOUNDING_ACTS and wounded_by(row, deadly):
            # "Two deputy constables were also hit", "were shot": nobody of theirs is counted dead, so those
            # shot are some of the wounded, the grade of "injured" the act is ("two police officers wounded")
            row["predicate"] = WOUNDED + act
        if (
            (lo, hi) in with_doer.get(str(row["doc_id"]), ())
            and flag(row["in_headline"])
            and row["quantity_of"] == "people killed"
        ):
            # "At least 3 dead" over "At least three people are dead, including the gunman": the headline's figure is
            # its body's, counted with the killer
            row["quantity_of"] = f"people killed{WITH_DOER}"
        if capital and str(row["reference"] or "").lower() in _THE_CAPITAL:
            row["reference"] = capital  # "northeast of the capital" where the cluster says "the capital, La Paz"
        sig = (row["norm_unit"], row["unit"], row["quantity_of"], row["predicate"], row["subject"], row["reference"])
        if may_have_role(row):
            # the role of a court story's figure reads its text and sentence too ("up to 15 years", "while the defence")
            sig += (row["text"], row["sentence"], row["attributed_to"])
        fct = facets.get(sig)
        if fct is None:
            fct = facets[sig] = facet(row, aliases=aliases)
        doc = str(row["doc_id"])
        in_headline = flag(row["in_headline"])
        of_doc = doc_info.get(doc)
        if of_doc is None:
            published = pub.get(doc, "")
            if published and doc in risen:
                # an article that tells a toll as risen ("bringing the death toll to three") is the day's later word:
                # all its figures come after those of the other articles of its day
                published += LATER_THAT_DAY
            of_doc = doc_info[doc] = (str(src.get(doc, doc)), published, doc_order.get(doc, 0))
        earlier = earlier_value(str(row["text"] or ""), str(row["sentence"] or ""))
        item = Item(
            row=n,
            doc=doc,
            source=of_doc[0],
            # "21,000 acres, up from 12,400 acres on Tuesday": the article's own report of an earlier figure, dated
            # before the article (the day before, at the latest)
            # "the ministry, which on Tuesday said four people had died": Tuesday's word, in Wednesday's report
            published=told_before(row["date"], of_doc[1]) or (day_before(of_doc[1]) if earlier else of_doc[1]),
            lo=lo,
            hi=hi,
            point=point,
            vague=flag(row["vague"]),
            # a person's age is told to the year, never rounded: "Dale Whitcomb, 73" and "a 74-year-old man" differ
            unit=AGE_UNIT if fct.measure == "age" and str(row["unit"] or "") in _YEARS else str(row["unit"] or ""),
            converted=converted,
            order=(of_doc[2], int(num(row["start"]) or 0)),
            just_below=bool(JUST_BELOW.match(str(row["text"] or ""))),
            headline=in_headline,
            speaker=str(row["attributed_to"] or ""),
            camp=camp_of(str(row["attributed_to"] or "")) or camps.get(str(row["speaker_entity"] or ""), ""),
            sentence=str(row["sentence"] or ""),
            text=str(row["text"] or ""),
            increment=str(row["quantity_of"] or "").startswith(INCREMENT),
        )
        window = _read_once(windows, row["window"], lambda w: own_window(str(w or ""), first_day)) or carried.get(n, "")
        if window[:-1].isdigit() and window.endswith("d") and of_doc[1]:
            window = days_so_far(int(window[:-1]), of_doc[1])
        if flag(row["off_topic"]):
            # another story's figure: never a whole, a part or a rival of this story's in the same article
            window = OFF_TOPIC
        if row["place"] and (str(row["sentence"] or "")[:1].isupper() or str(row["sentence"] or "")[:1] == ","):
            # a dateline's city in capitals, or the comma after one the sentence splitter cut off
            row["place"] = off_the_dateline(str(row["place"]), str(row["sentence"])) or None
        places = _read_once(placings, row["place"], lambda p: placed(p, within))
        near = near_names(str(row["sentence"] or "")) if places and row["place"] else frozenset()
        if near:
            places = not_near(str(row["place"]), near, within)
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
        if fct.measure == "length" and places & setting:
            # "Ramadi, which lies 100 kilometres west of Baghdad": the story's own town is where its distances are
            # told from or of, whether an outlet names it or not ("the city, 110 km west of Baghdad"); another town
            # ("killed in Yauca, about 20 kilometers from Acari") is a distance of its own (linkage.indistinct)
            places = places - setting
        if places & waters and fct.measure != "length":
            # "more than 60 people died in the ferry capsize on the Meghna" and "41 ... in Munshiganj district": a
            # river or sea is where the scene lies, not an area a count is confined to
            places = places - waters
        read.append((fct, window, places, item, in_headline))
        spots_of.append(spots)
        off_topics.append(window == OFF_TOPIC)
    rivals = rival_counts(read)
    # an earlier value and the figure that superseded it go together, as rivals do: neither is a part of the other
    superseded = {
        (item.doc, item.sentence, fct.measure) for fct, _, _, item, _ in read if item.published != doc_info[item.doc][1]
    }
    if superseded:
        for n, (fct, _, _, item, _) in enumerate(read):
            if (item.doc, item.sentence, fct.measure) in superseded:
                rivals[n] = True
    for n, speaker in enumerate(headline_rivals(read, rivals)):
        if speaker is not None:
            # the headline's figure is its body's rival figure, credited as the body credits it
            rivals[n], read[n][3].speaker = True, speaker
    parts = [
        (part or increment) and not rival
        for part, increment, rival in zip(sub_counts(read), increments(read), rivals, strict=True)
    ]
    parts = _copied_parts(read, parts)
    elsewhere = spots_elsewhere(read, spots_of)
    doers_apart = doer_told_apart(read)
    home = setting & country_names()  # the story's own country, where its articles name one
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
                abroad=bool(home and (places & country_names()) - home),
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
            all(a.facet.measure == "length" for a in members),
        )
        for members in cluster(list(atoms.values()))
    ]
    groups.sort(key=lambda g: min(i.order for i in g[0]))
    group_of = [-1] * n_rows
    status_of = [""] * n_rows
    for gid, (g, settled, fixed, running, falling, dead, length) in enumerate(groups):
        status = judge(g, revisable=not fixed, running=running, falling=falling, dead=dead, length=length)
        if settled and status == "updated":
            # every figure is dated to another, earlier period ("in 2004, ... in 13 countries"), or counts a crowd
            # on its one day (police put a march at 36,000, its organisers at 107,000): reports a day apart do not
            # revise history as a toll rises, they disagree about it
            status = "conflict"
        for i in g:
            group_of[i.row] = gid
            status_of[i.row] = status
    return group_of, status_of


def _copied_parts(read: list[Read], parts: list[bool]) -> list[bool]:
    """Parts, with a figure read as a part in every article that repeats its sentence word for word.

    Wire copy repeats a sentence: "At least five people were reportedly injured ... in Takengon" is a part of
    the toll in the article that gives the toll, and the same part in a copy that gives none of its own.
    """
    told_as_part = {(item.sentence, item.text) for (_, _, _, item, _), part in zip(read, parts, strict=True) if part}
    told_as_part.discard(("", ""))
    if not told_as_part:
        return parts
    return [part or (item.sentence, item.text) in told_as_part for part, (_, _, _, item, _) in zip(parts, read, strict=True)]


def _read_once(memo: dict[str, T], raw: object, read: Callable[[object], T]) -> T:
    """``read(raw)``, remembered for a string cell (other cells, NaN or None, are read each time)."""
    if not isinstance(raw, str):
        return read(raw)
    out = memo.get(raw)
    if out is None:
        out = memo[raw] = read(raw)
    return out
