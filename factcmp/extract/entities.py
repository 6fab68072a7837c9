"""People, organisations and places: the mentions of one article, with their roles.

Known aliases (ISIL = IS = ISIS = Daesh ...) are taught to the pipeline as an
entity ruler before the statistical NER. A mention's words are the name alone:
"Trooper Robert Mihalik" is the name "Robert Mihalik" with the role "Trooper",
"Lampahan city" is "Lampahan". Names are linked across articles in
:mod:`factcmp.extract.linking`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
RULER_NAME = "factcmp_aliases"

# canonical name -> (label, aliases). Names that differ in form, not in spelling.
ALIASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Islamic State": (
        "ORG",
        (
            "Islamic State",
            "Islamic State group",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
            "Islamic State in Iraq and the Levant",
            "ISIL",
            "ISIS",
            "IS",
            "Daesh",
            "Daish",
            "Da'esh",
        ),
    ),
    "Popular Mobilisation Forces": (
        "ORG",
        (
            "Popular Mobilisation Forces",
            "Popular Mobilization Forces",
            "Popular Mobilisation Units",
            "Popular Mobilization Units",
            "Popular Mobilization units",
            "Popular Mobilisation units",
            "PMF",
            "PMU",
            "Hashed al-Shaabi",
            "Hashd al-Shaabi",
            "Hashd al-Shaábi",
            "al-Hashd al-Shaabi",
        ),
    ),
    "United Nations": ("ORG", ("United Nations", "UN", "U.N.")),
    "UNHCR": (
        "ORG",
        (
            "UNHCR",
            "UN refugee agency",
            "U.N. refugee agency",
            "UN High Commissioner for Refugees",
            "United Nations High Commissioner for Refugees",
        ),
    ),
    "International Organization for Migration": (
        "ORG",
        (
            "International Organization for Migration",
            "International Organisation for Migration",
            "International Office for Migration",
            "IOM",
        ),
    ),
    "United States Geological Survey": (
        "ORG",
        ("USGS", "U.S. Geological Survey", "US Geological Survey", "United States Geological Survey"),
    ),
    "United States": ("GPE", ("United States", "U.S.", "US", "USA", "U.S.A.", "America")),
    "United Kingdom": ("GPE", ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain")),
    "Federal Bureau of Investigation": ("ORG", ("FBI", "Federal Bureau of Investigation")),
    "Tennessee Bureau of Investigation": ("ORG", ("TBI", "Tennessee Bureau of Investigation")),
    "Sudan Armed Forces": ("ORG", ("SAF", "Sudan Armed Forces", "Sudanese Armed Forces", "Sudan's armed forces")),
}
ALIAS_TO_CANON = {a.lower(): c for c, (_, aliases) in ALIASES.items() for a in aliases}
ALIAS_LABELS = {c: label for c, (label, _) in ALIASES.items()}
# Short all-capital aliases must match case-sensitively ("IS" the group, not "is")
_CASE_SENSITIVE = re.compile(r"^[A-Z.]{2,5}$")
# words of a title before a name ("Gov.", "Sheriff", "Trooper"), lower-case and without dots
TITLE_WORDS = frozenset(
    {
        *("president", "prime", "minister", "secretary", "general", "gov", "governor", "mayor", "sheriff", "chief"),
        *("col", "colonel", "lt", "lieutenant", "sgt", "sergeant", "officer", "cpl", "corporal", "deputy", "rep"),
        *("superintendent", "commissioner", "spokesman", "spokeswoman", "director", "judge", "prosecutor"),
        *("senator", "sen", "gen", "capt", "captain", "detective", "trooper", "dr", "king", "sheikh", "imam"),
        *("mr", "mrs", "ms", "miss", "sir", "representative", "interim", "acting", "former", "pastor", "rev"),
        *("reverend", "justice", "attorney", "councilman", "councilwoman", "constable", "agent", "major", "sgt"),
        *("pfc", "private", "cmdr", "commander", "adm", "admiral", "lord", "prince", "princess", "supt", "insp"),
    }
)
# lower-case words after a place's name that are not part of it ("Lampahan city", "Aceh province")
_GENERIC_AFTER = {
    *("city", "province", "district", "village", "town", "region", "area", "weekend", "regency", "capital"),
    *("motel", "hotel", "highway", "campus", "neighborhood", "neighbourhood", "suburb"),
}
_QUOTES = '"\u201c\u201d\u2018\u2019'
# abbreviations whose final dot belongs to the name ("Jr.", "U.S.", "St.")
_KEEP_DOT = re.compile(r"(?:\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp|Bros|Mt|Ft)|\b[A-Z]\.[A-Z]|\b[A-Z])\.$")
_MAX_EXTEND = 2


@dataclass(frozen=True)
class Mention:
    """One entity mention in one article."""

    doc_id: str
    text: str
    label: str
    start: int
    end: int
    sent_index: int
    role: str = ""


def add_alias_ruler(nlp: Language) -> None:
    """Teach the pipeline the alias table, before the statistical NER (once)."""
    if RULER_NAME in nlp.pipe_names or "ner" not in nlp.pipe_names:
        return
    ruler = nlp.add_pipe(
        "entity_ruler", name=RULER_NAME, before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False}
    )
    patterns: list[dict[str, object]] = []
    for canon, (label, aliases) in ALIASES.items():
        for alias in aliases:
            if _CASE_SENSITIVE.match(alias):
                patterns.append({"label": label, "pattern": [{"ORTH": alias}], "id": canon})
            else:
                patterns.append({"label": label, "pattern": alias, "id": canon})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]


def clean_name(text: str) -> str:
    """Strip determiners, possessives, quotes and stray punctuation from a name.

    >>> clean_name("the UN's"), clean_name('Pacific "Ring of Fire'), clean_name("Carl Dabadie Jr."), clean_name("U.S.")
    ('UN', 'Pacific Ring of Fire', 'Carl Dabadie Jr.', 'U.S.')
    """
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|a|an)\s+", "", text)
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)
    for q in _QUOTES:
        text = text.replace(f" {q}", " ").replace(f"{q} ", " ")
    if "(" in text and ")" not in text:
        text = text[: text.index("(")]  # "Austin Police Dept (@Austin_Police": a tweet signature
    text = text.strip(" ,;:()[]-" + _QUOTES)
    if text.endswith(".") and not _KEEP_DOT.search(text):
        text = text[:-1]
    return text.strip()


def mentions_in(doc: Doc, doc_id: str) -> list[Mention]:
    """Entity mentions of one parsed article, with roles from appositions and titles."""
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start] = n
    out = []
    for ent in index_of(doc).ents:  # read once per Doc, shared with the other passes
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = _name_tokens(ent)
        if start >= end:
            continue
        name_end = end
        end, label = _with_body_noun(ent, start, end)
        if label == "ORG" and ent.label_ == "GPE":
            # "Bristol police" names the town too: its mention stays, beside the body's
            place = _mention(doc_id, doc[start:name_end], ent, ent.label_, sent_of)
            if place is not None:
                out.append(place)
        mention = _mention(doc_id, doc[start:end], ent, label, sent_of)
        if mention is not None:
            out.append(mention)
    return out


def _mention(doc_id: str, span: Span, ent: Span, label: str, sent_of: dict[int, int]) -> Mention | None:
    text = clean_name(span.text)
    # a name has a capital letter and is no handle ("tattoos", "@13PhotogChris" are not names)
    if len(text) < 2 or not any(ch.isupper() for ch in text) or "@" in text:
        return None
    first = span.start_char + max(0, span.text.find(text))
    sent_index = sent_of.get(ent.sent.start, -1)
    return Mention(doc_id, text, label, first, first + len(text), sent_index, _role_of(span, ent))


# lower-case nouns after a name that make the name a body or a building: "Austin police" is the Austin
# Police Department, "the Carlton hotel" the Carlton Hotel; the noun is part of the name
_BODY_NOUNS = {"police": "ORG"}
_BUILDING_NOUNS = {"hotel": "FAC", "motel": "FAC", "courthouse": "FAC", "hospital": "FAC"}


def _with_body_noun(ent: Span, start: int, end: int) -> tuple[int, str]:
    """The name's end and label once a body noun after it is taken in ("Baton Rouge police", "the Carlton hotel").

    A building noun counts only after "the" ("the Berrien County courthouse"): "a Michigan courthouse"
    is some courthouse in Michigan, no name.
    """
    doc = ent.doc
    # token tests only: Span.sent walks the Doc on every call
    if end != ent.end or end >= len(doc) or ent.label_ not in ("ORG", "GPE", "FAC", "LOC"):
        return end, ent.label_
    nxt = doc[end]
    word = nxt.text
    if (word not in _BODY_NOUNS and word not in _BUILDING_NOUNS) or nxt.is_sent_start or nxt.pos_ != "NOUN":
        return end, ent.label_
    if doc[end - 1].head.i != nxt.i:
        return end, ent.label_
    if word in _BODY_NOUNS:
        return end + 1, _BODY_NOUNS[word]
    if start > 0 and not doc[start].is_sent_start and doc[start - 1].lower_ == "the":
        return end + 1, _BUILDING_NOUNS[word]
    return end, ent.label_


def _name_tokens(ent: Span) -> tuple[int, int]:
    """Token range of the name itself: titles, "the", "city" off; a name cut short made whole."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # "Bukit" + "Sama", "Larry Darnell" + "Gordon": proper nouns the model left out of the name
    while end < ent.sent.end and end - ent.end < _MAX_EXTEND and _continues_name(doc[end]):
        end += 1
    # "Trooper Robert Mihalik"; "Cpl Nick Tullier" even when the model calls him an organisation
    person = ent.label_ == "PERSON" or (end - start > 2 and all(t.text[:1].isupper() for t in doc[start:end]))
    while person and end - start > 1 and _is_title(doc[start]):
        start += 1
    while ent.label_ == "PERSON" and end - start > 1 and _is_title(doc[end - 1]):
        end -= 1  # "NOPD Supt"
    if ent.label_ == "PERSON":
        cut = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"), end)
        end = cut  # "Travon Manuel of Lafayette": the town is not part of his name
    if doc[start].lower_ == "the" and (doc[start].text == "the" or doc[start].is_sent_start):
        start += 1  # "The Herald-Palladium" keeps its article inside a sentence
    while end - start > 1 and doc[end - 1].text in _GENERIC_AFTER:
        end -= 1
    # "Days Inn on", "St. Martin Parish for": the model ran the name into the preposition after it
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART"):
        end -= 1
    return start, end


def _continues_name(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and not tok.ent_type_
        and not tok.is_sent_start
        and tok.lower_ not in TITLE_WORDS
        and tok.text.isalpha()
    )


def _is_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in TITLE_WORDS


def _role_of(name: Span, ent: Span) -> str:
    """What an article says a person is: an apposition, or the title before the name.

    Ages ("Joseph Zangaro, 61"), dates and places in apposition are not roles;
    abbreviated titles are written out ("Gov." -> "Governor").
    """
    if ent.label_ != "PERSON":
        return ""
    doc = name.doc
    # "Tarik al-Abdullah, secretary-general of the Al Anbar council"
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and _is_role_head(child):
            toks = [t for t in child.subtree if t.i >= name.end][:12]
            if toks:
                return clean_name(doc[toks[0].i : toks[-1].i + 1].text)
    # "Prime Minister Haider al-Abadi", "Badr militia chief Hadi al-Ameri", "Trooper Robert Mihalik"
    i = name.start - 1
    while i >= name.sent.start and (_is_title(doc[i]) or (doc[i].dep_ == "compound" and doc[i].head.i >= name.start)):
        i -= 1
    words = [t for t in doc[i + 1 : name.start] if t.lower_.rstrip(".") not in _COURTESY]
    if words and any(_is_title(t) for t in words):
        return " ".join(_TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.text) for t in words)
    return ""


def _is_role_head(tok: Token) -> bool:
    """An apposition that says what someone is: a common noun, not an age, a date or a place."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not tok.like_num


_COURTESY = {"mr", "mrs", "ms", "miss", "sir"}
_TITLE_ABBREVIATIONS = {
    "gov": "Governor",
    "sgt": "Sergeant",
    "lt": "Lieutenant",
    "col": "Colonel",
    "cpl": "Corporal",
    "supt": "Superintendent",
    "rep": "Representative",
    "sen": "Senator",
    "dr": "Doctor",
    "det": "Detective",
    "capt": "Captain",
    "gen": "General",
    "insp": "Inspector",
    "rev": "Reverend",
}
