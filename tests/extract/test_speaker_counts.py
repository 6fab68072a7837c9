"""A count of whoever speaks is no count of what they tell: "One report said 14 people were killed".

- the figure of a report, witness, source or official that is the subject of a speech verb (said, told,
  reported, added...), or the source of "according to", counts speakers: ``extract_quantities`` lists it
  (quantity benchmarks annotate it) as what it is, the report that said ("report (said)"), never as a
  toll of reports killed; the comparison leaves it aside, since no other source confirms or contradicts
  how many reports spoke, and a fact-checker lines up the toll they tell, not their number;
- a thing that carries what is said ("two reports", "one estimate") is a speaker with any reporting verb:
  "Two reports put the death toll at 40", and the 40 is the toll;
- a speaker who tells what befell themselves is counted as such: "two officers said they were shot",
  "seven passengers reported minor injuries" (a bare injury noun, no figure of its own, is the speaker's).
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the same kinds.
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


def _listed(nlp, text: str, words: str) -> list[tuple]:
    from factcmp.extract import extract_quantities

    return [(c.text, c.quantity_of, c.predicate) for c in extract_quantities(text, nlp=nlp) if c.text == words]


def _compared(nlp, text: str) -> list[str]:
    return [c["text"] for c in nlp(text)._.factcmp_claims if c["kind"] == "quantity"]


@pytest.mark.parametrize(
    ("where", "text", "words", "expected"),
    [
        (
            "corpus/dev/aceh 12",
            "One report said six children were killed and 14 trapped under debris when a mosque collapsed in Central Aceh.",
            "One report",
            ("One report", "report (said)", "said"),
        ),
        ("wire style", "One report said 14 people were killed.", "One report", ("One report", "report (said)", "said")),
        ("wire style", "One witness said two men were shot.", "One witness", ("One witness", "witness (said)", "said")),
        (
            "wire style",
            "At least 14 people were killed, one security official told AFP.",
            "one security official",
            ("one security official", "security official (told)", "told"),
        ),
        (
            "wire style",
            "According to one report, 14 people were killed.",
            "one report",
            ("one report", "report (according to)", "according"),
        ),
    ],
)
def test_a_counted_speaker_is_listed_as_the_speaker(nlp, where, text, words, expected):
    assert _listed(nlp, text, words) == [expected]


@pytest.mark.parametrize(
    ("where", "text", "speaker", "told"),
    [
        ("wire style", "According to one report, 14 people were killed.", "one report", "14 people"),
        ("wire style", "According to two officials, three soldiers were killed.", "two officials", "three soldiers"),
        ("wire style", "Two reports put the death toll at 40.", "Two reports", "40"),
        ("wire style", "One estimate put the number of dead at 300.", "One estimate", "300"),
    ],
)
def test_a_counted_source_is_left_out_of_the_comparison(nlp, where, text, speaker, told):
    got = _compared(nlp, text)
    assert speaker not in got and told in got, got


@pytest.mark.parametrize(
    ("where", "text", "words", "expected"),
    [
        ("wire style", "Two reports put the death toll at 40.", "40", ("40", "people killed")),
        ("wire style", "Officials put the death toll at 40.", "40", ("40", "people killed")),
        ("wire style", "The health ministry estimated the death toll at 120.", "120", ("120", "people killed")),
        ("wire style", "Police put the number of injured at 35.", "35", ("35", "people injured")),
    ],
)
def test_a_toll_put_at_a_figure_is_the_toll(nlp, where, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [expected]


@pytest.mark.parametrize(
    ("where", "text", "words", "expected"),
    [
        ("wire style", "Two officers told reporters they were shot.", "Two officers", ("Two officers", "officers shot")),
        (
            "wire style",
            "Three residents said they were injured in the blast.",
            "Three residents",
            ("Three residents", "people injured"),
        ),
        ("wire style", "Two men claimed to have been shot.", "Two men", ("Two men", "men shot")),
        (
            "wire style",
            "Seven passengers reported minor injuries, the airline said.",
            "Seven passengers",
            ("Seven passengers", "passengers minorly injured"),
        ),
        ("wire style", "Two officers reported injuries after the clash.", "Two officers", ("Two officers", "officers injured")),
    ],
)
def test_a_speaker_who_tells_of_themselves_is_counted(nlp, where, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [expected]


def test_injuries_reported_with_a_figure_are_others(nlp):
    # wire style: the officials report the deaths, they are not among them
    text = "Three officials reported 14 deaths."
    assert quantity_fields(nlp, text, "14 deaths", "quantity_of") == [("14 deaths", "people killed")]
    assert _compared(nlp, text) == ["14 deaths"]
