"""The spaCy components: line breaks as sentence starts, and claim extraction.

``factcmp_claims`` reads a parsed Doc and stores its claims as plain dicts in
``doc._.factcmp_claims`` (msgpack-safe, so ``n_process`` works) and as spans
in ``doc.spans["factcmp"]`` (so displaCy can show them).

A Doc whose ``doc._.factcmp_quantities_only`` is true (``extract_quantities``
sets it) gets its quantity claims only, the same claims field by field, and no
spans: the dates, entity mentions and spans that only a comparison reads are
skipped, and the attribution pass and the time windows are read only when a
sentence has a figure.

Two guards keep one odd article from hanging or exhausting a run; both cost
next to nothing on real news and both leave a note in ``doc._.factcmp_notes``
(the documents table's ``warning`` column, or a :class:`FactcmpWarning` from
``extract_quantities``), never a silent loss:

- ``factcmp_linebreaks`` gives the parser no run of more than
  :data:`MAX_SENT_TOKENS` words without a sentence end (a page of clauses
  joined by commas, a pasted list of 2,000 names and ages): such a run is
  split after its last comma or semicolon, else where it reaches the cap. No
  parsed sentence is longer than :data:`MAX_RUN_TOKENS` words either: a line
  that long is split after its last full stop first. Many of the rules walk a
  sentence once per figure, so their cost grows with the square of its length
  or more; capping the length keeps a document's cost linear in its length.
- ``factcmp_claims`` reads the figures sentence by sentence and stops once a
  document has used :data:`DOC_BUDGET_S` seconds of CPU (of its thread, so a
  busy machine or other threads do not count): the claims found so far are
  kept, the rest of the document is not read, and the note names the document
  and the sentence it stopped at. A check of the clock between sentences is
  all it costs; no signal or second thread is involved, so it works in any
  thread and any worker process.
"""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from factcmp.errors import FactcmpWarning
from factcmp.extract.ages import named_role_ages, role_names
from factcmp.extract.attribution import Attributor, Speaker
from factcmp.extract.context import describe, restated_places
from factcmp.extract.dates import windows_and_dates
from factcmp.extract.doc_index import index_of, pinned
from factcmp.extract.entities import mentions_in
from factcmp.extract.headlines import reparsed_headline
from factcmp.extract.known import KnownQuantity
from factcmp.extract.lengths import direction_of
from factcmp.extract.quantities import scan_sentence
from factcmp.extract.reports import told_on
from factcmp.extract.scope import apposed_ranges, clause_after, is_locus, locus_of, places_of, window_of
from factcmp.extract.speakers import DATELINE
from factcmp.extract.stays import TIME_SINCE, scopes_a_figure, since_of, stay_of, verb_from
from factcmp.extract.units import normalise_interval
from factcmp.records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcmp.extract.quantities import RawQuantity

SPANS_KEY = "factcmp"
QUANTITIES_ONLY = "factcmp_quantities_only"
#: What the guards did to a document, one sentence each (a list of str; see the module docstring).
NOTES = "factcmp_notes"
#: The first token the claim rules did not read when a document ran out of time (-1: all were read).
STOPPED_AT = "factcmp_stopped_at"
EXTENSIONS = ("factcmp_claims", "factcmp_doc_id", "factcmp_reference", "factcmp_title", QUANTITIES_ONLY, NOTES, STOPPED_AT)
_DEFAULTS: dict[str, object] = {
    "factcmp_claims": [],
    NOTES: [],
    STOPPED_AT: -1,
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


#: Most words the parser is given with no sentence end among them. The longest such run in the dev
#: corpus, Ramadi and the quantity benchmarks is 97 words; a longer one is a list or a page of clauses.
MAX_SENT_TOKENS = 200
#: Most words of one parsed sentence: a line longer than this is split after its last full stop
#: (which is where the parser ends a sentence anyway), else as an over-long run is.
MAX_RUN_TOKENS = 400
#: CPU seconds the claim rules may spend on one document before the rest of it is skipped. A news
#: article takes well under a second; the longest article compared (cleaning.MAX_CHARS, 100,000
#: characters) 5 to 25 s on a shared 2-core machine (benchmarks/stress.py), so a real article never
#: meets the budget: it is there for a path nobody has found yet.
DOC_BUDGET_S = 60.0

_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!!"})
_STOPS = frozenset({".", "!", "?", "?!", "!!"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_SOFT = frozenset({",", ";", ":", "—", "–", "--"})
#: Ranks and titles written before a name ("police spokesman Sr. Comr. Hadi Prasetyo said", "arrested,
#: Capt. Joe Ruiz told reporters"): the parser may end a sentence at their full stop, kept on the word by
#: the tokenizer or not, and the figures before them then lose their speaker. Case-sensitive.
_RANKS = frozenset(
    {
        *("Sgt.", "Sgts.", "Det.", "Dets.", "Capt.", "Cpl.", "Ofc.", "Dep.", "Insp.", "Cmdr.", "Supt.", "Lt."),
        *("Lts.", "Col.", "Maj.", "Pvt.", "Pfc.", "Spc.", "Brig.", "Gen.", "Adm.", "Cmdr.", "Comr.", "Comm."),
        *("Const.", "Adj.", "Atty.", "Asst.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "Dr.", "Sr."),
    }
)


@Language.component("factcmp_linebreaks")
def linebreaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and captions end without a full stop.

    Also splits a run of words too long for the rules (see :data:`MAX_SENT_TOKENS`).
    """
    starts = []
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            if not doc[tok.i + 1].is_space:
                starts.append(tok.i + 1)
        elif tok.i > 0 and doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
            starts.append(tok.i)
    set_sentence_starts(doc, starts, inside=_datelines(doc, starts))
    if len(doc) > MAX_SENT_TOKENS:
        split_long_runs(doc)
    return doc


def set_sentence_starts(doc: Doc, starts: list[int], inside: list[int] | None = None) -> None:
    """Make these tokens sentence starts, and the ``inside`` tokens no sentence starts, all at once.

    ``Token.is_sent_start = True`` first checks that the Doc has no parse, a scan of the whole Doc
    when it has none: once per line break, that made a live blog of 1,000 entries quadratic.
    """
    if not starts and not inside:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as the setter says: sentence starts are set before the parse
    values = doc.to_array(SENT_START)  # one attribute: a 1-D array, unsigned (-1 wraps and comes back)
    values[starts] = 1
    if inside:
        values[inside] = values.dtype.type(-1 % 2 ** (8 * values.dtype.itemsize))  # -1, as the array stores it
    doc.from_array(SENT_START, values)


def _names_after_ranks(doc: Doc) -> list[int]:
    """The names written after a rank or title abbreviation, where no sentence starts.

    A name is a capitalised word that is no stop word: "He", "The" after "... Brig. Gen." may open the
    next sentence. "Sr." after a name ("Robert Jones Sr.") is the name's suffix, not a rank.
    """
    inside: list[int] = []
    n = len(doc)
    for tok in doc:
        i = tok.i
        split = i + 1 < n and doc[i + 1].text == "." and not tok.whitespace_
        word = tok.text + "." if split else tok.text
        if word not in _RANKS or (word == "Sr." and i and doc[i - 1].is_title):
            continue
        j = i + 2 if split else i + 1
        if j < n and doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop:
            inside.append(j)
    return inside


def rejoin_after_ranks(doc: Doc) -> int:
    """Join a sentence the parser ended at a rank to the speaker that follows; return how many were joined.

    "Five died, police spokesman Sr. Comr." / "Hadi Prasetyo said.": the parser may end a sentence after
    a rank, even one the tokenizer keeps whole ("Capt."), and a sentence start set to False before the
    parse does not stop it (it leaves trees unjoined at the end of a text). When
    the next sentence is a verb with the name for its subject, the first sentence's root becomes that
    verb's clause and the words after its last comma the name's title, as in "Five died, police
    spokesman Sr. Comr. Hadi Prasetyo said."
    """
    if not doc.has_annotation("DEP"):
        return 0
    heads: np.ndarray | None = None
    joined = 0
    for j in _names_after_ranks(doc):
        name = doc[j]
        if not name.is_sent_start or "\n" in doc[j - 1].text_with_ws:
            continue
        moves = _joined_heads(doc[j - 1].sent, name.sent, j)
        if moves is None:
            continue
        if heads is None:
            heads = doc.to_array([HEAD, DEP]).astype(np.int64)  # relative heads: -1 is stored wrapped
        for i, head, dep in moves:
            heads[i] = (head - i, doc.vocab.strings.add(dep))
        joined += 1
    if heads is not None:
        doc.from_array([HEAD, DEP], heads.astype(np.uint64))  # sentence starts follow the new trees
    return joined


def _joined_heads(first: Span, second: Span, j: int) -> list[tuple[int, int, str]] | None:
    """The new (token, head, label) of the words of ``first`` when it is the clause ``second`` reports, or None.

    The words after the last comma of ``first`` are the name's title; of the others, the clause's head
    (a verb) is hung on the reporting verb, and so are the commas hung on the title.
    """
    verb = second.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == j), None)
    if subject is None or verb.pos_ not in ("VERB", "AUX") or subject.i > verb.i:
        return None
    comma = max((t.i for t in first if t.text in (",", ";", "\u2014", "\u2013")), default=None)
    if comma is None:
        return None
    title = range(comma + 1, j)
    root = first.root
    moves: list[tuple[int, int, str]] = []
    clause = []
    for t in first:
        if t.i in title and (t.i == root.i or t.head.i not in title):
            moves.append((t.i, subject.i, "punct" if t.is_punct else "compound"))
        elif t.i not in title and (t.i == root.i or t.head.i in title):
            moves.append((t.i, verb.i, "punct" if t.is_punct else "ccomp"))
            clause += [] if t.is_punct else [t]
    if len(clause) != 1 or clause[0].pos_ not in ("VERB", "AUX"):
        return None  # the words after the comma are no title set apart from one reported clause
    return moves


def _datelines(doc: Doc, starts: list[int]) -> list[int]:
    """The words inside a dateline that opens a line, up to its dash: none of them starts a sentence.

    The parser otherwise may end a sentence after the city ("KENMORE" / ", Mo. (KMV5) - A 7-year-old
    girl was killed"), and the lead's figures then take the state for their place.
    """
    if not len(doc):
        return []
    text = doc.text
    inside: list[int] = []
    for i in [0, *starts]:
        m = DATELINE.match(text, doc[i].idx)
        if m is None:
            continue
        j = i + 1
        while j < len(doc) and doc[j].idx < m.end():
            inside.append(j)
            j += 1
    return inside


def split_long_runs(doc: Doc, max_words: int = MAX_SENT_TOKENS, max_run: int = MAX_RUN_TOKENS) -> int:
    """Start a sentence inside every run of words longer than the rules can read; return how many were split.

    A run with no sentence end reaching ``max_words`` words is split after its last comma, semicolon,
    colon or dash in its second half, else at the word that reaches the cap. A stretch between line
    breaks reaching ``max_run`` words is split after its last full stop (and any closing quote), where
    the parser would end the sentence anyway; with none it is split as a run is. One pass, linear in
    the words. A note on the Doc counts the splits that were not at a full stop.
    """
    n = len(doc)
    cuts_at: list[int] = []
    start = 0  # first word after the last sure sentence start (a line break or a split)
    run = 0  # first word after the last sentence end
    soft = -1  # the last comma or the like, at or after `run`
    end = -1  # first word after the last sentence end (and closing quotes), at or after `start`
    cuts = 0
    i = 0
    while i < n:
        tok = doc[i]
        if "\n" in tok.text or (i > start and tok.is_sent_start):  # a line break, or a start set before
            start = run = i + 1 if "\n" in tok.text else i
            soft = end = -1
        elif tok.text in _ENDS:
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            run = j
            if tok.text in _STOPS:  # an ellipsis ends a run of words but may trail off mid-sentence
                end = j
            soft = -1
            i = j - 1
        elif tok.text in _SOFT:
            soft = i + 1
        if i - run + 1 >= max_words:
            cut = soft if soft > run + max_words // 2 else i
            cuts += 1
        elif i - start + 1 >= max_run:
            if end > start + max_run // 4:
                cut = end
            else:
                cut = soft if soft > run + max_words // 2 else i
                cuts += 1
        else:
            i += 1
            continue
        while cut < n and doc[cut].is_space:
            cut += 1
        if cut >= n:
            break
        cuts_at.append(cut)
        start = run = cut
        soft = end = -1
        i = cut + 1
    set_sentence_starts(doc, cuts_at)
    if cuts:
        note(doc, f"{cuts} run(s) of more than {max_words} words with no sentence end were split into sentences")
    return cuts


def note(doc: Doc, text: str) -> None:
    """Add a note on what a guard did to the Doc (a new list: the extension's default is shared)."""
    register_extensions()  # the line-break component may run in a pipeline the claims component is not in
    doc._.factcmp_notes = [*doc._.factcmp_notes, text]


class ClaimExtractor:
    """Pull quantity, date and entity claims out of a parsed article."""

    def __init__(self, nlp: Language, name: str) -> None:
        """Create the component; it holds no state between documents (the pipeline is kept to parse headlines)."""
        self.name = name
        self.nlp = nlp
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc; errors go to spaCy's error handler like any component's."""
        quantities_only = bool(doc._.factcmp_quantities_only)
        # a headline is read only where the caller names one (compare does; extract_quantities reads no headline)
        claims = self._headline_in_sentence_case(doc, extract_claims(doc, quantities_only=quantities_only))
        # "The clerk, 61, ..." where the article names the clerk: the age is the named person's
        claims = named_role_ages(claims, role_names(doc))
        doc._.factcmp_claims = [c.to_dict() for c in claims]
        if quantities_only:
            # extract_quantities has no documents table to hold what the guards did: a warning says it
            for text in doc._.factcmp_notes:
                warnings.warn(FactcmpWarning(text), stacklevel=2)
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

    def _headline_in_sentence_case(self, doc: Doc, claims: list[Claim]) -> list[Claim]:
        """The claims with a title-case headline's figures read from its sentence-case parse (factcmp.extract.headlines)."""
        end = _title_end(doc)
        if not end:
            return claims
        title_chars = doc[end - 1].idx + len(doc[end - 1].text)
        head = reparsed_headline(doc, title_chars, lambda text: self._parse_alone(doc, text))
        if head is None:
            return claims
        text = doc.text
        found = extract_claims(head, quantities_only=True)
        kept = [c for c in claims if not (c.kind == "quantity" and c.start < title_chars)]
        for c in found:
            sent = head.char_span(c.start, c.end, alignment_mode="expand")
            if sent is None:
                continue
            line = sent.sent
            at = line.start_char + (len(line.text) - len(line.text.lstrip()))
            sentence = text[at : at + len(line.text.strip())]
            place = "|".join(_as_written(p, head.text, text) for p in c.place.split("|")) if c.place else ""
            kept.append(c.with_(text=text[c.start : c.end], sentence=sentence, place=place, doc_id=doc._.factcmp_doc_id))
        kept.sort(key=lambda c: (c.start, c.kind))
        return kept

    def _parse_alone(self, doc: Doc, text: str) -> Doc:
        """``text`` through the pipeline's other components, with the article's metadata, as a headline alone."""
        head = self.nlp.make_doc(text)
        head._.factcmp_doc_id = doc._.factcmp_doc_id
        head._.factcmp_reference = doc._.factcmp_reference
        head._.factcmp_title = text
        for name, proc in self.nlp.pipeline:
            if name != self.name:
                head = proc(head)
        return head


def _as_written(words: str, lowered: str, text: str) -> str:
    """Words read in a sentence-case headline as the article writes them ("Aceh province" -> "Aceh Province")."""
    at = lowered.find(words)
    return text[at : at + len(words)] if at >= 0 and words and not is_locus(words) else words


def extract_claims(doc: Doc, *, quantities_only: bool = False) -> list[Claim]:
    """All claims of one parsed Doc, in text order; uses ``doc._.factcmp_*`` metadata.

    Args:
        doc: a parsed Doc.
        quantities_only: return the quantity claims only. They are the same,
            field by field, as the quantity claims of a full run; the dates
            and entity mentions are not read at all.
    """
    register_extensions()
    rejoin_after_ranks(doc)
    # no rule changes the Doc's tokens or entities: one entity index for the whole article, where a
    # check per figure (doc_index.is_current reads the whole Doc) made a long article quadratic
    with pinned(doc):
        return _extract_claims(doc, quantities_only)


def _extract_claims(doc: Doc, quantities_only: bool) -> list[Claim]:
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
    budget = _Budget(DOC_BUDGET_S)  # the guard of the module docstring
    stopped = ""  # where the rules ran out of time, if they did
    for n, sent in enumerate(sents):
        if n and budget.over():  # the first sentence (the headline) is always read
            stopped = f"at sentence {n + 1} of {len(sents)}: the figures from there on"
            doc._.factcmp_stopped_at = sent.start
            break
        found = scan_sentence(doc, sent)
        if not found:
            continue
        if windows is None:
            windows = windows_and_dates(doc, reference)[0]
        sent_text = sent_texts[n]
        sent_windows = windows.get(sent.start, [])
        sent_apposed: list[tuple[int, int]] | None = None  # read once a sentence, when a claim needs its places
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
                # "took $3 million from the firm over six years": how long a theft ran is a fact of its own,
                # which also scopes the sum
                if not stay:
                    if not _length_of_a_deed(sent, q):
                        continue
                    _across_not_more_than(doc, q)
            ctx = describe(doc, sent, q)
            if since:
                ctx.quantity_of = f"{TIME_SINCE}{since} {since_verb}"
            wkey, wspan = window_of(sent, q, [w for w in sent_windows if w not in own])
            speaker = attribution().speaker_for(q.num_start, n)
            exclude = [(wspan.start, wspan.end)] if wspan is not None else []
            if _belongs_to_an_object(q):
                place = ""
            else:
                # a place inside an apposed participle ("The ferry, built in <country> in <year>, sank") is the
                # participle's, not the figure's
                if sent_apposed is None:
                    sent_apposed = apposed_ranges(sent)
                apposed = [(lo, hi) for lo, hi in sent_apposed if not lo <= q.num_start < hi]
                names = set(places_of(sent, exclude + attribution().frame_ranges(n) + apposed))
                if q.is_age:
                    # "61-year-old Rajinder Sandhu", tagged a building: the person whose age it is is no place
                    names.discard(ctx.subject)
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
                    # "The ministry, which on Tuesday said four people had died": the day the figure was told on,
                    # when its article says so and it is before the article's own
                    **_told_day(told_on(doc, sent, q, reference)),
                )
            )
    if quantities_only:
        if stopped:
            _over_budget(doc, f"{stopped} were not read")
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
    if stopped or budget.over():
        lost = f"{stopped} and the names" if stopped else "after its figures and dates: the names"
        _over_budget(doc, f"{lost} of the article were not read")
        claims.sort(key=lambda c: (c.start, c.kind))
        return claims
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


def _told_day(iso: str) -> dict[str, str]:
    """The date fields of a quantity claim told on an earlier day (none when it was not)."""
    return {"date": iso, "date_period": "day"} if iso else {}


class _Budget:
    """The CPU seconds one document's rules may use, on the clock of the thread that reads it.

    Reading a thread's CPU clock is a system call (microseconds, and a point where a busy machine
    switches tasks), so it is read at most every :attr:`LOOK` seconds of wall time, on the cheap
    clock: a thread cannot use more CPU time than wall time passes.
    """

    LOOK = 0.25

    def __init__(self, seconds: float) -> None:
        self.deadline = time.thread_time() + seconds
        self.look = time.perf_counter() + min(seconds, self.LOOK)

    def over(self) -> bool:
        """Whether the document has used up its seconds."""
        now = time.perf_counter()
        if now < self.look:
            return False
        self.look = now + self.LOOK
        return time.thread_time() >= self.deadline


def _over_budget(doc: Doc, where: str) -> None:
    """Note that the rules ran out of time on a document, naming it."""
    name = doc._.factcmp_doc_id or doc[:8].text
    text = f"claim extraction of {name!r} used up its {DOC_BUDGET_S:g} s of CPU {where}"
    note(doc, text)


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
    modify = all((t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "POS") and noun in t.ancestors for t in between)
    if modify and noun.pos_ in ("ADJ", "NOUN", "PROPN"):
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


# Verbs of taking money by stealth, as written (the pipeline runs no lemmatizer). How long such a deed ran
# ("embezzled $2.5 million over four years") is a fact outlets give and may disagree on, unlike the days
# of fighting a toll is counted over ("500 died in three days of fighting"), which only scope the toll.
_TAKING_STEMS = ("stol", "steal", "siphon", "misappropriat", "embezzl", "defraud", "swindl", "launder", "pilfer")
# a plain verb of taking is a theft's only with a sum for its object
_TAKE_VERBS = frozenset({"took", "take", "takes", "taken", "taking"})
# nouns of such a deed, whose verb ("the scheme he ran for five years") tells how long it ran
_DEED_NOUNS = frozenset({"scheme", "schemes", "fraud", "frauds", "scam", "scams", "racket", "theft", "thefts"})
_DEED_NOUNS |= frozenset({"embezzlement", "swindle", "con", "ponzi"})
# the preposition of a length a deed ran for: "over six years", "for five years", not "in three days"
_LENGTH_PREPS = frozenset({"over", "for", "during", "across"})


def _length_of_a_deed(sent: Span, q: RawQuantity) -> bool:
    """Is a duration told as a window how long a theft or a fraud ran, a claim as well as a window?"""
    doc = sent.doc
    first = doc[q.start]
    prep = first if first.lower_ in _LENGTH_PREPS else doc[q.start - 1] if q.start > sent.start else None
    if prep is None or prep.lower_ not in _LENGTH_PREPS:
        return False
    verb = verb_from(doc[q.end - 1], q.start, q.end)
    if verb is None:
        return False
    if verb.lower_.startswith(_TAKING_STEMS):
        return True
    if verb.lower_ in _TAKE_VERBS and any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children):
        return True  # "took $3 million from the firm over six years"
    return any(noun.lower_ in _DEED_NOUNS for noun in _deed_nouns(verb))


def _deed_nouns(verb: Token) -> list[Token]:
    """What a verb did: its object, or the noun its clause tells of ("the scheme ... he ran"), with an 'of' owner."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(verb.head)
    # "the scheme of fake invoices he ran": the clause hangs on the invoices, the deed is the scheme
    owners = [n.head.head for n in nouns if n.dep_ == "pobj" and n.head.lower_ == "of"]
    return nouns + owners


def _across_not_more_than(doc: Doc, q: RawQuantity) -> None:
    """'embezzled $2.5 million over four years': 'over' is the stretch the deed ran across, no 'more than'.

    Only where 'over' is the preposition the unit word hangs on; in 'for over four years' it is a hedge.
    """
    over = doc[q.start]
    if over.lower_ == "over" and over.dep_ == "prep" and doc[q.end - 1].head == over and q.qualifier == "at_least":
        q.qualifier, q.low, q.high = "exact", q.value, q.value
