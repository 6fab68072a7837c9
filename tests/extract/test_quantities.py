"""Quantity extraction, one class per phenomenon of issue 3, on real news sentences.

Each case lists every quantity the sentence states, in order, as
``(words, figure, unit, qualifier)``: ``words`` must appear in the claim's text,
``figure`` is the value, or ``(low, high)`` for a range, or ``"vague"``.
Sentences come from the shared corpus (``corpus/...``), the golden file
(``cNNN``/``sNNN`` ids), NewsQuant (``nqNNN``) or the stored public page named
in the comment.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def summary(claim) -> tuple:
    if claim.vague:
        figure = "vague"
    elif claim.qualifier == "range":
        figure = (claim.low, claim.high)
    else:
        figure = claim.value
    return figure, claim.unit, claim.qualifier


def check(nlp, sentence: str, expected: list[tuple]) -> None:
    from factcmp.extract import extract_quantities

    got = extract_quantities(sentence, nlp=nlp)
    shown = [(c.text, *summary(c)) for c in got]
    assert len(got) == len(expected), f"{sentence}\n got {shown}"
    for claim, (words, figure, unit, qualifier) in zip(got, expected, strict=True):
        assert words in claim.text, shown
        assert summary(claim) == (pytest.approx(figure) if isinstance(figure, float) else figure, unit, qualifier), shown
        assert sentence[claim.start : claim.end] == claim.text


def cases(*rows: tuple) -> list:
    return [pytest.param(sentence, expected, id=name) for name, sentence, expected in rows]


class TestDigits:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "separators",  # c003
                "A massive quake struck off Aceh in 2004, sparking a tsunami that killed 170,000 people in the province "
                "on Sumatra and tens of thousands more in countries around the Indian Ocean.",
                [("170,000 people", 170_000, "person", "exact"), ("tens of thousands", "vague", "person", "vague")],
            ),
            (
                "decimal-m",  # https://uk.finance.yahoo.com/news/bt-confirms-12-5bn-offer-004000028.html
                "According to BT, the acquisition will create the largest communications company in UK as EE has 24.5m "
                "direct mobile customers.",
                [("24.5m", 24_500_000, "person", "exact")],
            ),
            (
                "bn",  # https://uk.finance.yahoo.com/news/bt-buy-mobile-firm-ee-071424629.html
                "BT has agreed to buy mobile operator EE in a cash and shares deal worth £12.5bn, the company has revealed.",
                [("£12.5bn", 12.5e9, "GBP", "exact")],
            ),
            (
                "billion",  # nq114
                "However the punitive measures have failed to eliminate the gap as the US trade deficit hit its highest "
                "level in a decade last year having increased by $43.6 billion to $419.2 billion.",
                [
                    ("a decade", 1.0, "decade", "exact"),
                    ("$43.6 billion", 43.6e9, "USD", "exact"),
                    ("$419.2 billion", 419.2e9, "USD", "exact"),
                ],
            ),
            (
                "m-after-sign",  # c102
                "They made off with 2m euros (£1.7m; $2.6m) in gems and watches.",
                [("2m euros", 2e6, "EUR", "exact"), ("£1.7m", 1.7e6, "GBP", "exact"), ("$2.6m", 2.6e6, "USD", "exact")],
            ),
            (
                "glued-unit",  # s025
                "The Met Office said the temperature of 40.2C was recorded at London Heathrow at 11.50am.",
                [("40.2C", 40.2, "degC", "exact")],
            ),
        ),
    )
    def test_digits(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestWrittenNumbers:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            ("half-a-scale", "Half a million people fled.", [("Half a million people", 5e5, "person", "exact")]),
            (
                "half-a-dozen",
                "About half a dozen officers were hurt.",
                [("About half a dozen officers", 6.0, "person", "approximate")],
            ),
            (
                "share-of-a-scale",
                "Almost a quarter of a million people signed the petition, and three-quarters of a billion dollars was spent.",
                [
                    ("Almost a quarter of a million people", 2.5e5, "person", "at_most"),
                    ("three-quarters of a billion dollars", 7.5e8, "USD", "exact"),
                ],
            ),
            ("half-the-noun", "Half the town was flooded.", [("Half", 0.5, "count", "exact")]),
            (
                "words",  # c026
                "AN EARTHQUAKE killed six children and left 14 others trapped when a mosque collapsed during a Koran "
                "reading session in Indonesia's Aceh province, bringing the confirmed death toll from the disaster to 11.",
                [
                    ("six children", 6.0, "person", "exact"),
                    ("14 others", 14.0, "person", "exact"),
                    ("11", 11.0, "person", "exact"),
                ],
            ),
            (
                "hyphenated-words",  # nq456
                "Currently, there are twenty-eight thousand six hundred forty-two students enrolled at Heidelberg University.",
                [("twenty-eight thousand six hundred forty-two students", 28_642.0, "person", "exact")],
            ),
            (
                "a-dozen",  # s101
                "That raises the overall death toll from the storm system that’s been ravaging the area, as well as "
                "northern Mexico, to at least 22, officials said, with a dozen more people still missing.",
                [("at least 22", 22.0, "person", "at_least"), ("a dozen more people", 12.0, "person", "exact")],
            ),
            (
                "fractions",  # s139
                "Common supermajorities include three fifths (60%), two thirds (67%), and three quarters (75%).",
                [
                    ("three fifths", 0.6, "count", "exact"),
                    ("60%", 60.0, "percent", "exact"),
                    ("two thirds", 2 / 3, "count", "exact"),
                    ("67%", 67.0, "percent", "exact"),
                    ("three quarters", 0.75, "count", "exact"),
                    ("75%", 75.0, "percent", "exact"),
                ],
            ),
            (
                "two-thirds-and-half",  # s087
                "Just over half of U.S. adults (54%) say they have an unfavorable view of Musk, and two-thirds of "
                "Americans have an unfavorable view of Zuckerberg.",
                [
                    ("Just over half", 0.5, "count", "at_least"),
                    ("54%", 54.0, "percent", "exact"),
                    ("two-thirds", 2 / 3, "count", "exact"),
                ],
            ),
            (
                "half",  # s028
                "In Portugal, half the municipality of Murca was on fire and the bodies of an elderly couple trying to "
                'flee had been found inside a "completely charred vehicle," the mayor told local broadcaster SIC.',
                [("half", 0.5, "count", "exact")],
            ),
        ),
    )
    def test_written(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestHyphenatedAdjectives:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "day",  # c134
                "The refugees received a three-day ration on Oct. 29, a one-day ration on Nov. 7th and a one-day ration on Nov. 11.",
                [("three-day", 3.0, "day", "exact"), ("one-day", 1.0, "day", "exact"), ("one-day", 1.0, "day", "exact")],
            ),
            (
                "year-old",  # c048
                "The neighbor of one of the slain officers in Baton Rouge says that if 41-year-old Matthew Gerald had "
                "been hardened by his years in the military, you couldn't tell it when he became an officer and got his squad car.",
                [("41-year-old", 41.0, "year", "exact")],
            ),
            (
                "magnitude",  # c009
                "The 2004 tsunami that killed about 230,000 people across Asia was triggered by a massive 9.1-magnitude quake off Aceh.",
                [("about 230,000 people", 230_000.0, "person", "approximate"), ("9.1-magnitude", 9.1, "magnitude", "exact")],
            ),
            (
                "people",  # c132
                "One bomb hit a 200-student schoolhouse but did not explode, another bomb hit the community marketplace "
                "and two others hit the outskirts of the camp.",
                [
                    ("One bomb", 1.0, "count", "exact"),
                    ("200-student", 200.0, "person", "exact"),
                    ("two others", 2.0, "count", "exact"),  # more bombs, as the golden annotation has it
                ],
            ),
            (
                "now-age",  # nq371
                "Jamie Armstrong, 25, said she ended up at a Siegel Suites in Reno in November 2019, not long after she "
                "moved out of the house she was sharing with the father of her now-18 month-old daughter.",
                [("25", 25.0, "year", "exact"), ("now-18 month-old", 18.0, "month", "exact")],
            ),
            (
                "then-age",
                "The then-23-year-old suspect was arrested in 2015 and the now-45-year-old actor said he regretted it.",
                [("then-23-year-old", 23.0, "year", "exact"), ("now-45-year-old", 45.0, "year", "exact")],
            ),
        ),
    )
    def test_hyphenated(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestRanges:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "between-and",  # corpus/ramadi-2015/001
                "About 500 people have been killed in Ramadi over the past few days and between 6,000 and 8,000 have fled the city.",
                [
                    ("About 500 people", 500.0, "person", "approximate"),
                    ("between 6,000 and 8,000", (6000.0, 8000.0), "person", "range"),
                ],
            ),
            (
                "to",  # c076
                '"Bailiff 3" fired five to six times as Gordon moved to where he could get a clear shot.',
                [("five to six times", (5.0, 6.0), "count", "range")],
            ),
            (
                "dash-and-unit-twice",  # s077
                "No. 4: winds, 131 mph to 155 mph; storm surge, 13 to 18 feet above normal; level terrain that is 10 feet "
                "or less above sea level could be flooded as far as six miles inland.",
                [
                    ("131 mph to 155 mph", (131.0, 155.0), "mph", "range"),
                    ("13 to 18 feet", (13.0, 18.0), "foot", "range"),
                    ("10 feet or less", 10.0, "foot", "at_most"),
                    ("as far as six miles", 6.0, "mile", "at_most"),
                ],
            ),
            (
                "hyphen",  # golden: "He was traveling at a speed of 15-22 miles per hour"
                "He was traveling at a speed of 15-22 miles per hour.",
                [("15-22 miles per hour", (15.0, 22.0), "mph", "range")],
            ),
            (
                "or",  # nq020
                "Away from the tourist spots on the Algarve we can go out and have a three course meal all the wine you "
                "can drink and everything for about lunchtime eight or nine euros in the evening about 15 euros.",
                [
                    ("three", 3.0, "count", "exact"),
                    ("eight or nine euros", (8.0, 9.0), "EUR", "range"),
                    ("about 15 euros", 15.0, "EUR", "approximate"),
                ],
            ),
            (
                "scale-once",  # s153
                "The report says that Apple had predicted that it would ship between 70 million and 75 million iPhones throughout 2019.",
                [("between 70 million and 75 million iPhones", (70e6, 75e6), "count", "range")],
            ),
            (
                "movement-is-one-range",  # https://lemm.ee/post/17343580/7132604
                "Friday's report from the Labor Department showed that the unemployment rate dropped from 3.9% to 3.7%, "
                "not far above a five-decade low of 3.4% in April.",
                [
                    ("from 3.9% to 3.7%", (3.7, 3.9), "percent", "range"),
                    ("five-decade", 5.0, "decade", "exact"),
                    ("3.4%", 3.4, "percent", "exact"),
                ],
            ),
            (
                "change-is-not-a-range",  # s014
                "GE shares were down $4.23 to $32.53 in early trading on the New York Stock Exchange.",
                [("$4.23", 4.23, "USD", "exact"), ("$32.53", 32.53, "USD", "exact")],
            ),
        ),
    )
    def test_range(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestHedges:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            ("about", "About 500 people have been killed.", [("About 500 people", 500.0, "person", "approximate")]),
            (
                "some",  # c023
                "In 2004, a magnitude 9.1 quake off Indonesia triggered a tsunami that killed some 230,000 people around the Indian Ocean.",
                [("magnitude 9.1", 9.1, "magnitude", "exact"), ("some 230,000 people", 230_000.0, "person", "approximate")],
            ),
            (
                "roughly",  # corpus/dev/aceh-earthquake-2013/02
                "The epicenter of the quake was roughly 55 kilometers from the town of Bireuen, a regency of the larger Aceh province.",
                [("roughly 55 kilometers", 55.0, "km", "approximate")],
            ),
            (
                "nearly",  # s083
                "Nearly half of all working Americans do at least some work from home.",
                [("Nearly half", 0.5, "count", "at_most")],
            ),
            (
                "at-least-and-more-than",  # corpus/dev/aceh-earthquake-2013/12
                "Officials say at least 24 people were killed and more than 200 injured by the quake.",
                [("at least 24 people", 24.0, "person", "at_least"), ("more than 200", 200.0, "person", "at_least")],
            ),
            (
                "over",  # s099
                "That's the best way to describe the nightmare Houston residents coped with Tuesday, after over 11 inches "
                "of rain fell in some spots overnight.",
                [("over 11 inches", 11.0, "inch", "at_least")],
            ),
            (
                "up-to",  # s026
                "Meanwhile, in Ireland Met Éireann has issued a thunderstorm warning for 13 counties as temperatures in "
                "some parts of the country are also forecast to reach up to 28C.",
                [("13 counties", 13.0, "count", "exact"), ("up to 28C", 28.0, "degC", "at_most")],
            ),
            (
                "as-many-as",  # c151
                "The UN said as many as 114,000 residents fled from Ramadi and surrounding villages.",
                [("as many as 114,000 residents", 114_000.0, "person", "at_most")],
            ),
            (
                "fewer-than",  # nq401
                "It is expected to have a total system output of more than 600 horsepower and accelerate to 100km/hr in fewer than 3.5 seconds.",
                [
                    ("more than 600 horsepower", 600.0, "hp", "at_least"),
                    ("100km/hr", 100.0, "km/h", "exact"),
                    ("fewer than 3.5 seconds", 3.5, "second", "at_most"),
                ],
            ),
            (
                "under-age",  # s091
                "Twenty-nine percent of people under age 25 got no news yesterday from traditional or digital news platforms.",
                [("Twenty-nine percent", 29.0, "percent", "exact"), ("under age 25", 25.0, "year", "at_most")],
            ),
            (
                "covers-the-conversion",  # corpus/dev/aceh-earthquake-2013/05
                "Houses collapsed in the district, some 320 kilometres (200 miles) from the provincial capital Banda Aceh.",
                [("some 320 kilometres", 320.0, "km", "approximate"), ("200 miles", 200.0, "mile", "approximate")],
            ),
        ),
    )
    def test_hedge(self, nlp, sentence, expected):
        check(nlp, sentence, expected)

    def test_intervals(self, nlp):
        from factcmp.extract import extract_quantities

        about, at_least, nearly = extract_quantities("About 500 died, at least 50 were hurt and nearly 300 fled.", nlp=nlp)
        assert (about.low, about.high) == (pytest.approx(450), pytest.approx(550))
        assert (at_least.low, at_least.high) == (50, None)
        assert (nearly.low, nearly.high) == (None, 300)


class TestVague:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            ("dozens", "Dozens have been reported injured.", [("Dozens", "vague", "person", "vague")]),  # c005
            (
                "hundreds-of-thousands",  # corpus/dev/bourbon-street-2016/05
                "Hundreds of thousands of people had descended upon New Orleans over the weekend for the Bayou Classic.",
                [("Hundreds of thousands of people", "vague", "person", "vague")],
            ),
            (
                "thousands-of-families",  # corpus/ramadi-2015/004
                "Ramadi fell after a three-day blitz, and thousands of families fled the city.",
                [("three-day", 3.0, "day", "exact"), ("thousands of families", "vague", "count", "vague")],
            ),
            (
                "several",  # c034
                "Several gunshots rang out around 2:17 a.m. near 6th and San Jacinto street.",
                [("Several gunshots", "vague", "count", "vague")],
            ),
            (
                "a-couple-hundred",  # http://turnto10.com/archive/nearly-200-protesters-march-to-providence-police-station
                "Carrying on the cry heard in Ferguson, a couple hundred protestors take to the streets in Providence.",
                [("a couple hundred protestors", "vague", "person", "vague")],
            ),
            (
                "few-minutes",  # s071
                "On March 10th, 2019, Ethiopian Airlines Flight 302 crashed a few minutes after taking off from Addis "
                "Ababa, killing all 157 people on board.",
                [("a few minutes", "vague", "minute", "vague"), ("157 people", 157.0, "person", "exact")],
            ),
        ),
    )
    def test_vague(self, nlp, sentence, expected):
        check(nlp, sentence, expected)

    def test_vague_is_a_wide_interval(self, nlp):
        from factcmp.extract import extract_quantities

        (dozens,) = extract_quantities("Dozens have been reported injured.", nlp=nlp)
        assert dozens.vague and dozens.value is None and dozens.low < dozens.high


class TestUnits:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "money-and-percent",  # s011
                "Google, which has been struggling to turn around a loss-making Motorola Mobility it bought for $12.5 "
                "billion (£7.75bn), reported a 20 per cent dive in third-quarter net income to $2.18bn.",
                [
                    ("$12.5 billion", 12.5e9, "USD", "exact"),
                    ("£7.75bn", 7.75e9, "GBP", "exact"),
                    ("20 per cent", 20.0, "percent", "exact"),
                    ("$2.18bn", 2.18e9, "USD", "exact"),
                ],
            ),
            (
                "currency-words",  # nq235
                "E-commerce site JD.com, an authorized Apple distributer, is selling the basic version of the iPhone 14 "
                "Pro for 7,199 Chinese yuan ($1,062) after an 800 yuan promotion.",
                [
                    ("7,199 Chinese yuan", 7199.0, "CNY", "exact"),
                    ("$1,062", 1062.0, "USD", "exact"),
                    ("800 yuan", 800.0, "CNY", "exact"),
                ],
            ),
            (
                "distance-pair",  # c001
                "There were no immediate reports of damage after the quake struck inland at a depth of just 10 kilometres "
                "(6.2 miles), 55 kilometres south of Bireun and 72 kilometres southeast of Reuleuet, said the USGS.",
                [
                    ("10 kilometres", 10.0, "km", "exact"),
                    ("6.2 miles", 6.2, "mile", "exact"),
                    ("55 kilometres", 55.0, "km", "exact"),
                    ("72 kilometres", 72.0, "km", "exact"),
                ],
            ),
            (
                "temperature",  # s036
                "Britain has recorded its hottest day on record for July, with the mercury climbing to 36.9 degrees "
                "Celsius (98 degrees Fahrenheit) at Heathrow Airport.",
                [("36.9 degrees Celsius", 36.9, "degC", "exact"), ("98 degrees Fahrenheit", 98.0, "degF", "exact")],
            ),
            (
                "durations",  # s068
                "Five months prior to the March 10, 2019 crash, another Boeing 737 MAX jet crashed in the Java Sea 13 "
                "minutes after takeoff, killing 189 people on October 29, 2018.",
                [
                    ("Five months", 5.0, "month", "exact"),
                    ("13 minutes", 13.0, "minute", "exact"),
                    ("189 people", 189.0, "person", "exact"),
                ],
            ),
            (
                "window-duration",  # c149
                "Anbar officials said at least 500 people died in three days of fierce fighting.",
                [("at least 500 people", 500.0, "person", "at_least"), ("three days", 3.0, "day", "exact")],
            ),
            (
                "ages",  # c053
                "Long shot two Baton Rouge officers, Montrell Jackson, 32, and Matthew Gerald, 41, killing one and injuring one, Edmonson said.",
                [
                    ("two Baton Rouge officers", 2.0, "person", "exact"),
                    ("32", 32.0, "year", "exact"),
                    ("41", 41.0, "year", "exact"),
                    ("one", 1.0, "person", "exact"),
                    ("one", 1.0, "person", "exact"),
                ],
            ),
            (
                "age-by-decade",  # corpus/dev/austin-sixth-street-2016/03
                "He is described as a black or Hispanic male with light skin and in his 20's.",
                [("20's", (20, 29), "year", "range")],
            ),
            (
                "age-and-older",  # https://newsus.cgtn.com/news/2021-01-14/U-S-Vaccine-rollout-comes-amid-surge-in-cases-and-deaths-X29JbjwhOg/index.html
                "California's Disneyland theme park is being transformed into a massive COVID-19 vaccination site as "
                "that state expands vaccinations to all those age 65 and older.",
                [("65 and older", 65.0, "year", "at_least")],
            ),
            (
                "weight-and-height",  # corpus/dev/austin-sixth-street-2016/02
                "He is 5 feet 9 inches tall and weighs 130 pounds.",
                [("5 feet", 5.0, "foot", "exact"), ("9 inches", 9.0, "inch", "exact"), ("130 pounds", 130.0, "lb", "exact")],
            ),
        ),
    )
    def test_units(self, nlp, sentence, expected):
        check(nlp, sentence, expected)

    def test_normalised_through_pint(self, nlp):
        from factcmp.extract import extract_quantities

        km, miles = extract_quantities("The camp lies 10 miles (15 kilometers) south of the border.", nlp=nlp)
        assert (km.unit, miles.unit) == ("mile", "km")
        assert km.norm_unit == "km" and km.norm_value == pytest.approx(16.09344)


class TestNotClaims:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            ("one-of", "Indonesia is located on one of the most seismically active regions on earth.", []),  # c022
            (
                "one-of-the-N",  # c146
                "A spokesman for Ketaeb Hezbollah, one of the leading Shia Islamist paramilitary groups, said his "
                "organization had units ready to join the front from three directions.",
                [("three directions", 3.0, "count", "exact")],
            ),
            (
                "section",  # nq002
                "GameTime Tickets however lists a pair of tickets in Section 427 Row 21 which runs parallel to the 40 "
                "yard line in the upper deck of the visitors bench for $6 each.",
                [("40 yard", 40.0, "yard", "exact"), ("$6", 6.0, "USD", "exact")],
            ),
            (
                "big-12",  # https://journalrecord.com/tag/big-12-conference/page/2/
                "The Big 12 released its long-anticipated 14-team football schedule Tuesday, which includes its four new "
                "members for 2023 along with Oklahoma and Texas before their eventual departures to the Southeastern Conference.",
                [("14-team", 14.0, "count", "exact"), ("four new members", 4.0, "person", "exact")],
            ),
            ("iphone", "The price of the iPhone 11 is lower than the iPhone 10.", []),  # s149
            (
                "s-and-p",  # s009
                "Shares of Philip Morris have gained 20% in the past three months, while the S&P 500 has gained 3%.",
                [("20%", 20.0, "percent", "exact"), ("three months", 3.0, "month", "exact"), ("3%", 3.0, "percent", "exact")],
            ),
            (
                "boeing",  # s064
                "A new Lion Air Boeing 737 Max 8 flight went down over the Java Sea last October, killing 189 people.",
                [("189 people", 189.0, "person", "exact")],
            ),
            ("date-and-clock", "Last Modified: Monday, July 18, 2016 4:04 PM", []),  # c044
            ("clock-with-hedge", "It took place at 7:37 AM local time.", []),  # c006
            (
                "academic-year",
                "Long was briefly enrolled at the Atlanta university during the 2012-13 academic year.",
                [],
            ),  # c049
            ("phone", "Anyone with information can also call the Homicide Division tip-line at (512) 477-3588.", []),  # c037
            ("phone-words", "Call 1-800-222-TIPS (8477) with your tip.", []),  # s048
            (
                "emergency-number",
                "If your instinct tells you that something is wrong, get out of the area and call 911.",
                [],
            ),  # s046
            (
                "street-number",
                "DECATUR — The cause of a house fire at 650 W. Main St. in Decatur on Sunday afternoon remains under investigation.",
                [],
            ),  # s172
            (
                "block",
                "When he was heading back to his hotel early Sunday, gunfire erupted in the 100 block of Bourbon Street.",
                [],
            ),  # c081
            ("zip-code", "Denham Springs LA 70727", []),  # c063
            ("min-read", "3 min read", []),  # c152
            ("four-by-four", "France jewels thefts: Robbers ram 4x4 into Paris shop", []),  # c101
            (
                "score",
                "Texas Tech, a 43-20 winner over Kansas, remains unbeaten.",
                [],
            ),  # https://aap.fdgre54.cloudns.biz/ (Big 12 news)
            ("ordinal", "Gavin Eugene Long carried out the attack Sunday on his 29th birthday.", []),  # c051
            (
                "rank",
                "Three programs were ranked in the top 15 with Texas Tech (4th) and BYU (12th).",
                [("Three programs", 3.0, "count", "exact")],
            ),
            ("name", '"We are One Nation," the mayor said.', []),  # README: "One Nation" in a quotation
            (
                "era-years",  # nq085
                "The Popolocas built the temple at a complex known as Ndachjian-Tehuacan between A.D. 1000 and 1260 "
                "and were later conquered by the Aztecs.",
                [],
            ),
            (
                "era-years-and-a-count",
                "The city was destroyed in AD 79 and rebuilt around 500 BC; about 300 people live there today.",
                [("about 300 people", 300.0, "person", "approximate")],
            ),
            (
                "model-names",  # nq221
                "Tesla broke a record for quarterly revenue with about $7.2 billion through the delivery of about 63000 "
                "Model 3 sedans and 27000 Model S and Model X vehicles.",
                [
                    ("about $7.2 billion", 7.2e9, "USD", "approximate"),
                    ("about 63000", 63000.0, "count", "approximate"),
                    ("27000", 27000.0, "count", "exact"),
                ],
            ),
            ("model-words", "Apple showed the iPhone 11 Pro and 11 Pro Max on Tuesday.", []),  # nq064
            (
                "model-name-after-the-number",  # nq190
                "The debut of Boeings own 787 Dreamliner starting in 2011 was marred by everything from faulty supply "
                "chains to a grounding for more than three months.",
                [("more than three months", 3.0, "month", "at_least")],
            ),
            (
                "one-of-a-set-tagged-pronoun",  # c122
                "According to an aid worker with knowledge of the event, two bombs fell on an airstrip, one hit a school "
                "and one landed on a market, but did not detonate.",
                [("two bombs", 2.0, "count", "exact"), ("one", 1.0, "count", "exact"), ("one", 1.0, "count", "exact")],
            ),
            (
                "one-of-a-set-passive",
                "Two men were arrested, one was later released.",
                [("Two men", 2.0, "person", "exact"), ("one", 1.0, "person", "exact")],
            ),
            (
                "generic-one-takes-a-modal",
                "Two years ago, one could buy a house for $100,000.",
                [("Two years", 2.0, "year", "exact"), ("$100,000", 1e5, "USD", "exact")],
            ),
            (
                "index-name-lower-case",  # lower-case copy like nq245
                "the ftse 100 fell 0.5 per cent while the dax rose 0.2 per cent.",
                [("0.5 per cent", 0.5, "percent", "exact"), ("0.2 per cent", 0.2, "percent", "exact")],
            ),
            (
                "model-name-and-its-number",
                "The A320neo and the 737 MAX 8 compete for orders from 40 airlines.",
                [("40 airlines", 40.0, "count", "exact")],
            ),
            (
                "group-of-nations",
                "The G7 leaders met in Hiroshima, while the Group of 20 will meet in Delhi with 19 countries.",
                [("19 countries", 19.0, "count", "exact")],
            ),
            (
                "model-name-and-a-count-of-names",
                "He drove a 911 Porsche and owned 3 Ferraris.",
                [("3 Ferraris", 3.0, "count", "exact")],
            ),
            (
                "a-name-before-a-counted-noun",
                "About 300 Marines were deployed, and the museum holds 40 Picasso paintings.",
                [("About 300 Marines", 300.0, "person", "approximate"), ("40 Picasso paintings", 40.0, "count", "exact")],
            ),
            (
                "channel-name",  # nq172
                "Lampard who won four FA Cup finals with Chelsea told BBC One.",
                [("four FA Cup finals", 4.0, "count", "exact")],
            ),
            (
                "capital-count-after-a-verb",
                "Two officers were hurt, and the chief said Three more were treated.",
                [("Two officers", 2.0, "person", "exact"), ("Three", 3.0, "count", "exact")],
            ),
            (
                "multiplier",  # nq297
                "Revenue from mainland China grew more than sixfold to HK $3.7 billion (US $473 million) last year from 2009.",
                [
                    ("more than sixfold", 6.0, "count", "at_least"),
                    ("HK $3.7 billion", 3.7e9, "HKD", "exact"),
                    ("US $473 million", 4.73e8, "USD", "exact"),
                ],
            ),
            ("fold-inside-a-word", "The unfolding crisis was manifold, officials said.", []),
            (
                "street-before-name",  # nq411
                "Properties including 22 Ave Foch, Paris, France, worth $8,672,823.",
                [("$8,672,823", 8672823.0, "USD", "exact")],
            ),
        ),
    )
    def test_not_claims(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestYearOrAmount:
    """A four-digit number between 1500 and 2100 is a year unless its words make it an amount."""

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "year-of-sales-apostrophe-lost",  # nq266
                "That had been a bonanza for Merck, where Keytrudas 2018 sales jumped 90 per cent to US $7.2 billion.",
                [("90 per cent", 90.0, "percent", "exact"), ("US $7.2 billion", 7.2e9, "USD", "exact")],
            ),
            (
                "year-of-revenue",
                "Apple 2019 revenue fell short of forecasts, at $260 billion.",
                [("$260 billion", 2.6e11, "USD", "exact")],
            ),
            (
                "average-of",  # nq145
                "It also warned for the second time this year that car prices will go up by an average of 1500.",
                [("1500", 1500.0, "count", "exact")],
            ),
            ("total-of", "Ticket sales reached a total of 1800 on Friday.", [("1800", 1800.0, "count", "exact")]),
            ("years-stay-years", "The church was built in 1500 and restored in the summer of 1990.", []),
            ("a-count-of-things", "The firm sold 2000 cars last year.", [("2000 cars", 2000.0, "count", "exact")]),
        ),
    )
    def test_year_or_amount(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestShares:
    """A share written as two counts: "one out of three", "one in five"."""

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        cases(
            (
                "out-of",
                "One out of three Germans have housing problems.",
                [("One out of three", 1 / 3, "count", "exact")],
            ),  # nq441
            (
                "one-in-five",
                "Researchers found that one in five adults had never been tested.",
                [("one in five", 0.2, "count", "exact")],
            ),
            ("one-in-digits", "One in 10 children in the region is malnourished.", [("One in 10", 0.1, "count", "exact")]),
            (
                "one-in-the-idiom",
                "Karim Benzema scored one in the first half and two after the break.",
                [("two", 2.0, "count", "exact")],
            ),
        ),
    )
    def test_share(self, nlp, sentence, expected):
        check(nlp, sentence, expected)


class TestBatch:
    def test_many_equals_one_by_one(self, nlp):
        from factcmp.extract import extract_quantities, extract_quantities_many

        texts = ["About 500 people have been killed.", "", "Call 911.", "Between 6,000 and 8,000 have fled."]
        many = extract_quantities_many(texts, nlp=nlp, batch_size=2)
        assert [[c.to_dict() for c in cs] for cs in many] == [
            [c.to_dict() for c in extract_quantities(t, nlp=nlp)] for t in texts
        ]

    def test_compare_keeps_the_conversion_on_one_claim(self, nlp):
        from factcmp.extract.component import extract_claims

        doc = nlp("Ramadi lies some 100 kilometres (60 miles) west of Baghdad.")
        (claim,) = [c for c in extract_claims(doc) if c.kind == "quantity"]
        assert (claim.value, claim.unit, claim.alt_value, claim.alt_unit) == (100, "km", 60, "mile")
