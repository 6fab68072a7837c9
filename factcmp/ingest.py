"""Reading articles: files, folders or tables in; one clean record per article out.

Every input document gets a row, with ``status`` ``ok``, ``empty`` or
``skipped`` and the reason in ``warning``: nothing is dropped silently, and a
bad file never stops the others. The cleaned ``text`` is the text every claim
offset points into.

What happens to a document, in order: its bytes are decoded
(:mod:`factcmp.decoding`: binary files are skipped; UTF-16, UTF-32,
Latin-1, cp1252 and Mac Roman are detected); a leading ``Key: value``
block gives its metadata; HTML is turned into text (:mod:`factcmp.html`); the text is cleaned
(:mod:`factcmp.cleaning`) and cut to ``max_chars``; an article that is not
in a language the model reads is skipped (:mod:`factcmp.language`); and a
second copy of the same text is skipped, so it counts once as a source.
"""

from __future__ import annotations

import glob
import logging
import math
import os
import re
from collections import Counter, abc
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from factcmp.cleaning import MAX_CHARS, MAX_TOKENS, clean, clean_text, head_of, truncate
from factcmp.decoding import decode_bytes
from factcmp.errors import ConfigError, InputError
from factcmp.html import extract_html, looks_like_html, resolve_method
from factcmp.language import accepts, guess_language, skip_reason
from factcmp.metadata import (
    NAME_WITH_SOURCE,
    iso_date,
    one_line,
    read_sources_csv,
    source_from_header,
    split_header,
    title_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "MAX_CHARS",
    "Article",
    "FolderEntry",
    "clean_text",
    "fill_reference_dates",
    "folder_entries",
    "glob_entries",
    "load_articles",
    "split_header",
    "subfolders",
]

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
ARTICLE_COLUMNS = [
    "doc_id",
    "source",
    "title",
    "published",
    "reference_date",
    "text",
    "path",
    "status",
    "warning",
    "language",
]
# Characters of HTML markup read per character of text wanted (max_chars).
_MARKUP_PER_CHAR = 20
#: Bytes read from one file at most; a bigger file is read in part, with a warning.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Files in an article folder that describe the folder rather than report the event.
_FOLDER_NOTES = re.compile(r"^(?:sources\.csv|(?:readme|sources|licen[cs]e|notes)(?:\.\w+)?)$", re.IGNORECASE)
# What operating systems and tools leave in a folder besides dot files (.DS_Store,
# .ipynb_checkpoints, macOS's ._x AppleDouble files): nobody's article, never listed.
_SYSTEM_ENTRIES = frozenset({"__macosx", "thumbs.db", "desktop.ini", "__pycache__"})
# The reason a sub-folder of an article folder is not compared.
_SUBFOLDER = (
    "a folder, not an article: its files were not read (factcmp reads the files of the folder it is given, "
    "not of its sub-folders); compare it on its own, or compare each folder with factcmp.iter_compare"
)


@dataclass
class Article:
    """One input document, read and cleaned."""

    doc_id: str
    text: str = ""
    source: str = ""
    title: str = ""
    published: str = ""
    path: str = ""
    status: str = "ok"
    warnings: list[str] = field(default_factory=list)
    language: str = ""

    def skip(self, reason: str, status: str = "skipped") -> Article:
        """Mark the article as not compared, with the reason; returns it."""
        self.status = status
        self.warnings.append(reason)
        return self


@dataclass(frozen=True)
class FolderEntry:
    """An entry of a folder (or a match of a glob) as :func:`load_articles` lists it, with why it is not read.

    A bare path in a list means "read this": :func:`load_articles` tries a
    ``.jpg`` named on the command line as an article, and reads a folder's
    files. An entry carries the verdict of the listing instead, so that a
    stream which reads a folder a chunk at a time (:func:`factcmp.iter_claims`,
    :func:`factcmp.iter_compare`) gives every entry the row
    :func:`load_articles` of the whole folder gives it: ``reason`` ``""`` is
    an article file, read; any other reason is a skipped row with that
    warning (a sub-folder's ``doc_id`` is ``"name/"``). It is a path
    (``os.fspath`` works), so anything that takes paths takes it.
    """

    path: Path
    reason: str = ""

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    @property
    def is_folder(self) -> bool:
        """A sub-folder: listed, as skipped, and its files not read."""
        return self.reason == _SUBFOLDER


@dataclass(frozen=True)
class ReadOptions:
    """How documents are read; one per :func:`load_articles` call."""

    html: str = "auto"
    max_chars: int = MAX_CHARS
    languages: tuple[str, ...] = ("en",)


def read_article_file(path: Path, meta: dict[str, str] | None = None, *, options: ReadOptions | None = None) -> Article:
    """Read one file into an :class:`Article`; never raises for bad content."""
    options = options or ReadOptions()
    art = Article(doc_id=one_line(path.stem or path.name), path=str(path))
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        return art.skip(f"could not read file: {err.strerror or err}")
    if len(data) > MAX_FILE_BYTES:
        data = data[:MAX_FILE_BYTES]
        art.warnings.append(f"file larger than {MAX_FILE_BYTES // 2**20} MB: only its start was read")
    raw, note = decode_bytes(data)
    if raw is None:
        return art.skip(note)
    if note:
        art.warnings.append(note)
    name = NAME_WITH_SOURCE.match(path.stem)
    from_name = {"source": name.group("source"), "published": name.group("date")} if name else {}
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml")
    return _fill(art, raw, meta or {}, options, is_html=is_html, fallback=from_name)


def _fill(
    art: Article,
    raw: str,
    meta: dict[str, str],
    options: ReadOptions,
    *,
    is_html: bool = False,
    fallback: dict[str, str] | None = None,
) -> Article:
    """Metadata, text, title and status of an article from its decoded text.

    Metadata comes from ``meta`` (sources.csv or table columns), then the
    text's ``Key: value`` header, then ``fallback`` (the file name).
    """
    fallback = fallback or {}
    header, body = split_header(raw)
    full_length = len(body)
    cut = False
    if is_html or looks_like_html(body):
        # markup is mostly tags: allow more of it, but never megabytes into the HTML parser
        markup_budget = _MARKUP_PER_CHAR * options.max_chars
        cut = len(body) > markup_budget
        extracted = extract_html(body[:markup_budget], method=options.html)
        body = extracted.text
        art.warnings.append("HTML converted to text" + (" with trafilatura" if extracted.method == "trafilatura" else ""))
    art.source = one_line(meta.get("source") or source_from_header(header) or fallback.get("source", ""))
    given = meta.get("published") or meta.get("date") or header.get("date") or header.get("published") or ""
    art.published = (
        iso_date(meta.get("published") or meta.get("date"))
        or iso_date(header.get("date") or header.get("published"))
        or fallback.get("published", "")
    )
    if given and not art.published:
        # said, not silently dropped: the date falls back to the cluster's, which the warning then names
        art.warnings.append(f"publication date {one_line(given)[:40]!r} is not a date factcmp can read (write it as YYYY-MM-DD)")
    head = head_of(body, options.max_chars)
    cleaned = clean(head)
    art.warnings.extend(cleaned.notes)
    art.text = truncate(cleaned.text, options.max_chars)
    if cut or len(head) < len(body) or len(art.text) < len(cleaned.text):
        # a text under max_chars is cut for its count of words and marks (MAX_TOKENS), which max_chars does not raise
        why = f" (at most {MAX_TOKENS:,} words and punctuation marks are read)" if len(cleaned.text) <= options.max_chars else ""
        art.warnings.append(
            f"very long ({full_length:,} characters): only the first {len(art.text):,} characters were compared{why}; "
            "split it into separate articles or raise max_chars"
        )
    art.title = one_line(meta.get("title") or header.get("title") or title_of(art.text))
    if not art.text.strip():
        return art.skip("no text after cleaning", status="empty")
    guess = guess_language(art.text)
    art.language = guess.code
    if not accepts(guess, options.languages):
        art.skip(skip_reason(guess))
    return art


def _iter_inputs(source: str | Path | Iterable[str | Path]) -> tuple[list[tuple[Path, str]], bool]:
    """The entries to list, each with why it is not read ('' for a file to read); and whether any came judged."""
    items = [source] if isinstance(source, (str, Path)) else list(source)
    out: list[tuple[Path, str]] = []
    judged = False
    for item in items:
        if isinstance(item, FolderEntry):  # listed by the caller: its verdict stands, whatever the file's name
            out.append((item.path, item.reason))
            judged = True
            continue
        if not isinstance(item, (str, PathLike)):
            raise ConfigError(
                f"cannot read articles from {type(item).__name__} {str(item)[:40]!r}: give paths (str or Path), "
                "a folder, a glob, or a DataFrame with a 'text' column"
            )
        p = Path(item)
        if p.is_dir():
            out.extend((e.path, e.reason) for e in folder_entries(p))
        elif p.exists():
            out.append((p, ""))  # named by the user: always tried (a file, or a pipe such as <(curl ...))
        elif any(ch in str(item) for ch in "*?["):
            out.extend((e.path, e.reason) for e in glob_entries(str(item), lazy=False))
        else:
            raise InputError(f"no such file or folder: {str(item)!r}. Give a folder of .txt articles, files, or a DataFrame.")
    return out, judged


def folder_entries(folder: str | PathLike[str]) -> Iterator[FolderEntry]:
    """Every entry of a folder that :func:`load_articles` lists, sorted by name, each judged as it is taken.

    The folder is listed at once (a folder that cannot be listed is an
    :class:`~factcmp.errors.InputError` here, not at the first entry); each
    entry is looked at only when it is taken, so a stream over a folder of
    100,000 files starts at once. Hidden and system entries and the folder's
    notes (``sources.csv``, ``README``) are left out.
    """
    return _judged(sorted(_listing(Path(folder))), matched=False)


def glob_entries(pattern: str, *, lazy: bool = True, recursive: bool = False) -> Iterator[FolderEntry]:
    """Every match of a glob as :func:`load_articles` lists it: matched files are read, folders and pipes listed.

    ``lazy``: matches in the order the file system gives them, found as they
    are taken (``glob.iglob``); otherwise sorted, as :func:`load_articles` reads them.
    """
    matches = glob.iglob(pattern, recursive=recursive) if lazy else sorted(glob.glob(pattern, recursive=recursive))
    return _judged((Path(q) for q in matches), matched=True)


def _judged(paths: Iterable[Path], *, matched: bool) -> Iterator[FolderEntry]:
    for p in paths:
        for path, reason in _folder_entries([p], matched=matched):
            yield FolderEntry(path, reason)


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError as err:
        raise InputError(f"cannot list the folder {str(folder)!r}: {err.strerror or err}. Check its permissions.") from err


def _folder_entries(entries: list[Path], *, matched: bool = False) -> list[tuple[Path, str]]:
    """Every entry of a folder, or every match of a glob (``matched``), with why it is not read.

    A sub-folder is listed, as skipped, so that a cluster folder left beside
    the articles shows in documents.csv rather than being silently not compared.
    Hidden and system entries and the folder's own notes are left out of a
    folder; a glob already leaves out dot files unless it names them, and
    whatever else it matches was asked for.
    """
    out = []
    for p in entries:
        if p.name.lower() in _SYSTEM_ENTRIES or (not matched and (p.name.startswith(".") or _FOLDER_NOTES.match(p.name))):
            continue
        try:
            out.append((p, _entry_reason(p, matched=matched)))
        except OSError as err:  # a folder listed but not searchable: its entries cannot even be looked at
            out.append((p, f"could not read file: {err.strerror or err}"))
    return out


def _entry_reason(p: Path, *, matched: bool) -> str:
    if p.is_dir():
        return _SUBFOLDER
    if p.is_file():
        return "" if matched or p.suffix.lower() in ARTICLE_SUFFIXES or not p.suffix else _not_article(p)
    if p.is_symlink():
        return "a broken link: the file it points to does not exist"
    # a pipe, socket or device in a folder: reading it could block, so it is listed, not read
    return "not a regular file (a pipe, socket or device), so it was not read"


def _not_article(path: Path) -> str:
    return f"not an article file ({path.suffix}): factcmp reads {', '.join(ARTICLE_SUFFIXES)} or files named on the command line"


def load_articles(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    date: str | None = None,
    languages: str | Iterable[str] = ("en",),
    html: str = "auto",
    max_chars: int = MAX_CHARS,
) -> pd.DataFrame:
    """Read articles into a table: one row per input document, none dropped.

    Args:
        source: a folder of ``.txt`` / ``.html`` files, file paths, a glob, or a
            DataFrame with ``text`` and optionally ``doc_id``, ``source``,
            ``published``, ``title``. Every file of a folder gets a row; files
            that are not articles (``.pdf``, ``.jpg``...) are listed as skipped,
            and so are sub-folders (``doc_id`` ``"name/"``), whose files are not
            read. Hidden entries (``.DS_Store``, ``.ipynb_checkpoints``),
            ``__MACOSX``, ``Thumbs.db`` and the folder's notes (``sources.csv``,
            ``README``) are not listed. :class:`FolderEntry` items (a
            folder's entries as :func:`folder_entries` judges them, which the
            streaming readers pass a chunk at a time) keep their verdict.
        date: the cluster's reference date (ISO) for articles without their own;
            by default the most common publication date of the dated articles.
        languages: article languages to compare (ISO 639-1 codes); others are
            skipped with a warning. ``"*"`` takes every language (for a
            multilingual model). Texts too short to tell are always kept.
        html: how HTML is turned into text: ``"auto"`` (trafilatura when it is
            installed, else the built-in stripper), ``"trafilatura"`` or ``"strip"``.
        max_chars: longest article text compared; longer ones are cut, with a warning.

    Returns:
        DataFrame with columns doc_id, source, title, published, reference_date,
        text, path, status (ok / empty / skipped), warning and language.

    Raises:
        InputError: a path that does not exist, or no documents at all.
        ConfigError: a bad option, or a table without a ``text`` column.
    """
    import pandas as pd

    if not isinstance(max_chars, int) or max_chars < 1:
        raise ConfigError(f"max_chars must be a positive whole number of characters, not {max_chars!r}.")
    langs = (languages,) if isinstance(languages, str) else tuple(languages) if isinstance(languages, abc.Iterable) else ()
    if not langs or not all(isinstance(x, str) for x in langs):
        raise ConfigError(f"languages must be ISO 639-1 codes such as 'en' or ('en', 'fr'), or '*' for any, not {languages!r}.")
    resolve_method(html)  # an unknown method, or a trafilatura asked for by name that is missing, fails here
    # "auto" stays "auto": each HTML file resolves it, so a trafilatura that does not import is a warning, not an error
    options = ReadOptions(html=html, max_chars=max_chars, languages=langs)
    if isinstance(source, pd.DataFrame):
        articles = _articles_from_frame(source, options)
    else:
        articles = []
        metas: dict[Path, dict[str, dict[str, str]]] = {}
        entries, judged = _iter_inputs(source)
        if not judged and all(reason == _SUBFOLDER for _, reason in entries):
            # nothing but folders: the error below says how to compare them. Not for entries a stream
            # judged: its chunk of a folder may hold only folders while the folder has articles.
            entries = []
        for path, reason in entries:
            if reason:
                # a folder's id ends in "/": it says what it is, and "sub/" never takes the id of "sub.txt"
                name = path.name + "/" if reason == _SUBFOLDER else path.stem or path.name
                articles.append(Article(doc_id=one_line(name), path=str(path)).skip(reason))
                continue
            if path.parent not in metas:
                metas[path.parent] = read_sources_csv(path.parent)
            articles.append(read_article_file(path, metas[path.parent].get(path.stem), options=options))
    if not articles:
        raise InputError(
            "no articles found: give a folder with .txt files, file paths, or a DataFrame with a 'text' column."
            + subfolder_hint(source)
        )
    _dedupe_ids(articles)
    _skip_duplicates(articles)
    not_compared = sum(a.status != "ok" for a in articles)
    if not_compared:
        log.info("%d of %d documents are empty or skipped; the warning column says why", not_compared, len(articles))
    frame = pd.DataFrame(
        [
            {
                "doc_id": a.doc_id,
                "source": a.source or a.doc_id,
                "title": a.title,
                "published": a.published,
                "reference_date": "",
                "text": a.text,
                "path": a.path,
                "status": a.status,
                "warning": "; ".join(a.warnings),
                "language": a.language,
            }
            for a in articles
        ],
        columns=ARTICLE_COLUMNS,
    )
    return fill_reference_dates(frame, date=date)


def subfolder_hint(source: object) -> str:
    """For a folder of cluster folders: say how to compare them, as load_articles reads one folder's files."""
    if isinstance(source, (list, tuple)):
        return "".join(subfolder_hint(s) for s in source)
    if not isinstance(source, (str, PathLike)) or not Path(source).is_dir():
        return ""
    subs = [p.name for p in subfolders(source)]
    if not subs:
        return ""
    shown = ", ".join(repr(n) for n in subs[:3]) + (f" and {len(subs) - 3} more" if len(subs) > 3 else "")
    return (
        f" {str(source)!r} holds folders ({shown}): give one of them, or compare each with "
        "factcmp.iter_compare (a folder of cluster folders)."
    )


def subfolders(folder: str | PathLike[str]) -> list[Path]:
    """The sub-folders of a folder that may hold articles, sorted: not hidden ones, not ``__MACOSX`` and the like."""
    return sorted(
        p for p in _listing(Path(folder)) if p.is_dir() and not p.name.startswith(".") and p.name.lower() not in _SYSTEM_ENTRIES
    )


def fill_reference_dates(frame: pd.DataFrame, *, date: str | None = None) -> pd.DataFrame:
    """Give every article the date its relative dates resolve against.

    An article's own publication date wins; otherwise ``date``; otherwise the
    most common date of its dated siblings (the cluster's date).
    """
    frame = frame.copy()
    own = [iso_date(d) for d in frame["published"].fillna("").astype(str)]
    fallback = iso_date(date) if date else ""
    if date and not fallback:
        raise ConfigError(f"the reference date {date!r} is not a date: give it as YYYY-MM-DD.")
    if not fallback:
        dated = [d for d in own if d]
        fallback = Counter(dated).most_common(1)[0][0] if dated else ""
    ref = [d or fallback for d in own]
    frame["reference_date"] = ref
    notes = []
    statuses = frame["status"] if "status" in frame.columns else ["ok"] * len(frame)
    for d, r, w, status in zip(own, ref, frame["warning"].fillna(""), statuses, strict=True):
        if status != "ok":
            pass  # not compared: its dates do not matter
        elif not d and r:
            w = "; ".join(x for x in (w, f"no publication date: relative dates resolved against the cluster date {r}") if x)
        elif not d:
            w = "; ".join(x for x in (w, "no publication date anywhere: relative dates are left unresolved") if x)
        notes.append(w)
    frame["warning"] = notes
    return frame


def _cell(row: dict[str, object], key: str) -> str:
    value = row.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _articles_from_frame(df: pd.DataFrame, options: ReadOptions) -> list[Article]:
    if "text" not in df.columns:
        raise ConfigError(f"the articles table needs a 'text' column; it has {list(df.columns)}.")
    out = []
    for i, row in enumerate(df.to_dict("records")):
        art = Article(doc_id=one_line(_cell(row, "doc_id")) or f"doc{i:04d}")
        raw = row.get("text")
        if isinstance(raw, (bytes, bytearray)):
            raw, note = decode_bytes(bytes(raw))
            if raw is None:
                out.append(art.skip(note))
                continue
            if note:
                art.warnings.append(note)
        if raw is None or (isinstance(raw, float) and math.isnan(raw)):
            out.append(art.skip("no text (the cell is empty)", status="empty"))
            continue
        if not isinstance(raw, str):
            out.append(art.skip(f"text is {type(raw).__name__}, not a string"))
            continue
        meta = {k: _cell(row, k) for k in ("source", "published", "title")}
        out.append(_fill(art, raw, {k: v for k, v in meta.items() if v}, options))
    return out


def _dedupe_ids(articles: list[Article]) -> None:
    seen: Counter[str] = Counter()
    for art in articles:
        seen[art.doc_id] += 1
        if seen[art.doc_id] > 1:
            new = f"{art.doc_id}~{seen[art.doc_id]}"
            art.warnings.append(f"doc_id {art.doc_id!r} was used twice; renamed {new!r}")
            art.doc_id = new


def _skip_duplicates(articles: list[Article]) -> None:
    """Skip the second and later copies of the same text: one report is one source."""
    first: dict[str, str] = {}
    for art in articles:
        if art.status != "ok":
            continue
        key = " ".join(art.text.split())
        if key in first:
            art.skip(f"duplicate: the same text as {first[key]!r}, which is compared instead")
        else:
            first[key] = art.doc_id
