"""Units beyond the everyday ones, on real news sentences (NewsQuant ``nqNNN`` ids).

Each case lists every quantity the sentence states, in order, as
``(words, figure, unit, qualifier)`` (see ``tests/extract/test_quantities.py``).
The unit names are factcmp's canonical ones: its own table first ("lb-ft",
"rpm", "point"), else quantulum3's unit name ("micrometre").
"""

from __future__ import annotations

import pytest

from tests.extract.test_quantities import check

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "James Lipman With 275 pound-feet of torque at 3000 rpm.",
            [("275 pound-feet", 275.0, "lb-ft", "exact"), ("3000 rpm", 3000.0, "rpm", "exact")],
            id="pound-feet-torque-nq003",
        ),
        pytest.param(
            "The company's new i4 M50 is the first fully-electric performance model to come from M GmbH and offers "
            "536 hp and a combined torque output of 586 lb-ft.",
            [("536 hp", 536.0, "hp", "exact"), ("586 lb-ft", 586.0, "lb-ft", "exact")],
            id="lb-ft-nq265",
        ),
        pytest.param(
            "The pixel pitch employed was 352 μm.",
            [("352 μm", 352.0, "micrometre", "exact")],
            id="greek-mu-micrometre-nq414",
        ),
        pytest.param(
            "wavelengths at least 2.4 μm.",
            [("at least 2.4 μm", 2.4, "micrometre", "at_least")],
            id="greek-mu-hedged-nq419",
        ),
        pytest.param(
            "The Dow Jones Industrial Average lost 190 points, or 0.6%.",
            [("190 points", 190.0, "point", "exact"), ("0.6%", 0.6, "percent", "exact")],
            id="index-points-nq231",
        ),
        pytest.param(
            "Departure angle was just as impressive at 37.5 degrees, while breakover angle sat pretty at 32.5 degrees.",
            [("37.5 degrees", 37.5, "degree", "exact"), ("32.5 degrees", 32.5, "degree", "exact")],
            id="degrees-without-scale-nq197",
        ),
        pytest.param(
            "The 11 members bound by the deal committed to an overall cut of 800,000 barrels a day, mostly from their "
            "October levels, while their non-OPEC partners pledged a decrease of 400,000 barrels a day.",
            [
                ("11 members", 11.0, "person", "exact"),
                ("800,000 barrels a day", 800000.0, "barrel per day", "exact"),
                ("400,000 barrels a day", 400000.0, "barrel per day", "exact"),
            ],
            id="barrels-a-day-nq325",
        ),
        pytest.param(
            "The Samsung Galaxy Note 20 Ultra has a much larger battery, 4500 mAh, than the iPhone 12 Pro Max with 3687 mAh.",
            [("4500 mAh", 4500.0, "mAh", "exact"), ("3687 mAh", 3687.0, "mAh", "exact")],
            id="spaced-mah-nq451",
        ),
        pytest.param(
            "In Royal Oak, sampling between 2014 and 2017 came back at 4 ppb and 2 ppb below the federal guideline of "
            "15 ppb requiring action.",
            [("4 ppb", 4.0, "ppb", "exact"), ("2 ppb", 2.0, "ppb", "exact"), ("15 ppb", 15.0, "ppb", "exact")],
            id="ppb-nq460",
        ),
        pytest.param(
            "panel strength was recorded at 9 ksi.",
            [("9 ksi", 9.0, "ksi", "exact")],
            id="ksi-nq424",
        ),
        pytest.param(
            "Demand for sub-300 sq m office space has surged, so a larger 570 sq m space was split into two smaller "
            "tenancies and quickly taken up, he said.",
            [
                ("sub-300 sq m", 300.0, "m2", "at_most"),
                ("570 sq m", 570.0, "m2", "exact"),
                ("two smaller tenancies", 2.0, "count", "exact"),
            ],
            id="sub-and-sq-m-nq367",
        ),
        pytest.param(
            "Specialized UV light will help elite chipmakers produce sub-7 nanometer ICs.",
            [("sub-7 nanometer", 7.0, "nanometre", "at_most")],
            id="sub-american-spelling-nq360",
        ),
        pytest.param(
            "Previously the company offered a 30Mbps plan with 60GB data cap for RM79 a month.",
            [
                ("30Mbps", 30.0, "megabit per second", "exact"),
                ("60GB", 60.0, "GB", "exact"),
                ("RM79", 79.0, "MYR", "exact"),  # Malaysian ringgit; NewsQuant leaves it out
            ],
            id="glued-unit-from-quantulum-nq259",
        ),
        pytest.param("floor area ≈ 32m2.", [("32m2", 32.0, "m2", "exact")], id="glued-squared-nq421"),
        pytest.param(
            "Last month, the temperature was, on average, 2.14degF (1.19deg C) higher than the average August "
            "temperature of the 20th century, before the Industrial Revolution.",
            [("2.14degF", 2.14, "degF", "exact"), ("1.19deg C", 1.19, "degC", "exact")],
            id="deg-then-scale-letter-nq365",
        ),
        pytest.param(
            "Typical cooking times for boneless chicken breast in the oven is ~25 – 40min for four fillets (~1lb) and "
            "since our printed samples are only ~45g each, we cooked each printed sample for 3min.",
            [
                ("25 – 40min", (25.0, 40.0), "minute", "range"),
                ("four fillets", 4.0, "count", "exact"),
                ("~1lb", 1.0, "lb", "approximate"),
                ("~45g", 45.0, "g", "approximate"),
                ("3min", 3.0, "minute", "exact"),
            ],
            id="tokenizer-split-glued-unit-nq244",
        ),
        pytest.param(
            "All of the talk entering the game was about how a Louisville defense that gave up 517 rushing yards "
            "against Kentucky would fare against Mississippi State.",
            [("517 rushing yards", 517.0, "yard", "exact")],
            id="unit-noun-after-adjective-nq055",
        ),
        pytest.param(
            "Now there are 68400 people who have been unemployed for one to two years and 95800 who have been "
            "unemployed for over two years.",
            [
                ("68400 people", 68400.0, "person", "exact"),
                ("one to two years", (1.0, 2.0), "year", "range"),
                ("95800", 95800.0, "person", "exact"),
                ("over two years", 2.0, "year", "at_least"),
            ],
            id="number-who-is-people-nq157",
        ),
        pytest.param(
            "As many as 14 first-team players left the club at the end of the season leaving Dean Smith with a squad "
            "that contained just 17 players over the age of 21.",
            [
                ("As many as 14", 14.0, "person", "at_most"),
                ("17 players", 17.0, "person", "exact"),
                ("21", 21.0, "year", "exact"),
            ],
            id="people-noun-after-hyphen-compound-nq116",
        ),
        pytest.param(
            "However, until now Ben-Moshe has only raised 280 million of the 1.5 billion shekels he needs to initially pay them.",
            [("280 million", 280e6, "ILS", "exact"), ("1.5 billion shekels", 1.5e9, "ILS", "exact")],
            id="partitive-currency-nq395",
        ),
        pytest.param(
            "large fields of about, or above 10 kV/cm.",
            [("10 kV/cm", 10.0, "kilovolt per centimetre", "at_least")],
            id="slash-unit-from-quantulum-nq420",
        ),
        pytest.param(
            "One proposal asks Amazons board to stop selling the companys Rekognition software to governments unless a "
            "third-party evaluation determines the tool does not cause or contribute to actual or potential violations "
            "of civil and human rights.",
            [("One proposal", 1.0, "count", "exact")],
            id="third-party-is-no-fraction-nq154",
        ),
        pytest.param(
            "Key specs Model: Audi A1 Citycarver 30 TFSI S tronic Price: 23580 Engine: 1.0 litre 3cyl turbo petrol "
            "Power/torque: 114bhp/200Nm.",
            [("23580", 23580.0, "count", "exact"), ("1.0 litre", 1.0, "litre", "exact"), ("114bhp/200Nm", 114.0, "hp", "exact")],
            id="two-measures-one-token-nq459",
        ),
        pytest.param(
            # quantulum3's own test sentences (../shared/eval/quantulum3_tests/quantities.json)
            "The annual revenue is -15€ ($-99.99).",
            [("-15€", -15.0, "EUR", "exact"), ("$-99.99", -99.99, "USD", "exact")],
            id="sign-after-figure-quantulum3-tests",
        ),
        pytest.param(
            "Lets take the large 100 cl bottle instead.",
            [("100 cl", 100.0, "cl", "exact")],
            id="centilitre-quantulum3-tests",
        ),
        # the longer NewsQuant version (vivkaz/CQE@e877fe689cc520d0b114df508e70c9752f08417b), not converted here
        pytest.param(
            "Watching the demand situation, Panasonic will study additional investments over 35 GWh in collaboration with Tesla.",
            [("over 35 GWh", 35.0, "GWh", "at_least")],
            id="gwh-spaced",
        ),
        pytest.param(
            "The property was sold for a price of AUD1.5m, which was above the market value.",
            [("AUD1.5m", 1.5e6, "AUD", "exact")],
            id="iso-code-glued-before",
        ),
        pytest.param(
            "The government announced a stimulus package of INR1 trillion to support the economy.",
            [("INR1 trillion", 1e12, "INR", "exact")],
            id="iso-code-glued-before-scale-word",
        ),
        pytest.param(
            "Key improvements included an additional 15 miles for the Volt’s EPA-estimated all-electric range, a 5-mpg "
            "boost in its EPA mileage once range was exhausted.",
            [("15 miles", 15.0, "mile", "exact"), ("5-mpg", 5.0, "mpg", "exact")],
            id="hyphenated-mpg",
        ),
        pytest.param(
            "He said affordable housing could realistically be priced from RM120,000 to RM300,000 for an apartment, "
            "with sizes starting from 450 sq ft up to 900 sq ft, in the Klang Valley.",
            [
                ("from RM120,000 to RM300,000", (120000.0, 300000.0), "MYR", "range"),
                ("starting from 450 sq ft", 450.0, "foot2", "at_least"),
                ("up to 900 sq ft", 900.0, "foot2", "at_most"),
            ],
            id="ringgit-prefix",
        ),
        pytest.param(
            "SINGAPORE: Two Singaporean sisters helped fraudsters launder almost S $1mil (RM3.06mil) from victims of job, "
            "investment and dating scams.",
            [
                ("Two Singaporean sisters", 2.0, "person", "exact"),
                ("almost S $1mil", 1e6, "SGD", "at_most"),
                ("RM3.06mil", 3.06e6, "MYR", "at_most"),
            ],
            id="mil-scale",
        ),
        pytest.param(
            "Average automobile mileage has been creeping upward, from 20 miles per gallon in 2008 to 29 mpg in 2020 "
            "for mid-sized cars, and from about 14-18 mpg to 24 for standard sport utility vehicles, or SUVs .",
            [
                ("20 miles per gallon", 20.0, "mpg", "exact"),
                ("29 mpg", 29.0, "mpg", "exact"),
                ("14-18 mpg", (14.0, 18.0), "mpg", "range"),
                ("24", 24.0, "mpg", "exact"),  # the unit written once, on the figures before
            ],
            id="miles-per-gallon-words",
        ),
        pytest.param(
            "The fund of funds will charge 40 basis points on top of the fees of the underlying funds which range from "
            "1 per cent to 1.5 per cent for management and 15 per cent to 20 per cent for performance fees and have "
            "monthly liquidity.",
            [
                ("40 basis points", 40.0, "basis_point", "exact"),
                ("from 1 per cent to 1.5 per cent", (1.0, 1.5), "percent", "range"),
                ("15 per cent to 20 per cent", (15.0, 20.0), "percent", "range"),
            ],
            id="basis-points-nq383",
        ),
    ],
)
def test_unit(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Maddon also heard plenty about his decision, a coach who holds two degrees from the University of Tampa.",
            [("two degrees", 2.0, "count", "exact")],
            id="written-number-degrees-are-diplomas",
        ),
        pytest.param(
            "It is roughly 30 degrees outside.",
            [("roughly 30 degrees", 30.0, "degree", "approximate")],
            id="digits-degrees-are-a-measure-nq426",
        ),
    ],
)
def test_degrees(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("He will be 35 by the end of the year.", [("35", 35.0, "year", "exact")], id="he-will-be-nq431"),
        pytest.param(
            "Anisimovas father Konstanin has said that he and his wife Olga moved to the United States in 1998 in the "
            "hope of providing more opportunity to their older daughter Maria who was 10.",
            [("10", 10.0, "year", "exact")],
            id="who-was-nq153",
        ),
        pytest.param(
            "Nick Hague 44 has spent the last 200 days in space orbiting our Blue Planet more than 3200 times.",
            [
                ("44", 44.0, "year", "exact"),
                ("200 days", 200.0, "day", "exact"),
                ("more than 3200 times", 3200.0, "count", "at_least"),
            ],
            id="full-name-then-age-commas-lost-nq179",
        ),
        pytest.param(
            "Former champion Serena Williams 38 said she would return next year.",
            [("38", 38.0, "year", "exact")],
            id="full-name-then-age-commas-lost",
        ),
        pytest.param(
            "The suspect, 19, was charged with three counts of attempted murder.",
            [("19", 19.0, "year", "exact"), ("three counts", 3.0, "count", "exact")],
            id="common-noun-then-age",
        ),
        pytest.param(
            "Police said a woman, 34, and her son, 12, were taken to hospital.",
            [("34", 34.0, "year", "exact"), ("12", 12.0, "year", "exact")],
            id="two-people-then-ages",
        ),
        pytest.param(
            "The victims, 12, were taken to hospital.",
            [("12", 12.0, "count", "exact")],
            id="a-plural-then-its-number",
        ),
        pytest.param(
            "Tom Brady 7 has won more Super Bowls than any franchise.",
            [],
            id="a-number-after-a-name-too-young-for-news",
        ),
        pytest.param(
            "The highest forecast is 84.75 cents, while the lowest is 74.07.",
            [("84.75 cents", 0.8475, "USD", "exact"), ("74.07", 0.7407, "USD", "exact")],
            id="a-forecast-is-no-age-nq305",
        ),
        pytest.param(
            "A groundball machine with a minus-1.4 degree average launch angle in 2018 and 2.1 last year, Hosmer "
            "entered Sundays game averaging 15.9 degrees.",
            [
                ("minus-1.4 degree", -1.4, "degree", "exact"),
                ("2.1", 2.1, "degree", "exact"),
                ("15.9 degrees", 15.9, "degree", "exact"),
            ],
            id="last-year-is-no-counted-noun-nq366",
        ),
    ],
)
def test_age_or_not(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "German DAX increased by 2 percent but NSADAQ decrease by 1.",
            [("2 percent", 2.0, "percent", "exact"), ("1", 1.0, "percent", "exact")],
            id="by-and-by-nq246",
        ),
        pytest.param(
            "Brent crude rose 1.2 percent on Monday while WTI gained 0.9.",
            [("1.2 percent", 1.2, "percent", "exact"), ("0.9", 0.9, "percent", "exact")],
            id="two-changes",
        ),
        pytest.param(
            "The benchmark TA-35 index edged down 0.03% to a close of 1,463.87 points, while the TA-125 climbed 0.1% to "
            "1,333.18, on turnover of 1.23 billion shekels ($330 million).",
            [
                ("0.03%", 0.03, "percent", "exact"),
                ("1,463.87 points", 1463.87, "point", "exact"),
                ("0.1%", 0.1, "percent", "exact"),
                ("1,333.18", 1333.18, "point", "exact"),
                ("1.23 billion shekels", 1.23e9, "ILS", "exact"),
                ("$330 million", 3.3e8, "USD", "exact"),
            ],
            id="two-index-levels-nq293",
        ),
        pytest.param(
            "The S&P 500 rose 64.06 points to 4,577.10.",
            [("64.06 points", 64.06, "point", "exact"), ("4,577.10", 4577.1, "point", "exact")],
            id="level-after-change-in-points-nq467",
        ),
        pytest.param(
            "The FTSE 100 closed down 35 points at 7,420.",
            [("35 points", 35.0, "point", "exact"), ("7,420", 7420.0, "point", "exact")],
            id="level-at-after-change-in-points",
        ),
        pytest.param(
            "TORONTO - Some of the most active companies traded Thursday on the Toronto Stock Exchange: Toronto Stock "
            "Exchange (16369.03 up 58.06 points).",
            [("16369.03", 16369.03, "point", "exact"), ("58.06 points", 58.06, "point", "exact")],
            id="level-before-its-change-nq042",
        ),
        pytest.param(
            "It has an MSRP of 2,435,000 YEN ($22,480) for the 5 speed manual transmission version and 2,380,000 "
            "($21,972) for the CVT.",
            [
                ("2,435,000 YEN", 2435000.0, "JPY", "exact"),
                ("$22,480", 22480.0, "USD", "exact"),
                ("5 speed", 5.0, "count", "exact"),
                ("2,380,000", 2380000.0, "JPY", "exact"),
                ("$21,972", 21972.0, "USD", "exact"),
            ],
            id="second-price-nq355",
        ),
        pytest.param(
            "Tickets cost $25 for adults and 15 for children.",
            [("$25", 25.0, "USD", "exact"), ("15", 15.0, "USD", "exact")],
            id="second-price",
        ),
        pytest.param(
            "The river rose to 8.5 metres on Tuesday and to 9.1 on Wednesday.",
            [("8.5 metres", 8.5, "m", "exact"), ("9.1", 9.1, "m", "exact")],
            id="second-level",
        ),
        pytest.param(
            "The material, which is made entirely of carbon, reached 113 gigapascals (GPa) on the Vickers hardness "
            "test, while diamonds typically score somewhere between 50 and 70 on the GPa scale.",
            [("113 gigapascals", 113.0, "gigapascal", "exact"), ("between 50 and 70", (50.0, 70.0), "gigapascal", "range")],
            id="range-nq354",
        ),
        pytest.param(
            "The lake is 12 metres deep in spring and between 9 and 10 in late summer.",
            [("12 metres", 12.0, "m", "exact"), ("between 9 and 10", (9.0, 10.0), "m", "range")],
            id="range",
        ),
        pytest.param(
            "The plane climbed to 35,000 feet before descending to 10,000.",
            [("35,000 feet", 35000.0, "foot", "exact"), ("10,000", 10000.0, "foot", "exact")],
            id="after-the-same-word",
        ),
        pytest.param(
            "Oil output fell by 300,000 barrels per day to 9.5 million.",
            [("300,000 barrels per day", 300000.0, "barrel per day", "exact"), ("9.5 million", 9.5e6, "barrel per day", "exact")],
            id="level-after-its-change",
        ),
        pytest.param(
            "The river rose 2 metres to 11.5 overnight.",
            [("2 metres", 2.0, "m", "exact"), ("11.5", 11.5, "m", "exact")],
            id="level-after-its-change-adverb",
        ),
        pytest.param(
            "Two of the three victims were children aged 8 and 11.",
            [
                ("Two", 2.0, "person", "exact"),
                ("three victims", 3.0, "person", "exact"),
                ("8", 8.0, "year", "exact"),
                ("11", 11.0, "year", "exact"),
            ],
            id="ages-listed",
        ),
        pytest.param(
            "The victims, aged 19, 23 and 31, were students.",
            [("19", 19.0, "year", "exact"), ("23", 23.0, "year", "exact"), ("31", 31.0, "year", "exact")],
            id="three-ages-listed",
        ),
    ],
)
def test_unit_written_once(nlp, sentence: str, expected: list[tuple]) -> None:
    """A bare figure takes the unit of the figure it pairs with, written once in the sentence."""
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Shares rose 3% to 4.50 in early trade.",
            [("3%", 3.0, "percent", "exact"), ("4.50", 4.5, "count", "exact")],
            id="price-after-percent-change",
        ),
        pytest.param(
            "Gold fell 1.1% to $1,780 an ounce, while silver lost 2.3% to 23.10.",
            [
                ("1.1%", 1.1, "percent", "exact"),
                ("$1,780", 1780.0, "USD", "exact"),
                ("2.3%", 2.3, "percent", "exact"),
                ("23.10", 23.1, "count", "exact"),
            ],
            id="no-figure-of-its-size",
        ),
        pytest.param(
            "The Biden administration has called for 30 gigawatts of offshore wind capacity to be installed by 2030, "
            "equivalent to about 20 decently sized coal-fired power plants.",
            [("30 gigawatts", 30.0, "GW", "exact"), ("about 20", 20.0, "count", "approximate")],
            id="a-count-of-plants-nq461",
        ),
        pytest.param(
            "The meeting lasted 3 hours and ended at 9.",
            [("3 hours", 3.0, "hour", "exact"), ("9", 9.0, "count", "exact")],
            id="a-time-of-day",
        ),
    ],
)
def test_unit_not_carried(nlp, sentence: str, expected: list[tuple]) -> None:
    """A bare figure keeps no unit when the sentence pairs it with none."""
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "This means that under the flat bonnet hides a turbocharged 1.6 liter EcoBoost engine tuned by M-Sport to "
            "produce just under 296 hp (224 kW / 300 PS) and 450 Nm (332 lb-ft) of torque.",
            [
                ("1.6 liter", 1.6, "litre", "exact"),
                ("just under 296 hp", 296.0, "hp", "at_most"),
                ("224 kW", 224.0, "kW", "exact"),
                ("300 PS", 300.0, "hp", "exact"),
                ("450 Nm", 450.0, "Nm", "exact"),
                ("332 lb-ft", 332.0, "lb-ft", "exact"),
            ],
            id="metric-horsepower-nq264",
        ),
        pytest.param(
            "The engine makes 300 PS and 450 Nm.",
            [("300 PS", 300.0, "hp", "exact"), ("450 Nm", 450.0, "Nm", "exact")],
            id="metric-horsepower",
        ),
    ],
)
def test_cased_unit(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "It was that noted the average life expectancy for men in Glasgow is around 73 raising the prospect of "
            "some dying before they access their state pension.",
            [("around 73", 73.0, "year", "approximate")],
            id="life-expectancy-nq108",
        ),
        pytest.param(
            "Women's life expectancy rose to 83.1, the agency said.",
            [("83.1", 83.1, "year", "exact")],
            id="life-expectancy-rose-to",
        ),
        pytest.param(
            "The government will raise the retirement age to 67 by 2030.",
            [("67", 67.0, "year", "exact")],
            id="retirement-age-raised-to",
        ),
        pytest.param(
            "The average age of the victims was 34, police said.",
            [("34", 34.0, "year", "exact")],
            id="average-age-was",
        ),
        pytest.param(
            "The age of the building is unknown but 40 people live there.",
            [("40 people", 40.0, "person", "exact")],
            id="an-age-noun-and-a-count",
        ),
    ],
)
def test_age_measure(nlp, sentence: str, expected: list[tuple]) -> None:
    """A bare figure that an age or a life expectancy is, or is set to, is in years."""
    check(nlp, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The fine was Rs 5 lakh, or Rs 2.5 crore in total.",
            [("Rs 5 lakh", 5e5, "INR", "exact"), ("Rs 2.5 crore", 2.5e7, "INR", "exact")],
            id="lakh-crore",
        ),
        pytest.param(
            "Over 10 lakh people attended the rally.",
            [("Over 10 lakh people", 1e6, "person", "at_least")],
            id="lakh-people",
        ),
        pytest.param(
            "The project will cost one and a half billion dollars.",
            [("one and a half billion dollars", 1.5e9, "USD", "exact")],
            id="mixed-number-then-scale",
        ),
        pytest.param(
            "The typhoon packed winds of up to 195 km/h.",
            [("up to 195 km/h", 195.0, "km/h", "at_most")],
            id="unit-took-the-full-stop",
        ),
        pytest.param(
            "The company raised SGD 50 million, and turnover was DKK 3.4bn.",
            [("SGD 50 million", 5e7, "SGD", "exact"), ("DKK 3.4bn", 3.4e9, "DKK", "exact")],
            id="iso-code-apart-before",
        ),
        pytest.param(
            "The project costs Rs. 1,500 crore.",
            [("Rs. 1,500 crore", 1.5e10, "INR", "exact")],
            id="rupees-full-stop-split",
        ),
        pytest.param(
            "He paid 30,000 dirhams for the car.",
            [("30,000 dirhams", 30000.0, "AED", "exact")],
            id="dirhams",
        ),
        pytest.param(
            "Kenya's budget rose to KSh3.6 trillion, up from Ksh3.3 trillion.",
            [("KSh3.6 trillion", 3.6e12, "KES", "exact"), ("Ksh3.3 trillion", 3.3e12, "KES", "exact")],
            id="kenya-shillings",
        ),
        pytest.param(
            "The flight lasted 11 and a half hours.",
            [("11 and a half hours", 11.5, "hour", "exact")],
            id="digits-and-a-half",
        ),
        pytest.param(
            "The quake had a magnitude of 7.1 and a depth of 35km.",
            [("7.1", 7.1, "magnitude", "exact"), ("35km", 35.0, "km", "exact")],
            id="magnitude-of",
        ),
        pytest.param(
            "The current population is about 8 B people.",
            [("about 8 B people", 8e9, "person", "approximate")],
            id="spaced-scale-letter-before-a-plural-nq440",
        ),
        pytest.param(
            "Apple is worth $3 T, and the company reported a net loss of $1.2 B in the quarter.",
            [("$3 T", 3e12, "USD", "exact"), ("$1.2 B", 1.2e9, "USD", "exact")],
            id="spaced-scale-letter-after-money",
        ),
        pytest.param(
            "Shares in the FTSE 250 firm fell 12pc after it warned profits would be 20m lower.",
            [("12pc", 12.0, "percent", "exact"), ("20m", 2e7, "count", "exact")],
            id="m-is-million-in-money-copy-sign-lost",
        ),
        pytest.param(
            "The club paid a fee of 30m in 2019.",
            [("30m", 3e7, "count", "exact")],
            id="m-before-in-a-year",
        ),
        pytest.param(
            "The sculpture measures 3m and was sold at auction.",
            [("3m", 3.0, "m", "exact")],
            id="m-is-metres-measured",
        ),
        pytest.param(
            "The sea rose 2m in 2019.",
            [("2m", 2.0, "m", "exact")],
            id="m-before-in-a-year-no-money",
        ),
    ],
)
def test_scales_and_abbreviations(nlp, sentence: str, expected: list[tuple]) -> None:
    check(nlp, sentence, expected)
