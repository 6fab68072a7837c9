"""The cluster-level entity pass: names found in one article looked for in all, then linked.

The small English model misses names it cannot place: "Chopard" in one
article, "Sumatra" in another. A name the model recognised in any article of
the cluster is the same name wherever else it is written, so each article's
sentences are searched for the cluster's names, and the new mentions join the
entity claims before they are linked (:mod:`factcmp.extract.linking`).
Speakers are then linked to the same ids (``speaker_entity``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from factcmp.extract.entities import ORG_HEADS, TITLE_WORDS
from factcmp.extract.linking import cluster_ids, fold
from factcmp.extract.names import DESIGNATORS, INSTITUTIONS
from factcmp.records import Claim, claims_to_frame

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

# shortest name looked for elsewhere; all-capital acronyms from three letters
_MIN_NAME = 4
_MIN_ACRONYM = 3


def link_entity_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Complete and link the entity claims of one cluster; set ``entity_id`` and ``speaker_entity``.

    Args:
        claims: the claims of every article of the cluster (``claims_to_frame`` columns).

    Returns:
        The claims with the mentions found by name added (in text order) and
        ``entity_id`` set on entity rows; ``speaker_entity`` holds the id of the
        speaker's entity where the speaker is named.
    """
    if claims.empty:
        return claims.assign(entity_id="")
    claims = _with_found_names(claims)
    claims, generic_pairs = _with_generic_bodies(claims)
    is_ent = claims["kind"] == "entity"
    names, labels, docs, sentences = (
        claims.loc[is_ent, c].astype(str).tolist() for c in ("text", "entity_type", "doc_id", "sentence")
    )
    # a mention its sentence shows to be a person's is one vote for a person, whatever the model said
    labels = [
        "PERSON" if label != "PERSON" and person_cue(sent, name) else label
        for name, label, sent in zip(names, labels, sentences, strict=True)
    ]
    aliases = stated_aliases(zip(sentences, names, strict=True)) + generic_pairs
    aliases += bracketed_aliases(list(zip(sentences, names, labels, strict=True)))
    table = cluster_ids(list(zip(names, labels, docs, strict=True)), aliases=aliases)
    ids = [
        table[str(t)][0] if k == "entity" and str(t) in table else "" for k, t in zip(claims["kind"], claims["text"], strict=True)
    ]
    by_fold = {fold(name): eid for name, (eid, _, _) in table.items()}
    speakers = claims["speaker_entity"].fillna("").astype(str).tolist()
    speaker_ids = [_speaker_id(s, table, by_fold) for s in speakers]
    canon = {eid: name for eid, name, _ in table.values()}
    credits = [
        _spelled_out(who, name, canon.get(eid, "")) if isinstance(who, str) else who
        for who, name, eid in zip(claims["attributed_to"].tolist(), speakers, speaker_ids, strict=True)
    ]
    return claims.assign(entity_id=ids, speaker_entity=speaker_ids, attributed_to=credits)


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def _spelled_out(credit: str, name: str, canon: str) -> str:
    """A credit given as a bare acronym, with the body's full name the cluster writes elsewhere.

    "APD: One dead ..." credits "APD"; another article of the cluster names the
    "Austin Police Department", so the credit reads "APD (Austin Police
    Department)", as "the governor (John Bel Edwards)" names who the governor is.
    """
    if credit != name or not _ACRONYM.fullmatch(credit) or len(canon.split()) < 2 or canon.isupper():
        return credit
    return f"{credit} ({canon})"


_KIN = (
    "mother|father|parents|wife|husband|widow|son|sons|daughter|daughters|brother|sister|family|girlfriend|boyfriend"
    "|fiancee|fiance|uncle|aunt|cousin|grandmother|grandfather|funeral"
)
# the post a person holds, in apposition: "Al-Sawarmi Khalid, spokesman for Sudan's armed forces"
_POSTS = "spokesman|spokeswoman|spokesperson|commissioner|governor|mayor|minister|director|commander|chairman|chairwoman"
_AFTER_PERSON = re.compile(rf"^(?:['\u2019]s\s+(?:{_KIN})\b|,\s+who\b|,\s+(?:the\s+|a\s+)?(?:{_POSTS})\s+(?:of|for|at)\b)")
_BEFORE_PERSON = re.compile(r"\b(?:\d+|[a-z]+)-year-old\s+$")
_PLACE_OF = re.compile(r"\b(?:of|from|in|at|near)\s+$")


def person_cue(sentence: str, name: str) -> bool:
    """Whether the sentence shows the name to be a person's, whatever the model's label.

    "fatally shot 37-year-old Alton Sterling", "Sterling, who was black", "Sterling's mother",
    "Sterling's funeral", "Al-Sawarmi Khalid, spokesman for Sudan's armed forces": an age before
    the name, "who" after it, kin or a funeral of it, a post it holds.
    """
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _BEFORE_PERSON.search(before):
            return True
        # "Gavin Long of Kansas City, who turned 29": the "who" is the man's, not the city's
        if _AFTER_PERSON.match(after) and not (_PLACE_OF.search(before) and after.lstrip().startswith(",")):
            return True
    return False


# words that say the next name is another name of the one before: "changing his name from X to Y",
# "X sought to change his name to Y", "X, also known as Y", "X, formerly known as Y"
_ALIAS_CUE = re.compile(
    r"\b(?:chang(?:e|es|ed|ing)\s+(?:his|her|their|its)\s+(?:legal\s+)?name"
    r"|(?:also|formerly|previously|better|now)\s+known\s+as|a\.k\.a\.?|aka)\b"
)
# between the cue and the new name: "from X", a time ("last year"), "to", "as", a quote, "the"
_CUE_TO_ALIAS = re.compile(
    r"\s*(?:(?:last|this|next)\s+(?:year|month|week)\s+|in\s+\d{4}\s+)?(?:to\s+|as\s+)?[\"'\u201c\u2018]?(?:the\s+)?$"
)
_FROM = re.compile(r"\s*from\s+$")
_TO = re.compile(r"\s+to\s+[\"'\u201c\u2018]?$")
# between the old name and the cue: a comma, or a verb or two ("sought to", "had", "was")
_NAME_TO_CUE = re.compile(r"^\s*(?:,\s*(?:who\s+)?)?(?:[a-z]+\s+){0,2}$")


def stated_aliases(mentions: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Pairs of names a sentence says are one entity's: (old name, new name).

    Args:
        mentions: (sentence, name) for every entity mention.

    >>> stated_aliases([("He changed his name from Gavin Long to Cosmo Setepenra.", n) for n in ("Gavin Long", "Cosmo Setepenra")])
    [('Gavin Long', 'Cosmo Setepenra')]
    """
    names_in: dict[str, set[str]] = defaultdict(set)
    for sentence, name in mentions:
        names_in[sentence].add(name)
    pairs: list[tuple[str, str]] = []
    for sentence, names in names_in.items():
        if len(names) < 2:
            continue
        for cue in _ALIAS_CUE.finditer(sentence):
            pair = _alias_pair(sentence, cue, names)
            if pair and pair not in pairs:
                pairs.append(pair)
    return pairs


# a short name in brackets right after a body's full name: "the National Seismological Center (CSN)"
_BRACKETED = r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)"
_NOT_BODIES = frozenset({"GPE", "LOC", "PERSON"})


def bracketed_aliases(mentions: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Pairs (full name, short name) an article gives by writing the short name in brackets after a body's name.

    News spells out an agency once with its acronym in brackets, then uses the acronym;
    the acronym may be of the name in another language ("National Seismological Center
    (CSN)", Centro Sismologico Nacional), so its capitals need only be initials of the
    name's words, in any order. A place ("AUSTIN (KXAN)", a dateline) or a person before
    the brackets, or a bracketed place, is no such pair.

    Args:
        mentions: (sentence, name, NER label) for every entity mention.

    >>> bracketed_aliases([("The National Seismological Center (CSN) said so.", "National Seismological Center", "ORG"),
    ...                    ("The CSN said so.", "CSN", "ORG")])
    [('National Seismological Center', 'CSN')]
    """
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for _, name, label in mentions:
        labels[name][label] += 1
    pairs: list[tuple[str, str]] = []
    for sentence, name, label in mentions:
        if label != "ORG" or name.isupper() or len(name.split()) < 2:
            continue
        initials = {w[0].upper() for w in re.findall(r"[A-Za-z]+", name)}
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + _BRACKETED, sentence):
            short = m.group(1)
            if short not in labels or labels[short].most_common(1)[0][0] in _NOT_BODIES:
                continue
            if set(re.findall(r"[A-Z]", short)) <= initials and (name, short) not in pairs:
                pairs.append((name, short))
    return pairs


def _alias_pair(sentence: str, cue: re.Match[str], names: set[str]) -> tuple[str, str] | None:
    """The (old, new) names around one alias cue, or None when either is not right beside it."""
    spans = sorted((m.start(), m.end(), n) for n in names for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence))
    after = [(s, e, n) for s, e, n in spans if s >= cue.end()]
    if not after:
        return None
    if _FROM.fullmatch(sentence[cue.end() : after[0][0]]):
        # "changing his name from Gavin Eugene Long to Cosmo Setepenra"
        if len(after) < 2 or not _TO.fullmatch(sentence[after[0][1] : after[1][0]]) or after[0][2] == after[1][2]:
            return None
        return after[0][2], after[1][2]
    start, _, new = after[0]
    if not _CUE_TO_ALIAS.fullmatch(sentence[cue.end() : start]):
        return None
    before = [(s, e, n) for s, e, n in spans if e <= cue.start()]
    if not before:
        return None
    _, end, old = before[-1]
    if old == new or not _NAME_TO_CUE.match(sentence[end : cue.start()]):
        return None
    return old, new


def _speaker_id(name: str, table: dict[str, tuple[str, str, str]], by_fold: dict[str, str]) -> str:
    """The entity id of a named speaker: the same spelling, or the one person with that surname."""
    if not name:
        return ""
    if name in table:
        return table[name][0]
    if fold(name) in by_fold:
        return by_fold[fold(name)]
    last = fold(name).split()[-1:] or [""]
    ids = {eid for n, (eid, _, kind) in table.items() if kind == "person" and fold(n).split()[-1:] == last}
    return ids.pop() if len(ids) == 1 else ""


def _with_found_names(claims: pd.DataFrame) -> pd.DataFrame:
    """Add a mention wherever a name the model found in some article stands unrecognised in another."""
    import pandas as pd

    if not claims.index.is_unique:
        claims = claims.reset_index(drop=True)  # mentions a longer name covers are dropped by row label
    ents = claims[claims["kind"] == "entity"]
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    # plain lists: iterating an Arrow-backed column boxes every value, several times slower
    for text, label in zip(ents["text"].astype(str).tolist(), ents["entity_type"].astype(str).tolist(), strict=True):
        if _searchable(text):
            labels[_joints(text)][label] += 1
    if not labels:
        return claims
    # a name is looked for however its words are joined: "Bristol Herald Courier" finds "Bristol Herald-Courier"
    # and a body's or building's last word in either case: "Our Lady of the Lake hospital", "Berrien County courthouse"
    pattern = re.compile(
        r"(?<![\w\-])(?:"
        + "|".join(
            _JOINT.join(_word_pattern(w, k == len(n.split()) - 1 >= _MIN_KIND_NAME - 1) for k, w in enumerate(n.split()))
            for n in sorted(labels, key=len, reverse=True)
        )
        + r")(?![\w\-])"
    )
    by_key = {_label_key(n): n for n in labels}
    # each article's mentions: (start, end, row label); a mention found here has no row (None)
    taken: dict[str, list[tuple[int, int, object]]] = defaultdict(list)
    rows = zip(ents["doc_id"].tolist(), ents["start"].tolist(), ents["end"].tolist(), ents.index.tolist(), strict=True)
    for doc, start, end, row in rows:
        taken[str(doc)].append((int(start), int(end), row))
    row_labels = dict(zip(ents.index.tolist(), ents["entity_type"].astype(str).tolist(), strict=True))
    covered: set[object] = set()
    found: list[Claim] = []
    sentences = _sentences(claims)
    # a word also written in lower case somewhere ("long") is no name when it opens a sentence ("Long lines formed")
    lower = {w for _, sent, _, _ in sentences for w in re.findall(r"\b[a-z][a-z'\-]+\b", sent)}
    for doc_id, sentence, offset, sent_index in sentences:
        for match in pattern.finditer(sentence):
            name = match.group(0)
            start, end = offset + match.start(), offset + match.end()
            hit = [(s, e, row) for s, e, row in taken[doc_id] if s < end and start < e]
            # a longer name of the cluster over the model's shorter mention is the name written there: "The
            # Bristol Herald-Courier reported" where the model tagged "Bristol" alone, "The Herald Palladium
            # reported" opening a sentence, where the model's "The" is no part of the name
            if any(row is None or not (start <= s and e <= end) or (s, e) == (start, end) for s, e, row in hit):
                continue
            if hit and _title_before_name(name, sentence[match.end() :]):
                continue  # "Berrien County Sheriff Paul Bailey": "Sheriff" is his title, the model's "Berrien County" stays
            opens = not sentence[: match.start()].strip(" \"'\u201c\u2018(-")
            if opens and " " not in name and name.lower() in lower:
                continue
            label = labels[by_key.get(_label_key(name), _joints(name))].most_common(1)[0][0]
            # a place the body is named after keeps its own mention, as in "Bristol police" (entities.mentions_in)
            covered.update(row for _, _, row in hit if label in _PLACE_LABELS or row_labels.get(row, "") not in _PLACE_LABELS)
            taken[doc_id] = [t for t in taken[doc_id] if t not in hit] + [(start, end, None)]
            found.append(
                Claim(
                    kind="entity",
                    text=name,
                    start=start,
                    end=end,
                    sentence=sentence,
                    doc_id=doc_id,
                    entity_type=label,
                    sent_index=sent_index,
                )
            )
    if not found:
        return claims
    added = claims_to_frame(found)
    claims = claims.drop(index=list(covered))
    merged = pd.concat([claims, added[[c for c in claims.columns if c in added.columns]]], ignore_index=True)
    order = {d: n for n, d in enumerate(dict.fromkeys(claims["doc_id"]))}
    merged = merged.assign(_doc=merged["doc_id"].map(order), _pos=merged["start"].astype("Int64"))
    merged = merged.sort_values(["_doc", "_pos"], kind="stable").drop(columns=["_doc", "_pos"])
    return merged.reset_index(drop=True)


_JOINT = r"[ \-]"
# words after a place's name that say what kind of place it is ("Sumatra island", "Unity state")
_PLACE_KINDS = frozenset({"state", "island", "islands", "mountains", "province", "district", "city", "village", "town"})
_PLACE_KINDS = _PLACE_KINDS | {"river", "county", "parish", "township", "regional"}
# the last words of a body's or building's name that news writes in either case
# (three words at least: a name of two is the model's, "Sumatra Island", "Unity State", which stays as it is)
_KIND_WORDS = frozenset({*DESIGNATORS, *INSTITUTIONS} - _PLACE_KINDS - {"saint", "sheriff", "sheriffs"})
_MIN_KIND_NAME = 3


def _word_pattern(word: str, last: bool) -> str:
    """One word of a name as a pattern: the last, when it says what kind of body it is, in either case."""
    if last and word.lower() in _KIND_WORDS and word[:1].isupper():
        return f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
    return re.escape(word)


def _label_key(name: str) -> str:
    """A found name's key among the cluster's names: its words joined by spaces, its last word's case aside."""
    words = _joints(name).split()
    if len(words) >= _MIN_KIND_NAME and words[-1].lower() in _KIND_WORDS:
        return " ".join([*words[:-1], words[-1].lower()])
    return " ".join(words)


_PLACE_LABELS = ("GPE", "LOC")


def _title_before_name(name: str, after: str) -> bool:
    """Whether a name ends in a title that the capital word after it shows to be a person's ("... Sheriff Paul Bailey")."""
    last = name.split()[-1].lower().rstrip(".")
    return last in TITLE_WORDS and bool(re.match(r"\s+[A-Z][a-z]", after))


def _joints(name: str) -> str:
    """A name with its words joined by spaces: "Herald-Palladium" -> "Herald Palladium"."""
    return re.sub(r"(?<=\w)-(?=\w)", " ", name)


def _searchable(name: str) -> bool:
    if not name[:1].isupper() or not any(ch.isalpha() for ch in name):
        return False
    if name.replace(".", "").isupper():
        return len(name.replace(".", "")) >= _MIN_ACRONYM
    return len(name) >= _MIN_NAME


def _sentences(claims: pd.DataFrame) -> list[tuple[str, str, int, int]]:
    """Each (doc, sentence) the claims stand in, with the sentence's offset in its article."""
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    columns = ("doc_id", "sentence", "text", "start", "sent_index")
    for doc, sent, text, start, n in zip(*(claims[c].tolist() for c in columns), strict=True):
        key = (str(doc), str(sent))
        if key in seen or not sent or not text:
            continue
        at = str(sent).find(str(text))
        # only a claim whose words stand once in the sentence pins the sentence's offset
        if at >= 0 and str(sent).count(str(text)) == 1:
            seen[key] = (int(start) - at, int(n) if n == n and n is not None else -1)
    return [(doc, sent, offset, n) for (doc, sent), (offset, n) in seen.items()]


# the last word of a body's name that a lower-case form of it can end in ("the state police", "the medical examiner")
_GENERIC_HEADS = frozenset({*ORG_HEADS, "examiner", "coroner"})
# the last word of a place's name that makes the words before it a place: "Harris County" in "Harris County Medical Examiner"
_PLACE_ENDS = frozenset({"county", "parish", "township", "borough"})
_MIN_GENERIC = 2


def _with_generic_bodies(claims: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Add the lower-case forms of a body's name the cluster names once in full, linked to it.

    News names a body in full once, then by its common words: "Harris County Medical Examiner"
    is then "the medical examiner", "Louisiana State Police" "state police", "National Disaster
    Mitigation Agency" "the national disaster agency". The forms are the name without the
    place it opens with, or without one word inside it, in lower case, ending in the word for
    a body; a form two bodies of the cluster could take ("the police department" beside two
    police departments) is left alone, and so is one after a capital word ("Michigan state
    police" is another state's).

    Returns:
        The claims with the new mentions, and (form, full name) pairs to link.
    """
    import pandas as pd

    ents = claims[claims["kind"] == "entity"]
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in zip(ents["text"].astype(str).tolist(), ents["entity_type"].astype(str).tolist(), strict=True):
        labels[text][label] += 1
    places = {fold(n) for n, c in labels.items() if c.most_common(1)[0][0] in ("GPE", "LOC")}
    sources: dict[str, set[str]] = defaultdict(set)
    for name, c in labels.items():
        if c.most_common(1)[0][0] == "ORG":
            for form in _generic_forms(name, places):
                sources[form].add(name)
    # one body only: its spellings fold alike ("Louisiana State Police", "Louisiana state police")
    forms = {f: min(names) for f, names in sources.items() if len({fold(n) for n in names}) == 1 and f not in labels}
    kinds = dict.fromkeys(forms, "body")
    for more, kind in ((_street_forms(labels), "street"), (_plural_forms(labels), "plural")):
        more = {f: n for f, n in more.items() if f not in forms}
        forms |= more
        kinds |= dict.fromkeys(more, kind)
    if not forms:
        return claims, []
    pattern = re.compile(
        r"(?<![\w\-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w\-])"
    )
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, end in zip(ents["doc_id"].tolist(), ents["start"].tolist(), ents["end"].tolist(), strict=True):
        taken[str(doc)].append((int(start), int(end)))
    found: list[Claim] = []
    for doc_id, sentence, offset, sent_index in _sentences(claims):
        for match in pattern.finditer(sentence):
            start, end = offset + match.start(), offset + match.end()
            kind = kinds[match.group(0)]
            if any(s < end and start < e for s, e in taken[doc_id]) or not _CUES[kind](sentence, match):
                continue
            taken[doc_id].append((start, end))
            found.append(
                Claim(
                    kind="entity",
                    text=match.group(0),
                    start=start,
                    end=end,
                    sentence=sentence,
                    doc_id=doc_id,
                    entity_type="FAC" if kind == "street" else "ORG",
                    sent_index=sent_index,
                )
            )
    if not found:
        return claims, []
    added = claims_to_frame(found)
    merged = pd.concat([claims, added[[c for c in claims.columns if c in added.columns]]], ignore_index=True)
    order = {d: n for n, d in enumerate(dict.fromkeys(claims["doc_id"]))}
    merged = merged.assign(_doc=merged["doc_id"].map(order), _pos=merged["start"].astype("Int64"))
    merged = merged.sort_values(["_doc", "_pos"], kind="stable").drop(columns=["_doc", "_pos"])
    used = {c.text for c in found}
    return merged.reset_index(drop=True), [(f, forms[f]) for f in sorted(used)]


def _body_cue(sentence: str, match: re.Match[str]) -> bool:
    """A lower-case body's form stands alone, not after a capital word: "Michigan state police" is another state's."""
    before = re.sub(r"[^\w\s]", " ", sentence[: match.start()]).split()[-1:]
    return not (before and before[0][:1].isupper() and before[0] != "The")


# a street named without its street word: "13200 Memorial", "the 1200 block of Memorial", "on Memorial at Wycliffe"
_ADDRESS_BEFORE = re.compile(r"(?:\b\d{2,6}|\bblock of)\s+$")
_ON_BEFORE = re.compile(r"\b(?:on|along)\s+$")
_CROSS_AFTER = re.compile(r"^\s+(?:at|and|near)\s+[A-Z]")
_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "pike"})


def _street_cue(sentence: str, match: re.Match[str]) -> bool:
    before, after = sentence[: match.start()], sentence[match.end() :]
    return bool(_ADDRESS_BEFORE.search(before) or (_ON_BEFORE.search(before) and _CROSS_AFTER.match(after)))


def _street_forms(labels: dict[str, Counter[str]]) -> dict[str, str]:
    """A street's name without its street word ("Memorial" for "Memorial Drive"), when one street of the cluster has it.

    The form is taken only where an address or a crossing shows it to be the street
    (:func:`_street_cue`): "Memorial" alone is as often a hospital or a holiday.
    """
    sources: dict[str, set[str]] = defaultdict(set)
    for name, c in labels.items():
        words = name.split()
        if c.most_common(1)[0][0] != "FAC" or len(words) < 2 or words[-1].lower().rstrip(".") not in _STREET_WORDS:
            continue
        core = " ".join(words[:-1])
        if all(w[:1].isupper() and w.isalpha() for w in words[:-1]) and len(core) >= _MIN_NAME:
            sources[core].add(name)
    return {f: min(n) for f, n in sources.items() if len({fold(x) for x in n}) == 1 and f not in labels}


_MIN_PLURAL = 4


def _plural_forms(labels: dict[str, Counter[str]]) -> dict[str, str]:
    """The plural of a one-word body named after its members: "the Marines" for "a former Marine"."""
    out = {}
    for name, c in labels.items():
        body = c.most_common(1)[0][0] == "ORG" and name.isalpha() and name.istitle() and len(name) >= _MIN_PLURAL
        if body and not name.endswith("s"):
            out[name + "s"] = name
    return out


def _plural_cue(sentence: str, match: re.Match[str]) -> bool:
    """The plural names the body only after "the": "joined the Marines", not "two Marines were hurt"."""
    return bool(re.search(r"\bthe\s+$", sentence[: match.start()]))


_CUES = {"body": _body_cue, "street": _street_cue, "plural": _plural_cue}


def _generic_forms(name: str, places: set[str]) -> set[str]:
    """The lower-case forms a body's full name is shortened to, in running text.

    >>> sorted(_generic_forms("Harris County Medical Examiner", set()))
    ['medical examiner']
    >>> sorted(_generic_forms("Louisiana State Police", {"louisiana"}))
    ['state police']
    >>> sorted(_generic_forms("National Disaster Mitigation Agency", set()))
    ['national disaster agency', 'national mitigation agency']
    """
    words = name.split()
    if len(words) <= _MIN_GENERIC or not all(w.isalpha() and w[:1].isupper() for w in words):
        return set()
    if words[-1].lower() not in _GENERIC_HEADS:
        return set()
    out = set()
    # the name without the place it opens with: "Harris County" Medical Examiner, "Louisiana" State Police
    for k in range(1, len(words) - 1):
        lead = words[:k]
        if len(words) - k >= _MIN_GENERIC and (fold(" ".join(lead)) in places or lead[-1].lower() in _PLACE_ENDS):
            out.add(" ".join(words[k:]).lower())
    # the name without one word inside it, three words at least: National Disaster [Mitigation] Agency
    if not out and len(words) > _MIN_GENERIC + 1:
        out |= {" ".join(words[:i] + words[i + 1 :]).lower() for i in range(1, len(words) - 1)}
    return out
