"""One id per person, organisation or place across the articles of a cluster.

Names are compared the way a copy editor would:

- spelling: accents, case, hyphens, "St." and "Saint", "6th" and "Sixth",
  "of" and "the" do not matter; close misspellings ("Bireun"/"Bireuen",
  "Voo Doo"/"Voodoo") are one name (rapidfuzz);
- people: a surname alone or a first name alone goes to the one full name
  that carries it; full names match when surname and first name agree
  (nicknames, transliterations "Khaled"/"Khalid", middle names ignored) or when
  they share two name words ("Sawarmi Khaled Saad"/"Al-Sawarmi Khalid");
  two full names with different first names stay two people;
- bodies and places: an acronym matches the words it abbreviates ("HPD",
  "Houston Police Department"); a name matches its longer form when the extra
  words are designators ("Days Inn Motel", "Yida Refugee Camp", "Austin Police
  Department"), but "Banda Aceh" is not "Aceh" nor "East Baton Rouge" "Baton Rouge".

Every mention of one spelling gets one type (the most common label the model
gave it), so a name the model labels PERSON once and GPE twice is not split.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from factcmp.extract.entities import ALIAS_TO_CANON
from factcmp.extract.names import (
    DESIGNATORS,
    DIRECTIONS,
    INSTITUTIONS,
    STREETS,
    close_pairs,
    fold,
    shared_key_pairs,
    slug,
)
from factcmp.extract.people import Find, Union, assign_types, full_forms, link_people, person_words

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping

_MAX_DESIGNATORS = 2
_MIN_FUZZY_WORD = 6
_MIN_PARTIAL_ACRONYM = 3
_FUZZY_BODY = 90
# a short name two longer ones could fill out goes to the one named this many times as often as the next
_DOMINANT = 2
# the generic head of a government body's name, left out of its usual acronym ("VA", not "DVA")
_GOVERNMENT_HEADS = {"department", "ministry"}


def link_names(
    labels_by_name: dict[str, list[str]],
    counts: Counter[str],
    docs: Mapping[str, Collection[str]] | None = None,
    aliases: Iterable[tuple[str, str]] = (),
) -> dict[str, tuple[str, str, str]]:
    """Give every spelling of a cluster an (entity id, canonical name, type).

    Args:
        labels_by_name: each spelling with the NER labels of its mentions.
        counts: how many mentions each spelling has.
        docs: the articles each spelling stands in, where known (two first names
            no article names together may be one person's).
        aliases: pairs of spellings an article says name one entity, linked last.
    """
    types = assign_types(labels_by_name, counts)
    _bodies_labelled_as_people(types)
    names = sorted(labels_by_name, key=lambda n: (-len(n.split()), -counts[n], n))
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # the root is the fuller, more used spelling
            keep, drop = sorted((ra, rb), key=lambda n: (-len(n.split()), -counts[n], n))
            parent[drop] = keep

    by_fold: dict[str, str] = {}
    for n in names:
        key = ALIAS_TO_CANON.get(n.lower(), "") or fold(n)
        if key in by_fold:
            union(by_fold[key], n)
        else:
            by_fold[key] = n
    people = [n for n in names if types[n] == "person"]
    link_people(people, counts, find, union, docs)
    _link_first_surnames(people, find, union)
    for kind in ("organisation", "place"):
        group = [n for n in names if types[n] == kind]
        _link_bodies(group, kind, find, union)
    _link_across_types(names, types, find, union)
    _link_insertions(names, types, counts, find, union)
    _link_nicknames(names, types, find, union)
    _link_national_forces(names, types, find, union)
    _link_acronyms(names, types, find, union)
    _link_short_bodies(names, types, counts, find, union)
    for old, new in aliases:
        if old in parent and new in parent:
            union(old, new)
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[find(n)].append(n)
    out = {}
    for root, group in members.items():
        # the canonical name is the full name used most: "Nicholas Tullier", not a one-off "Nick Tullier Strong";
        # a name as written, not its lower-case form ("Berrien County Trial Court", not "trial court")
        best = max(group, key=lambda n: (n != n.lower(), _titled(n), len(n.split()) > 1, counts[n], len(n.split()), n))
        canon = ALIAS_TO_CANON.get(best.lower(), best)
        kind = types[root]
        for n in group:
            out[n] = (f"{kind[:3]}:{slug(canon)}", canon, kind)
    return out


# small words a name keeps in lower case ("Bureau of Investigation", "Place de la Concorde")
_NAME_PARTICLES = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "da", "van", "von", "der", "bin", "on", "in", "at"}


def _titled(name: str) -> bool:
    """Whether a name is written as a name, every word capitalised: "Austin Police Department", not "Austin police"."""
    return not any(w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in name.split())


# -- organisations and places -----------------------------------------------


def _core(words: list[str]) -> list[str]:
    """A name without its last designators ("yida refugee camp" -> "yida"); two at most."""
    out = list(words)
    while len(out) > 1 and out[-1] in DESIGNATORS and len(words) - len(out) < _MAX_DESIGNATORS:
        out.pop()
    return out


def _same_body(a: list[str], b: list[str], kind: str) -> bool:
    ca, cb = _core(a), _core(b)
    if ca == cb:
        return True
    short, long_ = sorted((ca, cb), key=len)
    extra = long_[len(short) :]
    if len(short) >= 2 and long_[: len(short)] == short and len(extra) <= 2 and not set(extra) & INSTITUTIONS:
        # "Grambling State" / "Grambling State Tigers"; not "Houston" / "Houston Police", "Bristol" / "Bristol View"
        return not (kind == "place" and set(extra) & DIRECTIONS)
    if long_[len(long_) - len(short) :] == short:
        lead = long_[: len(long_) - len(short)]
        if a[-1] in STREETS and b[-1] in STREETS and set(lead) <= DIRECTIONS:
            return True  # "East Sixth Street" / "Sixth Street" (their cores are "east 6th" and "6th")
        # "State Police" / "Louisiana State Police", never "Aceh" / "Banda Aceh"
        return kind == "organisation" and len(short) >= 2 and len(lead) == 1 and lead[0] not in DIRECTIONS
    sa, sb = "".join(ca), "".join(cb)
    if sa == sb:
        return True  # "Voo Doo Doughnuts" / "Voodoo Doughnuts"
    if min(len(sa), len(sb)) < 5 or sa[0] != sb[0] or abs(len(sa) - len(sb)) > 2:
        return False
    # "Baghdad" and "Baghdadi" are a city and a man, not two spellings
    if sa.startswith(sb) or sb.startswith(sa):
        return False
    return fuzz.ratio(sa, sb) >= _FUZZY_BODY


def _link_bodies(group: list[str], kind: str, find: Find, union: Union) -> None:
    """Join spellings of one body or place, comparing only names that could match."""
    words = [fold(n).split() for n in group]
    if kind == "place":
        # "Unity State" and "Unity" ("South Sudan's Unity state") are one state; as a body's name
        # "State" says more ("Louisiana State Police", "Grambling State")
        words = [w[:-1] if len(w) > 1 and w[-1] == "state" else w for w in words]
    cores = [_core(w) for w in words]
    # equal cores, the same first two or last two core words (longer forms), or close spellings
    candidates = shared_key_pairs(
        [("core", *c), ("head", *c[:2]), ("tail", *c[-2:]), *_street_key(w)] if c else []
        for c, w in zip(cores, words, strict=True)
    )
    candidates |= set(close_pairs(["".join(c) for c in cores], _FUZZY_BODY))
    for i, j in sorted(candidates):
        a, b = group[i], group[j]
        if words[i] and words[j] and find(a) != find(b) and _same_body(words[i], words[j], kind):
            union(b, a)


def _street_key(words: list[str]) -> list[tuple[str, ...]]:
    """A street's name without the compass word before it: "East Sixth Street" is looked at beside "Sixth Street"."""
    if len(words) < 2 or words[-1] not in STREETS:
        return []
    lead = 0
    while lead < len(words) - 1 and words[lead] in DIRECTIONS:
        lead += 1
    return [("street", *words[lead:])]


def _link_across_types(names: list[str], types: dict[str, str], find: Find, union: Union) -> None:
    """Join what the model typed differently: "Yida" (place) and "Yida Refugee Camp" (organisation), "Bireun"/"Bireuen"."""
    bodies = [n for n in names if types[n] in ("organisation", "place")]
    by_core: dict[tuple[str, ...], str] = {}
    for n in bodies:
        key = tuple(_core(_singular_last(fold(n).split())))
        if key in by_core:
            union(by_core[key], n)
        elif key:
            by_core[key] = n
    # two surnames a letter apart may be two people ("Johnson", "Johnston"); two place names rarely are,
    # and a lone word the model calls a person with no full name to go to is often a place ("Bireuen")
    full = {fold(n).split()[-1] for n in names if types[n] == "person" and len(fold(n).split()) > 1}
    orphans = [n for n in names if types[n] == "person" and len(fold(n).split()) == 1 and fold(n) not in full]
    singles = [n for n in bodies + orphans if len(fold(n).split()) == 1 and len(fold(n)) >= _MIN_FUZZY_WORD]
    folded = [fold(n) for n in singles]
    for i, j in close_pairs(folded, _FUZZY_BODY):
        fa, fb = folded[i], folded[j]
        if not (fa.startswith(fb) or fb.startswith(fa)):
            union(singles[j], singles[i])
    _link_vowel_spellings([n for n in singles if types[n] != "person"], union)


_VOWELS = "aeiouy"


def _link_vowel_spellings(singles: list[str], union: Union) -> None:
    """Join one-word places and bodies written with one vowel changed: "Talodi" / "Taludi".

    Names transliterated from Arabic and other scripts are spelled with different vowels
    (Talodi, Taludi; Kadugli, Kadogli) more than with different consonants; a one-word
    name of six letters or more with the same consonants in the same places and one vowel
    for another is the same name. People are left out: "Rashid" and "Rashad" are two men.
    """
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for n in singles:
        word = fold(n)
        if len(word) >= _MIN_FUZZY_WORD and word.isalpha():
            by_skeleton[re.sub(f"[{_VOWELS}]", "_", word)].append(n)
    for group in by_skeleton.values():
        for a in group[1:]:
            differ = sum(x != y for x, y in zip(fold(group[0]), fold(a), strict=True))
            if differ == 1:
                union(group[0], a)


def _singular_last(words: list[str]) -> list[str]:
    """A body's name in the plural is a slip, not another body: "Southern Universities" is "Southern University"."""
    if len(words) < 2:
        return words  # "Houstons" may be a family, not the city
    last = words[-1]
    if len(last) > 4 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return [*words[:-1], last]


def _link_insertions(names: list[str], types: dict[str, str], counts: Counter[str], find: Find, union: Union) -> None:
    """Join a body's name and the same name with one qualifier inside it.

    "Bristol Police Department" / "Bristol Tennessee Police Department", "Carlton Hotel" /
    "Carlton Intercontinental Hotel": same first and last words, one word more in the middle,
    and that word no direction ("North"), body ("Police") or designator ("Hotel") that would
    make another body of it. A short name two longer ones could fill out goes to the one
    named at least twice as often as any other, as a bare surname goes to the person named
    most, and is otherwise left alone.
    """
    mentions: Counter[str] = Counter()
    for n in names:
        mentions[find(n)] += counts[n]
    by_ends: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    spelled: dict[tuple[str, ...], str] = {}
    for n in names:
        if types[n] == "person":
            continue
        words = fold(n).split()
        if len(words) >= 2:
            by_ends[(words[0], words[-1])].append(words)
            spelled.setdefault(tuple(words), n)
    for group in by_ends.values():
        if len(group) < 2:
            continue
        forms = {tuple(w) for w in group}
        longer_of: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for longer in forms:
            for k in range(1, len(longer) - 1):
                shorter = longer[:k] + longer[k + 1 :]
                if shorter in forms and longer[k] not in DIRECTIONS | INSTITUTIONS | DESIGNATORS:
                    longer_of[shorter].add(longer)
        for shorter, longers in longer_of.items():
            # "Bristol Police Department" beside both "Bristol Tennessee ..." and "Bristol Virginia ...": the
            # department the cluster is about (named in four articles), not the one assisting it (in two)
            ranked = sorted((spelled[w] for w in longers), key=lambda n: (-mentions[find(n)], n))
            if len(ranked) == 1 or mentions[find(ranked[0])] >= _DOMINANT * mentions[find(ranked[1])]:
                union(ranked[0], spelled[shorter])


def _link_nicknames(names: list[str], types: dict[str, str], find: Find, union: Union) -> None:
    """Join a body's or place's name and the same name with a given name shortened: "St. Joe" / "St. Joseph".

    Places and bodies named after people ("Saint Joseph", "Bill Graham Civic Auditorium")
    are shortened the way the people are; every other word must be the same.
    """
    by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
    plain: dict[tuple[str, ...], str] = {}
    for n in names:
        words = tuple(fold(n).split())
        if types[n] == "person" or len(words) < 2:
            continue
        plain.setdefault(words, n)
        for i, w in enumerate(words):
            for full in full_forms(w):
                by_key[(*words[:i], full, *words[i + 1 :])].append(n)
    for key, short in by_key.items():
        long_ = plain.get(key)
        if long_ is not None and len({find(n) for n in short}) == 1:
            union(long_, short[0])


def _link_national_forces(names: list[str], types: dict[str, str], find: Find, union: Union) -> None:
    """Join the names of one country's military: "Sudanese Army", "Sudan Armed Forces", "Sudan's armed forces".

    The country is a place of the cluster, written as its name or as an adjective made
    from it ("Sudanese", "Iraqi", "Syrian"); an adjective two places of the cluster could
    come from ("Nigerian": Niger or Nigeria) names none.
    """
    places = {fold(n) for n in names if types[n] == "place"}
    by_country: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if types[n] == "person":
            continue
        words = fold(n).split()
        head = 2 if words[-2:] in (["armed", "forces"], ["defence", "forces"], ["defense", "forces"]) else 0
        head = head or (1 if words and words[-1] in ("army", "military") else 0)
        country = _country_of(words[:-head], places) if head else ""
        if country:
            by_country[country].append(n)
    for group in by_country.values():
        for n in group[1:]:
            union(group[0], n)


_DEMONYM_ENDINGS = ("ese", "ian", "an", "i", "n")
_MIN_STEM = 4


def _country_of(words: list[str], places: set[str]) -> str:
    """The place of the cluster a country's name or adjective stands for ("sudanese" -> "sudan"), or ""."""
    if not words:
        return ""
    name = " ".join(words)
    for form in (name, name[:-1] if name.endswith("s") else ""):  # "sudans armed forces": "Sudan's"
        if form in places:
            return form
    last, lead = words[-1], words[:-1]
    found = set()
    for ending in _DEMONYM_ENDINGS:
        stem = last[: -len(ending)] if last.endswith(ending) else ""
        if len(stem) < _MIN_STEM:
            continue
        found |= {
            p for p in places if p.split()[:-1] == lead and p.split()[-1].startswith(stem) and len(p.split()[-1]) - len(stem) <= 2
        }
    return found.pop() if len(found) == 1 else ""


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


def _headless_initials(words: list[str]) -> str:
    """The initials of a department's name without "Department of": "VA" for the Department of Veterans Affairs."""
    return _initials(words[1:]) if len(words) > 2 and words[0] in _GOVERNMENT_HEADS else ""


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether an acronym abbreviates words: "HPD" and "houston police department", "UMC X" and "university medical center x"."""
    parts = acronym.lower().split()
    if len(parts) == 1:
        # "APD" for "Austin Police", the Department understood; "EMS" for "... Emergency Medical Services"
        acr = parts[0]
        ends = len(acr) >= _MIN_PARTIAL_ACRONYM and acr in (_initials(words[: len(acr)]), _initials(words[-len(acr) :]))
        return acr in (_initials(words), _initials(words) + "d", _headless_initials(words)) or ends
    head, n = parts[0], len(parts[0])
    if _initials(words[:n]) == head and _core(words[n:]) == _core(parts[1:]):
        return True
    # "Austin-Travis County EMS" for "Austin-Travis County Emergency Medical Services"
    k = len(parts) - 1
    return words[:k] == parts[:k] and _initials(words[k:]) == parts[-1]


def _link_acronyms(names: list[str], types: dict[str, str], find: Find, union: Union) -> None:
    bodies = [n for n in names if types[n] != "person" and len(fold(n).split()) > 1]
    # long forms by the initials they could be abbreviated to, and by their words
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)
    for n in bodies:
        words = fold(n).split()
        keys = {_initials(words), _initials(words) + "d", _headless_initials(words)} - {""}
        keys |= {_initials(words[:k]) for k in range(_MIN_PARTIAL_ACRONYM, len(words))}
        keys |= {_initials(words[-k:]) for k in range(_MIN_PARTIAL_ACRONYM, len(words))}
        for key in keys:
            by_initials[key].add(n)
        for w in words:
            by_word[w].add(n)
    for acr in names:
        if types[acr] == "person" or not any(re.fullmatch(r"[A-Z]{2,6}", w.replace(".", "")) for w in acr.split()):
            continue
        form = " ".join(w.replace(".", "") if w.replace(".", "").isupper() else fold(w) for w in acr.split())
        parts = form.lower().split()
        pool = by_initials.get(parts[0], set()) if len(parts) == 1 else set().union(*(by_word.get(w, set()) for w in parts))
        hits = {
            find(n) for n in pool if n != acr and len(fold(n).split()) > len(acr.split()) and _acronym_of(form, fold(n).split())
        }
        hits.discard(find(acr))
        if len(hits) == 1:  # "AP" is the Associated Press only if nothing else in the cluster spells A. P.
            union(hits.pop(), acr)


def cluster_ids(
    mentions: Iterable[tuple[str, str]] | Iterable[tuple[str, str, str]],
    aliases: Iterable[tuple[str, str]] = (),
) -> dict[str, tuple[str, str, str]]:
    """Link (name, NER label) or (name, NER label, doc id) mentions of one cluster: name -> (entity id, canonical name, type).

    ``aliases`` are pairs of names an article says are one entity's ("changing his
    name from Gavin Eugene Long to Cosmo Setepenra"): they get one id.
    """
    labels: dict[str, list[str]] = defaultdict(list)
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    for name, label, *doc in mentions:
        labels[name].append(label)
        counts[name] += 1
        docs[name].update(doc)
    return link_names(labels, counts, docs if any(docs.values()) else None, aliases)


# -- short forms -------------------------------------------------------------


def _bodies_labelled_as_people(types: dict[str, str]) -> None:
    """A lone word the model calls a person is a body's short name when a body's name opens with it and no person bears it.

    "Tessaro Foods" once, then "Tessaro" throughout, which the model takes for a
    surname; with no "X Tessaro" among the cluster's people and a body named
    "Tessaro ...", it is the body ("Kyodo news agency" / "Kyodo").
    """
    person_words_used = {w for n, k in types.items() if k == "person" for w in person_words(n) if len(person_words(n)) > 1}
    places = {fold(n) for n, k in types.items() if k == "place"}
    # "Berrien County Trial Court" opens with its county, "Lafayette Police Department" with its town: no short names
    openers = {fold(n).split()[0] for n, k in types.items() if k == "organisation" and _longer_body(n, places, person_words_used)}
    for name, kind in list(types.items()):
        words = fold(name).split()
        if kind == "person" and len(words) == 1 and words[0] in openers and words[0] not in person_words_used:
            types[name] = "organisation"


_MIN_PATERNAL = 3


def _link_first_surnames(people: list[str], find: Find, union: Union) -> None:
    """Give a surname alone to the one full name that carries it as the first of two surnames.

    Spanish and Portuguese names carry the father's surname, then the mother's:
    "Jorge Medina Salazar" is then "Medina", not "Salazar". A word that is
    some full name's first name or last word is left to the usual rules.
    """
    full = [n for n in people if len(person_words(n)) > 1]
    firsts = {person_words(n)[0] for n in full}
    lasts = {person_words(n)[-1] for n in full}
    by_paternal: dict[str, set[str]] = defaultdict(set)
    for n in full:
        words = person_words(n)
        if len(words) >= _MIN_PATERNAL:
            by_paternal[words[-2]].add(n)
    for single in people:
        words = person_words(single)
        if len(words) != 1 or len(person_words(find(single))) > 1 or len(words[0]) < _MIN_PATERNAL:
            continue
        if words[0] in firsts | lasts:
            continue
        roots = {find(n) for n in by_paternal.get(words[0], ())}
        if len(roots) == 1:
            union(roots.pop(), single)


# lower-case words after a body's name that say what it is, not which one: "Kyodo news agency", "the Sinaloa cartel"
_DESCRIPTIONS = frozenset(
    {"news", "agency", "group", "company", "firm", "newspaper", "daily", "broadcaster", "network", "cartel", "gang"}
    | {"state", "official", "militia", "television", "radio", "channel", "website", "magazine"}
)


def _longer_body(name: str, places: set[str], people: set[str]) -> bool:
    """Whether a body's name of two words or more can be written as its first word alone.

    "Halvorsen Marine ASA", "Tessaro Foods", "Kyodo news agency" (a description in lower
    case); not "Houston Police Department" (another body), "Halvorsen Norway" (the firm's
    unit in a place of the cluster), "East Texas Medical Center", "Army Achievement Medal",
    "CNN Long" (the model ran the network into the surname after it: "told CNN Long was ...").
    """
    words = fold(name).split()
    extra = words[1:]
    if not extra or any(w in places or w in people for w in extra) or " ".join(extra) in places:
        return False
    if words[0] in INSTITUTIONS | DESIGNATORS:
        return False  # "Army" alone is the army, not the "Army Achievement Medal"
    spelled = name.split()[1:]
    if spelled and all(w.islower() for w in spelled):
        return set(extra) <= _DESCRIPTIONS
    return not set(extra) & (INSTITUTIONS | DIRECTIONS) and words[0] not in DIRECTIONS


def _link_short_bodies(names: list[str], types: dict[str, str], counts: Counter[str], find: Find, union: Union) -> None:
    """Give a body's first word used alone to its full name: "Halvorsen" to "Halvorsen Marine".

    A company or agency is named in full once ("Halvorsen Marine agreed to buy ..."), then
    by its first word ("Halvorsen said ..."), as a person by the surname. Where two bodies
    of the cluster open with the word, it goes to the one named at least twice as often.
    """
    places = {fold(n) for n in names if types[n] == "place"}
    people = {w for n in names if types[n] == "person" for w in person_words(n)}
    mentions: Counter[str] = Counter()
    for n in names:
        mentions[find(n)] += counts[n]
    by_opener: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if types[n] == "organisation" and len(fold(n).split()) > 1 and _longer_body(n, places, people):
            by_opener[fold(n).split()[0]].add(find(n))
    for short in names:
        words = fold(short).split()
        if types[short] != "organisation" or len(words) != 1 or len(fold(find(short)).split()) > 1:
            continue
        ranked = sorted(by_opener.get(words[0], set()) - {find(short)}, key=lambda r: (-mentions[r], r))
        if ranked and (len(ranked) == 1 or mentions[ranked[0]] >= _DOMINANT * mentions[ranked[1]]):
            union(ranked[0], short)
