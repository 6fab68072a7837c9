"""A quantity whose meaning its reader already knows: zeros, ordinals, calibres.

Most figures get what they count from the parse around them
(:func:`factcmp.extract.context.describe`). Some readers find the meaning
with the figure: "no one was killed *or injured*" is two zeros, one for
each event; "third floor" places something in a series of floors. Such a
reader returns a :class:`KnownQuantity`, and ``describe`` takes its words
as they are instead of guessing them again.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcmp.extract.raw import RawQuantity


@dataclass
class KnownQuantity(RawQuantity):
    """A quantity whose event, counted noun or measured thing was read with it.

    Attributes:
        event: the event category ("killed", "injured", ...), "" if none.
        event_i: the token that names the event, for its severity ("life-threatening injuries").
        noun: the counted or placed noun as a fact key ("officer", "floor", "murder").
        quantity_of: the readable name of what is counted, placed or measured.
        reference: what a measure belongs to ("handgun" for a calibre).
        subject: whose figure it is ("Gavin Eugene Long" for "his 29th birthday"), "" if the parse tells.
        amount: False for a figure no number writes out as an amount: a rank ("third floor"), a zero
            said by negation ("no casualties"), one of a set ("one of the three officers"): the
            comparison weighs it, but it is not an amount,
            and :func:`factcmp.extract_quantities` (which lists amounts, as the NewsQuant and
            golden annotations do) leaves it out.
    """

    event: str = ""
    event_i: int = -1
    noun: str = ""
    quantity_of: str = ""
    reference: str = ""
    subject: str = ""
    amount: bool = True


def exact_known(start: int, end: int, value: float, unit: str, num_start: int, num_end: int, **read: object) -> KnownQuantity:
    """A known quantity of one exact figure ("third floor", "no casualties", "one of them fatally").

    ``read`` holds what was read with it (``noun``, ``event``, ``quantity_of``, ``amount`` ...).
    """
    v = float(value)
    return KnownQuantity(
        start=start, end=end, value=v, low=v, high=v, qualifier="exact", unit=unit, num_start=num_start, num_end=num_end, **read
    )
