"""Every figure in the units the reconciler compares it in: normalised units, one currency."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from factcmp.currency import is_money, learn_rates, to_base
from factcmp.reconcile.items import COLUMNS, bounds, num

if TYPE_CHECKING:
    import pandas as pd


def comparable_figures(claims: pd.DataFrame) -> list[tuple[float, float, float | None, str]]:
    """Every claim's (low, high, point, unit) in the units the reconciler compares them in.

    Lengths and weights are in their normalised unit (km, kg); amounts of money
    are converted to the cluster's most common currency where the articles'
    own conversions allow. Non-quantity rows get (-inf, inf, None, "").
    """
    cols = {c: claims[c].tolist() if c in claims.columns else [None] * len(claims) for c in COLUMNS}
    factors = currency_factors(cols, len(claims))
    out: list[tuple[float, float, float | None, str]] = []
    rows = zip(
        cols["kind"], cols["norm_unit"], cols["unit"], cols["norm_low"], cols["norm_high"], cols["norm_value"], strict=True
    )
    for kind, norm_unit, written, low, high, value in rows:
        if kind != "quantity":
            out.append((-math.inf, math.inf, None, ""))
            continue
        unit = str(norm_unit or written or "")
        lo, hi, point = bounds(low, high, value)
        if unit in factors:
            base, f = factors[unit]
            lo, hi, point, unit = lo * f, hi * f, None if point is None else point * f, base
        out.append((lo, hi, point, unit))
    return out


def currency_factors(cols: dict[str, list[object]], n_rows: int) -> dict[str, tuple[str, float]]:
    """Currency -> (base currency, factor), from the conversions the articles write."""
    pairs = []
    seen = []
    for n in range(n_rows):
        unit = str(cols["norm_unit"][n] or cols["unit"][n] or "")
        # any currency, not only those read as a sign before a figure: "5,000 bolivianos (about $700)"
        if cols["kind"][n] != "quantity" or not is_money(unit):
            continue
        seen.append(unit)
        alt_unit = str(cols["alt_unit"][n] or "")
        value, alt = num(cols["norm_value"][n]), num(cols["alt_value"][n])
        if alt_unit and value is not None and alt is not None:
            pairs.append((unit, value, alt_unit, alt))
    base, factor = to_base(learn_rates(pairs), seen)
    return {cur: (base, f) for cur, f in factor.items()}
