"""Who an article credits a figure to: reporting verbs, "according to", quotes.

An :class:`Attributor` reads one parsed article once, sentence by sentence,
so that a quote running over several sentences keeps its speaker and a
pronoun ("he said", "we estimate") is resolved to the last named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "you"}
_QUOTES = "\"\u201c\u201d\u2018\u2019'"
_ORG_HEADS = {
    "group",
    "agency",
    "organisation",
    "organization",
    "monitor",
    "ministry",
    "office",
    "department",
    "council",
    "committee",
    "observatory",
    "body",
    "network",
    "service",
    "government",
    "authority",
    "authorities",
    "coalition",
    "force",
    "army",
    "police",
    "company",
    "firm",
    "newspaper",
    "paper",
    "station",
    "broadcaster",
    "channel",
    "outlet",
}
_PERSON_HEADS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officer",
    "chief",
    "minister",
    "governor",
    "commander",
    "man",
    "woman",
    "source",
    "witness",
    "correspondent",
}
_MAX_SPEAKER_TOKENS = 16
# sentences a quote or a pronoun may reach back over
_CARRY = 3


@dataclass
class _Frame:
    verb_i: int
    speaker: str
    start: int
    end: int


class Attributor:
    """Credits figures in one parsed article to the sources the article names."""

    def __init__(self, doc: Doc) -> None:
        """Read every reporting frame of the article, in order."""
        self.doc = doc
        self.sents = list(doc.sents)
        self._frames: list[list[_Frame]] = []
        self._sentence_speaker: list[str] = []
        last_named = ""
        last_by_kind: dict[str, str] = {}
        quote_speaker, quote_age = "", _CARRY + 1
        open_quote = False
        for sent in self.sents:
            frames = []
            for frame in _frames_in(sent):
                frame.speaker = self._resolve(frame, sent, last_named, last_by_kind)
                frames.append(frame)
                if frame.speaker:
                    last_named = frame.speaker
                    last_by_kind[_kind(frame.speaker, sent.doc, frame)] = frame.speaker
            self._frames.append(frames)
            has_quote = _opens_with_quote(sent) or open_quote
            open_quote = _quote_left_open(sent, open_quote)
            if frames:
                speaker = frames[-1].speaker
                if has_quote or any(ch in sent.text for ch in _QUOTES[:3]):
                    quote_speaker, quote_age = speaker, 0
            elif has_quote and quote_age < _CARRY:
                # a quote that goes on after "he said" keeps its speaker
                speaker = quote_speaker
                quote_age += 1
            else:
                speaker = ""
                quote_age += 1
            self._sentence_speaker.append(speaker)

    def speaker_for(self, token_i: int, sent_index: int) -> str:
        """The source an article credits for the words at ``token_i``; '' if none."""
        frames = self._frames[sent_index]
        if not frames:
            return self._sentence_speaker[sent_index]
        by_verb = {f.verb_i: f for f in frames if not (f.start <= token_i < f.end)}
        for ancestor in self.doc[token_i].ancestors:  # the nearest reporting verb that governs the figure
            if ancestor.i in by_verb:
                return by_verb[ancestor.i].speaker
        outside = [f for f in frames if not (f.start <= token_i < f.end)]
        if len(outside) == 1:
            return outside[0].speaker
        if outside:  # the nearest frame that does not contain the figure
            return min(outside, key=lambda f: abs(f.verb_i - token_i)).speaker
        return ""

    def _resolve(self, frame: _Frame, sent: Span, last_named: str, last_by_kind: dict[str, str]) -> str:
        words = frame.speaker.lower().split()
        if len(words) == 1 and words[0] in _PRONOUNS:
            return last_named
        head = _head_word(sent.doc, frame)
        named = any(t.ent_type_ in ("PERSON", "ORG") for t in sent.doc[frame.start : frame.end])
        if words and words[0] == "the" and not named and head in (_ORG_HEADS | _PERSON_HEADS):
            # "the Britain-based monitoring group" points back to the group just named
            kind = "ORG" if head in _ORG_HEADS else "PERSON"
            earlier = last_by_kind.get(kind, "")
            if earlier and earlier.lower() != frame.speaker.lower():
                return f"{frame.speaker} ({earlier})"
        return frame.speaker


def _opens_with_quote(sent: Span) -> bool:
    return sent.text.lstrip()[:1] in _QUOTES


def _quote_left_open(sent: Span, was_open: bool) -> bool:
    # straight quotes toggle; curly ones say which way they go
    text = sent.text
    opens, closes, straight = text.count("\u201c"), text.count("\u201d"), text.count('"')
    if straight % 2:
        return not was_open
    if opens or closes:
        return opens > closes
    return was_open


def _kind(speaker: str, doc: Doc, frame: _Frame) -> str:
    labels = [t.ent_type_ for t in doc[frame.start : frame.end] if t.ent_type_]
    if "PERSON" in labels:
        return "PERSON"
    if "ORG" in labels:
        return "ORG"
    return "OTHER"


def _head_word(doc: Doc, frame: _Frame) -> str:
    span = doc[frame.start : frame.end]
    return span.root.lower_ if len(span) else ""


def _frames_in(sent: Span) -> list[_Frame]:
    frames = []
    for tok in sent:
        low = tok.lower_
        if low == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            to = sent.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                frames.append(_frame_from(objs[0], tok.i, sent))
            continue
        if low not in REPORTING_VERBS or tok.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj",)]
        if not subjects:
            continue
        frames.append(_frame_from(subjects[0], tok.i, sent))
    return frames


def _frame_from(head: Token, verb_i: int, sent: Span) -> _Frame:
    keep = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl") or child.i > verb_i > head.i:
            continue
        keep.extend(child.subtree)
    idx = sorted(t.i for t in keep)
    start, end = idx[0], idx[-1] + 1
    if end - start > _MAX_SPEAKER_TOKENS:
        end = start + _MAX_SPEAKER_TOKENS
    span = sent.doc[start:end]
    text = _trim(span.text)
    return _Frame(verb_i=verb_i, speaker=text, start=start, end=end)


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-\u2013\u2014" + _QUOTES)
    return text
