"""When two claims may be one fact: the pairwise rules of the reconciler.

Claims of one block that share a figure and a scope are gathered into an
:class:`Atom`; :func:`can_link` says whether two atoms may stand in one
group, and :func:`score` how much they look like one fact, so the best pairs
merge first.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.facets import CROWD_ACTS, LEXICON_EVENTS, STRONG_EVENTS, WOUNDING_ACTS, Facet
from factcmp.figure_roles import roles_apart
from factcmp.verdict import COUNTED_ONE_BY_ONE, COUNTED_UNITS, CROSS_UNIT_TOLERANCE, overlaps, tolerance

if TYPE_CHECKING:
    from factcmp.reconcile import Item

_OPEN_WINDOWS = {"recent", ""}
# a weakly keyed block ("$2.5m" and "$2.6m", no event to name them) holds one fact
# with differing figures only when the figures are of a similar size
_SIMILAR_SIZE = 2.0
# even a firmly named fact is not revised by more than this factor (the dev clusters show a toll of 1 becoming 24)
PLAUSIBLE_REVISION = 30.0
# "at least 50" agrees with figures up to this many times 50; beyond, they are only compatible
OPEN_REACH = 5.0
# within one article, "more than 200" and "249" are one figure told twice; "at least 5" and "249" are not
SAME_OPEN_REACH = 1.5
# how far apart two agencies' readings of one quake's magnitude go (6.1 and 6.2 are one quake, 6.4 and 8.6 two)
MAGNITUDE_READINGS = 0.5
# how far apart (in days, as ages are compared) two ages of "a man" or "a woman" go before they are two people
_ANYBODYS_AGES_APART = 10 * 365.25
# amounts a story raises as it runs, named by their noun
_RUNNING_AMOUNTS = frozenset(["reward", "bounty"])
# measures a story's act keeps growing: the area a fire has burned, the share of it contained
_RUNNING_MEASURES = frozenset(["area", "percent"])
# how far a vague count ("dozens": 24-99) stretches to meet a figure
_VAGUE_SLACK = 0.5
# measures whose verb says nothing about which fact a figure is ("made off with $2m", "valued at $2m")
VERBLESS = ("money", "magnitude", "percent", "age", "length", "duration", "speed")
# measures whose figures a place in the sentence scopes: a toll by district, a distance of one
# town from the border, a theft in Antibes; not a person's age or the length of "the blitz"
_PLACED = ("count", "length", "money", "speed")


@dataclass(slots=True)
class Atom:
    """Claims of one block with the same figure and scope (usually one per outlet saying it)."""

    facet: Facet
    lo: float
    hi: float
    point: float | None
    vague: bool
    window: str
    places: frozenset[str]
    unit: str
    converted: bool
    part: bool = False  # a sub-count: its article gives a larger figure of the same count
    rival: bool = False  # its article sets another source's figure of the same count against it
    off_topic: bool = False  # told in a live-blog entry about another story (factcmp.topics)
    # the dead counted with their killer, in a cluster where an article counts the victims beside them
    doer_apart: bool = False
    # placed in a country other than the story's own (reconcile.placing.story_places names one)
    abroad: bool = False
    # spots of the scene the figure's act took place at ("inside camp", "near airstrip"), also in places
    spots: frozenset[str] = frozenset()
    # spots a figure with none of its own is not about: its article gives them another figure
    not_spots: frozenset[str] = frozenset()
    items: list[Item] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    headline_docs: set[str] = field(default_factory=set)  # the articles whose headline gives it
    # derived once, read for every pair the atom is weighed in
    verbless: bool = False
    exact: bool = False
    bounded: bool = False  # both ends finite
    small: float = math.inf  # smallest and largest finite |end| (for size ratios and slack)
    large: float = -math.inf
    log_ref: float | None = None  # log10 of the figure's representative point
    open_window: bool = False  # "" or "recent": compatible with any window but a period
    period: bool = False
    open_up: bool = False  # "at least 50": a positive lower bound and no upper one
    open_down: bool = False  # "at most 50"
    own_tolerance: float = 0.0  # the slack against a figure written in the same unit
    countries: frozenset[str] = frozenset()  # the places that are countries

    def __post_init__(self) -> None:
        """Derive the fields every pairwise rule reads."""
        self.verbless = self.facet.measure.startswith(VERBLESS)
        self.exact = self.lo == self.hi and not self.vague
        self.bounded = math.isfinite(self.lo) and math.isfinite(self.hi)
        ends = [abs(x) for x in (self.lo, self.hi) if math.isfinite(x)]
        if ends:
            self.small, self.large = min(ends), max(ends)
        ref = self.point if self.point is not None else (self.lo if math.isfinite(self.lo) else self.hi)
        if self.vague and self.bounded and self.lo > 0:
            ref = math.sqrt(self.lo * self.hi)  # "dozens" (24-99) is nearer 50 than 5 or 249
        self.log_ref = math.log10(ref) if math.isfinite(ref) and ref > 0 else None
        self.open_window = self.window in _OPEN_WINDOWS
        self.period = self.window.startswith("period:")
        self.open_up = math.isinf(self.hi) and math.isfinite(self.lo) and self.lo > 0
        self.open_down = math.isinf(self.lo) and math.isfinite(self.hi) and self.hi > 0
        self.own_tolerance = tolerance(self.unit, self.unit, self.large)
        self.countries = self.places & country_names() if self.places else frozenset()


def _tol(a: Atom, b: Atom) -> float:
    # two amounts written in dollars compare as dollars, even when both were converted to euros
    return a.own_tolerance if a.unit == b.unit else CROSS_UNIT_TOLERANCE


def flag(x: object) -> bool:
    """A boolean cell read from a frame or CSV: NaN and NA are False."""
    try:
        return bool(x) and x == x  # NaN / NA read from a CSV are not True
    except (TypeError, ValueError):
        return False


#: the window of a figure of another, earlier event the article names but does not date ("the worst storm since
#: Hurricane Willa, which killed nine"): a period, so it meets only itself and never the story's own figures
EARLIER_EPISODE = "period:earlier"


def own_window(window: str, first_day: str) -> str:
    """A period window that holds the event itself scopes nothing: "in November" in a story about November.

    ``first_day`` is the earliest publication date of the cluster, the best
    guess at when the event happened.

    >>> own_window("period:2016-11", "2016-11-27"), own_window("period:2004", "2013-07-02")
    ('', 'period:2004')
    """
    if not window.startswith("period:") or window == EARLIER_EPISODE:
        return window
    period = window[len("period:") :]
    year = period[:4]
    if not year.isdigit() or int(year) < 1800:
        return ""  # a clock time read as a year ("07:37" -> 737) is no window
    return "" if first_day and first_day.startswith(period) else window


def windows_compatible(a: Atom, b: Atom) -> bool:
    """May two windows scope one fact? The same, one open, or one period inside the other.

    "May 2012" lies in "2012": the 8.7-magnitude quake "in May 2012" and the 8.6
    "in 2012" may be one quake. An amount with no window may be the amount of a
    theft another outlet dates (money is told apart by what it is of, not by
    when); a count with no window is the story's own toll, not one of 2004.
    """
    if a.window == b.window:
        return True
    if a.window.startswith("rate:") or b.window.startswith("rate:"):
        return False  # "hundreds of people die in sea accidents every year" is a rate, no toll of the story's days
    if a.period and b.period:
        x, y = a.window, b.window
        return x.startswith(y) or y.startswith(x)
    if a.period or b.period:
        other = b if a.period else a
        return other.window == "" and a.facet.measure.startswith("money")
    return a.open_window or b.open_window


@functools.cache
def country_names() -> frozenset[str]:
    """Names of countries as the reconciler keys places ("kenya", "south sudan"), from the tz database's list.

    pytz (dateparser's own dependency) carries ISO 3166's names as the tz database writes them:
    "Korea (South)" is keyed "korea", which only ever matches a place written "Korea".
    """
    import pytz

    return frozenset(name.partition(" (")[0].lower() for name in pytz.country_names.values())


def countries_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does each side name a country, and no country of one the other's?"""
    if not a or not b or a & b:
        return False
    countries = country_names()
    in_a, in_b = a & countries, b & countries
    return bool(in_a and in_b) and in_a.isdisjoint(in_b)


def _town_and_country(a: Atom, b: Atom) -> bool:
    """Does one side name only countries and the other no country ("off Calapan" and "off the central Philippines")?

    factcmp has no gazetteer: a town may lie in the country, so the two places do not tell a part from a total
    as two districts do; a part told beside its total in one article is marked a part already.
    """
    return (a.places == a.countries and not b.countries) or (b.places == b.countries and not a.countries)


def _places_disjoint(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or a & b:
        return False
    # "aceh" and "aceh province", "houston" and "west houston" name one place
    return not any(x in y or y in x for x in a for y in b)


def _meet(a: Atom, b: Atom, tol: float) -> bool:
    """Do the intervals of two atoms meet, within ``tol`` of the larger figure? (``overlaps``, unrolled)."""
    slack = tol * max(a.large, b.large, 0.0)
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


def _same_figure(a: Atom, b: Atom) -> bool:
    """Could two figures of one article be the same fact told twice?

    "500" and "about 500", "between 6,000 and 8,000" and "8,000", "thousands"
    and "8,000" can; "at least 5" and "249" cannot: an open bound meets any
    larger figure, so it needs a matching point.
    """
    if a.vague != b.vague:
        # "dozens injured" in the headline, "at least 50" in the body: the vague count holds the figure
        vague, other = (a, b) if a.vague else (b, a)
        figure = other.point if other.point is not None else (other.lo if math.isfinite(other.lo) else other.hi)
        return math.isfinite(figure) and vague.lo <= figure <= vague.hi
    if a.point is not None and b.point is not None and not (a.vague or b.vague):
        if a.open_up != b.open_up or a.open_down != b.open_down:
            return _bound_near_point(a, b) or _bound_near_point(b, a)
        return overlaps((a.point, a.point), (b.point, b.point), _tol(a, b))
    return a.bounded and b.bounded and overlaps((a.lo, a.hi), (b.lo, b.hi), _tol(a, b))


def _bound_near_point(a: Atom, b: Atom) -> bool:
    # "more than 200" beside "249": the writer rounded the figure down to a bound
    if not b.exact or b.point is None:
        return False
    if a.open_up:
        return a.lo * (1 - _tol(a, b)) <= b.point <= a.lo * SAME_OPEN_REACH
    if a.open_down:
        return a.hi / SAME_OPEN_REACH <= b.point <= a.hi * (1 + _tol(a, b))
    return False


def _one_figure(a: Atom, b: Atom) -> bool:
    """Do two atoms give the very same figure ("two", "2"; "at least 3" and "three"), not merely meet?"""
    if a.exact and b.exact:
        return agree(a, b)
    return _bound_at_point(a, b) or _bound_at_point(b, a)


def _bound_at_point(a: Atom, b: Atom) -> bool:
    """Is ``a`` an open bound ("at least 3") whose very figure ``b`` gives exactly ("three")?"""
    if not (b.exact and b.point is not None and (a.open_up or a.open_down)) or a.vague:
        return False
    end = a.lo if a.open_up else a.hi
    return overlaps((end, end), (b.point, b.point), _tol(a, b))


def agree(a: Atom, b: Atom) -> bool:
    """Do two figures agree? Intervals meet; an open bound must also be near the other figure.

    "more than 185" agrees with "212", but "at least 5" and "249" are only
    compatible: they are kept apart rather than called one fact. A vague
    count agrees with what its loose interval holds ("dozens" with 50, not with 7).
    """
    # _meet and _tol written out: every pair weighed asks this, often several times
    large = a.large if a.large > b.large else b.large
    if a.vague or b.vague:
        # a vague count stretches by half of itself, either way: "dozens" (24-99) reaches 12 to 148, not 7
        alo, ahi = (a.lo * (1 - _VAGUE_SLACK), a.hi * (1 + _VAGUE_SLACK)) if a.vague else (a.lo, a.hi)
        blo, bhi = (b.lo * (1 - _VAGUE_SLACK), b.hi * (1 + _VAGUE_SLACK)) if b.vague else (b.lo, b.hi)
        return alo <= bhi and blo <= ahi
    if a.unit == b.unit:
        # a count below a thousand is counted, not rounded (verdict.tolerance): 49 dead are not 50
        tol = 0.0 if a.unit in COUNTED_UNITS and large < COUNTED_ONE_BY_ONE else a.own_tolerance
    else:
        tol = CROSS_UNIT_TOLERANCE
    slack = tol * large if large > 0.0 else 0.0
    if not (a.lo <= b.hi + slack and b.lo <= a.hi + slack):
        return False
    return (not (a.open_up or a.open_down) or _near_bound(a, b)) and (not (b.open_up or b.open_down) or _near_bound(b, a))


def _near_bound(a: Atom, b: Atom) -> bool:
    # a's open side must not be what lets it meet b
    if a.open_up:
        far = b.lo if math.isfinite(b.lo) else b.hi
        if a.facet.measure == "magnitude":
            # a logarithmic scale: "two aftershocks of more than 5.0 magnitude" are fives, not the 6.1 main
            # quake (ten times stronger); a bound reaches the figures it rounds down, below the next whole unit
            return not math.isfinite(far) or far < math.floor(a.lo) + 1
        return not math.isfinite(far) or far <= a.lo * OPEN_REACH
    if a.open_down:
        near = b.hi if math.isfinite(b.hi) else b.lo
        return not math.isfinite(near) or near * OPEN_REACH >= a.hi
    return True


def can_link(a: Atom, b: Atom, *, evidence: bool = True) -> bool:
    """May two atoms of one block stand in one group?

    With ``evidence=False`` only what keeps two figures apart is asked (another
    window, noun, act or place, a part of one article, too far a size): that is
    what every pair of a group must pass. A merge also needs one pair with
    evidence that the figures are one fact, which for two amounts of money with
    no event is a place or a verb they share.
    """
    fa, fb = a.facet, b.facet
    if a.off_topic != b.off_topic:
        return False  # "The storm has killed five people" in a live blog's storm entry is not the shooting's toll
    if (a.spots and b.spots and a.spots.isdisjoint(b.spots)) or a.spots & b.not_spots or b.spots & a.not_spots:
        # "two landed inside the camp itself, while the other two bombs were dropped near the airstrip":
        # two spots of one scene are two facts, even when their figures agree; and an article that
        # puts one bomb inside the camp does not put its other two there
        return False
    if a.countries and b.countries and a.countries.isdisjoint(b.countries) and fa.measure == "count":
        # "45 people in Kenya" and "In neighbouring Tanzania, at least 155 people have been killed": two
        # countries' tolls, even where "at least 38" would hold either figure (a distance's places are its
        # ends: "10 miles from the border with Sudan" is in South Sudan)
        return False
    if a.abroad != b.abroad and fa.measure == "count":
        # "In neighbouring Sri Lanka, four people were killed" in a live blog of a cyclone in Bangladesh: another
        # country's toll, never the story's own however the story's figure is placed (or not placed at all)
        return False
    if fa.total != fb.total and (fb if fa.total else fa).event.partition(":")[0] in STRONG_EVENTS:
        # "there was only one gunman at the scene" counts the gunmen, "One suspect is deceased" those who died:
        # the whole set and the part an act befell are two facts, even when their figures agree
        return False
    if (a.doer_apart or b.doer_apart) and fa.with_doer != fb.with_doer and not _one_figure(a, b):
        # "Five people are dead in all, including the gunman" beside "four people killed" in one article: the
        # cluster counts the dead with their killer and the victims as two sets, so the first never revises the
        # second. A figure equal to the victims' may still be it told with the doer ("two dead" headlines and
        # "two killed, including the suspect"); where no article counts both, "50 died, including the shooter"
        # then "49 killed" is one count revised (reconcile.parts.doer_told_apart). An open bound that holds the victims'
        # figure is no such restatement ("At least three people are dead, including the gunman" is not "Four killed")
        return False
    if roles_apart(fa.role, fb.role):
        # "Prosecutors sought 12 to 14 years", "his lawyer asked for eight years", "could have been jailed for up to 15
        # years", "was jailed for 11 years": a side's ask, the maximum and the sentence are facts of their own
        return False
    if a.part != b.part:
        # "four other people died in hospital" beside the article's five dead is a part of the toll:
        # it meets the same part told elsewhere, never another article's toll
        return False
    if a.part and not agree(a, b) and not a.places & b.places:
        # parts of a toll ("four died in hospital", "one man in a landslide") are told apart
        # by circumstances, not by their figures: two that differ are two parts
        return False
    if not windows_compatible(a, b) and not _same_magnitude_dated_once(a, b):
        return False  # a figure about April is not one about this week; "3d" is not "4d"
    if fa.event != fb.event and not _events_compatible(a, b):
        return False
    if fa.event in CROWD_ACTS and fb.event in CROWD_ACTS and _places_disjoint(a.places, b.places):
        # "about 150 people had gathered" in the bar on Adams Street and "Hundreds of people gathered at Promenade
        # Park" the next night to remember the dead: a crowd is where it gathered, whatever its size
        return False
    if fa.noun != fb.noun:
        if fa.noun and fb.noun:
            if fa.group == fb.group and not (fa.reason and fb.reason):
                # "faces four new charges" and "four counts of aggravated assault": one count told with and
                # without what it is for; only the same figure says so (the reason may tell two counts apart)
                return _same_figure(a, b) and agree(a, b)
            return False  # "two officers" and "two children" are two facts
        if fa.measure.startswith("money"):
            # "an estimated two million euros" and "a 2 mn-euro jewellery heist": one amount told with and
            # without the thing it is the value of; a hedge narrows no amount the way "hundreds" does a count
            return _same_figure(a, b) and agree(a, b)
        # "three officers killed" and "three killed" may be one fact; "hundreds killed" and "15 soldiers" are not
        named, general = (a, b) if fa.noun else (b, a)
        if general.unit == "person" and named.unit != "person":
            # "injuring two more people" and "two gunshot wounds": the named thing is not a group of people,
            # so it cannot be the people another count is of, whatever act both are told with
            return False
        exact = a.exact and b.exact
        if exact and a.lo == 0 and b.lo == 0:
            # a shared zero is no evidence of one fact: "no children were injured" holds beside
            # "20 wounded" as well as beside "no one was injured", so it is not that denial told twice
            return False
        # within one article, "two men" and "two constables" are two groups of people
        # unless the act is the same firm event ("three killed", "three officers killed"); a measure
        # whose verb says nothing is one figure told twice ("magnitude-6.1" and "Magnitude 6.1
        # Earthquake Killed" in one article)
        same_doc_ok = a.verbless or (fa.event == fb.event and fa.event.partition(":")[0] in LEXICON_EVENTS)
        # "shot and killed three police officers and wounded several more" and "three other officers were
        # wounded": a vague count of people that holds the group's figure, told with the same firm act
        held = general.vague and named.exact and fa.event == fb.event and fa.event in LEXICON_EVENTS
        # "At least 3 officers are dead" and "killing three": a bound at the very figure is that figure ("at least 12
        # officers" beside "15 killed" may be the officers among the dead, so the point must sit on the bound)
        bound = _bound_at_point(a, b) or _bound_at_point(b, a)
        return (exact or held or bound) and _same_figure(a, b) and (a.docs.isdisjoint(b.docs) or same_doc_ok)
    if not a.docs.isdisjoint(b.docs) and not _same_figure(a, b) and _parts_possible(a, b) and not (a.rival and b.rival):
        # one article giving two counts gives two facts (a total and a part), unless it credits them to two
        # sources set against each other ("security sources said, while a health ministry official put the toll at 35")
        return False
    if not (fa.named or fb.named) and _places_disjoint(a.places, b.places) and not (fa.event and fa.event == fb.event):
        return False  # "$2.5m" stolen in Antibes and "$2.5m" taken in Paris: two thefts, one number
    if agree(a, b):
        return True
    if fa.umbrella != fb.umbrella:
        # "five cars and a van were set alight" and "Six vehicles were set on fire": the cars are some of the
        # vehicles, so a figure of one kind below the class's is no rival of it (the same figure is one fact)
        return False
    return indistinct(a, b, evidence=evidence)


def _same_magnitude_dated_once(a: Atom, b: Atom) -> bool:
    """Is one the very magnitude the other dates to a past year ("a massive 9.1-magnitude quake" of 2004)?

    "The 2004 tsunami ... was triggered by a massive 9.1-magnitude quake" and "the magnitude 9.1 quake that
    triggered the tsunami in 2004": a magnitude names its quake, so a figure with no window of its own meets
    the same figure dated elsewhere; a different figure stays apart (this year's 6.1 is not 2012's 8.6).
    """
    if a.facet.measure != "magnitude" or not (a.exact and b.exact) or a.lo != b.lo:
        return False
    return (a.window == "" and b.period) or (b.window == "" and a.period)


def _events_compatible(a: Atom, b: Atom) -> bool:
    ea, eb = a.facet.event, b.facet.event
    if ea == eb or not ea or not eb or a.verbless:
        return True
    # an act and its grade ("injured", "injured:serious"): firm or weak as the act is
    base_a, base_b = ea.partition(":")[0], eb.partition(":")[0]
    # "21 bullet holes" the SUV "had" and "showed": one thing counted, told with two verbs
    noun = a.facet.noun
    if base_a == base_b and noun == b.facet.noun:
        if noun and a.exact and b.exact and a.lo == b.lo:
            # "one police officer was injured" and "one police officer was slightly wounded": the same count of
            # the same group, one report giving the grade; a different figure is a part ("one critically")
            return True
        if _by_wounding(ea, eb) and agree(a, b):
            # "several others are injured" and "Four other women were also shot": the grade is how they
            # were hurt, not how badly, so it is no part of the count; people in general meet it too
            return True
    if denied_grade(a, b):
        return True
    if noun:
        firm = base_a in STRONG_EVENTS or base_b in STRONG_EVENTS
        if not firm and a.unit == b.unit == "person" and a.large <= 1 and b.large <= 1:
            # "One of the three officers wounded was released" and "One deputy continues to fight for his
            # life": one person is no group (as in same_group_told_twice), so two weak acts of "one officer"
            # are as likely two officers; a firm act on one side still names him ("one officer injured")
            return False
        return noun == b.facet.noun and not firm and agree(a, b)
    return same_group_told_twice(a, b)


def _by_wounding(*events: str) -> bool:
    """Is one of the events an injury graded by the act that wounded ("injured:shot")?"""
    return any(e.partition(":")[2] in WOUNDING_ACTS for e in events)


def denied_grade(a: Atom, b: Atom) -> bool:
    """Does one deny the very act the other counts a grade of, for the same group?

    "we didn't have officers that were hurt" and "Two deputy constables were also hit" (wounded, as nobody
    of theirs died): denying the act denies every grade of it, so the two are one fact the figures disagree on.
    """
    fa, fb = a.facet, b.facet
    if not fa.noun or fa.noun != fb.noun or fa.event.partition(":")[0] != fb.event.partition(":")[0]:
        return False
    return any(x.exact and x.lo == 0 and ":" not in x.facet.event for x in (a, b))


def same_group_told_twice(a: Atom, b: Atom) -> bool:
    """Are two counts of people one group told with two weak verbs?

    "Four men rammed a car into the store" and "Four men drove off": people in
    general with no firm act ("killed", "arrested") are named by the word the
    articles use and the figure. One person is no group: "one man said" and
    "one man drove" are as likely two men as one, so the figure must be two or
    more, the same and exact.
    """
    word = a.facet.word
    return bool(word) and word == b.facet.word and a.exact and b.exact and a.lo == b.lo and a.lo >= 2


def _parts_possible(a: Atom, b: Atom) -> bool:
    """May two figures of one article be a total and its part, rather than one fact told twice?

    A count can have parts; one person's age or the distance to one place
    cannot. An amount in a headline is the article's total: "$2.5 million" over
    a body that says "$2.6 million" is the article disagreeing with itself.
    """
    f = a.facet
    if f.measure in ("age", "length") and f.anchor:
        return False
    if f.measure == "magnitude":
        # a magnitude has no parts: two of one article within MAGNITUDE_READINGS are two agencies' readings of
        # one quake ("a magnitude 5.9 earthquake, the USGS said ... the institute measured it at 6.1"); an
        # aftershock is told apart by its noun, a quake of another year by its window
        return False
    if a.exact and b.exact and (a.lo == 0) != (b.lo == 0):
        return False  # "no casualties" beside "12 people were killed": a denial, not a part
    if (a.exact and a.lo == 0 and b.vague and b.docs <= b.headline_docs) or (
        b.exact and b.lo == 0 and a.vague and a.docs <= a.headline_docs
    ):
        # "Dozens killed in air strike on Darfur market" over "The army said no civilians were harmed": the
        # headline's loose toll is the article's own, which the denial answers (a vague count in the body, as
        # "fought rebels ..., killing dozens", may be another clash's)
        return False
    if f.measure != "count":
        if f.role and f.role == b.facet.role and _two_sides(a, b):
            # "Tan has made restitution of $1.8 million, the prosecution said" and "his lawyer said he had repaid about
            # $2.1 million": one sum of one role, as two sides put it, not a total and its part
            return False
        shared = a.docs & b.docs
        return not shared <= (a.headline_docs | b.headline_docs)
    return True


def _two_sides(a: Atom, b: Atom) -> bool:
    """Does every figure of each atom in their shared articles have a speaker, and none the other's?"""
    shared = a.docs & b.docs
    mine = {i.speaker for i in a.items if i.doc in shared}
    theirs = {i.speaker for i in b.items if i.doc in shared}
    return "" not in mine and "" not in theirs and mine.isdisjoint(theirs)


def indistinct(a: Atom, b: Atom, *, evidence: bool = True) -> bool:
    """Nothing but the figure tells two atoms apart: one fact, in conflict.

    What sets two figures apart for good: another counted noun, act, anchor,
    place ("140 injured in Central Aceh", "249 in Aceh"), two stated windows
    that differ ("in three days", "in four"), or sizes no revision would
    bridge. What only fails to bring them together (asked when ``evidence`` is
    True, for the pair that starts a merge): a stated window against an
    unstated one unless the figures are of a like size ("500 killed" and "900
    killed in three days", not "15 soldiers" and "123 soldiers in four days"),
    and for amounts with no event, a place or verb in common.
    """
    fa, fb = a.facet, b.facet
    if fa.anchor != fb.anchor or fa.noun != fb.noun:
        return False
    if fa.event != fb.event and not a.verbless and not bare_and_acted(a, b) and not denied_grade(a, b):
        return False
    if fa.measure == "age" and not (fa.named and fb.named) and max(a.lo - b.hi, b.lo - a.hi) > _ANYBODYS_AGES_APART:
        # "A 58-year-old man died" and "Police arrested a 32-year-old man": two men, not a conflict; "The victim,
        # a woman in her 20s" and "... in her 30s" may be one woman told two ways
        return False
    if fa.qualified != fb.qualified:
        return False  # "two Baton Rouge officers" shot are some of the six officers shot, not a rival toll
    if not windows_compatible(a, b):
        return False
    if fa.measure == "magnitude" and max(a.lo - b.hi, b.lo - a.hi) > MAGNITUDE_READINGS:
        return False  # "a 6.4-magnitude quake rocked Sumatra" last year is not the 8.6 of April: two quakes
    if a.places and b.places and not a.places & b.places and fa.measure.startswith(_PLACED) and not _town_and_country(a, b):
        return False  # "140 injured in Central Aceh" and "249 injured in Aceh": a part and a total
    if fa.measure == "length" and bool(a.places - {fa.anchor}) != bool(b.places - {fa.anchor}):
        # "The epicentre was 48 km southwest of Acari" and "killed in Yauca, about 20 kilometers from Acari": a
        # distance told of a town outside the story's setting (reconcile.placing.story_places) is that town's
        return False
    if evidence and a.window != b.window and not (a.open_window and b.open_window) and _size_ratio(a, b) > _SIMILAR_SIZE:
        return False
    if fa.named and fb.named:
        # "no one was killed" against "12 killed" is a conflict; "12 killed" against
        # "close to a million killed" (in Rwanda, years ago) is another fact
        return _size_ratio(a, b) <= PLAUSIBLE_REVISION
    if fa.measure == "count":
        return False  # a bare number and a verb ("6 took", "3 transported") are too little to call a conflict
    if fa.measure == "magnitude" and a.bounded and b.bounded:
        # readings within MAGNITUDE_READINGS of one window are one quake's, whatever act tells them ("struck",
        # "measured it at"): a quake story has one main quake, and an aftershock is told apart by its noun (or,
        # as "aftershocks of more than 5.0", by an open bound that reaches no reading of the main quake)
        return True
    if evidence and not (
        a.places & b.places or (fa.event and fa.event == fb.event) or (fa.noun and fa.noun == fb.noun) or _same_role(fa, fb)
    ):
        # two amounts with no place, act or thing in common may be two thefts; "a reward of up to $10,000" and "The
        # reward has grown to $25,000" are one reward, whatever verb tells it; "the defence had asked for six years"
        # and "her lawyer sought seven years" are one ask (figure_roles)
        return False
    if fa.measure.startswith("money") and fa.noun in _RUNNING_AMOUNTS and fa.noun == fb.noun:
        # "a reward of up to $10,000", then "The reward has grown to $25,000": one reward, raised as donors add to it
        return _size_ratio(a, b) <= PLAUSIBLE_REVISION
    if fa.measure in _RUNNING_MEASURES and fa.event and fa.event == fb.event:
        # "had burned 12,400 acres" then "26,500 acres"; "15% contained" then "40%": one running figure told by
        # its act, which grows as a toll does
        return _size_ratio(a, b) <= PLAUSIBLE_REVISION
    return _size_ratio(a, b) <= _SIMILAR_SIZE


def _same_role(fa: Facet, fb: Facet) -> bool:
    """Do two facets have one role in their story ("asked", "asked:defence"; "lost"), not merely none?"""
    return bool(fa.role) and fa.role.partition(":")[0] == fb.role.partition(":")[0]


def bare_and_acted(a: Atom, b: Atom) -> bool:
    """Is one a verbless count of a named thing and the other the same thing with a weak verb?

    "a 200-student schoolhouse" and "300 students were attending class" count
    the school's pupils: the compound names no act, and attending is no firm
    event that would make it another group of students. A firm event
    ("killed", "injured") still tells counts apart.
    """
    ea, eb = a.facet.event, b.facet.event
    if not a.facet.noun or (ea and eb) or a.docs & b.docs:
        return False
    bare, acted = (a, b) if not ea else (b, a)
    # "Yida is home to 22,000 refugees" is said with a verb; it is not an attribute of the group
    return (
        bare.facet.verbless_count
        and acted.facet.event.partition(":")[0] not in STRONG_EVENTS
        and not any(_partitive(i.text, i.sentence) for i in bare.items)
    )


_OF_THE = re.compile(r"\s*of\s+(?:the|those|them|these)\b", re.IGNORECASE)


def _partitive(text: str, sentence: str) -> bool:
    """Is the figure a part taken from a set ("At least 86 of the escapees are believed to be Zetas")?

    Such a count is of the part the rest of its sentence picks out, not of the set: it is no verbless count of
    the escapees to set against "Police have recaptured 12 escapees".
    """
    at = sentence.find(text) if text else -1
    return at >= 0 and _OF_THE.match(sentence, at + len(text)) is not None


def _size_ratio(a: Atom, b: Atom) -> float:
    """How many times larger one figure is than the other (inf when unbounded; 1 when one is zero)."""
    if a.large < 0 or b.large < 0:
        return math.inf  # one of them has no finite end
    lo = min(a.small, b.small)
    return 1.0 if lo == 0 else max(a.large, b.large) / lo


def score(a: Atom, b: Atom) -> float:
    """How much two linkable atoms look like one fact; the best pairs merge first."""
    score = 0.0
    if a.vague and b.vague:
        score -= 1
    elif a.vague or b.vague:
        # a vague count joins the precise figure nearest it ("dozens" the "at least 50", not the "at least
        # five") before it gathers other vague counts, which would carry it along wherever they go
        score -= 1 - 0.5 * _closeness(a, b)
    elif _meet(a, b, a.own_tolerance if a.unit == b.unit else CROSS_UNIT_TOLERANCE):
        score += 4 + _closeness(a, b)
    else:
        score += 0.5 * _closeness(a, b)  # of two conflicting figures, the nearer is likelier the same fact
    if a.window == b.window:
        score += 1
    if a.facet.noun == b.facet.noun:
        score += 1 if a.facet.noun else 0.5
    if a.facet.event == b.facet.event:
        score += 1
    if a.places and not a.places.isdisjoint(b.places):
        score += 0.5  # a place in common ("Aceh" and "Aceh, Indonesia"), not a district of it ("Central Aceh")
    elif _places_disjoint(a.places, b.places):
        score -= 1.5
    if not a.docs.isdisjoint(b.docs):
        if a.rival and b.rival:
            # an article that sets two sources' figures against each other says itself they are one fact:
            # they join before either joins another outlet's figure that would keep the other out
            score += 5
        else:
            score -= 0.25  # an outlet restating its own figure is weaker evidence than two outlets agreeing
    # between pairs alike in all else, the one more articles say goes first: a copula count ("They were two
    # great officers") joins the toll most outlets give before a lone outlet's other telling of it
    return score + 0.01 * min(len(a.docs) + len(b.docs), 20)


def _closeness(a: Atom, b: Atom) -> float:
    # "at least 5" meets "249" and "more than 200" alike; prefer the figures that are near each other
    if a.log_ref is None or b.log_ref is None:
        return 0.0
    return max(0.0, 2.0 - 2.0 * abs(a.log_ref - b.log_ref))
