"""A trial's asks, maximum and sentence, and money taken, lost or repaid, are facts of their own (factcmp.figure_roles).

Before, years and amounts were compared whatever verb told them, so "her lawyer sought six years" met "she could
have been jailed for up to 15 years", and the prosecution's ask met the defence's as one disputed figure. Wording
constructed, wire style (no dev cluster is a court story).
"""

from __future__ import annotations

import pytest

import factcmp
from factcmp.figure_roles import figure_role, roles_apart

COURT = "Former council treasurer jailed"
TRIAL_DAY = "Prosecutors sought 10 to 12 years in jail for the former treasurer on Monday, while her lawyer sought six years."
SENTENCING = (
    "The former council treasurer was jailed for nine years on Friday. The prosecution had sought between 10 and "
    "12 years. The defence had asked for six years. She could have been jailed for up to 15 years on each charge."
)


def _articles(trial_day: str = TRIAL_DAY, sentencing: str = SENTENCING) -> list[dict[str, str]]:
    return [
        {"doc_id": "court", "source": "Court News", "published": "2023-05-01", "text": f"{COURT}\n\n{trial_day}"},
        {"doc_id": "paper", "source": "Daily Paper", "published": "2023-05-05", "text": f"{COURT}\n\n{sentencing}"},
    ]


def _years(nlp, articles: list[dict[str, str]]):
    claims = factcmp.compare(articles, nlp=nlp).claims
    return claims[(claims["kind"] == "quantity") & (claims["unit"] == "year")].set_index(["doc_id", "text"])


def test_each_role_is_its_own_fact_and_none_is_disputed(nlp):
    years = _years(nlp, _articles())
    group = years["group_id"]
    # the same side's ask told by both outlets is one fact, and they agree
    assert group["court", "10 to 12 years"] == group["paper", "between 10 and 12 years"]
    assert group["court", "six years"] == group["paper", "six years"]
    # the two sides' asks, the sentence and the maximum are four facts
    roles = [
        group["court", "10 to 12 years"],
        group["court", "six years"],
        group["paper", "nine years"],
        group["paper", "up to 15 years"],
    ]
    assert len(set(roles)) == 4
    assert "conflict" not in set(years["status"])


def test_two_outlets_giving_the_defence_different_asks_conflict(nlp):
    years = _years(nlp, _articles(sentencing=SENTENCING.replace("asked for six years", "asked for seven years")))
    assert years.loc[("court", "six years"), "group_id"] == years.loc[("paper", "seven years"), "group_id"]
    assert years.loc[("paper", "seven years"), "status"] == "conflict"


def test_money_lost_and_money_repaid_stay_apart(nlp):
    head = "Ex-director who stole from employer jailed"
    articles = [
        {"doc_id": "wire", "source": "Wire", "published": "2023-11-24", "text": f"{head}\n\n"
         "The court heard he lost about $3 million at casinos before he was caught."},
        {"doc_id": "paper", "source": "Paper", "published": "2023-11-24", "text": f"{head}\n\n"
         "His lawyer said he had repaid about $2.8 million to the company."},
    ]  # fmt: skip
    claims = factcmp.compare(articles, nlp=nlp).claims
    money = claims[(claims["kind"] == "quantity") & (claims["unit"] == "USD")].set_index("doc_id")
    assert money.loc["wire", "group_id"] != money.loc["paper", "group_id"]
    assert set(money["status"]) == {"single"}


@pytest.mark.parametrize(
    ("predicate", "text", "sentence", "measure", "role"),
    [
        ("sought", "eight years", "Prosecutors sought 12 years, while the defence sought eight years.", "duration",
         "asked:defence"),
        ("ask", "14 years", "Deputy Public Prosecutor Jane Lim asked for 14 years.", "duration", "asked:prosecution"),
        # a district attorney speaks for the state, though "attorney" alone is a defence lawyer's word
        ("sought", "$50,000", "The district attorney sought $50,000 in restitution.", "money:USD", "asked:prosecution"),
        ("ask", "five years", "His attorney asked for five years.", "duration", "asked:defence"),
        ("fac", "20 years", "He faces 20 years in prison if convicted.", "duration", "maximum"),
        ("jail", "up to 15 years", "She could have been jailed for up to 15 years.", "duration", "maximum"),
        ("sentenc", "11 years", "He was sentenced to 11 years in prison.", "duration", "imposed"),
        ("fin", "$5,000", "The company was fined $5,000.", "money:USD", "imposed"),
        # the amount a fraud was over is no penalty, though the verb jails
        ("jail", "$9 million", "Court jails ex-director over $9 million fraud.", "money:USD", ""),
        ("fac", "$2 million", "The firm faces $2 million in repair costs.", "money:USD", ""),
        ("siphoned", "$12 million", "He siphoned $12 million from the firm.", "money:USD", "taken"),
        ("remains", "$10 million", "About $10 million remains unrecovered.", "money:USD", "outstanding"),
        ("killed", "five", "Five people were killed.", "count", ""),
    ],
)  # fmt: skip
def test_the_role_a_figure_is_read_with(predicate, text, sentence, measure, role):
    row = {"predicate": predicate, "text": text, "sentence": sentence, "quantity_of": f"({predicate})"}
    assert figure_role(row, measure) == role


def test_an_ask_of_no_named_side_may_be_either_sides():
    assert not roles_apart("asked", "asked:defence")
    assert roles_apart("asked:prosecution", "asked:defence")
    assert roles_apart("asked:defence", "imposed")
    assert not roles_apart("", "maximum")


def test_two_sides_figures_of_the_sum_repaid_conflict(nlp):
    head = "Ex-director who stole from employer convicted"
    articles = [
        {"doc_id": "wire", "source": "Wire", "published": "2023-11-21", "text": f"{head}\n\n"
         "He lost about $3 million at casinos, the prosecution said. He has made restitution of $1.8 million, "
         "the prosecution said."},
        {"doc_id": "paper", "source": "Paper", "published": "2023-11-22", "text": f"{head}\n\n"
         "His lawyer said his client had repaid about $2.1 million. The prosecution had earlier told the court "
         "that he had made restitution of $1.8 million."},
    ]  # fmt: skip
    claims = factcmp.compare(articles, nlp=nlp).claims
    money = claims[(claims["kind"] == "quantity") & (claims["unit"] == "USD")].set_index(["doc_id", "text"])
    repaid = money.loc[("paper", "about $2.1 million"), "group_id"]
    assert money.loc[("wire", "$1.8 million"), "group_id"] == repaid == money.loc[("paper", "$1.8 million"), "group_id"]
    assert money.loc[("paper", "about $2.1 million"), "status"] == "conflict"
    # the casino losses are another sum
    assert money.loc[("wire", "about $3 million"), "group_id"] != repaid


def test_an_ask_told_by_the_words_before_the_figure(nlp):
    # the figure hangs on "sentence" or on a "should" clause, not on the verb of asking
    articles = _articles(
        trial_day="The former treasurer should be jailed for no less than 10 years, prosecutors said on Monday. "
        "Her lawyer asked for a sentence of six years.",
        sentencing="The former council treasurer was jailed for nine years on Friday.",
    )
    years = _years(nlp, articles)
    assert years.loc[("court", "no less than 10 years"), "group_id"] != years.loc[("paper", "nine years"), "group_id"]
    assert years.loc[("court", "six years"), "group_id"] != years.loc[("paper", "nine years"), "group_id"]
    assert "conflict" not in set(years["status"])
