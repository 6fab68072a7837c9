"""Writing tables out: CSV for spreadsheets (formulas neutralised), Parquet and JSON for analysis.

Only CSV is neutralised: it is the format a spreadsheet opens and runs. Parquet
and JSON keep every value exactly as extracted, with their types.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factcmp.errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd

    from factcmp.comparison import Comparison

# OWASP CSV injection: a cell a spreadsheet reads as a formula starts with one of these
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXPORT_FORMATS = ("csv", "parquet", "json")
TABLE_NAMES = ("claims", "comparison", "documents", "entities", "checks")


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
    """A copy of ``frame`` with every text cell passed through :func:`neutralise_cell`.

    Numeric, boolean and date columns are not touched, so they keep their dtype.
    """
    import pandas as pd

    columns = {}
    for col in frame.columns:
        series = frame[col]
        dtype = series.dtype
        if pd.api.types.is_string_dtype(dtype) or isinstance(dtype, pd.CategoricalDtype):
            series = series.astype(object).map(neutralise_cell, na_action="ignore")
        columns[col] = series
    # built in one go: assigning thousands of source columns one by one is quadratic
    out = pd.DataFrame(columns, index=frame.index)
    # a header is a cell too: a source named "=HYPERLINK(...)" must not run either
    out.columns = [neutralise_cell(str(c)) for c in frame.columns]
    return out


def write_table(frame: pd.DataFrame, path: str | Path, *, bom: bool = False, format: str | None = None) -> Path:
    """Write one table as CSV, Parquet or JSON (chosen by ``format`` or the file's suffix).

    Args:
        frame: the table.
        path: the file to write.
        bom: start a CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8.
        format: ``csv``, ``parquet`` or ``json``; default: the suffix of ``path``.

    Returns:
        The path written.
    """
    target = Path(path)
    fmt = (format or target.suffix.lstrip(".") or "csv").lower()
    if fmt == "csv":
        neutralise(frame).to_csv(target, index=False, encoding="utf-8-sig" if bom else "utf-8", lineterminator="\r\n")
        # CRLF is the standard CSV row end; with it, a bare CR inside a cell gets quoted
    elif fmt == "parquet":
        _require_parquet()
        frame.to_parquet(target, index=False)
    elif fmt == "json":
        # One JSON array of records; missing values are null, text stays UTF-8.
        frame.to_json(target, orient="records", force_ascii=False, indent=1, date_format="iso")
    else:
        raise ConfigError(f"unknown table format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    return target


def comparison_tables(cmp: Comparison) -> dict[str, pd.DataFrame]:
    """The tables of a comparison by file name: claims, comparison, documents, entities, checks."""
    return {
        "claims": cmp.claims,
        "comparison": cmp.table,
        "documents": cmp.documents,
        "entities": cmp.entities,
        "checks": cmp.checks,
    }


def write_tables(cmp: Comparison, out_dir: str | Path, *, format: str = "csv", bom: bool = False) -> list[Path]:
    """Write claims, comparison, documents and entities into ``out_dir`` as ``<name>.<format>``.

    Args:
        cmp: the comparison.
        out_dir: the folder (created if missing).
        format: ``csv`` (formulas neutralised), ``parquet`` (needs pyarrow) or ``json``.
        bom: UTF-8 byte-order mark at the start of each CSV, for Excel.

    Returns:
        The paths written, in the order above.
    """
    fmt = format.lower()
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown table format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        _require_parquet()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [write_table(frame, out / f"{name}.{fmt}", bom=bom, format=fmt) for name, frame in comparison_tables(cmp).items()]


def _require_parquet() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigError('writing Parquet needs pyarrow: pip install "factcmp[parquet]"') from None
