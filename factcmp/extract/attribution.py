"""Who an article credits a figure to: reporting frames, quotes, tweets, headlines.

An :class:`Attributor` reads one parsed article once, in order, the way an
editor would:

- a *reporting frame* is a verb of saying or showing with its subject ("police
  said", "the TBI revealed", "the report shows", "according to the UN", "initial
  reports from local law enforcement", "was posted by Houston police");
- a speaker given as a pronoun ("he said") or a description ("added the
  doctor", "the Britain-based monitoring group") is resolved to the named
  speaker it points back to;
- a quoted passage, even one running over several sentences, belongs to the
  frame just before or after it, or to the statement a colon introduced, or
  to the person the article was quoting just before;
- an embedded tweet belongs to its author; "Police: 212 rounds fired" credits
  police in a headline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.lexicon import REPORTING_VERBS
from factcmp.extract.quotes import colon_source, quote_regions, tweet_authors
from factcmp.extract.speakers import (
    GENERIC_PEOPLE,
    PERSON_HEADS,
    SOURCE_NOUNS,
    Speaker,
    frames_in,
    intro_speaker,
    raised_passive,
    speaker_of_range,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.speakers import Frame

__all__ = ["REPORTING_VERBS", "Attributor", "Speaker"]

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "them"}
_PERSONAL = {"he", "she", "i", "him", "her"}
_DEFINITE = {"the", "this", "that", "these", "those"}
# how many sentences back a quote may inherit the speaker of the quote before it
_QUOTE_CARRY = 2
# a token the small parser often mistakes for a sentence end: "a.m.", "p.m.", "Jan.", "U.S.", "Gov."
_ABBREVIATION = re.compile(r"^(?:[a-zA-Z]\.){2,}$|^(?:[A-Z][a-z]{1,3})\.$")


# heads that are the institution's own kind and part of its name: a credit with one of them is spelled out only
# with a body whose name holds it ("the ministry" -> "Defence Ministry")
_INSTITUTIONS = frozenset(
    {
        *("government", "ministry", "office", "department", "network", "police", "army", "military", "service"),
        *("institute", "council", "court", "commission", "committee", "authority", "embassy", "hospital"),
        *("university", "observatory", "centre", "center", "bureau", "directorate"),
    }
)


def _governors(tok: Token) -> list[Token]:
    """The words above a token up to the first coordination: a verb joined by "but" or "and" is not governed.

    "Police had first said Pitts was 17, but court records show he turned 18": the records' 18 is not
    the police's word, though the parser hangs "show" on "said".
    """
    out = []
    while tok.dep_ != "conj" and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _words_of(text: str) -> set[str]:
    """The lower-cased words of a credit, a possessive "'s" dropped ("prosecutor's office": prosecutor, office)."""
    return set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.sub(r"['\u2019]s\b", "", text.lower())))


@dataclass
class _Region:
    start: int  # characters
    end: int
    first_sent: int
    last_sent: int
    speaker: Speaker = field(default_factory=Speaker)


class Attributor:
    """Credits figures in one parsed article to the sources the article names.

    Args:
        doc: the parsed article (needs sentences, dependencies and entities).
        title_end: token index where the headline ends (0 if there is none).
    """

    def __init__(self, doc: Doc, *, title_end: int = 0) -> None:
        """Read every reporting frame, quote and tweet of the article, in order."""
        self.doc = doc
        # the article's text and entities, read once (Doc.text and Doc.ents rebuild on each access)
        self.index = index_of(doc)
        self.sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self._frames: list[list[Frame]] = []
        self._default: list[Speaker] = []
        history: list[Speaker] = []
        title = doc[:title_end].text if title_end else ""
        for sent in self.sents:
            frames = frames_in(sent, self.index, title=title, headline=sent.start < title_end)
            for frame in frames:
                frame.speaker = self._resolve(frame.speaker, history, restricted=frame.restricted)
                if frame.speaker.text:
                    history.append(frame.speaker)
            self._frames.append(frames)
        self._set_defaults(title_end)
        self._regions = self._read_regions()
        self._region_starts = [r.start for r in self._regions]

    # -- public ---------------------------------------------------------------

    def speaker_for(self, token_i: int, sent_index: int) -> Speaker:
        """The source the article credits for the words at ``token_i`` (empty if none)."""
        region = self._region_at(self.doc[token_i].idx)
        if region is not None and region.speaker.text:
            return region.speaker
        frames = [
            f for f in self._frames[sent_index] if not (f.start <= token_i < f.end) and f.speaker.text and token_i >= f.floor
        ]
        if region is None:
            # words outside quotes are not credited by frames the quotes contain, even when no other
            # frame is left: in '"We heard popping ...," said sophomore Kaylee Turner, 15' the age in the
            # speaker's words is not what "we heard"
            frames = [f for f in frames if self._region_at(self.doc[f.verb_i].idx) is None]
        frames = [
            f
            for f in frames
            if not _says_its_own_thing(self.doc[f.verb_i], self.doc[token_i])
            and not _later_clause_of_its_own(self.doc[f.verb_i], self.doc[token_i])
            and not _charge_of_the_speaker(f, self.doc[token_i])
            and not (f.request and not _asked(self.doc[f.verb_i], self.doc[token_i]))
        ]
        if frames:
            by_verb = {f.verb_i: f for f in frames}
            own = _own_report(self.doc[token_i], by_verb) or _said_after_that(self.doc[token_i], frames)
            if own is not None:
                return own.speaker
            below, believed = self.doc[token_i], False
            for ancestor in below.ancestors:  # the nearest frame that governs the words
                if ancestor.i in by_verb:
                    frame = by_verb[ancestor.i]
                    if believed and below.dep_ in ("nsubj", "nsubjpass") and frame.start <= below.i < frame.end:
                        # what others believe of the speaker is not the speaker's word: in "the gunman,
                        # estimated to be a 31-year-old man, had told neighbours ..." the age is the police's
                        frames.remove(frame)
                        below = ancestor
                        continue
                    return (self._reporter_of(frame, frames) if frame.evidence else frame).speaker
                believed = believed or raised_passive(ancestor)
                below = ancestor
            if frames:
                return min(frames, key=lambda f: abs(f.verb_i - token_i)).speaker
        return self._default[sent_index]

    def _reporter_of(self, frame: Frame, frames: list[Frame]) -> Frame:
        """The frame of saying that reports what an evidence frame shows, else the evidence frame.

        "Nairobi's Dagoretti weather station recorded 120 mm of rain ..., the Kenya
        Meteorological Department said", "Nairobi recorded 140mm ..., according to the Kenya
        Meteorological Department": the station recorded, the department is the source.
        """
        verb = self.doc[frame.verb_i]
        saying = {f.verb_i: f for f in frames if not f.evidence}
        chain = [verb, *_governors(verb)]
        for above in chain[1:]:  # the nearest verb of saying that governs it
            if above.i in saying:
                return saying[above.i]
        for said in saying.values():
            # "..., according to the department"; "..., the department said, more than ...": a "said" set
            # off by commas (the parser's parataxis, hung on whichever verb) reports the whole sentence
            tok = self.doc[said.verb_i]
            if (tok.lower_ == "according" and tok.head in chain) or tok.dep_ == "parataxis":
                return said
        return frame

    def frame_ranges(self, sent_index: int) -> list[tuple[int, int]]:
        """Token ranges of one sentence that tell about the report, not the figure: none names its place.

        The speakers ("local officials in Anbar said"), where and to whom they spoke ("Speaking in
        Kitui, Omollo said", "told reporters in Nairobi") and what follows a dateline's city ("ERBIL,
        Kurdistan Region — The number of people killed ... rose to 35"): the place a report was
        filed or given is not the place of what it reports.
        """
        ranges = [(f.start, f.end) for f in self._frames[sent_index]]
        for f in self._frames[sent_index]:
            ranges.extend(_setting_of(self.doc[f.verb_i]))
        qualifier = _dateline_qualifier(self.sents[sent_index])
        if qualifier is not None:
            ranges.append(qualifier)
        return ranges

    # -- resolution -----------------------------------------------------------

    def _resolve(self, speaker: Speaker, history: list[Speaker], *, restricted: bool = False) -> Speaker:
        words = speaker.text.lower().split()
        if not words:
            return speaker
        if len(words) == 1 and words[0] in _PRONOUNS:
            singular = words[0] in _PERSONAL
            for earlier in reversed(history):
                if _fits_pronoun(earlier, singular=singular):
                    return earlier
            return history[-1] if history else Speaker()
        if words[0] in _DEFINITE and not speaker.name and speaker.head in SOURCE_NOUNS:
            earlier = self._antecedent(speaker, history, by_kind=not restricted)
            if earlier is not None:
                return Speaker(f"{speaker.text} ({earlier.name})", earlier.name, earlier.kind, speaker.head)
        return speaker

    @staticmethod
    def _antecedent(speaker: Speaker, history: list[Speaker], *, by_kind: bool = True) -> Speaker | None:
        named = [s for s in history if s.name and s.name.lower() not in speaker.text.lower()]
        person = speaker.head in PERSON_HEADS
        # "added the doctor" -> "Ema Suryani, a doctor at a health clinic"; the nearest earlier speaker
        # with the same head word is the one meant even without a name ("the interior ministry said ...
        # the Kenya Meteorological Department said ... the ministry said": the interior ministry)
        for earlier in reversed(history):
            if speaker.head in earlier.text.lower().replace(",", " ").split():  # "The group's television" is no group
                if earlier not in named:
                    return None
                # a body is the earlier one only if that one's name holds every word of the credit: "the network"
                # is the "Sudan Doctors Network", but "The North Darfur health ministry" and "the Antwerp
                # prosecutor's office" name their own body, not the Sudanese or Dutch one named before
                return earlier if person or _words_of(speaker.text) - _DEFINITE <= _words_of(earlier.text) else None
        if not by_kind or speaker.head in GENERIC_PEOPLE or speaker.head in _INSTITUTIONS:
            # "the man says he's speaking from Dallas": a man is nobody's title, he need not be the last person quoted;
            # an institution is named by its own head noun, never by another body's name: "the government" is not
            # the health ministry quoted before, "the prosecutor's office" not the Dutch "OM"
            return None
        # a description ("The Britain-based monitoring group", "the report", "the indictment") is the body last named
        kind = "PERSON" if person else "ORG"
        for earlier in reversed(named):
            if earlier.kind == kind:
                return earlier
        return None

    # -- sentence defaults: tweets, headline colons, statements after a colon --

    def _set_defaults(self, title_end: int) -> None:
        doc = self.doc
        text = self.index.text
        tweets = tweet_authors(text)
        intro: tuple[int, int, Speaker] | None = None  # a statement announced with a colon
        for n, sent in enumerate(self.sents):
            default = Speaker()
            for start, end, who in tweets:
                if start <= sent.start_char < end:
                    default = Speaker(who, who, "ORG", who.lower())
            if not default.text and intro is not None and intro[0] <= sent.start_char < intro[1]:
                default = intro[2]
            if not default.text:
                rng = colon_source(sent, headline=sent.start < title_end or n == 0)
                if rng is not None:
                    default = speaker_of_range(doc, *rng, index=self.index)
            if not default.text and not self._frames[n] and self._cut_short(n):
                # "... at 07:37 a.m. | UTC ..., the Associated Press reported.": the parser ended the sentence early
                default = self._frames[n + 1][-1].speaker
            self._default.append(default)
            if sent.text.rstrip().endswith(":"):
                who = self._frames[n][-1].speaker if self._frames[n] else self._resolve(intro_speaker(sent, self.index), [])
                colon = max(t.idx for t in sent if t.text == ":") if any(t.text == ":" for t in sent) else sent.end_char
                intro = (*_next_line(text, colon), who) if who.text else None
                line_end = text.find("\n", colon)
                if not who.text and default.text and (line_end < 0 or text[colon + 1 : line_end].strip()):
                    # "APD: One dead, others hurt ...", the parser ending a sentence at the colon: the source
                    # before the colon credits the rest of its line
                    intro = (colon + 1, line_end if line_end >= 0 else len(text), default)

    def _cut_short(self, n: int) -> bool:
        """Whether sentence ``n`` ends at an abbreviation inside a line and the next one goes on to a frame."""
        if n + 1 >= len(self.sents) or not self._frames[n + 1]:
            return False
        sent, nxt = self.sents[n], self.sents[n + 1]
        last = next((t for t in reversed(sent) if not t.is_space), None)
        between = self.index.text[sent.end_char - len(sent[-1].whitespace_) : nxt.start_char]
        return last is not None and bool(_ABBREVIATION.match(last.text)) and "\n" not in between + sent.text[-2:]

    # -- quotes ---------------------------------------------------------------

    def _read_regions(self) -> list[_Region]:
        regions = []
        previous: _Region | None = None
        for start, end in quote_regions(self.index.text):
            first = self._sent_index(start)
            last = self._sent_index(max(start, end - 1))
            region = _Region(start, end, first, last)
            region.speaker = self._speaker_of_region(region)
            if not region.speaker.text and self._keeps_quoting(previous, first):
                # the article keeps quoting the person it quoted just before
                region.speaker = previous.speaker  # type: ignore[union-attr]
            if not region.speaker.text:
                region.speaker = self._default[first]
            regions.append(region)
            previous = region
        return regions

    def _speaker_of_region(self, region: _Region) -> Speaker:
        doc = self.doc

        def outside(f: Frame) -> bool:
            return not (region.start <= doc[f.verb_i].idx < region.end) and f.speaker.text != ""

        after = [f for f in self._frames[region.last_sent] if outside(f) and doc[f.verb_i].idx >= region.end]
        if after:  # "...," he said.
            return min(after, key=lambda f: f.verb_i).speaker
        before = [f for f in self._frames[region.first_sent] if outside(f) and doc[f.verb_i].idx < region.start]
        if before:  # He said: "..."
            return max(before, key=lambda f: f.verb_i).speaker
        return Speaker()

    def _keeps_quoting(self, previous: _Region | None, first: int) -> bool:
        if previous is None or not previous.speaker.text or first - previous.last_sent > _QUOTE_CARRY:
            return False
        return not any(self._frames[n] for n in range(previous.last_sent + 1, first))

    def _sent_index(self, char: int) -> int:
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def _region_at(self, char: int) -> _Region | None:
        k = bisect_right(self._region_starts, char) - 1
        if k >= 0 and self._regions[k].start <= char < self._regions[k].end:
            return self._regions[k]
        return None


# conjunctions of a clause set beside the main one: "... rises to 45 as Red Cross warns of more rain"
_SIDE_CLAUSE_MARKS = frozenset({"as", "while", "after", "when", "before", "because", "since", "though", "although"})
# what a verb of saying says: its object, clause, or "of"/"about" phrase
_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})


def _own_report(word: Token, by_verb: dict[int, Frame]) -> Frame | None:
    """The frame of a figure's own passive participle of saying: "the 28 confirmed by state media".

    "A labour group said at least 45 miners died, far more than the 28 confirmed by
    state media": the 28 is state media's, not the group's, whose "said" governs the
    whole sentence. The participle hangs on the figure (or on the noun it counts) and
    names its agent.
    """
    for noun in (word, word.head if word.dep_ == "nummod" else None):
        if noun is None:
            continue
        for child in noun.children:
            if (
                child.dep_ == "acl"
                and child.i in by_verb
                and child.lower_ in _GIVEN_FIGURE
                and any(c.dep_ == "agent" for c in child.children)
            ):
                return by_verb[child.i]
    return None


def _said_after_that(word: Token, frames: list[Frame]) -> Frame | None:
    """The frame of a verb read as a noun whose "that" clause holds ``word``, the parser hanging it elsewhere.

    "The Government reports 12,000 houses damaged; partners on the ground estimate that between 15,000
    and 20,000 houses were damaged": the parser makes "damaged" the root and "estimate" a noun, so the range
    is under no frame of the partners', though it is what they estimate.
    """
    doc = word.doc
    opened = [f for f in frames if 0 <= f.that_i < word.i and word in doc[f.that_i].head.subtree]
    return max(opened, key=lambda f: f.that_i) if opened else None


# participles that say who gave a figure ("the 28 confirmed by state media"), not what was done to
# what it counts ("12 children identified by relatives") nor who did the act counted ("the 300 job cuts
# announced by the parent", "a plan released by the ministry"), which the sentence's source reports
_GIVEN_FIGURE = frozenset(
    {"confirmed", "reported", "given", "cited", "quoted", "estimated", "stated", "claimed", "recorded"}
    | {"counted", "tallied", "registered", "measured", "provided", "supplied", "compiled", "offered"}
)


def _says_its_own_thing(verb: Token, word: Token) -> bool:
    """Whether a frame in a side clause says something else than the words at ``word``.

    "Floods death toll rises to 45 as Red Cross warns of more rain": the Red Cross
    warns of rain, the toll is not its figure. A side clause with nothing said of its
    own ("Three people were killed, as police said earlier") still credits the sentence.
    """
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SIDE_CLAUSE_MARKS for c in verb.children):
        return False
    if word in verb.subtree:
        return False
    return any(c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "about", "on")) for c in verb.children)


# participles that tell what a person is held for: "the man charged with killing two people"
_CHARGED = frozenset(
    {"charged", "accused", "suspected", "convicted", "indicted", "arrested", "wanted", "jailed", "sentenced", "held"}
)


def _charge_of_the_speaker(frame: Frame, word: Token) -> bool:
    """Whether ``word`` is in what the speaker is charged with, which is not what the speaker says.

    "The man charged with killing two people told reporters he was sorry", "The suspect, who was accused
    of robbing three banks, told the judge": the two killed, the three banks are the charge the article (or
    the police) lays, not the man's word. The participle hangs on the speaker's own noun, or has the
    speaker for its subject and no object.
    """
    for anc in word.ancestors:
        if anc.i == frame.verb_i:
            return False
        if anc.lower_ not in _CHARGED:
            continue
        if anc.dep_ in ("acl", "relcl") and frame.start <= anc.head.i < frame.end:
            return True
        # a headline's "Teen charged with shooting 2 officers tells judge he panicked": the charge with the
        # speaker as its subject and no object ("Police charged the man with ..." lays it: theirs)
        subjects = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(frame.start <= c.i < frame.end for c in subjects) and not any(c.dep_ == "dobj" for c in anc.children):
            return True
    return False


# what a verb of asking asks for: "sought 12 years", "asked for a sentence of ...", "asked the court to jail him for
# ten years", "urged that he serve six years"
_ASKED_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative"})


def _asked(verb: Token, word: Token) -> bool:
    """Whether ``word`` is in what a verb of asking asks for: the asker is the source of the ask, of nothing else.

    "Jane Lim asked for a sentence of eight to ten years' jail": the years are her word; in "Residents
    asked for help after 300 homes flooded" the 300 homes are not what the residents ask.
    """
    # an infinitive asked of no one is the asker's own attempt: "He sought to change his name in May 2015"
    addressed = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    for child in verb.children:
        asked = child.dep_ in _ASKED_DEPS or (child.dep_ == "prep" and child.lower_ == "for")
        if asked and (child.dep_ != "xcomp" or addressed) and word in child.subtree:
            return True
    return False


def _later_clause_of_its_own(verb: Token, word: Token) -> bool:
    """Whether a frame is a later clause, joined by "and"/"but" with a subject of its own, that leaves ``word`` out.

    "The 60,000-capacity stadium was packed, and witnesses said thousands more
    people were locked outside": the witnesses say what follows their "said"; the
    capacity, in the clause before, is not theirs.
    """
    if verb.dep_ != "conj" or word.i > verb.i or word in verb.subtree:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # "Four suspects were detained, Capt. Maria Lopez told reporters": joined by a comma alone and saying
    # nothing of its own, the later clause is the report of the one before (the parser's conj)
    joined = any(t.dep_ == "cc" or t.text in (";", ":") for t in verb.doc[verb.head.i + 1 : verb.i])
    return joined or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


# verbs whose object is the audience, not what is said: "told reporters in Nairobi"
_TELL = frozenset({"tell", "tells", "told", "telling", "briefed", "briefing", "addressed", "addressing"})
# prepositions of where or when a statement was made: "said in Kitui", "said at a news conference in Nairobi"
_SETTING_PREPS = frozenset({"in", "at", "during", "from", "on"})
_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
# how far into a line a dateline's dash may come: "NAIROBI, April 25 (Reuters) -"
_DATELINE_TOKENS = 10


def _setting_of(verb: Token) -> list[tuple[int, int]]:
    """Token ranges that say where, or to whom, a speaker spoke.

    "Speaking in Kitui, Omollo said 131,450 people had been displaced": Kitui is where
    Omollo spoke. A participle, a place or an audience that holds a figure is what is
    said ("adding that 30 died in Kitui"), and stays; so does a place put before the
    speaker ("In Milwaukee, police said they would use two-person squads"), which sets
    the scene of the whole sentence.
    """
    out = []
    for child in verb.children:
        setting = (
            (child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < verb.i)
            or (child.dep_ == "prep" and child.lower_ in _SETTING_PREPS and child.i > verb.i)
            or (child.dep_ in ("dobj", "dative") and verb.lower_ in _TELL)
        )
        if not setting:
            continue
        words = list(child.subtree)
        if any(t.like_num for t in words):
            continue
        out.append((words[0].i, words[-1].i + 1))
    return out


def _dateline_qualifier(sent: Span) -> tuple[int, int] | None:
    """The words after a dateline's city, up to its dash: "ERBIL*, Kurdistan Region —*", or None.

    A dateline is a city in capitals at the start of a line, then a comma and its
    state, region or country, a date or an agency, then a dash. What follows the city
    only says which city it is ("BRISTOL, TN", "ERBIL, Kurdistan Region") or where
    the agency filed from: it is no place of the figure. The city itself is left to
    the place reader (a local story's dateline is often its scene).
    """
    doc = sent.doc
    first = sent[0]
    if not (first.i == 0 or "\n" in doc[first.i - 1].text or "\n" in doc[first.i - 1].whitespace_):
        return None
    comma = None
    for tok in sent[:_DATELINE_TOKENS]:
        word = tok.text.replace(".", "")
        if comma is None and tok.text == ",":
            comma = tok.i
        elif comma is None and not (len(word) >= 2 and word.isalpha() and word.isupper()):
            return None  # the city is in capitals, up to its comma
        elif tok.text in _DASHES or tok.text.endswith((")-", ")\u2013", ")\u2014")):
            return (comma, tok.i + 1) if comma is not None else None
        if "\n" in tok.whitespace_:
            return None
    return None


def _fits_pronoun(speaker: Speaker, *, singular: bool) -> bool:
    """Whether a pronoun can stand for a speaker: "he" is one person, "they" several or a body."""
    if singular:
        return speaker.kind == "PERSON" and not _plural(speaker)
    return speaker.kind != "PERSON" or _plural(speaker)


def _plural(speaker: Speaker) -> bool:
    return speaker.head in SOURCE_NOUNS and speaker.head.endswith("s") and not speaker.head.endswith("ss")


def _next_line(text: str, pos: int) -> tuple[int, int]:
    """Character range of the first non-blank line after ``pos``: the statement a colon announces."""
    start = text.find("\n", pos)
    if start < 0:
        return len(text), len(text)
    while start < len(text) and text[start] in "\n \t\r":
        start += 1
    end = text.find("\n", start)
    return start, (end if end >= 0 else len(text))
