"""Ordinals that place something in a numbered series a fact-checker compares.

"On the third floor" against "on the second floor", "second-degree murder"
against "first-degree murder": the ordinal is the fact. Most ordinals are
not ("the first time", "the third-largest city", "a second shooter"), so an
ordinal is read only before a noun of a numbered series: a floor or storey,
the degree of a charge or of burns, a round, a place in a race, a school
grade. The figure carries unit ``ordinal`` and the series as its noun, so
floors line up with floors and degrees of murder with degrees of murder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcmp.extract.known import KnownQuantity, exact_known
from factcmp.extract.measures import HYPHENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ORDINAL_WORDS", "ordinal_value", "read_ordinal"]

ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
# series nouns -> the series' name; "degree" takes its name from the noun it grades
_SERIES = {
    "floor": "floor",
    "floors": "floor",
    "storey": "floor",
    "storeys": "floor",
    "story": "floor",
    "stories": "floor",
    "degree": "degree",
    "round": "round",
    "place": "place",
    "grade": "grade",
    "grader": "grade",
    "graders": "grade",
}
_JOINERS = frozenset({"and", "or", ",", "&", "to"})


def ordinal_value(tok: Token) -> int | None:
    """The rank an ordinal token gives ("third" -> 3, "21st" -> 21), else None."""
    word = ORDINAL_WORDS.get(tok.lower_)
    if word is not None:
        return word
    m = _ORDINAL_DIGITS.match(tok.text)
    return int(m.group(1)) if m else None


def read_ordinal(doc: Doc, i: int, sent: Span) -> KnownQuantity | None:
    """An ordinal that places something in a series: "third floor", "second-degree murder", "in the 5th round"."""
    value = ordinal_value(doc[i])
    if value is None:
        return None
    if i > sent.start and doc[i - 1].lower_ in ("a", "an", "another"):
        return None  # "a second round of bombs", "a second shooter": one more, not a place in a series
    if i + 1 < sent.end and doc[i + 1].lower_ == "birthday":
        return _birthday(doc, i, value, sent)
    j = _series_index(doc, i + 1, sent)
    if j < 0:
        return None
    series = _SERIES[doc[j].lower_]
    end = j + 1
    noun = series
    quantity_of = series
    if series == "degree":
        graded = _graded_noun(doc, i, j, sent)
        if graded is None:
            return None  # "to some degree", "a 90 degree turn": no charge or burn is graded
        noun = graded.lower_
        quantity_of = f"degree of {graded.lower_}"
        end = max(end, graded.i + 1)
    elif series == "place" and _idiom_place(doc, i, sent):
        return None  # "in the first place"
    elif series == "round" and _volley(doc, j, sent):
        return None  # "the second round of shots": another volley, not a round of a contest
    return exact_known(
        start=i,
        end=end,
        value=float(value),
        unit="ordinal",
        num_start=i,
        num_end=i + 1,
        noun=noun,
        quantity_of=quantity_of,
        amount=False,
    )


def _series_index(doc: Doc, j: int, sent: Span) -> int:
    """The series noun after an ordinal, over a hyphen and joined ordinals ("third and fourth floors"); -1 if none."""
    while j < sent.end:
        tok = doc[j]
        if tok.text in HYPHENS and not tok.whitespace_:
            j += 1
        elif tok.lower_ in _JOINERS and j + 1 < sent.end and ordinal_value(doc[j + 1]) is not None:
            j += 2
        else:
            break
    if j < sent.end and doc[j].lower_ in _SERIES and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        return j
    return -1


# what a degree grades: charges and burns
_GRADED = frozenset(
    [
        "murder",
        "murders",
        "manslaughter",
        "homicide",
        "assault",
        "battery",
        "robbery",
        "burglary",
        "arson",
        "felony",
        "felonies",
        "misdemeanor",
        "misdemeanors",
        "misdemeanour",
        "conduct",
        "kidnapping",
        "burn",
        "burns",
        "theft",
        "trespass",
        "forgery",
        "escape",
    ]
)


def _graded_noun(doc: Doc, i: int, j: int, sent: Span) -> Token | None:
    """The charge or burn a degree grades: "second-degree *murder*", "murder in the first degree"."""
    k = j + 1
    if k < sent.end and doc[k].text in HYPHENS:
        k += 1
    # "second-degree attempted murder", "first-degree criminal sexual conduct"
    for m in range(k, min(sent.end, k + 3)):
        if doc[m].lower_ in _GRADED:
            return doc[m]
        if doc[m].pos_ not in ("ADJ", "VERB", "NOUN"):
            break
    # "murder in the second degree"
    if i - 3 >= sent.start and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "in" and doc[i - 3].lower_ in _GRADED:
        return doc[i - 3]
    return None


# what a numbered round belongs to: "the second round of voting", "the third round of talks"
_CONTEST_ROUNDS = frozenset(
    [
        "voting",
        "vote",
        "votes",
        "talks",
        "negotiations",
        "elections",
        "election",
        "playoffs",
        "tournament",
        "draft",
        "fight",
        "bout",
        "match",
        "game",
        "contest",
        "competition",
    ]
)


def _volley(doc: Doc, j: int, sent: Span) -> bool:
    """A "round of" anything but a contest: "the second round of shots", "of bombing"."""
    if j + 1 >= sent.end or doc[j + 1].lower_ != "of":
        return False
    k = j + 2
    while k < sent.end and doc[k].lower_ in ("the", "a", "peace", "presidential", "parliamentary"):
        k += 1
    return k >= sent.end or doc[k].lower_ not in _CONTEST_ROUNDS


def _idiom_place(doc: Doc, i: int, sent: Span) -> bool:
    return i - 2 >= sent.start and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "in" and doc[i].lower_ == "first"


def _birthday(doc: Doc, i: int, value: int, sent: Span) -> KnownQuantity | None:
    """The age a birthday tells ("on his 29th birthday"), his if the sentence names him ("Gavin Eugene Long ... on his")."""
    owner = _birthday_owner(doc, i, sent)
    if owner is None:
        return None  # "the city's 300th birthday", "a 50th birthday party": no person's age
    return exact_known(
        start=i,
        end=i + 2,
        value=float(value),
        unit="year",
        num_start=i,
        num_end=i + 1,
        is_age=True,
        subject=owner,
        quantity_of=f"age of {owner}" if owner else "age",
        amount=False,  # no number writes the age out: a benchmark of amounts does not list it
    )


_PERSON_POSSESSIVES = frozenset({"his", "her"})


def _birthday_owner(doc: Doc, i: int, sent: Span) -> str | None:
    """Whose birthday: the named possessor ("Long's"), or for "his"/"her" the person the clause is about; None if no person."""
    if i - 2 >= sent.start and doc[i - 1].tag_ == "POS" and doc[i - 2].ent_type_ == "PERSON":
        return _entity_text(doc[i - 2])
    if i == sent.start or doc[i - 1].lower_ not in _PERSON_POSSESSIVES:
        return None
    tok = doc[i + 1]
    for _ in range(6):  # up to the clause's verb, whose subject the pronoun points back to
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.ent_type_ == "PERSON":
            return _entity_text(child)
    return ""  # someone's, not named in the clause


def _entity_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text
