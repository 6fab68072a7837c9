"""One of a counted set: "One of the three officers wounded in the attack has been released".

"One of" is most often an idiom ("one of the leading groups"), and the
scanner leaves it out. Before a counted set ("of the three officers", "of
the four bombs") it is a count of its own: one member of the set, doing
what its verb says. The set keeps its own claim ("three officers wounded");
the part gets the set's noun and its own verb, so it never reads as a
smaller toll of the same event. Quantity annotations count "one of" as an
idiom, not an amount, so :func:`factcmp.extract_quantities` leaves the part out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.events import predicate_of
from factcmp.extract.figures import read_number
from factcmp.extract.known import KnownQuantity, exact_known
from factcmp.extract.lexicon import EVENT_COUNT_NOUNS, PEOPLE_NOUNS
from factcmp.extract.severity import part_state

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["read_part"]

_SET_DETERMINERS = frozenset({"the", "those", "these", "his", "her", "their", "its"})


def read_part(doc: Doc, i: int, sent: Span, blocked: set[int]) -> KnownQuantity | None:
    """Read "One" before "of the <number> <counted noun>": a count of one member of that set."""
    fatal = _fatal_part(doc, i, sent, blocked)
    if fatal is not None:
        return fatal
    graded = _graded_part(doc, i, sent)
    if graded is not None:
        return graded
    if doc[i].lower_ != "one" or i + 3 >= sent.end or doc[i + 1].lower_ != "of":
        return None
    if doc[i + 2].lower_ not in _SET_DETERMINERS:
        return None
    num = read_number(doc, i + 3, sent.end, blocked)
    if num is None or num.unit or num.currency or num.value <= 1 or num.end >= sent.end:
        return None
    noun = doc[num.end]
    if noun.lower_ not in PEOPLE_NOUNS and noun.lower_ not in EVENT_COUNT_NOUNS and noun.lower_ != "bombs":
        return None
    event, event_i = predicate_of(doc[i], sent)
    return exact_known(
        start=i,
        end=i + 1,  # the set is read on its own: "three officers wounded" stays a claim
        value=1.0,
        unit="person" if noun.lower_ in PEOPLE_NOUNS else "count",
        num_start=i,
        num_end=i + 1,
        noun=noun.lower_,
        event=event,
        event_i=event_i,
        amount=False,  # the golden annotations keep "one of" out of the amounts a text states
    )


def _fatal_part(doc: Doc, i: int, sent: Span, blocked: set[int]) -> KnownQuantity | None:
    """The part an adverb kills is a toll of its own: "Ten people were shot, one of them fatally".

    The set ("ten people shot") keeps its claim; "one of them fatally" says one
    of those people died, a count of the killed as any "one person was killed".
    """
    if i + 3 >= sent.end or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ not in ("them", "whom"):
        return None
    if doc[i + 3].lower_ != "fatally" or i == sent.start or doc[i - 1].text != ",":
        return None
    num = read_number(doc, i, i + 1, blocked)
    if num is None or num.unit or num.currency:
        return None
    return exact_known(
        start=i,
        end=i + 4,
        value=num.value,
        unit="person",
        num_start=i,
        num_end=i + 1,
        noun="people",
        event="killed",
        event_i=i + 3,
        amount=False,  # "one of them" is no amount the golden annotations list
    )


def _graded_part(doc: Doc, i: int, sent: Span) -> KnownQuantity | None:
    """One of a set told in a state of its own: "Three remain in the hospital, one of them in critical condition".

    The scanner leaves "one of" out (an idiom); after a comma and before "of them"/"of whom" and a state it is a count
    of one, the critically injured or the one in hospital (:func:`factcmp.extract.severity.part_state`), as "two of
    them in critical condition" is; the set keeps its own claim.
    """
    if doc[i].lower_ != "one" or i == sent.start or doc[i - 1].text != ",":
        return None
    state = part_state(doc, sent, i + 1)
    if state is None:
        return None
    event, words = state
    # a state that is no grade of harm is named by its words, as a count's verb names it: "people (in hospital)"
    named = "" if event.startswith("injured") else f"people ({words})"
    return exact_known(
        start=i,
        end=i + 1,
        value=1.0,
        unit="person",
        num_start=i,
        num_end=i + 1,
        noun="people",
        event=event,
        event_i=-1,
        quantity_of=named,
        amount=False,  # "one of them" is no amount the golden annotations list
    )
