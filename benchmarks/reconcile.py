"""How long the reconciler takes on large synthetic clusters, and how it scales.

The claims imitate a long story covered by thousands of articles: tolls by
place that rise from day to day, sub-counts by group (officers, children),
ages of named people, distances from named places and amounts of money in
three currencies, each reported with hedges ("about", "at least"), ranges,
rounding, vague counts, other units ("60 miles" for "100 km") and now and
then a conflicting figure. Most outlets repeat the figures of the day, as
real coverage does.

    .venv/bin/python benchmarks/reconcile.py                # 25,000 / 50,000 / 100,000 claims
    .venv/bin/python benchmarks/reconcile.py --claims 100000 --repeat 3

Prints, for each size: seconds to group and judge the claims (``group_quantities``),
seconds to build the comparison table (both wall-clock, median of the repeats),
the CPU seconds of the two together, the number of facts found, and the time
per 1,000 claims, so the scaling shows at a glance (near-linear means the last
column stays flat). CPU time is the steadier figure on a busy machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EVENTS = ["killed", "injured", "displaced", "arrested", "missing", "rescued", "shot"]
NOUNS = ["people", "officers", "children", "soldiers", "civilians", "refugees", "women", "students"]
COUNTED = [("houses", "damaged"), ("vehicles", "torched"), ("bombs", "dropped"), ("shots", "fired"), ("schools", "closed")]
HEDGES = [("exact", 0.0), ("approximate", 0.1), ("at_least", None), ("range", 0.15)]
CURRENCIES = [("USD", 1.0), ("EUR", 1 / 1.1), ("GBP", 1 / 1.3)]


def synthetic(n_claims: int, seed: int = 7):  # -> tuple[pd.DataFrame, pd.DataFrame]
    """Claims and documents tables for a story of ``n_claims`` quantity claims."""
    import pandas as pd

    rnd = random.Random(seed)
    n_docs = max(10, n_claims // 40)
    n_places = max(5, n_claims // 1000)
    n_people = max(5, n_claims // 500)
    days = 30
    places = [f"Place{p}" for p in range(n_places)]
    docs = pd.DataFrame(
        {
            "doc_id": [f"d{i:06d}" for i in range(n_docs)],
            "source": [f"outlet{rnd.randrange(max(2, n_docs // 3))}" for _ in range(n_docs)],
            "published": [f"2015-05-{1 + (i * days) // n_docs:02d}" for i in range(n_docs)],
        }
    )
    docs["reference_date"] = docs["published"]
    ages = {f"Person{k} Name{k}": rnd.randint(18, 80) for k in range(n_people)}
    cols: dict[str, list[object]] = {c: [] for c in COLUMNS}
    for _ in range(n_claims):
        d = rnd.randrange(n_docs)
        day = 1 + (d * days) // n_docs
        kind = rnd.random()
        if kind < 0.6:
            event, noun = rnd.choice(EVENTS), rnd.choice(NOUNS)
            place = rnd.choice(places)
            # a toll that rises with the days, different for each place and group
            base = (_h(event, noun, place) % 50 + 1) * (1 + day // 7)
            _count(cols, rnd, d, base, event, noun, place, "person")
        elif kind < 0.7:
            noun, verb = rnd.choice(COUNTED)
            base = _h(noun, verb) % 300 + 2
            _count(cols, rnd, d, base, verb, noun, rnd.choice(places), "count")
        elif kind < 0.8:
            name = rnd.choice(list(ages))
            age = ages[name] + (1 if rnd.random() < 0.02 else 0)
            _row(
                cols,
                d,
                f"{age}",
                age,
                age,
                age,
                "year",
                "year",
                age,
                age,
                age,
                "exact",
                quantity_of=f"age of {name}",
                subject=name,
            )
        elif kind < 0.9:
            ref = rnd.choice(places)
            km = _h("km", ref) % 400 + 10
            if rnd.random() < 0.5:
                _row(
                    cols,
                    d,
                    f"{km} km",
                    km,
                    km,
                    km,
                    "km",
                    "km",
                    km,
                    km,
                    km,
                    "exact",
                    reference=ref,
                    quantity_of=f"distance from {ref}",
                )
            else:
                mi = round(km / 1.609)
                nkm = mi * 1.609344
                _row(cols, d, f"{mi} miles", mi, mi, mi, "mile", "km", nkm, nkm, nkm, "exact", reference=ref)
        else:
            cur, rate = rnd.choice(CURRENCIES)
            usd = (_h("money", rnd.randrange(20)) % 90 + 10) * 100_000
            v = round(usd * rate, -4)
            alt = ("USD", usd) if cur != "USD" and rnd.random() < 0.3 else ("", None)
            _row(cols, d, f"{v:,.0f} {cur}", v, v, v, cur, cur, v, v, v, "exact", alt=alt, predicate="stole")
    claims = pd.DataFrame(cols)
    claims["group_id"] = ""
    claims["status"] = ""
    return claims, docs


def _h(*parts: object) -> int:
    # a stable hash: Python's own changes from run to run
    return zlib.crc32(repr(parts).encode())


COLUMNS = [
    "kind",
    "doc_id",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "norm_unit",
    "norm_value",
    "norm_low",
    "norm_high",
    "qualifier",
    "vague",
    "quantity_of",
    "predicate",
    "subject",
    "place",
    "window",
    "reference",
    "alt_value",
    "alt_unit",
    "start",
]


def _count(cols, rnd, d, base, event, noun, place, unit):
    if rnd.random() < 0.05:
        base += rnd.randint(1, 5)  # an outlet with another figure
    hedge, slack = rnd.choice(HEDGES)
    if rnd.random() < 0.05:
        lo, hi, hedge = base * 0.5, base * 3, "vague"
        value = None
    elif hedge == "at_least":
        lo, hi, value = base, None, base
    elif hedge == "range":
        lo, hi, value = round(base * 0.85), round(base * 1.15), None
    else:
        lo, hi, value = base * (1 - slack), base * (1 + slack), base
    places = place if rnd.random() < 0.7 else ""
    window = "" if rnd.random() < 0.9 else rnd.choice(["3d", "recent", "period:2015-04"])
    _row(
        cols, d, f"{base} {noun}", value, lo, hi, unit, unit, value, lo, hi, hedge,
        vague=hedge == "vague", quantity_of=f"{noun} {event}", predicate=event, subject=noun, place=places, window=window,
    )  # fmt: skip


def _row(cols, d, text, value, lo, hi, unit, norm_unit, nv, nlo, nhi, qualifier, *, vague=False, quantity_of="", predicate="",
         subject="", place="", window="", reference="", alt=("", None)):  # fmt: skip
    for k, v in (
        ("kind", "quantity"), ("doc_id", f"d{d:06d}"), ("text", text), ("value", value), ("low", lo), ("high", hi),
        ("unit", unit), ("norm_unit", norm_unit), ("norm_value", nv), ("norm_low", nlo), ("norm_high", nhi),
        ("qualifier", qualifier), ("vague", vague), ("quantity_of", quantity_of), ("predicate", predicate),
        ("subject", subject), ("place", place), ("window", window), ("reference", reference),
        ("alt_unit", alt[0]), ("alt_value", alt[1]), ("start", len(cols["kind"])),
    ):  # fmt: skip
        cols[k].append(v)


def measure(n_claims: int, repeat: int) -> dict[str, float]:
    """Median seconds of grouping and of the table for one size."""
    from factcmp.reconcile import group_quantities
    from factcmp.table import build_table

    claims, docs = synthetic(n_claims)
    group_times, table_times, cpu_times = [], [], []
    n_facts = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        groups, statuses = group_quantities(claims, docs)
        group_times.append(time.perf_counter() - t0)
        cpu = time.process_time() - c0
        src = dict(zip(docs["doc_id"], docs["source"], strict=True))
        pub = dict(zip(docs["doc_id"], docs["published"], strict=True))
        judged = claims.assign(
            group_id=[f"q{g:06d}" for g in groups],
            status=statuses,
            source=[src[d] for d in claims["doc_id"]],
            published=[pub[d] for d in claims["doc_id"]],
            attributed_to="",
            date="",
        )
        t0, c0 = time.perf_counter(), time.process_time()
        table = build_table(judged, sorted(set(src.values()))[:5])
        table_times.append(time.perf_counter() - t0)
        cpu_times.append(cpu + time.process_time() - c0)
        n_facts = len(table)
    return {
        "group": statistics.median(group_times),
        "table": statistics.median(table_times),
        "cpu": statistics.median(cpu_times),
        "facts": n_facts,
    }


def main() -> None:
    """Print the timings for each size."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, nargs="*", default=[25_000, 50_000, 100_000])
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    print(f"{'claims':>9} {'group s':>8} {'table s':>8} {'CPU s':>7} {'facts':>7} {'ms/1k claims':>13}")
    for n in a.claims:
        m = measure(n, a.repeat)
        wall = m["group"] + m["table"]
        print(f"{n:>9,} {m['group']:>8.2f} {m['table']:>8.2f} {m['cpu']:>7.2f} {m['facts']:>7,.0f} {1e6 * wall / n:>13.1f}")


if __name__ == "__main__":
    main()
