"""A bare "$" in a story of a dollar country is that country's dollar (probe17 A.4).

Papers in Singapore, Canada, Australia write their own dollar "$" and the US dollar "US$"; wire agencies write the
US dollar "$" from anywhere, and mark the local one ("S$5 million ($3.7 million)"). Constructed wire-style wording.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _units(nlp, text: str, *, title: str = "", doc_id: str = "") -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.factcmp_title = title
    doc._.factcmp_doc_id = doc_id
    doc = nlp(doc)
    return [(c["text"], c["unit"], c["alt_unit"]) for c in doc._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # a dateline in the country
        ("SINGAPORE - A former bank clerk who stole $2.6 million from customers was jailed on Tuesday.", "$2.6 million", "SGD"),
        ("KAMLOOPS, B.C. — The province is giving $1.5 million to the regional district.", "$1.5 million", "CAD"),
        ("SYDNEY — Thieves took about $400,000 worth of watches from the store.", "about $400,000", "AUD"),
        # the cents of the local dollar
        ("SINGAPORE - Shares of the shipping firm closed at 8.5 cents on Friday.", "8.5 cents", "SGD"),
        # no dateline: the article names the province more than once, the United States never
        (
            "The Ontario government will spend $20 million on the repairs. Ontario's premier said the work starts soon.",
            "$20 million",
            "CAD",
        ),
    ],
)
def test_local_dollar(nlp, text: str, words: str, unit: str) -> None:
    assert [(w, u) for w, u, _ in _units(nlp, text) if w == words] == [(words, unit)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the US dollar written out
        ("SINGAPORE - The fund lost US$40 million last year, the bank said.", "US$40 million"),
        # a price the world tells in US dollars
        ("CALGARY, Alberta — Oil fell to $62 a barrel on Monday.", "$62"),
        # a wire agency's "$" is the US dollar wherever it files from
        ("TORONTO (AP) — The company agreed to pay $12 million to settle the claims.", "$12 million"),
        # a US dateline, and a Canadian city named only once
        ("PORTLAND, Ore. — A man stole $40,000 from a firm based in Vancouver.", "$40,000"),
        ("A Toronto man lost $5,000 in the scam, police in Dallas said.", "$5,000"),
        # the writer marks the local dollar, so its bare "$" is the US one
        ("SINGAPORE - The bank set aside S$1 billion, while its rival set aside $500 million.", "$500 million"),
    ],
)
def test_us_dollar_stays(nlp, text: str, words: str) -> None:
    assert [(w, u) for w, u, _ in _units(nlp, text) if w == words] == [(words, "USD")]


def test_conversion_in_local_paper_is_two_currencies(nlp) -> None:
    text = "SINGAPORE - The trader lost $12.4 million (US$9.2 million) in the scheme."
    assert _units(nlp, text) == [("$12.4 million (US$9.2 million)", "SGD", "USD")]


def test_wire_conversion_stays_us(nlp) -> None:
    text = "SINGAPORE, May 3 (Reuters) - A court fined the firm S$5 million ($3.7 million) on Tuesday."
    assert _units(nlp, text) == [("S$5 million ($3.7 million)", "SGD", "USD")]


def test_outlet_domain(nlp) -> None:
    # a release with no dateline and no place named: the outlet's country domain tells its dollar
    assert _units(nlp, "Police said the thieves took $250,000 in cash.", doc_id="03_example.com.au_2020-01-01") == [
        ("$250,000", "AUD", "")
    ]


def test_title_case_headline_takes_the_articles_dollar(nlp) -> None:
    title = "Ex-Clerk Jailed For Stealing $2.6 Million From Bank"
    text = title + "\n\nSINGAPORE - A former bank clerk who stole $2.6 million from customers was jailed on Tuesday."
    assert [u for _, u, _ in _units(nlp, text, title=title)] == ["SGD", "SGD"]


def test_dollar_of_text_reads_region_before_city() -> None:
    from factcmp.extract.money import dollar_of_text

    assert dollar_of_text("SYDNEY, Nova Scotia — The town will spend $2 million.") == "CAD"
    assert dollar_of_text("BRISTOL, TN (WJHL) - A $5,000 reward is offered.") == ""
