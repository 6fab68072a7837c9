"""People, organisations and places: mentions per article, one id across articles.

Known aliases (ISIL = IS = ISIS = Daesh ...) are taught to the pipeline as an
entity ruler before the statistical NER; other names are linked across
articles by surname, acronym and fuzzy spelling (rapidfuzz).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span

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
_ALIAS_TO_CANON = {a.lower(): c for c, (_, aliases) in ALIASES.items() for a in aliases}
# Short all-capital aliases must match case-sensitively ("IS" the group, not "is")
_CASE_SENSITIVE = re.compile(r"^[A-Z.]{2,5}$")


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
    """Strip determiners, possessives and stray punctuation from a name."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)
    return text.strip(' ,.;:"\u201c\u201d()[]-')


def mentions_in(doc: Doc, doc_id: str) -> list[Mention]:
    """Entity mentions of one parsed article, with roles from appositions and titles."""
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start] = n
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        text = clean_name(ent.text)
        if len(text) < 2 or not any(ch.isalpha() for ch in text):
            continue
        sent_index = sent_of.get(ent.sent.start, -1)
        out.append(Mention(doc_id, text, ent.label_, ent.start_char, ent.end_char, sent_index, _role_of(ent)))
    return out


_TITLE_WORDS = {
    "president",
    "prime",
    "minister",
    "secretary",
    "general",
    "gov.",
    "governor",
    "mayor",
    "sheriff",
    "chief",
    "col.",
    "colonel",
    "lt.",
    "lieutenant",
    "sgt.",
    "sergeant",
    "officer",
    "cpl.",
    "corporal",
    "deputy",
    "superintendent",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "director",
    "judge",
    "prosecutor",
    "senator",
    "sen.",
    "rep.",
    "gen.",
    "capt.",
    "captain",
    "detective",
    "trooper",
    "dr",
    "dr.",
    "king",
    "sheikh",
    "imam",
}


def _role_of(ent: Span) -> str:
    if ent.label_ != "PERSON":
        return ""
    doc = ent.doc
    # "Tarik al-Abdullah, secretary-general of the Al Anbar council"
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            toks = [t for t in child.subtree if t.i >= ent.end][:12]
            if toks:
                return clean_name(doc[toks[0].i : toks[-1].i + 1].text)
    # "Prime Minister Haider al-Abadi", "Badr militia chief Hadi al-Ameri"
    i = ent.start - 1
    while i >= ent.sent.start and (doc[i].lower_ in _TITLE_WORDS or (doc[i].dep_ == "compound" and doc[i].head.i >= ent.start)):
        i -= 1
    if i + 1 < ent.start and any(doc[k].lower_ in _TITLE_WORDS for k in range(i + 1, ent.start)):
        return doc[i + 1 : ent.start].text
    return ""


# -- linking across articles ------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("-", " ")).strip()


def _surname(name: str) -> str:
    words = _fold(name).split()
    while words and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    last = words[-1] if words else ""
    return last


def _strip_article(word: str) -> str:
    # "al-Abdullah" and "Abdullah", "el-Sisi" and "Sisi" are one surname
    return re.sub(r"^(al|el|ad|as|ash|an|ar)(?=[a-z]{4,})", "", word)


def slug(text: str) -> str:
    """A stable id from a canonical name: "Haider al-Abadi" -> "haider-al-abadi"."""
    return re.sub(r"\s+", "-", _fold(text)) or "entity"


def link(mentions: Iterable[Mention]) -> dict[tuple[str, str], tuple[str, str]]:
    """Give every (label group, name) one (entity_id, canonical name) across articles."""
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        by_group[_group(m.label, m.text)][m.text] += 1
    _surnames_to_people(by_group)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for group, names in by_group.items():
        for name, canon in _link_group(group, names).items():
            out[(group, name)] = (f"{group[:3]}:{slug(canon)}" if group != "alias" else f"org:{slug(canon)}", canon)
    return out


def _surnames_to_people(by_group: dict[str, Counter[str]]) -> None:
    """Move a one-word "Abadi" tagged as an organisation or place to the person it names."""
    people = by_group.get("person")
    if not people:
        return
    surnames = {_strip_article(_surname(n)) for n in people if len(n.split()) > 1}
    for group in ("organisation", "place"):
        names = by_group.get(group, Counter())
        for name in list(names):
            if len(name.split()) == 1 and _strip_article(_fold(name)) in surnames:
                people[name] += names.pop(name)
                _MOVED[name] = "person"


# names moved from their NER label to the person group, consulted by group_of
_MOVED: dict[str, str] = {}


def _group(label: str, text: str) -> str:
    if text.lower() in _ALIAS_TO_CANON and (not _CASE_SENSITIVE.match(text) or text.isupper()):
        return "alias"
    return ENTITY_LABELS.get(label, "other")


def group_of(m: Mention) -> str:
    """The linking group of a mention (person, organisation, place, or alias table)."""
    group = _group(m.label, m.text)
    return _MOVED.get(m.text, group) if group in ("organisation", "place") else group


def _link_group(group: str, names: Counter[str]) -> dict[str, str]:
    if group == "alias":
        return {n: _ALIAS_TO_CANON[n.lower()] for n in names}
    ordered = sorted(names, key=lambda n: (-len(n.split()), -names[n], n))
    canon: dict[str, str] = {}
    heads: list[str] = []  # canonical names so far, longest first
    for name in ordered:
        target = _match(group, name, heads)
        if target is None:
            heads.append(name)
            canon[name] = name
        else:
            canon[name] = target
    return canon


def _match(group: str, name: str, heads: list[str]) -> str | None:
    folded = _fold(name)
    for head in heads:
        if _fold(head) == folded:
            return head
    if group == "person":
        sur = _strip_article(_surname(name))
        first = _fold(name).split()[0] if len(name.split()) > 1 else ""
        candidates = []
        for head in heads:
            hs = _strip_article(_surname(head))
            if not hs or not sur:
                continue
            score = fuzz.ratio(sur, hs)
            if score < 85 or sur[0] != hs[0]:
                continue
            hfirst = _fold(head).split()[0] if len(head.split()) > 1 else ""
            if first and hfirst and first != hfirst and fuzz.ratio(first, hfirst) < 75 and first[0] != hfirst[0]:
                continue
            candidates.append((score, head))
        if candidates:
            return max(candidates)[1]
        return None
    for head in heads:
        hf = _fold(head)
        if abs(len(hf) - len(folded)) > 2 or hf[:1] != folded[:1]:
            continue
        # "Baghdad" and "Baghdadi" are a city and a man, not two spellings
        if hf.startswith(folded) or folded.startswith(hf):
            continue
        if fuzz.ratio(hf, folded) >= 90:
            return head
    return None
