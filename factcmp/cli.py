"""The ``factcmp`` command line: compare a cluster of articles, or list one article's claims.

Errors the user can fix print one line (``factcmp: error: ...``) and exit with
status 2, never a traceback; ``--verbose`` logs what factcmp does.
"""

from __future__ import annotations

import logging
import sys
from datetime import date as _date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcmp import __version__
from factcmp.errors import FactcmpError

if TYPE_CHECKING:
    from factcmp.comparison import Comparison

app = typer.Typer(
    name="factcmp",
    no_args_is_help=True,
    add_completion=False,
    help="Claim-level, cross-source fact comparison of news articles.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXTRACT_COLUMNS = [
    "kind",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "quantity_of",
    "attributed_to",
    "date",
    "entity_id",
    "start",
    "end",
]


class TableFormat(str, Enum):
    """File format of the tables ``compare`` writes."""

    csv = "csv"
    parquet = "parquet"
    json = "json"


class Policy(str, Enum):
    """How the comparison table's ``figure`` column reconciles a fact's figures (see factcmp.table)."""

    range = "range"
    conservative = "conservative"
    latest = "latest"


class ClaimFormat(str, Enum):
    """Output format of ``extract``."""

    csv = "csv"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcmp {__version__}")
        raise typer.Exit


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2015-05-18") from None


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"factcmp: error: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what factcmp does to stderr.")] = False,
) -> None:
    """Read news articles, pull out numeric, date and entity claims, and compare them across sources."""
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def compare(
    paths: Annotated[
        list[Path],
        typer.Argument(help="A folder of .txt/.html articles, or article files.", show_default=False, metavar="PATH"),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", metavar="DIR", help="Folder for the four tables: claims, comparison, documents, entities."),
    ] = Path("out"),
    fmt: Annotated[
        TableFormat,
        typer.Option("--format", "-f", help="File format of the tables: csv (for spreadsheets), parquet or json."),
    ] = TableFormat.csv,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Also write one self-contained HTML report here: conflicts first, charts, highlighted articles.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            callback=_check_date,
            help="Reference date (YYYY-MM-DD) for articles without one; default: the dated articles' date.",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME",
            help="spaCy model name or path; default: $FACTCMP_MODEL, else the best installed English model.",
        ),
    ] = None,
    policy: Annotated[
        Policy,
        typer.Option(
            "--policy",
            help="The figure column of comparison: range (lowest to highest), conservative (lowest) or latest report.",
        ),
    ] = Policy.range,
    bom: Annotated[bool, typer.Option("--bom", help="Start each CSV with a UTF-8 byte-order mark, for Excel.")] = False,
    n_process: Annotated[int, typer.Option("--n-process", "-j", help="Worker processes for parsing (-1: all cores).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors: no progress bar, no summary.")] = False,
) -> None:
    """Compare the claims of several articles about one event; write the tables to --out.

    A progress bar goes to stderr when there are five articles or more; the
    summary (conflicts first) and the files written go to stdout.
    """
    from tqdm.contrib.logging import logging_redirect_tqdm

    from factcmp._models import get_nlp
    from factcmp.extract import prepare_pipeline
    from factcmp.ingest import load_articles
    from factcmp.io import write_tables
    from factcmp.language import languages_for
    from factcmp.pipeline import check_workers
    from factcmp.pipeline import compare as run

    try:
        check_workers(n_process, 1)  # before the model loads: a bad -j fails at once
        # the model first: the languages it reads decide which articles are compared
        nlp = prepare_pipeline(get_nlp(model))
        articles = load_articles([str(p) for p in paths], date=date, languages=languages_for(nlp))
        # --verbose log lines go through tqdm, so they do not tear the progress bar.
        with logging_redirect_tqdm():
            result = run(articles, nlp=nlp, n_process=n_process, progress=not quiet, policy=policy.value)
        written = write_tables(result, out, format=fmt.value, bom=bom)
        if html is not None:
            written.append(_write_html(result, html, articles=articles, title=_title(paths), quiet=quiet))
    except FactcmpError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write {err.filename or 'the output'}: {err.strerror or err}", code=1)
    if not quiet:
        typer.echo(result.summary())
        typer.echo("wrote " + ", ".join(str(p) for p in written))
    if not (result.documents["status"] == "ok").any():
        # every table is written, but empty: say so even with --quiet, it is almost certainly not what was meant
        from factcmp.ingest import subfolder_hint

        hint = "".join(subfolder_hint(p) for p in paths)
        typer.echo(
            f"factcmp: warning: none of the {len(result.documents)} documents could be compared; "
            f"the warning column of documents says why.{hint}",
            err=True,
        )


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="One article file (.txt or .html).", show_default=False, metavar="FILE")],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            callback=_check_date,
            help="Reference date (YYYY-MM-DD) that relative dates resolve against.",
        ),
    ] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", metavar="NAME", help="spaCy model name or path.")] = None,
    fmt: Annotated[
        ClaimFormat, typer.Option("--format", "-f", help="csv (one row per claim) or json (a list of records).")
    ] = ClaimFormat.csv,
) -> None:
    """Print one article's claims (quantities, dates, entities) on stdout, in text order."""
    from factcmp.io import neutralise
    from factcmp.pipeline import compare as run

    if path.is_dir():
        _fail(f"{str(path)!r} is a folder: extract reads one article; use `factcmp compare` for a folder")
    try:
        result = run([str(path)], nlp=model, reference_date=date)
    except FactcmpError as err:
        _fail(str(err))
    for doc in result.documents.itertuples(index=False):
        # an empty, binary or foreign-language file gives no claims: say why, or the empty output looks like a result
        if doc.status != "ok":
            typer.echo(f"factcmp: warning: {path} was not read ({doc.status}): {doc.warning}", err=True)
        elif doc.warning:
            typer.echo(f"factcmp: note: {path}: {doc.warning}", err=True)
    claims = result.claims.sort_values("start", kind="stable")[EXTRACT_COLUMNS]
    if fmt is ClaimFormat.json:
        typer.echo(claims.to_json(orient="records", force_ascii=False, indent=1))
    else:
        neutralise(claims).to_csv(sys.stdout, index=False, lineterminator="\n")


def _write_html(result: Comparison, path: Path, *, articles: object, title: str, quiet: bool) -> Path:
    from factcmp.report.html import write_report

    try:
        import matplotlib  # noqa: F401

        charts = True
    except ImportError:
        charts = False
        if not quiet:
            typer.echo('factcmp: note: the report has no charts; pip install "factcmp[notebook]" for matplotlib', err=True)
    return write_report(result, path, articles=articles, title=title, charts=charts)  # type: ignore[arg-type]


def _title(paths: list[Path]) -> str:
    """Name the report after the folder or file compared."""
    names = [p.resolve().name or str(p) for p in paths]
    return "factcmp: " + (names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more")


if __name__ == "__main__":  # pragma: no cover
    app()
