"""Checks inside one article: conversions in brackets, parts against their total, headline against body.

A reader trusts an article less when it contradicts itself: "10 miles (15
kilometers)" is a loose conversion, "123 soldiers, 115 fighters and 57
civilians" should make the "nearly 300" the article gives, and a headline that
says "$2.5 million" over a body that says "$2.6 million" has one of them
wrong. Each check gives one row: the article, what was checked, the result and
the arithmetic behind it. A result other than ``consistent`` is a warning for
a reader to look at, not a verdict on the fact.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

from factcmp.currency import is_money
from factcmp.extract.units import normalise
from factcmp.facets import LEXICON_EVENTS, Facet, facet
from factcmp.linkage import flag
from factcmp.table import claim_interval, fmt_number, fmt_quantity, number_or_none
from factcmp.verdict import TOLERANCE, overlaps

if TYPE_CHECKING:
    import pandas as pd

CHECK_COLUMNS = ["doc_id", "source", "check", "result", "text", "detail", "sentence"]
# a bracketed conversion within this share of the exact one is fine ("10 km (6 miles)" is 3% off)
CONVERSION_SLACK = 0.05
# a total's parts are looked for in its own sentence and this many after it
PARTS_REACH = 2


def article_checks(claims: pd.DataFrame) -> pd.DataFrame:
    """Every check on every article of a claims table (the ``Comparison.checks`` table).

    Returns one row per check with the columns of :data:`CHECK_COLUMNS`.
    """
    import pandas as pd

    rows: list[dict[str, object]] = []
    quantities = claims[claims["kind"] == "quantity"]
    recs = quantities.to_dict("records")
    rates = _cluster_rates(recs)
    by_doc: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in recs:
        by_doc[str(r["doc_id"])].append(r)
    for doc_recs in by_doc.values():
        doc_recs.sort(key=lambda r: int(number_or_none(r.get("start")) or 0))
        _number_sentences(doc_recs)
        rows.extend(conversion_checks(doc_recs, rates))
        rows.extend(parts_checks(doc_recs))
        rows.extend(headline_checks(doc_recs))
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


def conversion_checks(recs: list[dict[str, object]], rates: dict[tuple[str, str], float]) -> list[dict[str, object]]:
    """A figure against its conversion in brackets: "100 kilometres (60 miles)", "€2m ($2.6m)".

    Lengths and weights are converted exactly; amounts of money against the
    median rate the cluster's articles use, so one article's odd rate stands out.
    """
    out = []
    for r in recs:
        alt, alt_unit, value, unit = (
            number_or_none(r.get("alt_value")),
            str(r.get("alt_unit") or ""),
            number_or_none(r.get("value")),
            str(r.get("unit") or ""),
        )
        if alt is None or value is None or not alt_unit or alt_unit == unit or value == 0:
            continue
        if is_money(unit) and is_money(alt_unit):
            rate = rates.get((unit, alt_unit))
            if rate is None:
                continue
            expected, how = value * rate, f"at the articles' rate of {rate:.4g} {alt_unit} per {unit}"
        else:
            main_norm, main_unit = normalise(value, unit)
            alt_norm, alt_norm_unit = normalise(alt, alt_unit)
            if main_norm is None or alt_norm is None or main_unit != alt_norm_unit or not alt_norm:
                continue
            expected, how = alt * main_norm / alt_norm, "exactly"
        off = abs(alt - expected) / abs(expected) if expected else math.inf
        qualifier = str(r.get("qualifier") or "")
        if qualifier == "at_most" and alt > expected:
            off = 0.0  # "within a kilometer (less than a mile)": a looser bound, not a wrong one
        elif qualifier == "at_least" and alt < expected:
            off = 0.0
        result = "consistent" if off <= CONVERSION_SLACK else "inconsistent"
        detail = (
            f"{fmt_quantity(value, unit)} is {fmt_quantity(expected, alt_unit)} {how}; "
            f"the article says {fmt_number(alt)} ({off:.0%} off)"
        )
        out.append(_row(r, "unit_pair", result, detail))
    return out


def parts_checks(recs: list[dict[str, object]]) -> list[dict[str, object]]:
    """Parts against their total: "nearly 300 killed ... 123 soldiers, 115 fighters and 57 civilians".

    A total is a count of people in general or of a place; its parts are counts
    of the same event, near it (its sentence and the next two), each smaller,
    that name a group ("soldiers") or another place. ``consistent`` when the
    parts add up to what the total allows, ``exceeds`` when they add up to
    more (one of the figures is wrong), ``short`` when to less (the article may
    not list every part).
    """
    out = []
    facets = _facets(recs)
    # a part counts the same measure and event as its total: bucketed on them as on the sentence
    by_place: dict[tuple[int, str, str], list[dict[str, object]]] = defaultdict(list)
    for r in recs:
        if not flag(r.get("vague")):
            by_place[(int(r["_sent"]), facets[id(r)].measure, facets[id(r)].event)].append(r)  # type: ignore[call-overload]
    for t in recs:
        if flag(t.get("vague")) or str(t.get("unit")) not in ("person", "count"):
            continue
        ft = facets[id(t)]
        t_lo, t_hi = claim_interval(t)
        if not math.isfinite(t_hi if math.isfinite(t_hi) else t_lo) or ft.noun:
            continue  # a total counts people in general ("24 people"), not a group
        if ft.event.partition(":")[0] not in LEXICON_EVENTS:
            continue  # parts of an event the lexicon knows: "killed", not a bare "were"
        first = int(t["_sent"])  # type: ignore[call-overload]
        # only the total's own sentence and the next PARTS_REACH are read: linear in the article's length
        nearby = (p for n in range(first, first + PARTS_REACH + 1) for p in by_place.get((n, ft.measure, ft.event), ()))
        parts = [p for p in nearby if p is not t and _is_part(t, p, facets[id(p)])]
        parts = _distinct(parts, facets)
        if len(parts) < 2:
            continue
        total = sum(number_or_none(p.get("value")) or 0.0 for p in parts)
        if overlaps((total, total), (t_lo, t_hi), TOLERANCE):
            result = "consistent"
        elif total > t_hi:
            result = "exceeds"
        else:
            result = "short"
        detail = (
            " + ".join(fmt_number(number_or_none(p.get("value"))) for p in parts)
            + f" = {fmt_number(total)}; the total is {t['text']}"
        )
        out.append(_row(t, "parts_sum", result, detail))
    return out


def headline_checks(recs: list[dict[str, object]]) -> list[dict[str, object]]:
    """A figure in the headline against the body's figures for the same fact.

    ``consistent`` when some body figure for the fact agrees with the
    headline's, ``differs`` when the body gives the fact only with other
    figures (which may still add up to the headline's: "two dead" over "one
    person dead" and a gunman killed).
    """
    out = []
    heads = [h for h in recs if flag(h.get("in_headline")) and not flag(h.get("vague"))]
    if not heads:
        return out
    facets = _facets(recs)
    body = [r for r in recs if not flag(r.get("in_headline")) and not flag(r.get("vague"))]
    for h in heads:
        fh = facets[id(h)]
        same = [b for b in body if _same_fact(h, fh, b, facets[id(b)])]
        if not same:
            continue
        agreeing = [b for b in same if _agrees(h, b)]
        result = "consistent" if agreeing else "differs"
        shown = agreeing[0] if agreeing else same[0]
        out.append(_row(h, "headline_body", result, f"headline {h['text']}; body {shown['text']}"))
    return out


def _same_fact(h: dict[str, object], fa: Facet, b: dict[str, object], fb: Facet) -> bool:
    money = fa.measure.startswith("money") and fb.measure.startswith("money")  # "$2.5m" over "€2m"
    if not (money or set(fa.keys) & set(fb.keys)):
        return False
    wa, wb = str(h.get("window") or ""), str(b.get("window") or "")
    if wa != wb and (wa.startswith("period:") or wb.startswith("period:")):
        return False  # "an 8.6-magnitude quake in 2012" is not the headline's quake
    return fa.noun == fb.noun and (fa.event == fb.event or fa.measure.startswith("money"))


def _agrees(h: dict[str, object], b: dict[str, object]) -> bool:
    """The headline figure against one body figure, in the headline's own unit where the body gives it."""
    hu, bu = str(h.get("unit") or ""), str(b.get("unit") or "")
    h_lo, h_hi = claim_interval(h)
    if hu == bu:
        return overlaps((h_lo, h_hi), claim_interval(b), TOLERANCE)
    alt, alt_unit = number_or_none(b.get("alt_value")), str(b.get("alt_unit") or "")
    if alt is not None and alt_unit == hu:
        return overlaps((h_lo, h_hi), (alt, alt), TOLERANCE)  # "$2.5 million" against "€2m ($2.6m)"
    hn, bn = number_or_none(h.get("norm_value")), number_or_none(b.get("norm_value"))
    if hn is None or bn is None or h.get("norm_unit") != b.get("norm_unit"):
        return True  # no common unit to compare in: no warning
    return overlaps((hn, hn), (bn, bn), CONVERSION_SLACK)


def _is_part(t: dict[str, object], p: dict[str, object], fp: Facet) -> bool:
    # same measure and event: the caller's buckets
    pv, tv = number_or_none(p.get("value")), claim_interval(t)[1]
    if pv is None or not pv < (tv if math.isfinite(tv) else claim_interval(t)[0]):
        return False
    # a part names a group ("57 civilians") or a place of its own ("12 in Bener Meriah")
    return bool(fp.noun) or bool(set(_places(p)) - set(_places(t)))


def _distinct(parts: list[dict[str, object]], facets: dict[int, Facet]) -> list[dict[str, object]]:
    # the same group told twice ("57 civilians ... the 57 civilians") is one part
    seen, out = set(), []
    for p in parts:
        noun = facets[id(p)].noun
        key = (noun,) if noun else tuple(_places(p))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _facets(recs: list[dict[str, object]]) -> dict[int, Facet]:
    # read once per claim: a facet costs tens of microseconds, and the checks compare claims pairwise
    return {id(r): facet(r) for r in recs}


def _number_sentences(recs: list[dict[str, object]]) -> None:
    """Number the sentences of one article's claims (sorted by ``start``) in text order.

    A sentence written twice ("The toll rose to 5." in each update of a live
    blog) is two sentences: a claim that starts a sentence's length or more
    after the first claim read in it is in a new one.
    """
    n, sentence, opened = -1, None, 0
    for r in recs:
        text, start = str(r.get("sentence") or ""), int(number_or_none(r.get("start")) or 0)
        if text != sentence or start - opened >= max(len(text), 1):
            n, sentence, opened = n + 1, text, start
        r["_sent"] = n


def _cluster_rates(recs: list[dict[str, object]]) -> dict[tuple[str, str], float]:
    from factcmp.currency import learn_rates

    pairs = []
    for r in recs:
        v, a = number_or_none(r.get("value")), number_or_none(r.get("alt_value"))
        if v is not None and a is not None:
            pairs.append((str(r.get("unit") or ""), v, str(r.get("alt_unit") or ""), a))
    return learn_rates(pairs)


def _row(r: dict[str, object], check: str, result: str, detail: str) -> dict[str, object]:
    return {
        "doc_id": r.get("doc_id"),
        "source": r.get("source", ""),
        "check": check,
        "result": result,
        "text": r.get("text"),
        "detail": detail,
        "sentence": r.get("sentence"),
    }


def _places(r: dict[str, object]) -> list[str]:
    return sorted(p.lower() for p in str(r.get("place") or "").split("|") if p)
