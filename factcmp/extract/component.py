"""The spaCy components: line breaks as sentence starts, and claim extraction.

``factcmp_claims`` reads a parsed Doc and stores its claims as plain dicts in
``doc._.factcmp_claims`` (msgpack-safe, so ``n_process`` works) and as spans
in ``doc.spans["factcmp"]`` (so displaCy can show them).

A Doc whose ``doc._.factcmp_quantities_only`` is true (``extract_quantities``
sets it) gets its quantity claims only, the same claims field by field, and no
spans: the dates, entity mentions and spans that only a comparison reads are
skipped, and the attribution pass and the time windows are read only when a
sentence has a figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from factcmp.extract.attribution import Attributor, Speaker
from factcmp.extract.context import describe, restated_places
from factcmp.extract.dates import windows_and_dates
from factcmp.extract.doc_index import index_of
from factcmp.extract.entities import mentions_in
from factcmp.extract.known import KnownQuantity
from factcmp.extract.lengths import direction_of
from factcmp.extract.quantities import scan_sentence
from factcmp.extract.scope import clause_after, locus_of, places_of, window_of
from factcmp.extract.stays import TIME_SINCE, scopes_a_figure, since_of, stay_of
from factcmp.extract.units import normalise_interval
from factcmp.records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Span

    from factcmp.extract.quantities import RawQuantity

SPANS_KEY = "factcmp"
QUANTITIES_ONLY = "factcmp_quantities_only"
EXTENSIONS = ("factcmp_claims", "factcmp_doc_id", "factcmp_reference", "factcmp_title", QUANTITIES_ONLY)
_DEFAULTS: dict[str, object] = {
    "factcmp_claims": [],
    "factcmp_doc_id": "",
    "factcmp_reference": "",
    "factcmp_title": "",
    QUANTITIES_ONLY: False,
}


def register_extensions() -> None:
    """Register the ``doc._.factcmp_*`` attributes once per process."""
    for name, default in _DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


@Language.component("factcmp_linebreaks")
def linebreaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and captions end without a full stop."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
        elif tok.i > 0 and doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
    return doc


class ClaimExtractor:
    """Pull quantity, date and entity claims out of a parsed article."""

    def __init__(self, nlp: Language, name: str) -> None:
        """Create the component; it holds no state between documents."""
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc; errors go to spaCy's error handler like any component's."""
        quantities_only = bool(doc._.factcmp_quantities_only)
        claims = extract_claims(doc, quantities_only=quantities_only)
        doc._.factcmp_claims = [c.to_dict() for c in claims]
        if quantities_only:
            return doc  # the spans are for displaCy; extract_quantities returns claims only
        spans = []
        for c in claims:
            if c.kind == "entity":
                continue
            span = doc.char_span(c.start, c.end, label=c.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = filter_spans(spans)
        return doc


def extract_claims(doc: Doc, *, quantities_only: bool = False) -> list[Claim]:
    """All claims of one parsed Doc, in text order; uses ``doc._.factcmp_*`` metadata.

    Args:
        doc: a parsed Doc.
        quantities_only: return the quantity claims only. They are the same,
            field by field, as the quantity claims of a full run; the dates
            and entity mentions are not read at all.
    """
    register_extensions()
    doc_id = doc._.factcmp_doc_id
    reference = doc._.factcmp_reference
    sents = list(doc.sents)
    title_end = _title_end(doc)
    # The attribution pass reads every sentence of the article and the windows every DATE span
    # (dateparser, when there is a reference date): both are read only once a claim needs them.
    attributors: list[Attributor] = []
    windows: dict[int, list[tuple[Span, str]]] | None = None
    dated: list[tuple[Span, str, str]] = []
    if not quantities_only:
        windows, dated = windows_and_dates(doc, reference)

    def attribution() -> Attributor:
        if not attributors:
            attributors.append(Attributor(doc, title_end=title_end))
        return attributors[0]

    claims: list[Claim] = []
    # each sentence's text once: dates and entities (thousands per batch) ask for it again
    sent_texts = [s.text.strip() for s in sents]
    for n, sent in enumerate(sents):
        found = scan_sentence(doc, sent)
        if not found:
            continue
        if windows is None:
            windows = windows_and_dates(doc, reference)[0]
        sent_text = sent_texts[n]
        sent_windows = windows.get(sent.start, [])
        for q in found:
            # "10 days after a gunman killed five police officers in Dallas" dates the clause after it and is
            # still a figure of its own, the time between the two events
            own = [w for w in sent_windows if w[0].start <= q.num_start < w[0].end and clause_after(w[0]) is None]
            stay = ""
            # "South Sudan gained its independence 6 months ago": the time since a change of state
            # is a figure even where it also dates a moment
            since, since_verb = since_of(sent, q)
            if own and not since:
                # "in three days of fighting" scopes a figure; it is not one, unless the duration
                # is itself what the sentence states: a stay with something ("after 25 years" with the police)
                stay = "" if scopes_a_figure(q, found, sent_windows) else stay_of(sent, q)
                if not stay:
                    continue
            ctx = describe(doc, sent, q)
            if since:
                ctx.quantity_of = f"{TIME_SINCE}{since} {since_verb}"
            wkey, wspan = window_of(sent, q, [w for w in sent_windows if w not in own])
            speaker = attribution().speaker_for(q.num_start, n)
            exclude = [(wspan.start, wspan.end)] if wspan is not None else []
            if _belongs_to_an_object(q):
                place = ""
            else:
                names = set(places_of(sent, exclude + attribution().frame_ranges(n)))
                # "two landed inside the camp itself, while the other two ... near the airstrip": a spot of
                # the scene told by a common noun sets two counts apart as a place name does
                locus = locus_of(sent, q)
                if not names and not locus and n + 1 < len(sents):
                    # "Around 40 houses were damaged ... Most of the damaged houses were in the Wih Pesam area"
                    names = set(restated_places(doc, q, ctx.predicate, sents[n + 1], attribution().frame_ranges(n + 1)))
                place = "|".join(sorted(names | {locus} if locus else names))
            span = doc[q.start : _claim_end(doc, q)]
            direction = direction_of(doc, sent, q) if ctx.reference else ""
            nv, nlo, nhi, nunit = normalise_interval(q.value, q.low, q.high, ctx.unit)
            claims.append(
                Claim(
                    kind="quantity",
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    sentence=sent_text,
                    doc_id=doc_id,
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    unit=ctx.unit,
                    qualifier=q.qualifier,
                    vague=q.vague,
                    quantity_of=ctx.quantity_of.replace("from ", f"{direction} of ", 1) if direction else ctx.quantity_of,
                    predicate=ctx.predicate,
                    subject=stay or since or ctx.subject or ctx.noun,
                    place=place,
                    window=wkey,
                    reference=ctx.reference,
                    alt_value=q.alt_value,
                    alt_unit=q.alt_unit,
                    norm_value=nv,
                    norm_low=nlo,
                    norm_high=nhi,
                    norm_unit=nunit,
                    attributed_to=speaker.text,
                    speaker_entity=speaker.name,
                    in_headline=sent.start < title_end,
                    sent_index=n,
                )
            )
    if quantities_only:
        claims.sort(key=lambda c: (c.start, c.kind))  # the order a full run gives them
        return claims
    sent_index = {s.start: n for n, s in enumerate(sents)}
    for span, iso, period in dated:
        n = sent_index.get(span.sent.start, -1)
        speaker = attribution().speaker_for(span.start, n) if n >= 0 else Speaker()
        claims.append(
            Claim(
                kind="date",
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=sent_texts[n] if n >= 0 else span.sent.text.strip(),
                doc_id=doc_id,
                date=iso,
                date_period=period,
                predicate=_event_of(span),
                attributed_to=speaker.text,
                speaker_entity=speaker.name,
                in_headline=span.start < title_end,
                sent_index=n,
            )
        )
    for m in mentions_in(doc, doc_id):
        sent = sent_texts[m.sent_index] if 0 <= m.sent_index < len(sents) else ""
        claims.append(
            Claim(
                kind="entity",
                text=m.text,
                start=m.start,
                end=m.end,
                sentence=sent,
                doc_id=doc_id,
                entity_type=m.label,
                role=m.role,
                sent_index=m.sent_index,
            )
        )
    claims.sort(key=lambda c: (c.start, c.kind))
    return claims


def _belongs_to_an_object(q: RawQuantity) -> bool:
    """A measure of a thing ("a 9.9mm pistol"): the places of its sentence ("of Kansas City, Mo.") are not its own."""
    return isinstance(q, KnownQuantity) and bool(q.reference)


def _claim_end(doc: Doc, q: RawQuantity) -> int:
    """End of a claim's words: the counted noun too when it follows ("about 500 *people*").

    The words between may name whose the noun is, a possessive included: "two *sheriff's department
    employees*", "three *Baton Rouge police officers*", as long as all of them modify the noun.
    """
    if q.noun_i < q.end or q.noun_i - q.end > 4:
        return q.end
    noun = doc[q.noun_i]
    between = doc[q.end : q.noun_i]
    if all(
        (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "POS") and noun in t.ancestors for t in between
    ) and noun.pos_ in ("ADJ", "NOUN", "PROPN"):
        return q.noun_i + 1
    return q.end


def _title_end(doc: Doc) -> int:
    title = doc._.factcmp_title
    if title and index_of(doc).text.startswith(title):  # Doc.text joins the whole article on each access
        span = doc.char_span(0, len(title), alignment_mode="expand")
        return span.end if span is not None else 0
    return 0


def _event_of(span: Span) -> str:
    from factcmp.extract.lexicon import EVENT_WORDS
    from factcmp.extract.scope import _clause_head

    head = _clause_head(span.root, span.sent)
    low = head.lower_
    return EVENT_WORDS.get(low, low)
