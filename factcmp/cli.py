"""The ``factcmp`` command line: compare a cluster of articles, or list one article's claims."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from factcmp import __version__
from factcmp.errors import FactcmpError

app = typer.Typer(
    name="factcmp",
    no_args_is_help=True,
    add_completion=False,
    help="Claim-level, cross-source fact comparison of news articles.",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcmp {__version__}")
        raise typer.Exit


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
    paths: Annotated[list[Path], typer.Argument(help="A folder of .txt/.html articles, or article files.", show_default=False)],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for claims.csv, comparison.csv, documents.csv, entities.csv.")
    ] = Path("out"),
    date: Annotated[
        str | None,
        typer.Option("--date", help="Reference date (YYYY-MM-DD) for articles without one; default: the dated articles' date."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model", "-m", help="spaCy model name or path; default: $FACTCMP_MODEL, else the best installed English model."
        ),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Write CSV with a UTF-8 byte-order mark, for Excel.")] = False,
    n_process: Annotated[int, typer.Option("--n-process", "-j", help="Worker processes for parsing (-1: all cores).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Compare the claims of several articles about one event; write the tables to --out."""
    from factcmp.pipeline import compare as run

    try:
        result = run([str(p) for p in paths], nlp=model, reference_date=date, n_process=n_process, progress=not quiet)
        written = result.to_csv(out, bom=bom)
    except FactcmpError as err:
        typer.echo(f"factcmp: error: {err}", err=True)
        raise typer.Exit(2) from None
    if not quiet:
        typer.echo(result.summary())
        typer.echo("wrote " + ", ".join(str(p) for p in written))


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="One article file.", show_default=False)],
    date: Annotated[str | None, typer.Option("--date", help="Reference date (YYYY-MM-DD) for relative dates.")] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy model name or path.")] = None,
) -> None:
    """Print one article's claims as CSV on stdout."""
    from factcmp.io import neutralise
    from factcmp.pipeline import compare as run

    try:
        result = run([str(path)], nlp=model, reference_date=date)
    except FactcmpError as err:
        typer.echo(f"factcmp: error: {err}", err=True)
        raise typer.Exit(2) from None
    cols = ["kind", "text", "value", "low", "high", "unit", "qualifier", "quantity_of", "attributed_to", "date", "entity_id"]
    neutralise(result.claims[cols]).to_csv(sys.stdout, index=False)


if __name__ == "__main__":  # pragma: no cover
    app()
