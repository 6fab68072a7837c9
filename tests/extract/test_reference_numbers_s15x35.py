"""Numbers a reader is told to call or quote, and a report's date in its title, are no claims (probe17 A.8, A.9).

Constructed wire-style wording, in the form of UK police appeals and relief-agency report titles.
"""

from __future__ import annotations

import pytest

from . import quantity_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("Anyone with information should call police on 101, quoting incident 1187 of 12 June.", []),
        ("Witnesses are asked to contact officers on 101 quoting reference number 0412.", []),
        ("Call the helpline on 0800 555 111 or call 101.", []),
        # a count after the same verbs stays
        ("Police said they had called on 15 homes and arrested 4 men.", ["15 homes", "4 men"]),
    ],
)
def test_called_and_quoted_numbers(nlp, text: str, texts: list[str]) -> None:
    assert quantity_texts(nlp, text) == texts


def _claims_with_title(nlp, title: str, body: str) -> list[str]:
    doc = nlp.make_doc(f"{title}\n\n{body}")
    doc._.factcmp_title = title
    return [c["text"] for c in nlp(doc)._.factcmp_claims if c["kind"] == "quantity"]


def test_report_date_in_title_case_title(nlp) -> None:
    # the title is read again in sentence case: the month keeps its capital, so "18 May 2018" stays a date
    title = "Bangladesh: Floods Situation Report No. 4 (21 May 2019)"
    body = "Heavy rain has displaced 300 families in the south of the country."
    assert _claims_with_title(nlp, title, body) == ["300 families"]


def test_sentence_case_keeps_calendar_names() -> None:
    from factcmp.extract.headlines import sentence_case

    assert sentence_case("Storm May Hit Coast On Friday After 3 Killed In 12 March Blast", "") == (
        "Storm may hit coast on Friday after 3 killed in 12 March blast"
    )
