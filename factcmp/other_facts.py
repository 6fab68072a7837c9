"""Date, entity and role facts across sources, and who each source credits (quantities are in :mod:`factcmp.reconcile`).

- Dates are grouped by day, statements apart from happenings ("police said on
  Monday" is not the day of the shooting). Two sources that put the same
  happening to the same person on different days ("arrested McCray on
  Tuesday" / "on Aug. 3") are one fact in conflict.
- Entities are grouped by entity id; a mention that carries a role
  ("Tarik al-Abdullah, secretary-general of the Al Anbar council") is a role
  fact of its own, compared across sources (:func:`role_facts`).
- :func:`attribution_findings` lists the figures that different outlets credit
  to different sources.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING

from factcmp.extract.entities import TITLE_WORDS
from factcmp.extract.lexicon import EVENT_WORDS
from factcmp.extract.names import fold
from factcmp.extract.speakers import PERSON_HEADS, VERBS
from factcmp.linkage import flag

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["attribution_findings", "group_other_kinds", "role_facts"]

# predicates that make a date the day of a statement, not of what happened
_STATEMENT_WORDS = VERBS | {"denied", "condemned", "defended", "stated", "briefing", "conference", "statement"}
# the same happening to the same person reported this many days apart is a disagreement, not two events
_CONFLICT_DAYS = 3
# words of a credit that do not tell two sources apart
_CREDIT_STOP = {
    *("a", "an", "the", "of", "for", "to", "in", "on", "and", "said", "says", "by", "from", "at", "his", "her"),
    *("its", "their", "who", "which", "that", "spokesman", "spokeswoman", "spokesperson", "official", "officials"),
    *("source", "sources", "local", "told", "according"),
}
_PREPOSITIONS = {"of", "for", "in", "at", "on", "with", "from", "who", "which", "that", "to"}
# words that say what someone is: titles and occupations
_ROLE_HEADS = (
    TITLE_WORDS
    | PERSON_HEADS
    | {
        *("driver", "artist", "carrier", "clerk", "owner", "manager", "teacher", "veteran", "reservist", "student"),
        *("bailiff", "guard", "nurse", "pilot", "farmer", "pastor", "lawyer", "judge", "marine", "soldier", "inmate"),
        *("superintendent", "founder", "cofounder", "chairman", "chairwoman", "ceo", "head", "editor", "professor"),
    }
)


def group_other_kinds(claims: pd.DataFrame, documents: pd.DataFrame, start: int) -> tuple[list[int], list[str]]:
    """Group date, entity and role claims into facts and judge each across sources.

    Returns:
        (group number per claim row or -1, status per row), numbering groups from ``start``.
    """
    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    records = claims.to_dict("records")
    keyed: dict[tuple[str, ...], list[int]] = defaultdict(list)
    conflicted = _date_conflicts(records)
    for n, row in enumerate(records):
        if n in conflicted:
            keyed[("date-conflict", conflicted[n])].append(n)
        elif row["kind"] == "date" and row.get("date"):
            # a live-blog entry about another story dates that story, not this one (factcmp.topics)
            other = ("off-topic",) if flag(row.get("off_topic")) else ()
            keyed[("date", str(row["date"]), _date_class(row), *other)].append(n)
        elif row["kind"] == "entity" and row.get("entity_id"):
            kind = "role" if row.get("role") else "entity"
            keyed[(kind, str(row["entity_id"]))].append(n)
    group_of = [-1] * len(records)
    status_of = [""] * len(records)
    gid = start
    for key, rows in sorted(keyed.items(), key=lambda kv: kv[1][0]):
        sources = {src.get(str(records[r]["doc_id"]), records[r]["doc_id"]) for r in rows}
        if key[0] == "date-conflict":
            status = "conflict"
        elif key[0] == "role":
            status = _role_status([records[r] for r in rows], src)
        else:
            status = "agree" if len(sources) > 1 else "single"
        for r in rows:
            group_of[r] = gid
            status_of[r] = status
        gid += 1
    return group_of, status_of


# -- dates ----------------------------------------------------------------------


def _date_class(row: dict[str, object]) -> str:
    pred = str(row.get("predicate") or "").lower()
    return "statement" if pred in _STATEMENT_WORDS else "event"


def _date_conflicts(records: list[dict[str, object]]) -> dict[int, str]:
    """Rows of one happening to one person (or at one place) put on different days by different articles."""
    people: dict[tuple[str, int], set[str]] = defaultdict(set)
    for row in records:
        eid = str(row.get("entity_id") or "")
        if row["kind"] == "entity" and eid.startswith(("per:", "pla:")):
            people[(str(row["doc_id"]), _int(row.get("sent_index")))].add(eid)
    events: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for n, row in enumerate(records):
        event = EVENT_WORDS.get(str(row.get("predicate") or "").lower(), "")
        if row["kind"] != "date" or not event or row.get("date_period") != "day" or not row.get("date"):
            continue
        for person in people.get((str(row["doc_id"]), _int(row.get("sent_index"))), ()):
            events[(event, person)].append((n, str(row["date"]), str(row["doc_id"])))
    named = {k: {e for e in v if e.startswith("per:")} for k, v in people.items()}
    out: dict[int, str] = {}
    for (event, person), rows in sorted(events.items(), key=lambda kv: -len(kv[1])):
        if person.startswith("pla:"):
            # a place ties two reports of one happening only if they name no different people
            persons = [named.get((str(records[n]["doc_id"]), _int(records[n].get("sent_index"))), set()) for n, _, _ in rows]
            if len({frozenset(p) for p in persons if p}) > 1:
                continue
        days = {d for _, d, _ in rows}
        if len(days) < 2 or len({doc for _, _, doc in rows}) < 2:
            continue
        first, last = min(days), max(days)
        if (date.fromisoformat(last) - date.fromisoformat(first)).days <= _CONFLICT_DAYS:
            for n, _, _ in rows:
                out.setdefault(n, f"{event}:{person}")
    # a disagreement needs two articles and two days among the rows it kept
    kept: dict[str, list[int]] = defaultdict(list)
    for n, key in out.items():
        kept[key].append(n)
    for rows_of in kept.values():
        if len({records[n]["date"] for n in rows_of}) < 2 or len({records[n]["doc_id"] for n in rows_of}) < 2:
            for n in rows_of:
                del out[n]
    return out


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return -1


# -- roles ----------------------------------------------------------------------


def _role_heads(role: str) -> set[str]:
    """The title or occupation words of a role, before its first preposition.

    >>> sorted(_role_heads("interim chief of the Houston Police Department")), sorted(_role_heads("manager of the motel"))
    (['chief', 'interim'], ['manager'])
    """
    words = re.findall(r"[a-z]+", role.lower())
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    singular = (w[:-1] if w.endswith("s") and w[:-1] in _ROLE_HEADS else w for w in words[:cut])
    return {w for w in singular if w in _ROLE_HEADS}


def _role_status(rows: list[dict[str, object]], src: dict[object, object]) -> str:
    """Compare the titles sources give one person.

    Roles are worded many ways and one person holds several, so the sources
    agree unless their titles split with no title given by more than half of
    them ("manager of the motel" / "owner of the Days Inn"); "Superintendent"
    in three outlets and "Chief" in one is agreement with a variant.
    """
    by_source: dict[object, set[str]] = defaultdict(set)
    for row in rows:
        by_source[src.get(row["doc_id"], row["doc_id"])] |= _role_heads(str(row["role"]))
    if len(by_source) < 2:
        return "single"
    titled = [h for h in by_source.values() if h]
    if len(titled) < 2:
        return "agree"
    counts = Counter(w for heads in titled for w in heads)
    return "agree" if 2 * max(counts.values()) > len(titled) else "conflict"


def role_facts(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per entity some article gives a role: the role each source gives, and the verdict.

    Columns: ``group_id, entity_id, name, status``, then one column per source.
    """
    import pandas as pd

    src = dict(zip(documents["doc_id"], documents["source"], strict=True))
    sources = list(dict.fromkeys(documents["source"]))
    roles = claims[(claims["kind"] == "entity") & (claims["role"].fillna("") != "")]
    rows = []
    for eid, g in roles.groupby("entity_id", sort=True):
        row: dict[str, object] = {
            "group_id": g["group_id"].iat[0] if "group_id" in g else "",
            "entity_id": eid,
            "name": max(g["text"], key=lambda t: (len(str(t).split()), len(str(t)))),
            "status": _role_status(g.to_dict("records"), src),
        }
        for s in sources:
            said = [r for d, r in zip(g["doc_id"], g["role"], strict=True) if src.get(d) == s]
            row[s] = "; ".join(dict.fromkeys(said))
        rows.append(row)
    return pd.DataFrame(rows, columns=["group_id", "entity_id", "name", "status", *sources])


# -- attribution ----------------------------------------------------------------


def _credit_key(attributed: str, speaker_id: str) -> frozenset[str]:
    if speaker_id:
        return frozenset({speaker_id})
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(attributed)) if w not in _CREDIT_STOP)


def _same_credit(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    if a[0] == b[0]:
        return True
    return bool(a[1] & b[1])


def attribution_findings(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures that outlets credit to different sources: one row per fact with more than one credit.

    Two credits are the same when they name the same entity or share a telling
    word ("Houston police" and "police"); "a spokesman" and "officials" alone
    tell nobody apart. Sources that credit nobody are listed too.

    Columns: ``group_id, fact, credits`` ("source: credit" for each outlet),
    ``uncredited`` (outlets giving the figure without a source), ``n_credits``.
    """
    import pandas as pd

    quantities = claims[(claims["kind"] == "quantity") & (claims["group_id"].fillna("") != "")]
    rows = []
    for gid, g in quantities.groupby("group_id", sort=True):
        credits: list[tuple[str, frozenset[str], str, str]] = []
        uncredited = []
        for rec in g.to_dict("records"):
            who = str(rec.get("attributed_to") or "")
            source = str(rec.get("source") or rec["doc_id"])
            if not who:
                uncredited.append(source)
                continue
            credits.append((who, _credit_key(who, str(rec.get("speaker_entity") or "")), source, str(rec["doc_id"])))
        distinct: list[tuple[str, frozenset[str]]] = []
        for who, key, _, _ in credits:
            if not any(_same_credit((who, key), d) for d in distinct):
                distinct.append((who, key))
        outlets = {source for _, _, source, _ in credits}
        if len(distinct) < 2 or len(outlets) < 2:
            continue
        said = "; ".join(dict.fromkeys(f"{source}: {who}" for who, _, source, _ in credits))
        fact = next((str(x) for x in g.get("quantity_of", []) if x), str(g["text"].iat[0]))
        rows.append(
            {
                "group_id": gid,
                "fact": fact,
                "credits": said,
                "uncredited": "; ".join(sorted(set(uncredited) - outlets)),
                "n_credits": len(distinct),
            }
        )
    return pd.DataFrame(rows, columns=["group_id", "fact", "credits", "uncredited", "n_credits"])
