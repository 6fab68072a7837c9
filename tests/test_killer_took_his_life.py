"""A killer who took his own life is not in the toll of those he killed (reconcile.parts.doer_told_apart).

"A fired worker fatally shot four co-workers before killing himself" counts his victims; another station's
"Five people are dead, including the gunman" counts the dead with him. Nobody disagrees: the two counts are two
sets, as "27, not counting the attackers" already made them. Wording constructed, U.S. local-news style.
"""

from __future__ import annotations

import pytest

from .test_reconcile import DOER, docs, q, reconcile, same_group, status_of

SAME_DAY = docs(("a", "Station A", "2017-06-06"), ("b", "Station B", "2017-06-06"))
WITH_HIM = q("b", "Five people", 5, quantity_of=DOER, sentence="Five people are dead, including the gunman, the sheriff said.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A fired worker fatally shot four people before killing himself, the sheriff said.",
        "The gunman killed four people and then turned the gun on himself.",
        "He shot four people dead before taking his own life, police said.",
    ],
)
def test_the_victims_of_a_killer_who_took_his_life_are_not_the_dead_with_him(sentence):
    r = reconcile([q("a", "four people", 4, sentence=sentence), WITH_HIM], SAME_DAY)
    assert not same_group(r, ("a", "four people"), ("b", "Five people"))
    assert status_of(r, "b", "Five people") == "single"


def test_the_article_headline_leaves_him_out_too(nlp):
    # "Fired worker kills 4 at warehouse" over a body that says he killed himself; "5 dead at warehouse" over one
    # that counts him
    import factcmp

    articles = [
        {"doc_id": "a", "source": "Station A", "published": "2017-06-06", "title": "Fired worker kills 4 at warehouse",
         "text": "Fired worker kills 4 at warehouse\n\nA fired worker fatally shot four co-workers before killing himself, "
                 "the sheriff said."},
        {"doc_id": "b", "source": "Station B", "published": "2017-06-06", "title": "5 dead at warehouse",
         "text": "5 dead at warehouse\n\nFive people are dead, including the gunman, the sheriff said."},
    ]  # fmt: skip
    table = factcmp.compare(articles, nlp=nlp).table
    assert "conflict" not in set(table["status"])


def test_without_a_word_of_it_the_count_with_him_revises_the_toll():
    # issue 4's convention: "50 people died, including the shooter", then the victims' 49
    r = reconcile(
        [q("a", "four people", 4, sentence="A fired worker fatally shot four people, the sheriff said."), WITH_HIM], SAME_DAY
    )
    assert same_group(r, ("a", "four people"), ("b", "Five people"))


def test_an_open_bound_with_him_is_no_restatement_of_the_victims_toll():
    # "At least three people are dead, including the gunman" early on, "Four killed" (he killed four, then himself)
    r = reconcile(
        [
            q("b", "At least three people", None, low=3, qualifier="at_least", quantity_of=DOER,
              sentence="At least three people are dead, including the gunman, the sheriff said."),
            q("a", "four people", 4, sentence="A fired worker fatally shot four people before killing himself."),
        ],
        SAME_DAY,
    )  # fmt: skip
    assert not same_group(r, ("b", "At least three people"), ("a", "four people"))


def test_a_headline_restating_the_body_count_with_him_is_counted_with_him():
    # "At least 3 dead" over "At least three people are dead, including the gunman"; another station: "Four killed"
    # over a body that says he killed four, then himself
    r = reconcile(
        [
            q("b", "At least 3", None, low=3, qualifier="at_least", in_headline=True, sentence="At least 3 dead in shooting"),
            q("b", "At least three people", None, low=3, qualifier="at_least", quantity_of=DOER,
              sentence="At least three people are dead, including the gunman, the sheriff said."),
            q("a", "Four", 4, in_headline=True, sentence="Four killed at warehouse"),
            q("a", "four people", 4, sentence="A fired worker fatally shot four people before killing himself."),
        ],
        SAME_DAY,
    )  # fmt: skip
    assert same_group(r, ("b", "At least 3"), ("b", "At least three people"))
    assert not same_group(r, ("b", "At least 3"), ("a", "Four"))
