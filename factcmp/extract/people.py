"""What kind of thing each name of a cluster is, and which names are one person.

The small model's labels are noisy ("Teqnika Marie Moultrie" as an
organisation, "Banda Aceh" as a person), so a name's type is decided once for
the whole cluster from all its mentions and from the other names around it,
before names are linked.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from factcmp.extract.entities import ALIAS_LABELS, ALIAS_TO_CANON, ENTITY_LABELS, TITLE_WORDS
from factcmp.extract.names import DESIGNATORS, INSTITUTIONS, close_pairs, fold, shared_key_pairs

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_NICKNAMES = {
    *(("joe", "joseph"), ("bob", "robert"), ("bill", "william"), ("mike", "michael"), ("jim", "james")),
    *(("jimmy", "james"), ("tom", "thomas"), ("dan", "daniel"), ("dave", "david"), ("debbie", "deborah")),
    *(("kate", "katherine"), ("liz", "elizabeth"), ("chris", "christopher"), ("matt", "matthew")),
    *(("tony", "anthony"), ("steve", "steven"), ("steve", "stephen"), ("ed", "edward"), ("ted", "edward")),
    *(("betty", "elizabeth"), ("peggy", "margaret"), ("dick", "richard"), ("rick", "richard"), ("bobby", "robert")),
    *(("nick", "nicholas"), ("nick", "nicolas"), ("will", "william"), ("rob", "robert"), ("alex", "alexander")),
    *(("sam", "samuel"), ("ben", "benjamin"), ("andy", "andrew"), ("pat", "patrick"), ("larry", "lawrence")),
}
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_FUZZY_NAME = 85
_FUZZY_FIRST = 80
# a one-word name the model calls a place is a person's name only if it is not far more often a place
_SURNAME_RATIO = 3
# ... or if the model calls it a person at least this often
_PERSON_SHARE = 1 / 3
_ORDER = ("person", "place", "organisation")

Find = Callable[[str], str]
Union = Callable[[str, str], None]


@lru_cache(maxsize=65536)
def person_words(name: str) -> tuple[str, ...]:
    """The words of a person's name, without titles and suffixes ("Gov. John Bel Edwards Jr." -> john bel edwards)."""
    return tuple(_person_words(name))


def _person_words(name: str) -> list[str]:
    words = [w for w in fold(name).split() if w not in _SUFFIXES]
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1] in TITLE_WORDS:
        words.pop()
    # "al-Abdullah" and "Abdullah", "el-Sisi" and "Sisi" are one surname
    return [re.sub(r"^(?:al|el)(?=[a-z]{4,})", "", w) for w in words if w not in ("al", "el")] or words


def assign_types(labels_by_name: dict[str, list[str]], counts: Counter[str]) -> dict[str, str]:
    """One type per spelling ("person", "organisation", "place" or "other"), the same for names that fold alike."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, labels in labels_by_name.items():
        for label in labels:
            kind = ENTITY_LABELS.get(label, "")
            if kind:
                votes[fold(name)][kind] += 1
    types = {n: _vote(n, votes[fold(n)]) for n in labels_by_name}
    _places_named_like_people(types, counts, votes)
    _people_labelled_as_bodies(types, counts, votes)
    _streets_labelled_as_people(types)
    return types


def _vote(name: str, votes: Counter[str]) -> str:
    canon = ALIAS_TO_CANON.get(name.lower())
    if canon is not None:
        return ENTITY_LABELS[ALIAS_LABELS[canon]]
    words = fold(name).split()
    if not person_like(name, words):
        votes = Counter({k: v for k, v in votes.items() if k != "person"}) or Counter({"organisation": 1})
    if not votes:
        return "other"
    if 2 * votes["person"] < sum(votes.values()):
        # not a person unless most mentions say so: "Bireun" as PERSON 3, ORG 2, GPE 2 is a place
        votes = Counter({k: v for k, v in votes.items() if k != "person"}) or votes
    return max(votes, key=lambda k: (votes[k], -_ORDER.index(k)))


def person_like(name: str, words: list[str]) -> bool:
    """Whether a name can be a person's: not "Austin Police", "Iberville Street", "UMC Brackenridge"."""
    if not words or words[-1] in INSTITUTIONS or words[-1] in DESIGNATORS:
        return False
    return not any(len(w) >= 2 and w.isupper() and w.isalpha() and not _ROMAN.match(w) for w in name.split())


def _places_named_like_people(types: dict[str, str], counts: Counter[str], votes: dict[str, Counter[str]]) -> None:
    """A "Banda Aceh" the model mostly calls a person is a place when "Aceh" is a place mentioned more often."""
    singles = {fold(n): (types[n], counts[n]) for n in types if len(fold(n).split()) == 1}
    for name, kind in list(types.items()):
        words = fold(name).split()
        if kind != "person" or len(words) < 2:
            continue
        last_kind, last_count = singles.get(words[-1], ("", 0))
        doubted = 3 * (sum(votes[fold(name)].values()) - votes[fold(name)]["person"]) >= sum(votes[fold(name)].values())
        if last_kind == "place" and last_count > counts[name] and doubted:
            types[name] = last_kind


def _people_labelled_as_bodies(types: dict[str, str], counts: Counter[str], votes: dict[str, Counter[str]]) -> None:
    """Names of the cluster's people the model took for bodies or places become people again."""
    index = FullNames([n for n, k in types.items() if k == "person" and len(person_words(n)) > 1])
    weight: Counter[str] = Counter()
    for n, k in types.items():
        if k == "person":
            for w in person_words(n):
                weight[w] += counts[n]
    for name, kind in list(types.items()):
        if kind not in ("organisation", "place") or not person_like(name, fold(name).split()):
            continue
        words = person_words(name)
        if len(words) > 1:
            # "Teqnika Marie Moultrie" (ORG) next to "Teqnika Moultrie" (PERSON)
            if any(same_person(words, person_words(f)) for f in index.by_surname(words[-1])):
                types[name] = "person"
            continue
        word = words[0] if words else ""
        if len(word) < 3:
            continue
        named = [person_words(f) for f in index.by_surname(word) + index.by_first(word)]
        if not named:
            continue
        # "Abadi" or "Debbie" the model took for a place; never "Aceh", a place far more often than a name
        share = votes[fold(name)]["person"] / max(1, sum(votes[fold(name)].values()))
        if counts[name] <= _SURNAME_RATIO * max(weight[f[-1]] for f in named) or share >= _PERSON_SHARE:
            types[name] = "person"


def _streets_labelled_as_people(types: dict[str, str]) -> None:
    """A lone "Iberville" the model calls a person, beside "Iberville Street" and no Iberville person, is the street."""
    full = {person_words(n)[-1] for n, k in types.items() if k == "person" and len(person_words(n)) > 1}
    firsts = {person_words(n)[0] for n, k in types.items() if k == "person" and len(person_words(n)) > 1}
    bodies = {}
    for n, k in types.items():
        words = fold(n).split()
        if k in ("place", "organisation") and len(words) == 2 and words[1] in DESIGNATORS:
            bodies[words[0]] = k
    for name, kind in list(types.items()):
        words = fold(name).split()
        if kind == "person" and len(words) == 1 and words[0] in bodies and words[0] not in full | firsts:
            types[name] = bodies[words[0]]


def full_forms(word: str) -> set[str]:
    """The given names a nickname is short for ("joe" -> {"joseph"}); empty for a word that is none."""
    return {full for short, full in _NICKNAMES if short == word}


def first_names_agree(a: str, b: str) -> bool:
    """Whether two first names can be one person's: same, nickname, initial, or close spelling."""
    if a == b or (a, b) in _NICKNAMES or (b, a) in _NICKNAMES:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True  # "Ron" and "Ronald", "Nick" and "Nicholas"
    return a[0] == b[0] and fuzz.ratio(a, b) >= _FUZZY_FIRST


def surname_matches(word: str, surname: str) -> bool:
    """Whether a word is a (mis)spelling of a surname: "Atterberrry" and "Atterberry"."""
    return bool(word) and word[0] == surname[0] and fuzz.ratio(word, surname) >= _FUZZY_NAME


def same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two full names (as :func:`person_words`) name one person."""
    if len(a) < 2 or len(b) < 2:
        return False
    if surname_matches(a[-1], b[-1]):
        return first_names_agree(a[0], b[0])
    # transliterations: "Sawarmi Khaled Saad" and "Al-Sawarmi Khalid" share two name words
    shared = sum(1 for w in a if len(w) > 2 and any(v[0] == w[0] and fuzz.ratio(w, v) >= _FUZZY_FIRST for v in b))
    return shared >= 2


class FullNames:
    """The full names (two words or more) of a cluster's people, looked up by surname and first name."""

    def __init__(self, names: list[str]) -> None:
        """Index the names by their surname and by the first letter of their first name."""
        self.names = names
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_initial: dict[str, list[str]] = defaultdict(list)
        for n in names:
            words = person_words(n)
            self._by_surname[words[-1]].append(n)
            if len(words[0]) > 1:
                self._by_initial[words[0][0]].append(n)
        self._surnames = list(self._by_surname)

    def by_surname(self, word: str) -> list[str]:
        """Full names whose surname is ``word`` or a misspelling of it."""
        if not word:
            return []
        hits = process.extract(word, self._surnames, scorer=fuzz.ratio, score_cutoff=_FUZZY_NAME, limit=None)
        return [n for surname, _, _ in hits if surname[0] == word[0] for n in self._by_surname[surname]]

    def by_first(self, word: str) -> list[str]:
        """Full names whose first name ``word`` can be (never against an initial)."""
        if not word:
            return []
        return [n for n in self._by_initial.get(word[0], []) if first_names_agree(word, person_words(n)[0])]

    def pairs(self) -> list[tuple[str, str]]:
        """Pairs (later, earlier) of full names worth comparing, in order: close surnames, or a word in common."""
        found = shared_key_pairs([w for w in person_words(n) if len(w) > 2] for n in self.names)
        pos = {n: k for k, n in enumerate(self.names)}
        close = [(self._surnames[i], self._surnames[j]) for i, j in close_pairs(self._surnames, _FUZZY_NAME)]
        close += [(s, s) for s in self._surnames]
        for sa, sb in close:
            for a in self._by_surname[sa]:
                for b in self._by_surname[sb]:
                    if a != b:
                        found.add((max(pos[a], pos[b]), min(pos[a], pos[b])))
        return [(self.names[i], self.names[j]) for i, j in sorted(found)]


def _disputed_first_names(full_names: list[str], docs: Mapping[str, Collection[str]], find: Find, union: Union) -> None:
    """Two people of one surname that no article names together are one person whose first name is disputed.

    Outlets misreport first names ("Travon Manuel" in two articles, "Kavon Manuel", 20,
    in two others; "Byron Wilson" and "John Wilson", the Good Samaritan first taken
    for a second shooter): a fact-checker wants one person there, with the first
    name as a disagreement. Relatives of one surname ("Teqnika" and her brother
    "Ricky Moultrie") stand together in some article, and stay apart; so do three
    or more people of one surname.
    """
    roots_by_surname: dict[str, set[str]] = defaultdict(set)
    seen_in: dict[str, set[str]] = defaultdict(set)
    for n in full_names:
        root = find(n)
        roots_by_surname[person_words(n)[-1]].add(root)
        seen_in[root].update(docs.get(n, ()))
    for roots in roots_by_surname.values():
        if len(roots) != 2:  # two readings of one name; three are a family
            continue
        a, b = sorted(roots)
        if seen_in[a] and seen_in[b] and not seen_in[a] & seen_in[b]:
            union(a, b)


def link_people(
    people: list[str],
    counts: Counter[str],
    find: Find,
    union: Union,
    docs: Mapping[str, Collection[str]] | None = None,
) -> None:
    """Join full names of one person, then give surnames and first names alone to their full name.

    ``docs`` (name -> the articles it stands in), when given, lets two first names
    of one surname that no article names together be one person (see
    :func:`_disputed_first_names`).
    """
    index = FullNames([n for n in people if len(person_words(n)) > 1])
    firsts: dict[str, set[str]] = {n: {person_words(n)[0]} for n in index.names}
    for a, b in index.pairs():
        ra, rb = find(a), find(b)
        if ra == rb or not same_person(person_words(a), person_words(b)):
            continue
        # never make one person of two first names ("Teqnika" and "Ricky" Moultrie)
        if any(not first_names_agree(x, y) for x in firsts[ra] for y in firsts[rb]):
            continue
        union(b, a)
        firsts[find(a)] = firsts[ra] | firsts[rb]
    if docs:
        _disputed_first_names(index.names, docs, find, union)
    mentions: Counter[str] = Counter()
    for n in people:
        mentions[find(n)] += counts[n]
    for single in (n for n in people if len(person_words(n)) == 1):
        word = person_words(single)[0]
        by_surname = {find(f) for f in index.by_surname(word)}
        # a first name alone: "Nicolas" for "Nicolas Latiolais"
        by_first = {find(f) for f in index.by_first(word)}
        for candidates in (by_surname, by_first):
            if not candidates:
                continue
            ranked = sorted(candidates, key=lambda r: -mentions[r])
            # "Moultrie" is the victim named throughout, not her brother named once
            if len(ranked) == 1 or mentions[ranked[0]] >= 2 * mentions[ranked[1]]:
                union(ranked[0], single)
            break
