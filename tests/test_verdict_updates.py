"""When a later figure is an update and when it is a disagreement: the figures of real dev clusters.

Each case is the figures one fact group holds in a dev cluster, as the
reconciler hands them to :func:`factcmp.verdict.verdict`: (low, high, vague,
published, source), in the common unit (days for ages).
"""

from __future__ import annotations

import math

import pytest

from factcmp.verdict import verdict

INF = math.inf
YEAR = 365.25


def exact(value: float, published: str, source: str) -> tuple[float, float, bool, str, str]:
    return (value, value, False, published, source)


def at_least(value: float, published: str, source: str) -> tuple[float, float, bool, str, str]:
    return (value, INF, False, published, source)


# Aceh, July 2013: the quake's toll on the first day (1, "at least one", 5, "at least three") and 24 the next
ACEH_TOLL = [
    exact(1, "2013-07-02", "ibtimes.com"),
    at_least(1, "2013-07-02", "ibtimes.com"),
    exact(5, "2013-07-02", "newsinfo.inquirer.net"),
    at_least(5, "2013-07-02", "newsinfo.inquirer.net"),
    at_least(3, "2013-07-02", "presstv.com"),
    exact(1, "2013-07-02", "sunstar.com.ph"),
    at_least(1, "2013-07-02", "sunstar.com.ph"),
    at_least(24, "2013-07-03", "bbc.co.uk"),
    exact(24, "2013-07-03", "bbc.co.uk"),
    exact(24, "2013-07-03", "independent.co.uk"),
]
# Bourbon Street, 2016: ten people shot, by three outlets over six days; a lone report two weeks on says nine
BOURBON_SHOT = [
    exact(10, "2016-11-27", "nbcnews.com"),
    exact(10, "2016-11-27", "theadvocate.com"),
    exact(10, "2016-12-02", "katc.com"),
    exact(9, "2016-12-13", "fox8live.com"),
]
# Austin, 2016: the suspect is 24 in four reports from July and August, 25 in October
AUSTIN_SUSPECT_AGE = [
    exact(24 * YEAR, "2016-07-31", "dallasnews.com"),
    exact(24 * YEAR, "2016-08-03", "kvue.com"),
    exact(24 * YEAR, "2016-08-03", "wxyz.com"),
    exact(24 * YEAR, "2016-08-18", "kxan.com"),
    exact(25 * YEAR, "2016-10-26", "fox7austin.com"),
]
# Yida, 2011: South Sudan independent "four months ago" on 10 November, "6 months ago" four days later
YIDA_MONTHS = [
    exact(4 * 30.44, "2011-11-10", "huffingtonpost.com"),
    exact(4 * 30.44, "2011-11-10", "usatoday.com"),
    exact(6 * 30.44, "2011-11-14", "christianpost.com"),
]

# Austin, 2016: three taken to hospital in three reports on the night and three days on; four in a recap 15 days later
AUSTIN_TAKEN_TO_HOSPITAL = [
    exact(3, "2016-07-31", "dallasnews.com"),
    exact(3, "2016-07-31", "fox7austin.com"),
    exact(3, "2016-08-03", "kvue.com"),
    exact(4, "2016-08-18", "kxan.com"),
]
# wire-style wording: a fire "has burned 21,000 acres" in two reports, "26,500 acres" in one the next day; people
# displaced "some 40,000" in two reports, 131,450 in one two days later. Coverage thins after the first day
FIRE_ACRES = [exact(21_000, "2026-08-11", "a"), exact(21_000, "2026-08-11", "b"), exact(26_500, "2026-08-12", "c")]
DISPLACED = [
    (36_000, 44_000, False, "2024-04-26", "a"),
    (36_000, 40_000, False, "2024-04-26", "b"),
    exact(131_450, "2024-04-28", "c"),
]


@pytest.mark.parametrize(
    ("figures", "units", "expected"),
    [
        pytest.param(ACEH_TOLL, ["person"] * len(ACEH_TOLL), "updated", id="a toll that rose, early bounds fitting the new one"),
        pytest.param(BOURBON_SHOT, ["person"] * 4, "conflict", id="a lone later report against three outlets"),
        pytest.param(AUSTIN_SUSPECT_AGE, ["year"] * 5, "updated", id="an age one year older months later"),
        pytest.param(YIDA_MONTHS, ["month"] * 3, "conflict", id="a time since that grew more than the days between"),
        pytest.param(AUSTIN_TAKEN_TO_HOSPITAL, ["person"] * 4, "conflict", id="a lone rise in a recap two weeks on"),
        pytest.param(FIRE_ACRES, ["acre"] * 3, "updated", id="a lone rise the next day"),
        pytest.param(DISPLACED, ["person"] * 3, "updated", id="a lone rise two days on"),
    ],
)
def test_a_later_figure_is_an_update_only_when_it_can_be_one(figures, units, expected):
    assert verdict(figures, units=units) == expected


def test_a_revision_given_by_as_many_outlets_as_the_old_figure_is_an_update():
    # "two suspects" in one early report, "only one gunman" in two later ones (Baton Rouge, 2016)
    figures = [exact(2, "2016-07-17", "wbrz.com"), exact(1, "2016-07-18", "cnn.com"), exact(1, "2016-07-18", "nola.com")]
    assert verdict(figures, units=["person"] * 3) == "updated"


def test_more_outlets_late_cannot_outvote_the_order_of_reports():
    # the old figure comes back after the new one: four bombs, then five, then four again
    figures = [exact(4, "2011-11-10", "a"), exact(5, "2011-11-11", "b"), exact(5, "2011-11-11", "c"), exact(4, "2011-11-12", "d")]
    assert verdict(figures, units=["count"] * 4) == "conflict"


def test_history_is_not_updated_as_a_toll_is(nlp, dev_corpus):
    """Aceh, 2013: two reports a day apart give the 2004 tsunami 13 and 14 countries (a conflict), and this
    quake's toll 'at least three' then 24 (an update)."""
    import factcmp

    folder = dev_corpus / "aceh-earthquake-2013"
    paths = [next(folder.glob("07_*.txt")), next(folder.glob("13_*.txt"))]
    claims = factcmp.compare(factcmp.load_articles(paths), nlp=nlp).claims
    quantities = claims[claims["kind"] == "quantity"]

    def status(text: str) -> set[str]:
        return set(quantities.loc[quantities["text"] == text, "status"])

    assert status("13 countries") == status("14 countries") == {"conflict"}
    assert status("at least three people") == {"updated"}


def test_a_toll_that_went_on_rising_through_its_last_day_is_updated():
    # Aceh, 2013: the first day's tolls (1, 5, "at least three"), then on 3 July "bringing the confirmed death toll
    # from the disaster to 11" [14] and "24 people dead" [12, 13]: the last day disagrees with itself only because
    # the toll rose during it, every figure of it above all that came before. Only a toll runs on so (running=True,
    # as the reconciler judges the dead): a finished count told two ways on its last day conflicts
    figures = [*ACEH_TOLL, exact(11, "2013-07-03", "news.com.au")]
    assert verdict(figures, units=["person"] * len(figures), running=True) == "updated"
    assert verdict(figures, units=["person"] * len(figures)) == "conflict"


def test_a_last_day_that_disagrees_about_an_earlier_figure_is_a_conflict():
    # Bristol, 2016: four injured on 7 July (six outlets), then on 8 July three [06] and still four [07]; the
    # last day's figures are not all above the first day's, so the day disagrees rather than rises
    first = [exact(4, "2016-07-07", s) for s in ("johnsoncitypress.com", "wate.com", "wcyb.com", "wkrn.com", "wsmv.com")]
    figures = [*first, exact(3, "2016-07-08", "wate.com"), exact(4, "2016-07-08", "wjhl.com")]
    assert verdict(figures, units=["person"] * len(figures)) == "conflict"
    # nor does one lone outlet's rise outvote the day: a higher figure than three outlets gave needs as many
    rising = [*first[:3], exact(5, "2016-07-08", "a"), exact(6, "2016-07-08", "b")]
    assert verdict(rising, units=["person"] * len(rising)) == "conflict"


def test_a_running_toll_that_passes_an_earlier_bound_rose_past_it():
    # wire-style wording: "at least nine were hurt" on Saturday, "Eleven people were wounded" on Sunday. A toll only
    # grows while a story runs: the new figure is an update, however little above the bound it lies
    hurt = [at_least(9, "2026-09-12", "a"), exact(11, "2026-09-13", "b")]
    assert verdict(hurt, units=["person"] * 2, running=True) == "updated"
    # other counts need the bound passed many times over: "more than 30 shots", then 37 shell casings, is one
    # figure told more closely
    assert verdict(hurt, units=["count"] * 2) == "agree"
    # and on one day nothing has had time to rise: Houston, 2016, "at least 185" rounds and 212
    rounds = [at_least(185, "2016-05-31", "a"), exact(212, "2016-05-31", "b")]
    assert verdict(rounds, units=["count"] * 2, running=True) == "agree"
    # a later figure at the bound states it: "at least three" officers, then three
    officers = [at_least(3, "2016-07-17", "a"), exact(3, "2016-07-18", "b")]
    assert verdict(officers, units=["person"] * 2, running=True) == "agree"


def test_a_count_of_people_still_trapped_falls_as_the_search_goes_on():
    # wire-style wording (constructed): "Twenty-nine miners were trapped" in three reports on Monday, "18 miners remain
    # trapped" in two on Tuesday; "One worker was still missing" in three, then "no one missing" in one. Rescues take
    # people out of the count: a lower figure told within days is the count falling, an update from fewer outlets
    trapped = [exact(29, "2026-02-09", s) for s in "abc"] + [exact(18, "2026-02-10", s) for s in "de"]
    assert verdict(trapped, units=["person"] * 5, falling=True) == "updated"
    missing = [exact(1, "2026-03-17", s) for s in "abc"] + [exact(0, "2026-03-18", "d")]
    assert verdict(missing, units=["person"] * 4, falling=True) == "updated"
    # a toll does not fall: the same figures of the dead conflict, as Bristol's four injured then three do
    assert verdict(trapped, units=["person"] * 5) == "conflict"
    # nor does a count that rises again, or a fall told weeks later against what many outlets said
    again = [*trapped, exact(29, "2026-02-11", "f")]
    assert verdict(again, units=["person"] * 6, falling=True) == "conflict"
    late = [exact(29, "2026-02-09", s) for s in "abc"] + [exact(18, "2026-03-09", "d")]
    assert verdict(late, units=["person"] * 4, falling=True) == "conflict"


def test_a_bound_that_restates_a_superseded_figure_dates_no_rise():
    # wire-style wording (constructed): "At least 12 people were killed" and "Twelve people were killed" on Saturday,
    # "The toll rose to 21" and "At least 21 people have died" on Sunday, 25 on Monday. Sunday's "at least 21" fits
    # Monday's 25, but it says Sunday's 21, which Monday superseded: it is no early report of 25, and the toll rose
    toll = [
        at_least(12, "2026-04-04", "a"),
        exact(12, "2026-04-04", "e"),
        exact(21, "2026-04-05", "b"),
        at_least(21, "2026-04-05", "c"),
        exact(25, "2026-04-06", "d"),
    ]
    assert verdict(toll, units=["person"] * 5, running=True, dead=True) == "updated"


def test_the_dead_do_not_come_back():
    # wire-style wording (constructed): officials' 9 and a relief group's 13 on Thursday, officials' 11 on Friday. As
    # an update the 13 would vanish behind the 11; a toll of the dead never falls, so the 13 still stands against it
    toll = [
        exact(4, "2026-10-20", "a"),
        exact(9, "2026-10-22", "b"),
        exact(13, "2026-10-22", "c"),
        exact(11, "2026-10-23", "d"),
    ]
    assert verdict(toll, units=["person"] * 4, running=True, dead=True) == "conflict"
    # a count that may fall (the critically injured: two, then one) is no such toll
    assert verdict(toll, units=["person"] * 4, running=True) == "updated"
