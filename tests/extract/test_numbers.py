"""Reading numbers and units from strings: no spaCy model needed."""

from __future__ import annotations

import pytest

from factcmp.extract.numbers import digits_value, is_year_like, mixed_value, split_glued, words_value
from factcmp.extract.units import (
    currency_of_symbol,
    dimension,
    glued_unit,
    normalise,
    unit_alone,
    unit_of_word,
    unit_phrase,
)


class TestDigitsValue:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("8,000", 8000),
            ("1.8", 1.8),
            ("2.5bn", 2.5e9),
            ("1.2m", 1.2e6),
            ("40k", 40_000),
            ("114,000", 114_000),
            (".500", 0.5),
            ("-1.3", -1.3),
        ],
        ids=str,
    )
    def test_reads(self, text, value):
        assert digits_value(text) == pytest.approx(value)

    @pytest.mark.parametrize("text", ["12th", "21st", "8,00", "abc", "3TV"], ids=str)
    def test_rejects(self, text):
        assert digits_value(text) is None


class TestSplitGlued:
    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            ("40C", ("", 40.0, "C")),
            ("104F", ("", 104.0, "F")),
            ("117g", ("", 117.0, "g")),
            ("3min", ("", 3.0, "min")),
            ("HK$3", ("HK$", 3.0, "")),
            ("R26", ("R", 26.0, "")),
            ("~1.2", ("~", 1.2, "")),
            ("US113", ("US", 113.0, "")),
            ("80mph", ("", 80.0, "mph")),
        ],
        ids=str,
    )
    def test_splits(self, text, parts):
        assert split_glued(text) == parts

    @pytest.mark.parametrize("text", ["21st", "1990s", "seven", "4th"], ids=str)
    def test_ordinals_and_words_are_not_numbers(self, text):
        assert split_glued(text) is None


class TestWordsValue:
    @pytest.mark.parametrize(
        ("words", "value"),
        [
            ("seven", 7),
            ("twenty - one", 21),
            ("a dozen", 12),
            ("half a dozen", 6),
            ("a hundred", 100),
            ("two thousand five hundred", 2500),
            ("three - quarters", 0.75),
            ("two thirds", 2 / 3),
            ("a third", 1 / 3),
            ("one fourth", 0.25),
            ("two and a half", 2.5),
            ("two million", 2_000_000),
            ("one hundred and twenty", 120),
        ],
        ids=str,
    )
    def test_reads(self, words, value):
        assert words_value(words.split()) == pytest.approx(value)

    def test_not_a_number(self):
        assert words_value(["people"]) is None


class TestMixedValue:
    @pytest.mark.parametrize(
        ("parts", "value"),
        [
            (["43.6", "billion"], 43.6e9),
            (["1.2", "m"], 1.2e6),
            (["24", "tril"], 24e12),
            (["2", "1/2"], 2.5),
            (["1/40"], 0.025),
            (["½"], 0.5),
        ],
        ids=str,
    )
    def test_reads(self, parts, value):
        assert mixed_value(parts) == pytest.approx(value)


@pytest.mark.parametrize(("text", "year"), [("2015", True), ("1935", True), ("2,015", False), ("3000", False), ("15", False)])
def test_is_year_like(text, year):
    assert is_year_like(text) is year


class TestUnits:
    @pytest.mark.parametrize(
        ("word", "unit"),
        [("kilometres", "km"), ("Miles", "mile"), ("euros", "EUR"), ("yen", "JPY"), ("tonnes", "tonne"), ("people", "")],
        ids=str,
    )
    def test_unit_of_word(self, word, unit):
        assert unit_of_word(word) == unit

    @pytest.mark.parametrize(
        ("words", "unit", "n"),
        [
            ("miles per hour", "mph", 3),
            ("km / h", "km/h", 3),
            ("degrees celsius", "degC", 2),
            ("° f", "degF", 2),
            ("per cent", "percent", 2),
            ("australian dollars", "AUD", 2),
            ("danish crowns", "DKK", 2),
            ("square miles", "mile2", 2),
        ],
        ids=str,
    )
    def test_unit_phrase(self, words, unit, n):
        assert unit_phrase(words.split()) == (unit, n)

    @pytest.mark.parametrize(
        ("suffix", "unit"), [("C", "degC"), ("F", "degF"), ("km", "km"), ("min", "minute"), ("kWh", "kWh"), ("C.", "degC")]
    )
    def test_glued_unit(self, suffix, unit):
        assert glued_unit(suffix) == unit

    def test_unknown_glued_suffix(self):
        assert glued_unit("TV") is None

    @pytest.mark.parametrize(
        ("sign", "code"), [("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("HK$", "HKD"), ("$A", "AUD"), ("#", "")]
    )
    def test_currency_signs(self, sign, code):
        assert currency_of_symbol(sign) == code

    def test_ambiguous_words_are_not_units_alone(self):
        assert unit_alone("in") == ""
        assert unit_alone("km") == "km"

    def test_normalise_converts_through_pint(self):
        assert normalise(60, "mile") == (pytest.approx(96.56064), "km")
        assert normalise(3, "day") == (3, "day")
        assert normalise(500, "person") == (500, "person")

    def test_dimension(self):
        assert dimension("USD") == "money"
        assert dimension("km") == dimension("mile")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "word", "value"),
    [
        # nq297
        (
            "Revenue from mainland China grew more than sixfold to HK $3.7 billion (US $473 million) last year from 2009.",
            "sixfold",
            6.0,
        ),
        # nq366
        ("Hosmer entered Sundays game averaging 15.9 degrees and added a 30 degree homer.", "15.9", 15.9),
        # nq360
        ("Specialized UV light will help elite chipmakers produce sub-7 nanometer ICs.", "sub-7", 7.0),
    ],
)
def test_read_number_multipliers_and_bounds(nlp, sentence, word, value):
    from factcmp.extract.figures import read_number

    doc = nlp(sentence)
    k = next(t.i for t in doc if t.text == word)
    num = read_number(doc, k, len(doc), set())
    assert num is not None and num.value == pytest.approx(value)
