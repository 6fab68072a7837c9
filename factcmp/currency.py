"""Exchange rates learned from the articles themselves, so amounts can be compared.

Outlets convert for their readers: "2 million euros ($2.6 million)", "€2m
(£1.7m)". Each bracketed conversion is a rate the writer used on the day;
across a cluster they give a small graph of currencies. No rate is fetched
from the network and none is shipped: an amount in a currency the articles
never convert stays in its own currency and is only compared with amounts in
that currency.
"""

from __future__ import annotations

import math
from collections import defaultdict
from statistics import median

from factcmp.extract.units import CURRENCIES, dimension

# a learned rate comes from rounded figures ("$2.6m"): compare converted amounts this loosely
CONVERSION_TOLERANCE = 0.05


def learn_rates(pairs: list[tuple[str, float, str, float]]) -> dict[tuple[str, str], float]:
    """Rates from written conversions: (unit, value, alt_unit, alt_value) -> {(from, to): rate}.

    Each pair of currencies gets the median of the rates seen, both ways.

    >>> learn_rates([("EUR", 2e6, "USD", 2.6e6), ("EUR", 1e6, "USD", 1.3e6)])[("EUR", "USD")]
    1.3
    """
    seen: dict[tuple[str, str], list[float]] = defaultdict(list)
    for unit, value, alt_unit, alt_value in pairs:
        if unit == alt_unit or not (is_money(unit) and is_money(alt_unit)):
            continue
        if not (value and alt_value and math.isfinite(value) and math.isfinite(alt_value)) or value <= 0 or alt_value <= 0:
            continue
        seen[(unit, alt_unit)].append(alt_value / value)
        seen[(alt_unit, unit)].append(value / alt_value)
    return {k: round(median(v), 6) for k, v in seen.items()}


def to_base(rates: dict[tuple[str, str], float], currencies: list[str]) -> tuple[str, dict[str, float]]:
    """Choose a base currency and the factor that takes each reachable currency to it.

    The base is the most common currency in ``currencies``; others reach it
    through the learned rates, possibly in several steps (GBP -> EUR -> USD).

    >>> to_base({("EUR", "USD"): 1.3, ("USD", "EUR"): 1 / 1.3}, ["USD", "USD", "EUR"])
    ('USD', {'USD': 1.0, 'EUR': 1.3})
    """
    if not currencies:
        return "", {}
    counts: dict[str, int] = defaultdict(int)
    for c in currencies:
        counts[c] += 1
    base = max(counts, key=lambda c: (counts[c], c))
    graph: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (a, b), r in rates.items():
        graph[a].append((b, r))
    factor = {base: 1.0}
    frontier = [base]
    while frontier:
        nxt = []
        for cur in frontier:
            for other, r in graph[cur]:
                # graph holds a->b as "1 a = r b"; we walk from the base outwards, so 1 other = factor[cur] / r
                if other not in factor:
                    factor[other] = round(factor[cur] / r, 9)
                    nxt.append(other)
        frontier = nxt
    return base, factor


def is_money(unit: str) -> bool:
    """Is the unit a currency: a sign or code read before figures, or any ISO code ("BOB" bolivianos)?

    >>> is_money("USD"), is_money("BOB"), is_money("km")
    (True, True, False)
    """
    return unit in CURRENCIES or dimension(unit) == "money"
