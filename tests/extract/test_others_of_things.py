"""The "N others", "N more" and "N of them Xs" count what the count they follow counts.

"112 homes were destroyed and 30 others damaged" counts damaged homes, not people; "destroyed 132 structures
... and damaged 41 more" damaged structures; "132 structures, 112 of them homes" homes. The others take the
counted noun in the same place (subject or object) of the verb they are joined to; people stay people
("Twelve people were killed and 70 others were injured"), and "one bomb fell ..., with several more falling" is
still what the bombs grew by. A part of things named by "including" ("132 structures have been destroyed,
including 112 homes") underwent the set's act.
Sources: the Aceh dev cluster (people) and wire-style wording (constructed; no dev article counts damaged things
so).
"""

from __future__ import annotations

import pytest

from . import quantity_fields

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # wire-style wording (constructed)
        ("Inspectors confirmed that 112 homes were destroyed and 30 others damaged.", "30 others", ("count", "homes (damaged)")),
        (
            "The fire has destroyed 132 structures, 112 of them homes, and damaged 41 more.",
            "41",
            ("count", "structures (damaged)"),
        ),
        ("The fire has destroyed 132 structures, 112 of them homes, and damaged 41 more.", "112", ("count", "homes (destroyed)")),
        ("The storm destroyed 40 boats and damaged 12 more.", "12", ("count", "boats (damaged)")),
        ("Police arrested 12 people, three of them women.", "three", ("person", "women arrested")),
        ("The crash killed 72 people, 15 of them foreigners.", "15", ("person", "foreigners killed")),
        (
            "In 2014, a guesthouse collapsed in Lagos, killing 116 people, 84 of them South Africans.",
            "84",
            ("person", "South Africans killed"),
        ),
        # people stay people: aceh-earthquake-2013
        ("Twelve people were killed and 70 others were injured by a landslide.", "70 others", ("person", "people injured")),
        ("Two students were killed and five others were wounded, the sheriff said.", "five others", ("person", "people injured")),
        # an increment of the things just counted is left as it is (yida-camp-bombing-2011 wording)
        (
            "Sources said one bomb fell within the camp, with several more falling in the close vicinity.",
            "several more",
            ("count", "more (falling)"),
        ),
    ],
)
def test_others_count_what_they_follow(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "unit", "quantity_of") == [(words, *expected)]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # wire-style wording (constructed): a part of things named by "including" underwent the set's act
        ("In all, 132 structures have been destroyed, including 112 homes, officials said.", "112 homes", "homes (destroyed)"),
        ("The quake damaged 300 buildings, including 12 schools.", "12 schools", "schools (damaged)"),
        ("Police seized 20 weapons, including five rifles.", "five rifles", "rifles (seized)"),
        # people keep "including" (a group the reconciler lines up by its own word)
        ("Three people were injured, including two children.", "two children", "children (including)"),
    ],
)
def test_a_part_of_things_takes_the_sets_act(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # probe8 lakeview wording (constructed): the tagger reads "spent" as the verb of 34
        (
            "Investigators recovered three guns and 34 spent shell casings from the hallway, Morgan said.",
            "34",
            "casings (recovered)",
        ),
        ("Investigators recovered 34 spent shell casings from the hallway.", "34", "casings (recovered)"),
        # "spent" is the verb here, and a night in a shelter is the shelter act (test_evacuated_and_sheltered)
        ("The 34 spent the night in a shelter.", "34", "sheltered"),
    ],
)
def test_a_participle_of_things_is_no_verb_of_the_count(nlp, text, words, expected):
    assert quantity_fields(nlp, text, words, "quantity_of") == [(words, expected)]
