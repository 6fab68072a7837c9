"""A count of the people who did a harm is not a count of its victims.

"Two officers shot and killed the gunman" counts the officers who fired, not officers killed: told with the
victims' event it would line up with (and conflict with) a toll of officers killed. The active subject of a
harm verb that has a target (an object, "shot up a street", "shot at officers", "shot into the crowd"), the
antecedent of a relative clause whose pronoun is such a subject ("the two men who shot up"), and a count of
doers hanging on the harm's noun ("shooting: 2 shooters on loose") take the doers' act: "shoot" (the verb
class of "opened fire" and "fired at") or "attack", never the victims' event. Passives, headlines that drop
the auxiliary ("2 officers shot"), intransitives and counts that are the object ("shot and killed two
officers") keep the victims' event; the agent of a passive ("was shot dead by two officers") is a doer.
Sources: the dev clusters (``corpus/dev/<cluster> <doc>``) and wire-style sentences of the kinds police-shooting
news writes.
"""

from __future__ import annotations

import pytest

from factcmp.facets import event_of

from . import quantity_fields

pytestmark = pytest.mark.model

# the events of those a harm befell
_VICTIM_EVENTS = frozenset({"killed", "injured", "shot"})


@pytest.mark.parametrize(
    ("where", "text", "words", "event"),
    [
        (
            "corpus/dev/bourbon-street 03",
            "Police believe the two men who shot up a busy street full of Bayou Classic revelers are from "
            "Louisiana, but not from New Orleans.",
            "two men",
            "fired",
        ),
        (
            "corpus/dev/bourbon-street 02",
            "Bourbon Street shooting: 2 shooters on loose; 10 victims innocent; 'unconscionable,' 'unacceptable' act, mayor says",
            "2 shooters",
            "fired",
        ),
        ("wire style", "Two officers shot and killed the gunman.", "Two officers", "fired"),
        ("wire style", "Two officers shot the suspect after he opened fire.", "Two officers", "fired"),
        ("wire style", "Two officers fatally shot the man outside the store.", "Two officers", "fired"),
        ("wire style", "The two officers who shot the man were placed on administrative leave.", "two officers", "fired"),
        ("wire style", "Two gunmen shot into the crowd outside the club.", "Two gunmen", "fired"),
        # a present participle on the noun tells what its people were doing
        ("wire style", "Witnesses saw two men shooting at officers from a car.", "two men", "fired"),
        ("wire style", "Video shows two officers shooting into the car.", "two officers", "fired"),
        ("wire style", "Police said two men shot at officers from a passing car.", "two men", "fired"),
        ("wire style", "Two officers said they shot the man after he pointed a rifle at them.", "Two officers", "fired"),
        # a harm a speaker tells of another is not the speaker's
        ("wire style", "Two officers said he shot the man from the doorway.", "Two officers", "said"),
        # a harm done by a joined verb: the figure keeps its own verb's act
        ("wire style", "Two gunmen opened fire and killed three people.", "Two gunmen", "fired"),
        # "returned fire" is firing, as "opened fire" is (events.FIRED)
        ("wire style", "Five officers returned fire and killed the suspect.", "Five officers", "fired"),
        ("wire style", "Two officers killed the suspect after a chase.", "Two officers", "attack"),
        # the agent of a passive harm did it: "shot dead by two officers" is no toll of officers
        ("wire style", "The gunman was shot dead by two officers, police said.", "two officers", "fired"),
        ("wire style", "The suspect was shot and killed by three deputies.", "three deputies", "attack"),
        ("wire style", "The man was killed by two gunmen.", "two gunmen", "attack"),
        ("wire style", "Two gunmen wounded three guards at the gate.", "Two gunmen", "attack"),
        ("wire style", "Two officers struck the suspect with their cruiser.", "Two officers", "attack"),
    ],
)
def test_doers_of_a_harm_take_its_act(nlp, where, text, words, event):
    got = quantity_fields(nlp, text, words, "predicate")
    assert len(got) == 1, got
    assert event_of(got[0][1]) == event, got


@pytest.mark.parametrize(
    ("where", "text", "words", "event"),
    [
        ("corpus/dev/berrien 01", "Four people shot at a Berrien County Courthouse", "Four people", "shot"),
        (
            "corpus/dev/berrien",
            "Two bailiffs were fatally shot Monday inside the courthouse before officers killed the gunman, a sheriff said.",
            "Two bailiffs",
            "killed",
        ),
        (
            "corpus/dev/berrien",
            "Gordon was facing rape charges and he fatally shot two bailiffs and injured a deputy during the attempted escape.",
            "two bailiffs",
            "killed",
        ),
        ("corpus/dev/bristol", "Police: Man fatally shoots 1, injures 4 in Bristol - WSMV Channel 4", "4", "injured"),
        ("corpus/dev/baton-rouge", "Three Officers Killed in Baton Rouge Ambush", "Three Officers", "killed"),
        (
            "corpus/dev/bourbon-street 02",
            "Bourbon Street shooting: 2 shooters on loose; 10 victims innocent; 'unconscionable,' 'unacceptable' act, mayor says",
            "10 victims",
            "shot",
        ),
        ("wire style", "Two deputies were shot in the exchange.", "Two deputies", "shot"),
        ("wire style", "2 officers shot, 1 killed in Dallas", "2 officers", "shot"),
        ("wire style", "Two officers shot Sunday in Dallas", "Two officers", "shot"),
        ("wire style", "Two Officers Shot Dead In Dallas Ambush", "Two Officers", "shot"),
        ("wire style", "Two officers killed, three wounded", "Two officers", "killed"),
        ("wire style", "He shot and killed two officers.", "two officers", "killed"),
        ("wire style", "Police shot and killed the two gunmen.", "two gunmen", "killed"),
        ("wire style", "The shooting of two gunmen by deputies is under review.", "two gunmen", "shot"),
        ("wire style", "Two people died at the scene.", "Two people", "killed"),
        # no target: the doers harmed themselves, or the parser took a time for an object
        ("wire style", "Two men killed themselves in the standoff.", "Two men", "killed"),
        ("wire style", "Five officers killed the first night of protests", "Five officers", "killed"),
    ],
)
def test_victims_keep_the_event(nlp, where, text, words, event):
    got = quantity_fields(nlp, text, words, "predicate")
    assert len(got) == 1, got
    assert event_of(got[0][1]) == event, got


@pytest.mark.parametrize(
    ("where", "text", "words", "predicate"),
    [
        (
            # the weapons were what he was armed with; the shooting at the officers is his
            "corpus/dev/bristol 05",
            "TBI spokesman Josh DeVine said the suspect was armed with at least two weapons and shot at responding "
            "officers, who returned fire, wounding him.",
            "at least two weapons",
            "arm",
        ),
        (
            # a thing that hits keeps its own verb: bombs are never counted as victims
            "corpus/dev/yida",
            "One bomb hit a 200-student schoolhouse but did not explode, another bomb hit the community marketplace "
            "and two others hit the outskirts of the camp.",
            "two others",
            "hit",
        ),
        (
            # a measure is no doer: the quake's magnitude keeps the act the quake did
            "corpus/dev/aceh",
            "A 6.1-magnitude earthquake which hit the Indonesian province of Aceh on Tuesday killed at least one "
            "person, injured dozens and destroyed buildings.",
            "6.1-magnitude earthquake",
            "killed",
        ),
    ],
)
def test_what_no_doer_counts_keeps_its_reading(nlp, where, text, words, predicate):
    assert quantity_fields(nlp, text, words, "predicate") == [(words, predicate)]
