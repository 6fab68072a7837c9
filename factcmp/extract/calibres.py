"""The calibre of a weapon: "a 9 mm handgun", "a 5.56-caliber rifle", "a .40-caliber pistol".

A calibre is a length, but of no distance a reader compares with others:
it belongs to the weapon. So the figure is read with its weapon class
(handgun, rifle, shotgun, ammunition), which becomes its reference: one
outlet's "9 mm handgun" meets another's "9.9mm pistol", and never the
rifle's 5.56. Calibres in hundredths of an inch (".40-caliber") are inches;
metric ones ("5.56-caliber", "9mm") are millimetres.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.figures import read_number
from factcmp.extract.known import KnownQuantity, exact_known
from factcmp.extract.measures import HYPHENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["WEAPON_CLASSES", "may_be_calibre", "read_calibre"]

_CALIBRE_WORDS = frozenset({"caliber", "calibre", "cal", "cal."})
_MM_WORDS = frozenset({"mm", "millimeter", "millimetre", "millimeters", "millimetres"})
WEAPON_CLASSES = {
    w: cls
    for cls, words in {
        "handgun": "pistol pistols handgun handguns revolver revolvers",
        "rifle": "rifle rifles carbine carbines",
        "shotgun": "shotgun shotguns",
        "ammunition": "round rounds bullet bullets cartridge cartridges shell shells ammunition ammo",
        "gun": "gun guns weapon weapons firearm firearms",
    }.items()
    for w in words.split()
}


def may_be_calibre(doc: Doc, i: int, sent: Span) -> bool:
    """A cheap test before :func:`read_calibre`: digits, then a millimetre or calibre word within three tokens."""
    text = doc[i].text
    if not text[-1:].isdigit() and not text.lower().endswith("mm"):
        return False  # a calibre is written in digits: "9mm", "5.56", ".40"
    if text.lower().endswith("mm"):
        return True
    return any(t.lower_ in _CALIBRE_WORDS or t.lower_ in _MM_WORDS for t in doc[i + 1 : min(sent.end, i + 4)])


def read_calibre(doc: Doc, i: int, sent: Span, blocked: set[int]) -> KnownQuantity | None:
    """A number that is a weapon's calibre: before "caliber", or in millimetres before a weapon noun."""
    num = read_number(doc, i, sent.end, blocked)
    if num is None or num.currency or num.value <= 0:
        return None
    j = num.end
    if j < sent.end and doc[j].text in HYPHENS and not doc[j].whitespace_:
        j += 1
    word = doc[j].lower_ if j < sent.end else ""
    if num.unit == "mm" and num.end == j:
        unit, end = "mm", num.end  # "9.9mm", glued
    elif word in _MM_WORDS and not num.unit:
        unit, end = "mm", j + 1
    elif word in _CALIBRE_WORDS and not num.unit:
        unit, end = _calibre_unit(doc[i].text, num.value), j + 1
    else:
        return None
    weapon = _weapon_after(doc, end, sent)
    if not weapon and word not in _CALIBRE_WORDS:
        return None  # "9 mm of rain": a length of no weapon
    return exact_known(
        start=i,
        end=end,
        value=num.value,
        unit=unit,
        num_start=num.start,
        num_end=num.end,
        noun=weapon,
        reference=weapon,
        quantity_of=f"calibre of {weapon}" if weapon else "calibre",
    )


def _calibre_unit(text: str, value: float) -> str:
    # ".40", ".223": hundredths or thousandths of an inch; "5.56", "7.62", "9": millimetres;
    # "22", "45" without the point: the US habit of hundredths of an inch, kept as written
    if value < 1:
        return "inch"
    if "." in text or value < 20:
        return "mm"
    return "caliber"


def _weapon_after(doc: Doc, j: int, sent: Span) -> str:
    """The weapon class a calibre modifies, over a few modifiers ("semi-automatic", "Glock")."""
    for k in range(j, min(sent.end, j + 5)):
        tok = doc[k]
        cls = WEAPON_CLASSES.get(tok.lower_)
        if cls:
            return cls
        if not (tok.pos_ in ("ADJ", "PROPN", "NOUN", "VERB") or tok.text in HYPHENS):
            return ""
    return ""
