"""Who a count or an age is of, where the article does not say it in so many words.

The one victim whose age an unnamed "man in his 50s" is, the one suspect a
"17-year-old suspect" is, the people who did the crime, the body of people
(workers, fans, worshippers) an act befell, and the people shot who were
wounded rather than killed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from factcmp.extract.context import WITH_DOER
from factcmp.extract.events import ABOARD
from factcmp.facets import (
    ANYBODY,
    POPULATIONS,
    STRONG_EVENTS,
    WOUNDING_ACTS,
    event_of,
    measure_of,
    noun_of,
    person_key,
)
from factcmp.reconcile.items import bounds

if TYPE_CHECKING:
    import pandas as pd

# the counted-noun classes (facets.NOUN_CLASS) of somebody unnamed who may be a cluster's one victim
_VICTIM_NOUNS = frozenset(["", "civilian", "child"])

# the counted-noun classes of people a shot may wound as well as kill; not the suspects, whom a count
# with "shot" is mostly of as the ones who fired ("2 shooters on loose" under "Bourbon Street shooting")
_PERSON_NOUNS = frozenset(["", "civilian", "child", "officer", "student"])
# acts on people that wound or kill, and say nothing of which
WOUNDED = "injured:"
# "four others were shot", "Four other women were also shot": the people shot besides those the story
# has counted, who are its dead
_OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)


def sole_victim(cols: dict[str, list[object]], n_rows: int, aliases: dict[str, str], sentences: pd.Series | None) -> str:
    """The name of the one person a cluster says was killed, when it counts one dead ('' otherwise).

    "One woman in her 20's died at the scene" names nobody. When the outlets
    count one dead, and the one person whose age is told beside a death is
    named ("Teqnika Moultrie, a 30-year-old bus driver ..., was killed"), the
    unnamed age is hers, as an analyst reads it: it is lined up with her
    other ages, and an age that does not fit them is a conflict. Two named
    dead, or a toll above one, and no unnamed age is given to anybody; nor
    to a dead man whose sentence calls him the gunman or the suspect ("the
    gunman, 35, was killed by police"): the toll may leave him out.
    """
    subjects, predicates = cols["subject"], cols["predicate"]
    if not any(
        unnamed_death_age(str(q), str(subjects[n] or ""), str(predicates[n] or ""))
        for n, q in enumerate(cols["quantity_of"])
        if q and str(q).startswith("age")
    ):
        return ""  # nobody to give an age to: most clusters, and every claim read once more for nothing
    named: dict[str, str] = {}  # person key -> a name as written
    tolls: Counter[float] = Counter()
    seen: set[tuple[str, float]] = set()
    with_doer: set[float] = set()  # "two people were killed, including the suspect": the dead with their killer
    for n in range(n_rows):
        if cols["kind"][n] != "quantity":
            continue
        quantity_of, subject = str(cols["quantity_of"][n] or ""), str(cols["subject"][n] or "")
        if event_of(str(cols["predicate"][n] or "")) != "killed":
            sentence = str(sentences.iat[n]) if sentences is not None else ""
            if quantity_of.startswith("age") and _is_name(subject) and _names_the_victim(sentence):
                # "The victim was identified Wednesday as Dale Whitcomb, 73": the named dead, told with no death verb
                named.setdefault(person_key(subject, aliases), subject)
            continue
        if quantity_of.startswith("age"):
            if _is_name(subject) and not _names_a_suspect(str(sentences.iat[n]) if sentences is not None else ""):
                named.setdefault(person_key(subject, aliases), subject)
            continue
        if str(cols["window"][n] or "").startswith("period:"):
            continue  # "The 2018 Camp Fire killed 85 people": another year's toll, not this story's
        lo, hi, _ = bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        unit = str(cols["norm_unit"][n] or cols["unit"][n] or "")
        if lo == hi and measure_of(unit, quantity_of) == "count" and (str(cols["doc_id"][n]), lo) not in seen:
            seen.add((str(cols["doc_id"][n]), lo))  # an article that repeats its toll counts once
            tolls[lo] += 1
            if quantity_of.endswith(WITH_DOER):
                with_doer.add(lo)
    # where one article counts the gunman among the dead, its figure ("Two dead" in every headline) is no toll of
    # victims: "leaving one person dead" is (Houston 2016)
    victims = Counter({toll: k for toll, k in tolls.items() if toll not in with_doer})
    if len(named) != 1 or (victims and victims.most_common(1)[0][0] != 1) or (not victims and with_doer):
        # where no article counts the dead at all ("A 7-year-old girl was killed", "Aaliyah Brooks, 8, killed in
        # drive-by"), the one person named beside a death is the story's dead: several dead are counted
        return ""
    return next(iter(named.values()))


# the acts and words that make a man of no role ("a 24-year-old man", facets.ANYBODY) the one the police hold or seek
_HELD_ACTS = frozenset({"arrested", "charged", "booked"})
_SOUGHT = re.compile(r"\b(?:warrant|wanted|person\s+of\s+interest)\b", re.IGNORECASE)


def unnamed_suspect_age(quantity_of: str, subject: str, predicate: str = "", sentence: str = "") -> bool:
    """Is the claim the age of a suspect the article does not name?

    "A 17-year-old suspect"; and a man or woman the police arrested, charged or seek ("Police arrested a
    32-year-old man", "A murder warrant has been issued for a 24-year-old man"), who is the suspect as an
    analyst reads it.
    """
    if not quantity_of.startswith("age") or _is_name(subject):
        return False
    if noun_of(subject) == "suspect":
        return True
    words = subject.lower().split()
    return bool(words) and words[-1] in ANYBODY and (event_of(predicate) in _HELD_ACTS or _SOUGHT.search(sentence) is not None)


def sole_suspect(cols: dict[str, list[object]], aliases: dict[str, str]) -> str:
    """The name of the one suspect whose age the cluster gives, when it names one ('' otherwise).

    "A 17-year-old suspect" in the first reports and "the suspect, 18-year-old Tyler Hollins" the
    next day are one person's age told two ways, and their disagreement is the commonest of a
    shooting story's: the unnamed age is lined up with the named one. A name is the suspect's when
    the age's sentence calls somebody the suspect or the gunman ("the suspected gunman, Endicott
    McCray, 24"); two such names (two suspects, or a suspect and his brother) and no age is given
    to anybody.
    """
    subjects, sentences = cols["subject"], cols["sentence"]
    predicates = cols["predicate"]
    if not any(
        unnamed_suspect_age(str(q or ""), str(subjects[n] or ""), str(predicates[n] or ""), str(sentences[n] or ""))
        for n, q in enumerate(cols["quantity_of"])
    ):
        return ""
    named: dict[str, str] = {}
    for n, q in enumerate(cols["quantity_of"]):
        subject = str(subjects[n] or "")
        if str(q or "").startswith("age") and _is_name(subject) and _names_a_suspect(str(sentences[n] or "")):
            named.setdefault(person_key(subject, aliases), subject)
    return next(iter(named.values())) if len(named) == 1 else ""


def classes_counted_dead(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[str]:
    """The counted-noun classes some count of the dead is of ("three officers killed": officer)."""
    dead = set()
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or acts[str(cols["predicate"][n] or "")] != "killed":
            continue
        _, hi, _ = bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        if hi > 0:  # "no officers were killed" counts nobody dead
            dead.add(noun_of(str(cols["subject"][n] or "")))
    return frozenset(dead)


def acts_told_of_victims_only(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[str]:
    """The acts (killed, injured) the cluster counts, above zero, only of people in general, civilians or children."""
    told: dict[str, bool] = {}
    for n in range(n_rows):
        act = acts[str(cols["predicate"][n] or "")]
        if cols["kind"][n] != "quantity" or act not in ("killed", "injured"):
            continue
        _, hi, _ = bounds(cols["norm_low"][n], cols["norm_high"][n], cols["norm_value"][n])
        if hi > 0:
            victims = noun_of(str(cols["subject"][n] or "")) in _VICTIM_NOUNS
            told[act] = told.get(act, True) and victims
    return frozenset(act for act, victims in told.items() if victims)


def find_populations(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> dict[str, str]:
    """Per act, the one body of people (workers, passengers, protesters, fans) the cluster counts it of, if any.

    A mine's collapse traps "29 miners", "29 workers" and "29 people"; a plant blast kills "two workers", then
    "the death toll rose to three". When no count of the act names another group (officers, children, a
    rescuer...), that body is all the people the act befell, and its counts are the people's. So are the
    passengers of a ferry that carried "more than 150 passengers" and "about 200 people": being aboard is no
    event word's, but it is told of people as firmly.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or str(cols["norm_unit"][n] or cols["unit"][n] or "") != "person":
            continue
        act = acts[str(cols["predicate"][n] or "")]
        if act.partition(":")[0] in STRONG_EVENTS or act == ABOARD:
            noun = noun_of(str(cols["subject"][n] or ""))
            if noun:
                seen[act].add(noun)
    return {act: next(iter(nouns)) for act, nouns in seen.items() if len(nouns) == 1 and nouns <= POPULATIONS}


def find_perpetrators(cols: dict[str, list[object]], n_rows: int, acts: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The (word, act) of counts of people the cluster says did its crime ("Four men" who "rammed" ... "making off").

    A count of people in general told with a weak verb is of the perpetrators when its sentence says they
    opened fire or made off with the loot (:func:`_did_the_crime`); the same word with the same verb is the
    same men in an article that leaves the crime out ("Four men rammed their car into the store").
    """
    out: set[tuple[str, str]] = set()
    for n in range(n_rows):
        if cols["kind"][n] != "quantity" or str(cols["unit"][n] or "") != "person":
            continue
        subject = str(cols["subject"][n] or "")
        act = acts[str(cols["predicate"][n] or "")]
        if (
            act.partition(":")[0] not in STRONG_EVENTS
            and noun_of(subject) == ""
            and _did_the_crime(str(cols["text"][n] or ""), str(cols["sentence"][n] or ""))
        ):
            out.add((subject.lower(), act))
    return frozenset(out)


def wounded_by(row: dict[str, object], deadly: frozenset[str]) -> bool:
    """Is a count of people shot (or hit) of those the act wounded, not killed?

    So it is when nobody of the group is counted dead in the cluster, or when the count is of "other"
    people ("Teqnika Moultrie was struck in the head and died. Four other women were also shot"): the
    others are those shot besides the dead the story has told. Such a count meets the same count told
    with "wounded"; the grade keeps it from a count that differs ("five officers shot" is no revision
    of "two officers wounded"). The caller has checked the act.
    """
    if str(row["norm_unit"] or row["unit"] or "") != "person" or str(row["quantity_of"] or "").startswith("age"):
        return False
    noun = noun_of(str(row["subject"] or ""))
    return noun in _PERSON_NOUNS and (noun not in deadly or bool(_OTHERS.search(str(row["text"] or ""))))


def act_told(event: str) -> str:
    """The act as the article tells it: "shot" for the people shot that :func:`wounded_by` counts as wounded."""
    grade = event.removeprefix(WOUNDED)
    return grade if grade in WOUNDING_ACTS else event


# the words an age's subject names the dead by, whatever the verb of its sentence
_VICTIM_ROLES = frozenset(["victim", "the victim", "dead man", "dead woman", "the dead man", "the dead woman"])
# a sentence that names the dead: "The victim was identified Wednesday as Dale Whitcomb, 73"
_IDENTIFIED = re.compile(
    r"\b(?:victim|dead (?:man|woman)|body)\b[^.]{0,40}?\bidentified\b|\bidentified the (?:victim|dead|body)\b"
)


# what the perpetrators of a shooting or a robbery do, told in the active voice after the count of them
_CRIME_DONE = (
    r"(?:opened\s+fire|open\s+fire|shot\s+up|fired\s+(?:shots|on|at|into)|robbed|stole|stealing|made\s+off|making\s+off"
    r"|raided|stormed|ransacked)\b"
)
_CRIME_AFTER = re.compile(
    r"\s+(?:who\s+|that\s+)?(?!(?:were|was|are|is|had\s+been|have\s+been|being)\b)"
    r"(?:" + _CRIME_DONE + r"|[^.;:]{0,160}?(?:\band|\bthen|\bbefore|\bafter|,)\s+" + _CRIME_DONE + r")",
    re.IGNORECASE,
)


def _did_the_crime(text: str, sentence: str) -> bool:
    """Does the sentence say the people a count is of did the shooting or the robbery?

    "two men got into an argument and opened fire", "the two men who opened fire", "Four men rammed their
    car into the store, smashing the window and making off with a booty"; not "two men were shot and robbed".
    """
    at = sentence.find(text) if text else -1
    return at >= 0 and _CRIME_AFTER.match(sentence, at + len(text)) is not None


def _names_the_victim(sentence: str) -> bool:
    """Does a sentence say whom the dead person was ("The victim was identified as ...")?"""
    return _IDENTIFIED.search(sentence.lower()) is not None


def _names_a_suspect(sentence: str) -> bool:
    """Does a sentence call somebody the gunman, the suspect, the attacker...?"""
    return any(noun_of(w) == "suspect" for w in re.findall(r"[a-z]+", sentence.lower()))


def _is_name(subject: str) -> bool:
    """Is the subject of an age a name ("Teqnika Moultrie"), not a noun ("woman", "the victim")?"""
    return any(w[:1].isupper() for w in subject.split())


def unnamed_death_age(quantity_of: str, subject: str, predicate: str) -> bool:
    """Is the claim the age of somebody unnamed who died ("one woman in her 20's died")?

    Only people in general, bystanders and children: "a 20-year-old suspect"
    killed by police or an officer killed elsewhere is somebody else.
    """
    if not quantity_of.startswith("age") or _is_name(subject):
        return False
    if subject.lower().strip() in _VICTIM_ROLES:
        return True  # "the victim, believed to be a 74-year-old man": the role says he died, whatever the verb
    return noun_of(subject) in _VICTIM_NOUNS and event_of(predicate) == "killed"


def person_aliases(claims: pd.DataFrame) -> dict[str, str]:
    """Person names as written -> linked entity id, so "Larry Gordon" and "Gordon" are one person."""
    if "entity_id" not in claims.columns or "entity_type" not in claims.columns:
        return {}
    ids = claims["entity_id"].fillna("").astype(str)
    # a mention the linker put in a person's cluster is that person, even where spaCy typed it ORG ("Tullier")
    ents = claims[(claims["kind"] == "entity") & ((claims["entity_type"] == "PERSON") | ids.str.startswith("per:")) & (ids != "")]
    aliases: dict[str, str] = {}
    by_word: dict[str, set[str]] = defaultdict(set)
    for text, eid in zip(ents["text"], ents["entity_id"], strict=True):
        aliases[str(text)] = str(eid)
        for w in str(text).split():
            if w[:1].isupper() and len(w) > 2:
                by_word[w].add(str(eid))
    # a single name that belongs to one person only ("Gordon", "Lakeem") stands for that person
    for w, ids in by_word.items():
        if len(ids) == 1:
            aliases.setdefault(w, next(iter(ids)))
    return aliases
