"""Writing tables out safely: CSV cells can never become spreadsheet formulas."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

# OWASP CSV injection: a cell a spreadsheet reads as a formula starts with one of these
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    r"""Prefix a text cell that a spreadsheet would run as a formula with a quote.

    Numbers are left alone, so a numeric column stays numeric.

    >>> neutralise_cell("=1+2"), neutralise_cell("-5 dead"), neutralise_cell(-5.0)
    ("'=1+2", "'-5 dead", -5.0)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell passed through :func:`neutralise_cell`."""
    out = frame.copy()
    for col in out.columns:
        dtype = out[col].dtype
        if dtype is object or str(dtype) in ("object",) or str(dtype) in ("string", "str", "category"):
            out[col] = out[col].map(neutralise_cell, na_action="ignore").astype(object)
    return out


def write_table(frame: pd.DataFrame, path: str | Path, *, bom: bool = False) -> None:
    """Write a table as UTF-8 CSV (with a BOM for Excel if asked), formulas neutralised."""
    neutralise(frame).to_csv(path, index=False, encoding="utf-8-sig" if bom else "utf-8", lineterminator="\n")
