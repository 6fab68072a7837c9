"""Every quantity a text states, one claim each: what :func:`factcmp.extract_quantities` returns.

The ``factcmp_claims`` component writes the claims a comparison needs. Two
kinds of quantity are stated in the text but folded away there, and this
module lists them again:

- a bracketed conversion ("100 kilometres (60 miles)") is one claim with
  ``alt_value``/``alt_unit`` in a comparison; here it is two claims, and a
  hedge in front covers both ("some 100 kilometres (60 miles)": both
  approximate);
- a duration that scopes another figure ("killed in three days of fighting")
  is the comparison's time window; here it is a quantity too.

And the other way round, a comparison weighs figures that are not amounts
and are not listed here: ranks ("on the third floor", "second-degree
murder"), zeros said by negation ("there were no casualties") and one of a
set ("one of the three officers"). Quantity annotations (NewsQuant, the
golden sets) leave them out too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.component import _claim_end as claim_end
from factcmp.extract.context import describe
from factcmp.extract.doc_index import pinned
from factcmp.extract.quantities import apply_hedge, scan_sentence
from factcmp.extract.units import normalise_interval
from factcmp.records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from factcmp.extract.quantities import RawQuantity


def quantity_claims(doc: Doc) -> list[Claim]:
    """All quantity claims of a Doc processed by the ``factcmp_claims`` component, in text order."""
    stored = {d["start"]: Claim.from_dict(d) for d in doc._.factcmp_claims if d["kind"] == "quantity"}
    seen: set[int] = set()
    with pinned(doc):  # nothing here changes the Doc: one entity index for the whole article, not a check per figure
        out = _scanned(doc, stored, seen)
    # claims the component found by other means than the scanner (none today) are kept as they are
    out.extend(c for s, c in stored.items() if s not in seen)
    out.sort(key=lambda c: c.start)
    return out


def _scanned(doc: Doc, stored: dict[int, Claim], seen: set[int]) -> list[Claim]:
    """The claims of every figure the scanner finds, sentence by sentence, up to where the component stopped."""
    out: list[Claim] = []
    # the component stops reading a document that ran out of time (extract.component.DOC_BUDGET_S)
    stop = doc._.factcmp_stopped_at
    for n, sent in enumerate(doc.sents):
        if 0 <= stop <= sent.start:
            break
        for q in scan_sentence(doc, sent, include_restatements=True):
            start = doc[q.start].idx
            if not getattr(q, "amount", True):
                seen.add(start)
                continue
            claim = stored.get(start)
            if claim is None:
                claim = _claim_of(doc, sent, n, q)
            seen.add(start)
            if q.alt is not None:
                out.extend(_split_pair(doc, sent, claim, q, q.alt))
            else:
                out.append(claim)
    return out


def _claim_of(doc: Doc, sent: Span, n: int, q: RawQuantity) -> Claim:
    """A claim for a quantity the component left out (a time window, an aside of asides.py)."""
    ctx = describe(doc, sent, q)
    span = doc[q.start : claim_end(doc, q)]
    nv, nlo, nhi, nunit = normalise_interval(q.value, q.low, q.high, ctx.unit)
    return Claim(
        kind="quantity",
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        sentence=sent.text.strip(),
        doc_id=doc._.factcmp_doc_id,
        value=q.value,
        low=q.low,
        high=q.high,
        unit=ctx.unit,
        qualifier=q.qualifier,
        vague=q.vague,
        quantity_of=ctx.quantity_of,
        predicate=ctx.predicate,
        subject=ctx.subject or ctx.noun,
        norm_value=nv,
        norm_low=nlo,
        norm_high=nhi,
        norm_unit=nunit,
        sent_index=n,
    )


def _split_pair(doc: Doc, sent: Span, claim: Claim, q: RawQuantity, alt: RawQuantity) -> list[Claim]:
    """Split "100 kilometres (60 miles)" into "100 kilometres" and "60 miles"."""
    bracket = next((t.i for t in doc[q.num_end : alt.start + 1] if t.text == "("), alt.start)
    first = doc[q.start : bracket]
    primary = claim.with_(
        text=first.text, end=first.end_char, alt_value=alt.value if alt.value is not None else alt.high, alt_unit=alt.unit
    )
    if alt.qualifier == "exact" and q.qualifier not in ("exact", "range", "vague"):
        apply_hedge(alt, q.qualifier)
    span = doc[alt.start : alt.end]
    nv, nlo, nhi, nunit = normalise_interval(alt.value, alt.low, alt.high, alt.unit)
    second = claim.with_(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        value=alt.value,
        low=alt.low,
        high=alt.high,
        unit=alt.unit,
        qualifier=alt.qualifier,
        vague=alt.vague,
        alt_value=claim.value if claim.value is not None else claim.high,
        alt_unit=claim.unit,
        norm_value=nv,
        norm_low=nlo,
        norm_high=nhi,
        norm_unit=nunit,
    )
    return [primary, second]
