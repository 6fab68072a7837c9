"""What the extractors read many times from one parsed Doc, read once.

``Doc.text`` joins every token's text on each access, and ``Doc.ents`` and
``Span.ents`` build a ``Span`` for every entity of the whole article on each
access (``Span.ents`` walks ``Doc.ents``). The claim extractor asks for them
once per reporting frame, per figure and per sentence, so on a 450-word
article they cost more than the rules that read them. A :class:`DocIndex`
reads them once per Doc and answers "the entities inside tokens i:j" with a
binary search.

:func:`index_of` keeps the index of the Doc being read (one slot: the
extractor reads one Doc at a time), so the attribution pass, the place finder
and the component share it without passing it around. One slot, not a weak
mapping: the index's Spans refer to their Doc, so a Doc-keyed weak mapping
would keep every Doc alive. It is never stored on the Doc (a Doc sent back
from an ``n_process`` worker is serialised; Spans in ``doc.user_data`` would
not be). An index whose Doc has since been given other entities or tokens is
rebuilt: the check compares the entity annotation arrays, which costs
microseconds against the milliseconds of ``Doc.ents``.
"""

from __future__ import annotations

from bisect import bisect_left
from contextlib import contextmanager
from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, ENT_TYPE

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np
    from spacy.tokens import Doc, Span

__all__ = ["DocIndex", "index_of", "pinned"]


class DocIndex:
    """The text and entities of one parsed Doc, for repeated look-ups.

    Args:
        doc: a Doc whose entities are final.
    """

    def __init__(self, doc: Doc) -> None:
        """Read the text and the entities of ``doc`` once."""
        self.doc = doc
        self.text: str = doc.text
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self._starts = [e.start for e in self.ents]
        self._annotation = _entity_annotation(doc)

    def is_current(self) -> bool:
        """Whether the Doc still has the tokens and entities this index read."""
        now = _entity_annotation(self.doc)
        return now.shape == self._annotation.shape and bool((now == self._annotation).all())

    def ents_in(self, start: int, end: int) -> list[Span]:
        """Entities lying wholly inside tokens ``start:end``, in order: ``doc[start:end].ents``."""
        out = []
        for k in range(bisect_left(self._starts, start), len(self.ents)):
            ent = self.ents[k]
            if ent.end > end:
                break  # entities do not overlap: none after this one fits either
            out.append(ent)
        return out

    def ents_of(self, span: Span) -> list[Span]:
        """``span.ents`` for a span of this index's Doc."""
        return self.ents_in(span.start, span.end)


# The index of the Doc read last. It holds that one Doc (its Spans do), so memory stays
# bounded by one article; an identity check is safe while the slot keeps the Doc alive.
_LAST: list[DocIndex] = []


# The index of a Doc whose entities are known not to change (see pinned), so no check is needed.
_PINNED: list[DocIndex] = []


def index_of(doc: Doc) -> DocIndex:
    """The :class:`DocIndex` of a Doc: built on first use, shared until another Doc is read."""
    if _PINNED and _PINNED[0].doc is doc:
        return _PINNED[0]
    if _LAST and _LAST[0].doc is doc and _LAST[0].is_current():
        return _LAST[0]
    index = DocIndex(doc)
    _LAST[:] = [index]
    return index


def _entity_annotation(doc: Doc) -> np.ndarray:
    return doc.to_array([ENT_IOB, ENT_TYPE])


@contextmanager
def pinned(doc: Doc) -> Iterator[DocIndex]:
    """Within the block, ``index_of(doc)`` answers without checking the Doc's entities again.

    For a reader that does not change the Doc's tokens or entities (the claim extractor): the
    check of :meth:`DocIndex.is_current` reads the whole Doc, and asked once per figure it made a
    long article's cost grow with the square of its length.
    """
    index = index_of(doc)
    _PINNED[:] = [index]
    try:
        yield index
    finally:
        _PINNED.clear()
