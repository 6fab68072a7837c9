"""A title-case headline is read in sentence case: "Gunman Kills Three, Wounds Five At Florida Mall".

The small model reads a title-case headline as a run of names: "Wounds Five" was read killed, "30 Missing" killed,
and "Floods Kill 12" lost its figure. The headline is now parsed again with its words in lower case (its first
word, and names the body writes with a capital, keep theirs; every character keeps its place), and its quantity
claims replace the title-case reading, with the article's own words, spans and places ("Aceh Province").
Sources: Aceh 03, Bourbon 01 and Paris 07 headlines (dev) and constructed wire-style headlines.
"""

from __future__ import annotations

import pytest

from factcmp.extract import prepare_pipeline
from factcmp.extract.headlines import sentence_case, title_case

pytestmark = pytest.mark.model


def _read(nlp, title: str, body: str) -> dict[str, tuple[str, str]]:
    pipeline = prepare_pipeline(nlp)
    doc = pipeline.make_doc(f"{title}\n\n{body}")
    doc._.factcmp_reference = "2024-06-12"
    doc._.factcmp_title = title
    claims = pipeline(doc)._.factcmp_claims
    return {c["text"]: (c["quantity_of"], c["place"]) for c in claims if c["kind"] == "quantity" and c["in_headline"]}


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # constructed, wire-style headlines
        (
            "Gunman Kills Three, Wounds Five At Florida Mall",
            "A gunman opened fire at a mall in Florida on Saturday, police said.",
            {"Three": "people killed", "Five": "people injured"},
        ),
        (
            "Ferry Capsizes Off Mindoro, 21 Dead, 30 Missing",
            "The ferry sank off Mindoro.",
            {"21": "people killed", "30": "people missing"},
        ),
        ("Floods Kill 12, Displace Thousands In Kenya", "Heavy rains hit Kenya this week.", {"12": "people killed"}),
    ],
)
def test_a_title_case_headline_is_read_in_sentence_case(nlp, title: str, body: str, want: dict[str, str]) -> None:
    got = _read(nlp, title, body)
    assert {k: got.get(k, ("", ""))[0] for k in want} == want


def test_places_keep_the_article_spelling(nlp):
    # aceh 03's headline: the place is the article's words, not the lower-cased ones
    title = "Earthquake Of Magnitude 6.1 Strikes Indonesia's Aceh Province Killing One"
    body = "An earthquake struck Aceh province in Indonesia on Tuesday, killing one person."
    assert "Aceh Province" in _read(nlp, title, body)["One"][1].split("|")


def test_sentence_case_keeps_names_and_places():
    assert sentence_case("Gunman Kills Three At Florida Mall", "a mall in Florida.") == "Gunman kills three at Florida mall"
    assert title_case("Gunman Kills Three At Florida Mall") and not title_case("Gunman kills three at Florida mall")
    assert not title_case("GUNMAN KILLS THREE")
