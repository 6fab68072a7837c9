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

from factcmp.extract.linking import cluster_ids, fold
from factcmp.records import Claim, claims_to_frame

if TYPE_CHECKING:
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
    is_ent = claims["kind"] == "entity"
    columns = (claims.loc[is_ent, c].astype(str).tolist() for c in ("text", "entity_type", "doc_id"))
    table = cluster_ids(list(zip(*columns, strict=True)))
    ids = [
        table[str(t)][0] if k == "entity" and str(t) in table else "" for k, t in zip(claims["kind"], claims["text"], strict=True)
    ]
    by_fold = {fold(name): eid for name, (eid, _, _) in table.items()}
    speaker_ids = [_speaker_id(str(s), table, by_fold) for s in claims["speaker_entity"].fillna("")]
    return claims.assign(entity_id=ids, speaker_entity=speaker_ids)


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

    ents = claims[claims["kind"] == "entity"]
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    # plain lists: iterating an Arrow-backed column boxes every value, several times slower
    for text, label in zip(ents["text"].astype(str).tolist(), ents["entity_type"].astype(str).tolist(), strict=True):
        if _searchable(text):
            labels[text][label] += 1
    if not labels:
        return claims
    pattern = re.compile(
        r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True)) + r")(?![\w\-])"
    )
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, end in zip(ents["doc_id"].tolist(), ents["start"].tolist(), ents["end"].tolist(), strict=True):
        taken[str(doc)].append((int(start), int(end)))
    found: list[Claim] = []
    sentences = _sentences(claims)
    # a word also written in lower case somewhere ("long") is no name when it opens a sentence ("Long lines formed")
    lower = {w for _, sent, _, _ in sentences for w in re.findall(r"\b[a-z][a-z'\-]+\b", sent)}
    for doc_id, sentence, offset, sent_index in sentences:
        for match in pattern.finditer(sentence):
            name = match.group(0)
            start, end = offset + match.start(), offset + match.end()
            if any(s < end and start < e for s, e in taken[doc_id]):
                continue
            opens = not sentence[: match.start()].strip(" \"'\u201c\u2018(-")
            if opens and " " not in name and name.lower() in lower:
                continue
            taken[doc_id].append((start, end))
            label = labels[name].most_common(1)[0][0]
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
    merged = pd.concat([claims, added[[c for c in claims.columns if c in added.columns]]], ignore_index=True)
    order = {d: n for n, d in enumerate(dict.fromkeys(claims["doc_id"]))}
    merged = merged.assign(_doc=merged["doc_id"].map(order), _pos=merged["start"].astype("Int64"))
    merged = merged.sort_values(["_doc", "_pos"], kind="stable").drop(columns=["_doc", "_pos"])
    return merged.reset_index(drop=True)


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
