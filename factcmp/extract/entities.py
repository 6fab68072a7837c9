"""People, organisations and places: the mentions of one article, with their roles.

Known aliases (ISIL = IS = ISIS = Daesh ...) are taught to the pipeline as an
entity ruler before the statistical NER. A mention's words are the name alone:
"Trooper Robert Mihalik" is the name "Robert Mihalik" with the role "Trooper",
"Lampahan city" is "Lampahan". Names are linked across articles in
:mod:`factcmp.extract.linking`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of

if TYPE_CHECKING:
    from collections.abc import Sequence

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
_ELISION = re.compile(r"(?<=\b[dDlL]) ?['\u2019] ?(?=[A-Z])")
# abbreviations whose final dot belongs to the name ("Jr.", "U.S.", "St.")
_KEEP_DOT = re.compile(r"(?:\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp|Bros|Mt|Ft)|\b[A-Z]\.[A-Z]|\b[A-Z])\.$")
_MAX_EXTEND = 2
# the last word of an institution's name that can run "X of the Y Hospital"
_INSTITUTION_ENDS = {"hospital", "university", "college", "school", "church", "cathedral", "academy", "institute"}
# a name in lower case can still be a numbered one: "6th street"
_NUMBERED_NAME = re.compile(r"^\d+(?:st|nd|rd|th)\s")
# generational suffixes after a person's name
_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
# how many tokens before a capital "The" show whether the text runs in sentence case
_RUNNING_TEXT = 6
# the last word of a body's name ("Sheriff's Office", "Police Department")
ORG_HEADS = frozenset(
    {
        *("office", "department", "police", "agency", "bureau", "court", "commission", "committee", "council"),
        *("ministry", "authority", "service", "services", "forces", "army", "patrol", "guard", "administration"),
    }
)


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
    # an elided particle's apostrophe is no quote: "Cap d ’ Antibes" keeps it (as the page spaced it)
    text = _ELISION.sub(lambda m: m.group(0).replace("\u2019", "\0").replace("'", "\1"), text)
    for q in _QUOTES:
        text = text.replace(f" {q}", " ").replace(f"{q} ", " ")
    if "(" in text and ")" not in text:
        text = text[: text.index("(")]  # "Austin Police Dept (@Austin_Police": a tweet signature
    text = text.strip(" ,;:()[]-" + _QUOTES).replace("\0", "\u2019").replace("\1", "'")
    if text.endswith(".") and not _KEEP_DOT.search(text):
        text = text[:-1]
    return text.strip()


def mentions_in(doc: Doc, doc_id: str) -> list[Mention]:
    """Entity mentions of one parsed article, with roles from appositions and titles."""
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start] = n
    out = []
    # read once per Doc, shared with the other passes
    for ent in _joined_bodies(_with_unlabelled_names(doc, _cut_at_roads(index_of(doc).ents))):
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = _name_tokens(ent)
        if start >= end:
            continue
        owner_end = _possessive_at(ent, start, end)
        if owner_end:
            # "South Sudan's Unity State": the country, and the state it owns, are two names
            owner = _mention(doc_id, doc[start:owner_end], ent, ent.label_, sent_of)
            if owner is not None:
                out.append(owner)
            start = owner_end + 1
        name_end = end
        end, label = _with_body_noun(ent, start, end)
        if label == "ORG" and ent.label_ == "GPE":
            # "Bristol police" names the town too: its mention stays, beside the body's
            place = _mention(doc_id, doc[start:name_end], ent, ent.label_, sent_of)
            if place is not None:
                out.append(place)
        if label == "ORG" and _team_of(doc, start, end):
            # "the Grambling State University Tigers": the team, and the university it plays for
            school = _mention(doc_id, doc[start : end - 1], ent, label, sent_of)
            if school is not None:
                out.append(school)
        mention = _mention(doc_id, doc[start:end], ent, label, sent_of)
        if mention is not None:
            out.append(mention)
    return out


_SCHOOLS = {"university", "college"}


def _team_of(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a school's name and its team's nickname, a capital plural: "Southern University Jaguars"."""
    if end - start < 3 or doc[end - 2].lower_ not in _SCHOOLS:
        return False
    nickname = doc[end - 1]
    return nickname.text[:1].isupper() and nickname.is_alpha and nickname.text.endswith("s") and nickname.tag_ in ("NNPS", "NNS")


def _mention(doc_id: str, span: Span, ent: Span, label: str, sent_of: dict[int, int]) -> Mention | None:
    text = clean_name(span.text)
    # a name has a capital letter or a number ("6th street") and is no handle ("tattoos", "@13PhotogChris")
    if len(text) < 2 or not (any(ch.isupper() for ch in text) or _NUMBERED_NAME.match(text)) or "@" in text:
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
    head = doc[end - 1].head.i
    # "Baton Rouge police said", and "Baton Rouge police officers": the town and "police" both before the noun
    if head != nxt.i and not (nxt.dep_ == "compound" and head == nxt.head.i):
        return end, ent.label_
    if word in _BODY_NOUNS:
        after = end + 1
        if after < len(doc) and doc[after].text == "department" and nxt.head.i == after:
            after += 1  # "the New Orleans police department"
        return after, _BODY_NOUNS[word]
    if start > 0 and not doc[start].is_sent_start and doc[start - 1].lower_ == "the":
        return end + 1, _BUILDING_NOUNS[word]
    return end, ent.label_


# section labels of news pages, scraped before the first line of text
_SECTION_LABELS = frozenset({"local news", "breaking news", "latest news", "top news", "top stories", "world news"})
# buttons of a page's video player or caption; "Share" only after a close button ("x Share Houston police")
_CONTROLS = frozenset({"embed", "caption", "captions"})
# the last words of a photo credit written after a name
_CREDIT_WORDS = frozenset({"photo", "photos", "courtesy", "file"})
# words that end a company's name: "Local News Corp" is a company, not a label before "Corp"
_DESIGNATORS = frozenset({"corp", "corporation", "inc", "co", "company", "ltd", "llc", "group", "network", "media"})


def _page_control(doc: Doc, i: int) -> bool:
    """Whether a capital word opening a name is a button of the page ("Embed", "x Share")."""
    tok = doc[i]
    if tok.lower_ in _CONTROLS:
        return True
    return tok.text == "Share" and i > 0 and doc[i - 1].text in ("x", "X", "]", "|")


def _section_label(doc: Doc, start: int, end: int) -> bool:
    """Whether a name opens its line with a page's section label: "Local News APD", not "Local News Corp"."""
    if end - start < 3 or f"{doc[start].lower_} {doc[start + 1].lower_}" not in _SECTION_LABELS:
        return False
    at_line_start = doc[start].is_sent_start or (start > 0 and "\n" in doc[start - 1].text_with_ws)
    return at_line_start and doc[start + 2].lower_ not in _DESIGNATORS


def _name_tokens(ent: Span) -> tuple[int, int]:
    """Token range of the name itself: titles, "the", "city" off; a name cut short made whole."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # "Bukit" + "Sama", "Larry Darnell" + "Gordon": proper nouns the model left out of the name. A longer
    # run is another name the model missed, not the rest of this one: "the FBI Violent Crimes Task Force"
    sent_end = ent.sent.end
    # after a place's possessive any capital word can start the name it owns: "New Orleans' French Quarter"
    owned = ent.label_ in ("GPE", "LOC") and doc[end - 1].tag_ == "POS"
    while end < sent_end and end - ent.end <= _MAX_EXTEND and (_continues_name(doc[end]) or (owned and _owned_word(doc[end]))):
        end += 1
    if end - ent.end > _MAX_EXTEND or (owned and end > ent.end and doc[end - 1].pos_ != "PROPN"):
        end = ent.end
    # "Trooper Robert Mihalik"; "Cpl Nick Tullier" even when the model calls him an organisation
    person = ent.label_ == "PERSON" or (end - start > 2 and all(t.text[:1].isupper() for t in doc[start:end]))
    while person and end - start > 1 and _is_title(doc[start]):
        start += 1
    while ent.label_ == "PERSON" and end - start > 1 and _is_title(doc[end - 1]):
        end -= 1  # "NOPD Supt"
    while ent.label_ == "ORG" and end - start > 1 and _is_title(doc[end - 1]) and doc[end - 2].lower_ in ORG_HEADS:
        end -= 1  # "The Louisiana State Police Superintendent": the body, and the title of its head
    if ent.label_ == "PERSON":
        cut = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"), end)
        end = cut  # "Travon Manuel of Lafayette": the town is not part of his name
        end = _with_suffix(doc, end)
    if _section_label(doc, start, end):
        start += 2  # a page's section label run into the text: "Local News APD: One dead ..."
    while end - start > 1 and _page_control(doc, start):
        start += 1  # a video player's buttons: "x Embed x Share Houston police say"
    while end - start > 1 and (doc[end - 1].lower_ in _CREDIT_WORDS or doc[end - 1].text in ("/", "|")):
        end -= 1  # a photo credit: "(Travis County Jail Photo)", "New Orleans / Courtesy: WDSU"
    if doc[start].lower_ == "the" and not _titled_article(doc, start):
        start += 1
    elif start == ent.start and ent.label_ == "ORG" and start > 0 and _titled_article(doc, start - 1):
        start -= 1  # "told The Herald-Palladium": the model left the paper's article out
    while end - start > 1 and doc[end - 1].text in _GENERIC_AFTER:
        end -= 1
    start = _with_words_of(doc, start, end)
    # "Days Inn on", "St. Martin Parish for", "Interfax later said": the model ran the name into the word after it
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "ADV"):
        end -= 1
    if end - start == 2 and _verb_after_name(doc[end - 1]):
        end -= 1
    return start, end


# the tags of a verb that tells what a name did, not a word of it: "Said", "Published", "Warns"
_TOLD_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ"})


def _verb_after_name(tok: Token) -> bool:
    """A capitalised verb the model ran into a one-word name: a headline's "Lindgren Said", a page's "Source: AFP Published:".

    The tagger calls it a verb (past, participle or third person); in a name the same
    word is a proper noun ("Manchester United", "Halvorsen Marine Limited"). Only after
    one word: before a longer run ("Paris Store Hit") stands a headline's subject in
    title case, common nouns and all, which is no name either way.
    """
    return tok.pos_ == "VERB" and tok.tag_ in _TOLD_VERB_TAGS and tok.text[:1].isupper()


def _titled_article(doc: Doc, i: int) -> bool:
    """Whether the "The" at ``i`` is part of a title: capital in running text ("told The Herald-Palladium").

    News style writes "the" in lower case inside a sentence, except where it belongs to a
    name (newspapers, "The Hague"). At the start of a sentence or after a dateline
    ("BRISTOL, TN (WJHL)- The Tennessee Bureau ...") the capital says nothing; nor does it
    in a headline written in title case.
    """
    if doc[i].text != "The" or i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    if not (before.is_alpha and before.is_lower):
        return False
    return _running_text(doc, i)


def _running_text(doc: Doc, i: int) -> bool:
    """Whether the words before token ``i`` run in sentence case, not a title-case headline.

    A headline in title case leaves only short function words in lower case ("Shooting at The Mall").
    """
    return any(t.is_alpha and t.is_lower and not t.is_stop for t in doc[max(0, i - _RUNNING_TEXT) : i])


def _with_suffix(doc: Doc, end: int) -> int:
    """A person's name taken up to a generational suffix after it: "Robert P. Young, Jr.", "Carl Dabadie Jr."."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and doc[i].text.rstrip(".") in _NAME_SUFFIXES and not doc[i].is_sent_start:
        return i + 1
    return end


def _possessive_at(ent: Span, start: int, end: int) -> int:
    """The token of a possessive inside a place's name, or 0: "South Sudan's Unity State" is two places.

    The model tags "South Sudan's" and the name is then run on into the proper nouns after
    it. Only places are cut there: "Sheriff's Office", "St. Mary's Hospital" are whole names.
    """
    if ent.label_ not in ("GPE", "LOC") or ent.ent_id_:
        return 0
    doc = ent.doc
    if doc[end - 1].lower_ in ORG_HEADS:
        return 0  # "Sullivan County Sheriff's Office"
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS" and doc[i + 1].text[:1].isupper() and not _is_title(doc[i - 1]):
            return i
    return 0


def _with_unlabelled_names(doc: Doc, ents: Sequence[Span]) -> list[Span]:
    """The model's entities and the names news writes in fixed forms the model does not tag.

    A dateline's city ("AUSTIN (KXAN) —", "BRISTOL, Tenn. (AP) --"), a numbered street
    ("6th street", "East 6th St."), a numbered precinct or road ("Precinct 5", "Interstate 10"),
    a street ("Airline Hwy."), a name joined by "and" to one of the model's ("the Days Inn and
    O’Reilly Auto Parts").
    A model's entity inside one of these ("St." as an organisation) gives way to it.
    """
    from spacy.tokens import Span

    found = (
        *_datelines(doc),
        *_numbered_names(doc),
        *_street_names(doc),
        *_conjunct_names(doc, ents),
        *_nationality_names(doc, ents),
        *_named_sources(doc),
        *_places_of_kind(doc),
        *_directed_units(doc, ents),
        *_council_names(doc, ents),
    )
    extra = [Span(doc, a, b, label=label) for a, b, label in found]
    if not extra:
        return list(ents)
    # the spans kept so far, in the order they were kept (a dict: a removal is O(1)), and which of
    # them cover each token: a scan of every span per extra name was quadratic in a long article
    out: dict[int, Span] = dict(enumerate(ents))
    cover: dict[int, list[int]] = defaultdict(list)
    for k, e in out.items():
        for t in range(e.start, e.end):
            cover[t].append(k)
    for n, x in enumerate(extra, start=len(out)):
        near = {k for t in range(x.start, x.end) for k in cover.get(t, ()) if k in out}
        hit = [out[k] for k in sorted(near) if out[k].label_ in ENTITY_LABELS]
        # a name of the model's that reaches out of the span, or is the span, stays the model's; but a
        # street is never a person ("Volunteer Parkway", "Fatal Bourbon Street" in a headline)
        street = x.label_ == "FAC" and x[-1].text in _STREET_ENDS
        stays = [e for e in hit if not (street and e.label_ == "PERSON" and _end(e) == x.end)]
        if any(e.start < x.start or _end(e) > x.end or _end(e) - e.start == len(x) for e in stays):
            continue
        for k in [k for k in near if out[k] in hit]:
            del out[k]
        out[n] = x
        for t in range(x.start, x.end):
            cover[t].append(n)
    return sorted(out.values(), key=lambda e: e.start)


def _end(span: Span) -> int:
    """The span's end without the line breaks the model sometimes takes in (an "St." and the blank line after it)."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_space:
        end -= 1
    return end


# a dateline: a city in capitals at the start of a line, then the state, the agency or a dash
_DASHES = {"\u2014", "\u2013", "--", "-"}
_MAX_DATELINE = 3


def _datelines(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for tok in doc:
        if not (tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_):
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < _MAX_DATELINE and _capitals(doc[end]):
            end += 1
        if end == tok.i or end >= len(doc) - 1 or "\n" in doc[end - 1].whitespace_:
            continue
        nxt, after = doc[end], doc[end + 1]
        state = nxt.text == "," and after.text[:1].isupper() and after.ent_type_ not in ("DATE", "TIME")
        if state or nxt.text == "(" or nxt.text in _DASHES:
            out.append((tok.i, end, "GPE"))
    return out


def _capitals(tok: Token) -> bool:
    word = tok.text.replace(".", "").replace("'", "")
    return len(word) >= 2 and word.isalpha() and word.isupper()


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd"}
_COMPASS = {"North", "South", "East", "West"}
# numbered units and roads: "Precinct 5", "Ward 3", "Interstate 10"
_NUMBERED = {"Precinct": "ORG", "District": "ORG", "Ward": "ORG", "Interstate": "FAC", "Highway": "FAC", "Route": "FAC"}


def _numbered_names(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if _ORDINAL.match(tok.text) and nxt.lower_.rstrip(".") in _STREET_WORDS:
            # "6th street", "East 6th St.": the street; "Sixth Street" the model tags itself
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in _COMPASS else tok.i
            out.append((start, tok.i + 2, "FAC"))
        elif tok.text in _NUMBERED and nxt.text.isdigit():
            out.append((tok.i, tok.i + 2, _NUMBERED[tok.text]))
    return out


# the word that ends a street's name, as written
_STREET_ENDS = {
    *("Street", "St.", "Avenue", "Ave.", "Ave", "Road", "Rd.", "Boulevard", "Blvd.", "Blvd", "Highway", "Hwy.", "Hwy"),
    *("Parkway", "Pkwy.", "Drive"),
}
_MAX_STREET_NAME = 3


def _street_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Capitalised words and a street word after them: "Airline Hwy.", "Iberville Street"."""
    out = []
    for tok in doc[1:]:
        if tok.text not in _STREET_ENDS:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text == "St." and nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
            continue  # "St. Joseph" is a saint's name
        # a headline in title case capitalises the words before the name too ("Accused Bourbon Street shooter")
        longest = _MAX_STREET_NAME if _running_text(doc, tok.i) else 1
        start = tok.i
        while start > 0 and tok.i - start < longest and _street_word(doc[start - 1]):
            start -= 1
        if start < tok.i:
            out.append((start, tok.i + 1, "FAC"))
    return out


def _street_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() and not _is_title(tok)


_MAX_CONJUNCT = 4


def _conjunct_names(doc: Doc, ents: Sequence[Span]) -> list[tuple[int, int, str]]:
    """Capitalised words joined by "and" to a body or a place are another of its kind.

    "near the Days Inn and O’Reilly Auto Parts store": the model tags the motel and takes
    the shop's name for an adverb and two nouns. Two words at least, the last a proper
    noun, in running text (a headline in title case capitalises everything).
    """
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "FAC", "GPE", "LOC") or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
            continue
        start = end = ent.end + 1
        while end < len(doc) and end - start < _MAX_CONJUNCT and _untagged_capital(doc[end]):
            end += 1
        if end - start < 2 or end - start >= _MAX_CONJUNCT or doc[end - 1].pos_ != "PROPN" or _is_title(doc[start]):
            continue
        if not _running_text(doc, ent.start):
            continue
        out.append((start, end, ent.label_))
    return out


def _nationality_names(doc: Doc, ents: Sequence[Span]) -> list[tuple[int, int, str]]:
    """A nationality and the proper nouns after it are a name: "the French Quarter", "the Sudanese Army".

    So is a nationality and the lower-case word for its country's forces ("the Sudanese military"),
    which the linker joins to the other names of those forces. The model tags "French" (NORP) and leaves "Quarter" alone; a title after the nationality
    ("Iraqi Prime Minister") is no name.
    """
    out = []
    for ent in ents:
        if ent.label_ != "NORP" or len(ent) != 1:
            continue
        forces = _forces_after(doc, ent.end)
        if forces:
            out.append((ent.start, forces, "ORG"))  # "the Sudanese military", "Iraqi armed forces"
            continue
        end = ent.end
        # not an abbreviation either: "the Iranian DM" is its defence minister
        while end < len(doc) and end - ent.end < _MAX_EXTEND and _untagged_capital(doc[end]) and doc[end].text.istitle():
            end += 1
        if (
            end > ent.end
            and doc[end - 1].pos_ == "PROPN"
            and not any(_is_title(t) for t in doc[ent.end : end])
            and (end == len(doc) or not _untagged_capital(doc[end]))
        ):
            out.append((ent.start, end, "ORG"))
    return out


# a country's forces written in lower case after its adjective: "the Sudanese military", "Syrian armed forces"
_FORCES = (("armed", "forces"), ("army",), ("military",), ("navy",), ("air", "force"))


def _forces_after(doc: Doc, i: int) -> int:
    """The end of the lower-case words for a country's forces at token ``i``, or 0."""
    for words in _FORCES:
        j = i + len(words)
        if j <= len(doc) and tuple(t.text for t in doc[i:j]) == words and doc[j - 1].pos_ == "NOUN":
            return j
    return 0


_MAX_SOURCE = 5
# "the town of Taludi": the capital words after these nouns name a place, whatever the model made of them
_PLACE_KINDS = {"town", "city", "village", "district", "province", "county", "region"}


def _places_of_kind(doc: Doc) -> list[tuple[int, int, str]]:
    out = []
    for tok in doc[1:-2]:
        if tok.lower_ not in _PLACE_KINDS or doc[tok.i - 1].lower_ != "the" or doc[tok.i + 1].lower_ != "of":
            continue
        start = end = tok.i + 2
        while (
            end < len(doc) and end - start < _MAX_EXTEND and doc[end].ent_type_ not in ("DATE", "TIME") and _place_word(doc[end])
        ):
            end += 1
        if end > start:
            out.append((start, end, "GPE"))
    return out


# a compass word in lower case, a place and the kind of unit: "central Aceh district" is the district of Central Aceh
_UNIT_DIRECTIONS = {"central", "north", "south", "east", "west"}
_UNITS = {"district", "regency", "province", "county", "parish", "prefecture"}


def _directed_units(doc: Doc, ents: Sequence[Span]) -> list[tuple[int, int, str]]:
    """A place with the compass word before it, when a unit's noun after it makes both one unit's name.

    "central Aceh district resident Bensu Elianita": not the middle of Aceh, the district named
    Central Aceh; "northern Iraq" and "central Baghdad" name no unit and stay the place.
    """
    out = []
    for ent in ents:
        i = ent.start
        if ent.label_ not in ("GPE", "LOC") or i == 0 or ent.end >= len(doc):
            continue
        if doc[i - 1].text in _UNIT_DIRECTIONS and doc[ent.end].lower_ in _UNITS:
            out.append((i - 1, ent.end, "GPE"))
    return out


# the word that ends the name of a local government's body: "Fife Council", "Leeds City Council"
_COUNCIL_WORDS = frozenset({"Council"})
_MAX_COUNCIL_NAME = 4


def _council_names(doc: Doc, ents: Sequence[Span]) -> list[tuple[int, int, str]]:
    """The capital words before "Council" are its name: "Moray Council", "Fife Council", "Perth and Kinross Council".

    The model leaves such a name out, tags the council alone ("Council"), or tags its first word as a
    place or a person ("Fife", "Perth" and "Kinross Council"): the body is the council of that area,
    one name. Two areas joined by "and" name one council ("Perth and Kinross", "Dumfries and
    Galloway") where a single capital word stands before the "and": "Police Scotland and Fife Council"
    are two bodies. In a headline in title case only the word right before "Council" is taken.
    """
    out = []
    for tok in doc[1:]:
        if tok.text not in _COUNCIL_WORDS:
            continue
        # the whole sentence, as a name may open it: "Dumfries and Galloway Council closed three schools"
        longest = _MAX_COUNCIL_NAME if any(t.is_alpha and t.is_lower and not t.is_stop for t in tok.sent) else 1
        start = tok.i
        while start > 0 and tok.i - start < longest and _council_word(doc[start - 1]):
            start -= 1
        if start == tok.i:
            continue
        if longest > 1 and _one_area_before_and(doc, start, ents):
            start -= 2
        out.append((start, tok.i + 1, "ORG"))
    return out


def _council_word(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and tok.is_alpha and not _is_title(tok)


def _one_area_before_and(doc: Doc, start: int, ents: Sequence[Span]) -> bool:
    """Is "<Area> and" right before a council's name, the area one capital word of no longer name?"""
    if start < 2 or doc[start - 1].lower_ != "and" or not _council_word(doc[start - 2]):
        return False
    area = doc[start - 2]
    before = doc[start - 3] if start >= 3 else None
    if before is not None and (before.text[:1].isupper() or before.text == ","):
        return False  # "Police Scotland and Fife Council", "Kirkcaldy, Glenrothes and Fife Council"
    return not any(e.start <= area.i < e.end and len(e) > 1 for e in ents)


# words after a town that name the road it is on ("Prince George on Highway 16"), not more of its name
_ROAD_PREPS = frozenset({"on", "off", "along"})
_ROAD_WORDS = frozenset({"Highway", "Hwy", "Route", "Interstate", "Motorway", "Freeway", "Expressway"})


def _cut_at_roads(ents: Sequence[Span]) -> list[Span]:
    """The model's entities with a town cut from the road it is on: "Kamloops on Highway 5" is Kamloops and Highway 5.

    Only a road after the preposition: "Newcastle upon Tyne", "Stoke on Trent" are one town's name.
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.lower_ in _ROAD_PREPS and _road_at(ent.doc, t.i + 1, ent.end)), -1)
        if cut < 0:
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, cut, label="GPE"))
        out.append(Span(ent.doc, cut + 1, ent.end, label="FAC"))
    return out


def _road_at(doc: Doc, i: int, end: int) -> bool:
    """Is doc[i:end] a road's name: "Highway 16", "Route 9", "Main Street"?"""
    words = doc[i:end]
    if words[0].text.rstrip(".") in _ROAD_WORDS:
        return len(words) == 2 and words[1].like_num
    return words[-1].text in _STREET_ENDS and all(t.text[:1].isupper() for t in words)


def _place_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and not _is_title(tok)


def _named_sources(doc: Doc) -> list[tuple[int, int, str]]:
    """Capital words after "according to (the)" name a source: "according to the Austin American-Statesman".

    Only words the model left untagged; a title ("according to Col. ...") starts a person's name, not a body's.
    """
    out = []
    for tok in doc[:-2]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        start = tok.i + 2
        if doc[start].lower_ == "the" and start + 1 < len(doc):
            start += 1
        end = start
        while end < len(doc) and end - start < _MAX_SOURCE and (_untagged_capital(doc[end]) or _inner_hyphen(doc, end)):
            end += 1
        # two words at least: one alone after "according to" is mostly a surname ("according to Isaacs")
        whole = end == len(doc) or not _untagged_capital(doc[end])
        if whole and end - start >= 2 and doc[end - 1].pos_ == "PROPN" and not _is_title(doc[start]):
            out.append((start, end, "ORG"))
    return out


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a name ("American-Statesman"): no space around it, capital words on both sides."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _untagged_capital(tok: Token) -> bool:
    word = tok.text.replace("\u2019", "").replace("'", "")
    return not tok.ent_type_ and tok.text[:1].isupper() and word.isalpha() and not tok.is_sent_start


def _joined_bodies(ents: Sequence[Span]) -> list[Span]:
    """The model's entities, with a place and the body named after it joined when the model split them.

    "East Baton Rouge" + "Parish Sheriff's Office", "Bristol" + "Tennessee Police Department": a
    name right after another, nothing but a space between them, that ends in the word for a
    body ("Office", "Department", "Police") is the body of the name before it.
    """
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ in ("ORG", "GPE", "LOC", "FAC")
            and ent.label_ in ENTITY_LABELS
            and prev.doc[prev.end - 1].whitespace_ == " "
            and prev.doc[prev.end - 1].tag_ != "POS"
            and ent[0].text[:1].isupper()
            and ent[0].lower_ != "the"
            and ent[-1].lower_ in ORG_HEADS
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        if prev is not None and _first_name_apart(prev, ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        first = _elided_start(ent)
        if first < ent.start:
            # "Cap d’Antibes", "Côte d'Ivoire": the model tags the word before the particle apart, or not at all
            if prev is not None and first <= prev.start < ent.start:
                out.pop()
            ent = Span(ent.doc, first, ent.end, label=ent.label_)
        out.append(ent)
    return out


# French and Italian particles elided before a vowel: "Cap d’Antibes", "Côte d'Ivoire", "Val d’Isère"
_ELIDED = {"d", "l"}
_APOSTROPHES = {"'", "\u2019"}


def _elided_start(ent: Span) -> int:
    """The start of a place's name that runs "X d’Y" when the model tagged only "Y" ("Antibes" in "Cap d ’ Antibes")."""
    doc, i = ent.doc, ent.start
    if ent.label_ not in ("GPE", "LOC", "FAC") or not ent[0].text[:1].isupper():
        return i
    if i >= 3 and doc[i - 1].text in _APOSTROPHES and doc[i - 2].lower_ in _ELIDED:
        word = i - 3  # "Cap d ’ Antibes": the apostrophe a token of its own (and spaced, in page copy)
    elif i >= 2 and doc[i - 1].lower_[:1] in _ELIDED and doc[i - 1].text[1:] in _APOSTROPHES:
        word = i - 2  # "d’" one token
    else:
        return i
    before = doc[word]
    if before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and not _is_title(before):
        return word
    return i


def _with_words_of(doc: Doc, start: int, end: int) -> int:
    """The start of an institution's name the model took only the end of: "Our Lady of the Lake Hospital".

    Names of hospitals, schools and churches often run "X of (the) Y Hospital"; the model
    tags "the Lake Hospital". Capital words right before "of (the)" are taken in.
    """
    if doc[end - 1].lower_ not in _INSTITUTION_ENDS:
        return start
    i = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if i < 2 or doc[i - 1].lower_ != "of":
        return start
    first = i - 1
    while first > 0 and i - 1 - first < _MAX_EXTEND and _name_word_before(doc[first - 1]):
        first -= 1
    return first if first < i - 1 else start


def _name_word_before(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and not tok.ent_type_ and not _is_title(tok)


def _first_name_apart(prev: Span, ent: Span) -> bool:
    """Whether a one-word name the model gave another type is the first word of the person after it.

    "Sudan Armed Forces spokesman Sawarmi Khaled Saad": the model tags "Sawarmi" as a place and
    "Khaled Saad" as a person; after a title, with the parser making it part of his name, it is his.
    """
    doc = ent.doc
    word = prev[0]
    return (
        ent.label_ == "PERSON"
        and prev.label_ in ("GPE", "ORG", "LOC", "NORP")
        and len(prev) == 1
        and prev.end == ent.start
        and word.whitespace_ == " "
        and prev.start > 0
        and _is_title(doc[prev.start - 1])
        and word.dep_ == "compound"
        and ent.start <= word.head.i < ent.end
    )


def _owned_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and not tok.ent_type_ and not _is_title(tok)


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
