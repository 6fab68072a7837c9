"""Currencies written as words or local signs are money, in the story's country (units, unit_tables, measures).

"20,000 taka ($270)" was a count of taka, "Tk 20,000" no claim at all, "5,000 bolivianos" a count, and "rupees"
in a story from Karachi read India's. Sentences constructed in wire style unless noted.
"""

from __future__ import annotations

import pytest

import factcmp
from factcmp.extract.units import local_currency


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Each victim's family will receive Tk 20,000, officials said.", "Tk 20,000", "BDT"),
        ("Each family will get Tk. 20,000 as compensation.", "Tk. 20,000", "BDT"),  # the sign's full stop split off
        ("The court fined the firm Rp. 50 million.", "Rp. 50 million", "IDR"),
        ("The government announced 20,000 taka ($270) for each family.", "20,000 taka", "BDT"),
        ("The government promised 5,000 bolivianos to each family.", "5,000 bolivianos", "BOB"),
        ("The fare rose to 3.50 soles.", "3.50 soles", "PEN"),
        ("A ticket costs 250,000 kip.", "250,000 kip", "LAK"),
        ("Police seized 2 billion rupiah in cash.", "2 billion rupiah", "IDR"),
        ("KARACHI, Pakistan (AP) - The company was fined 200 million rupees.", "200 million rupees", "PKR"),
        ("KARACHI, Pakistan (AP) - Each family got Rs. 500,000.", "Rs. 500,000", "PKR"),
        ("MANILA, Philippines (AP) - Each family gets 10,000 pesos.", "10,000 pesos", "PHP"),
        ("CAIRO (AP) - The court fined him 50,000 pounds.", "50,000 pounds", "EGP"),
        ("The court fined him 50,000 rupees.", "50,000 rupees", "INR"),
        ("LONDON (Reuters) - The court fined him 50,000 pounds.", "50,000 pounds", "GBP"),
    ],
)
def test_currency_words_are_money(nlp, sentence, text, unit):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.text == text]
    assert claim.unit == unit


def test_bracketed_dollars_are_the_conversion(nlp):
    # a currency word now has a unit, so the bracketed dollars fold in as its conversion (as "100 km (60 miles)")
    claims = factcmp.extract_quantities("The government promised 5,000 bolivianos (about $700) to each family.", nlp=nlp)
    [claim] = [c for c in claims if c.unit == "BOB"]
    assert (claim.alt_value, claim.alt_unit) == (700.0, "USD")


def test_word_like_codes_are_no_currency_sign(nlp):
    # Baton Rouge dev cluster (USA Today): "SAR" is the rifle's model, not Saudi riyals
    sentence = "The gunman had an IWA Tavor SAR 5.56-caliber rifle and Springfield XD 9.9mm pistol with him."
    assert "SAR" not in {c.unit for c in factcmp.extract_quantities(sentence, nlp=nlp)}


def test_pounds_of_weight_stay_weight(nlp):
    [claim] = factcmp.extract_quantities("CAIRO (AP) - The fish weighed 50 pounds.", nlp=nlp)
    assert claim.unit == "lb"


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("rupees", "COLOMBO, Sri Lanka (AP) - The Sri Lankan government ...", "LKR"),
        ("shillings", "KAMPALA, Uganda (AP) - ...", "UGX"),
        ("shillings", "", "KES"),
        ("pesos", "Chile's president met Argentina's", "MXN"),  # a tie of countries keeps the commonest
        ("pesos", "the chile pepper", "MXN"),  # a country's name is a name: "chile" is a pepper
        ("metres", "KARACHI", ""),
    ],
)
def test_local_currency(word, text, code):
    assert local_currency(word, text) == code


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("OSLO (Reuters) - Shares fell 2.1 percent to 96.50 crowns.", "NOK"),  # the dateline's capitals name Norway
        ("STOCKHOLM (Reuters) - Shares rose to 80 crowns.", "SEK"),
    ],
)
def test_crowns_read_the_datelines_country(nlp, sentence, unit):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if "crowns" in c.text]
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("BAGHDAD (AP) - They were fined 5,000 dinars.", "5,000 dinars", "IQD"),
        ("They were fined 5,000 dinars.", "5,000 dinars", "count"),  # no country: too many dinars to choose
        ("GENEVA (Reuters) - The bank paid 40 million francs.", "40 million francs", "CHF"),
        ("DAKAR, Senegal (AP) - Each family got 300,000 francs.", "300,000 francs", "XOF"),
        # a franc the sentence names wins over the story's country
        ("GENEVA (Reuters) - He earned 300,000 Guinean francs in May and 350,000 francs in June.", "350,000 francs", "GNF"),
    ],
)
def test_dinars_and_francs_need_a_country(nlp, sentence, text, unit):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.text == text]
    assert claim.unit == unit
