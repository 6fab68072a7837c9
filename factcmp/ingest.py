"""Reading articles: files, folders or tables in; one clean record per article out.

Every input document gets a row, with ``status`` ``ok``, ``empty`` or
``skipped`` and the reason in ``warning``: nothing is dropped silently.
The cleaned ``text`` is the text every claim offset points into.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import ftfy

from factcmp.errors import ConfigError, InputError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
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
]
_HEADER_KEYS = {
    "title",
    "date",
    "category",
    "tags",
    "slug",
    "src",
    "source",
    "author",
    "url",
    "published",
    "byline",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{1,20}):[ \t]*(.*)$")
# Dev-corpus style names: 03_wcyb.com_2016-07-07.txt
_NAME_WITH_SOURCE = re.compile(r"^(?:\d+_)?(?P<source>[A-Za-z0-9.-]+\.[A-Za-z]{2,})_(?P<date>\d{4}-\d{2}-\d{2})$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# Lines that are site furniture, not reporting. Whole lines only, so a sentence
# that merely mentions a newsletter is kept.
_FURNITURE = re.compile(
    r"""^\s*(?:
        \d+\s*min(?:ute)?s?\s+read
      | sign\s+up\s+for\b.*
      | get\s+email\s+updates\s+from\b.*
      | related\s+(?:news|articles|stories|content|coverage)
      | find\s+.+\s+on\s+your\s+tv
      | post\s+navigation
      | advertisement
      | (?:close\s+)?skip\s+in\s+skip\s+x\s+embed\s+x\s+share.*
      | share\s+(?:this|on)\b.{0,40}
      | follow\s+us\s+on\b.*
      | read\s+more:?.{0,80}
      | click\s+here\b.{0,80}
      | (?:copyright|©).{0,120}
      | all\s+rights\s+reserved\.?
      | [\d]+\s+of\s+[\d]+        # photo-gallery counters "1 of 10"
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
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


def clean_text(raw: str) -> str:
    r"""Repair encoding damage and drop page furniture; the result is what claims index.

    >>> clean_text("forcesÂ soldiers fled\n3 min read\nOn Sunday")
    'forces\xa0soldiers fled\nOn Sunday'
    """
    text = ftfy.fix_text(raw, uncurl_quotes=False, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _repair_replacement_chars(text)
    lines = [ln.rstrip() for ln in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if _FURNITURE.match(line):
            continue
        # a headline printed twice in a row by the page template
        last = next((k for k in reversed(kept) if k.strip()), "")
        if line.strip() and line.strip() == last.strip():
            continue
        kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _repair_replacement_chars(text: str) -> str:
    # A pair of U+FFFD is what is left of a curly quote read in the wrong
    # encoding; a lone one before a stray "X" between spaces was a dash.
    text = re.sub(r"(?<=\s)\ufffdX(?=\s)", "\u2013", text)
    text = text.replace("\ufffd\ufffd", '"')
    return text.replace("\ufffd", "'")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading block of ``Key: value`` lines (as in Pelican exports) from the body."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m or m.group(1).strip().lower() not in _HEADER_KEYS:
            break
        meta[m.group(1).strip().lower()] = m.group(2).strip()
        i += 1
    if len(meta) < 2:  # one "Source: AP" line is body text, not a header block
        return {}, text
    return meta, "\n".join(lines[i:]).lstrip("\n")


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode a file's bytes; return (text or None, a note on what was done)."""
    if not data:
        return "", ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), ""
    if _looks_binary(data):
        return None, "binary file (not text)"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "undecodable bytes (not text in any known encoding)"
    return str(best), f"decoded as {best.encoding}"


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 without a BOM has NULs in every other byte
        return not (head[1::2].count(0) > len(head) * 0.4 or head[0::2].count(0) > len(head) * 0.4)
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.1


def _iso(value: object) -> str:
    """Return YYYY-MM-DD from a date-like value, or ''."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()[:10]
    m = _ISO_DATE.search(str(value))
    if m:
        return m.group(0)
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "nat"}:
        return ""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else ""


def _read_sources_csv(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "sources.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        key = (row.get("doc_id") or row.get("file") or "").strip()
        if key:
            out[Path(key).stem] = {k: (v or "").strip() for k, v in row.items() if k}
    return out


_CREDIT = re.compile(r"(?:/\s*|\b)(?:AP|AFP|Reuters|Getty(?: Images)?|EPA)\s*\)?$|^\(?(?:photo|image)\b", re.IGNORECASE)


def _title_of(body: str) -> str:
    # a headline is a short line followed by a blank line; a photo credit is not one
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for para in paragraphs[:3]:
        if "\n" in para or len(para) > 200:
            return ""
        if not _CREDIT.search(para):
            return para
    return ""


def read_article_file(path: Path, meta: dict[str, str] | None = None) -> Article:
    """Read one file into an :class:`Article`; never raises for bad content."""
    art = Article(doc_id=path.stem, path=str(path))
    try:
        data = path.read_bytes()
    except OSError as err:
        art.status, art.warnings = "skipped", [f"could not read file: {err.strerror or err}"]
        return art
    raw, note = decode_bytes(data)
    if raw is None:
        art.status, art.warnings = "skipped", [note]
        return art
    if note:
        art.warnings.append(note)
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(raw):
        from factcmp.html import html_to_text

        raw = html_to_text(raw)
        art.warnings.append("HTML converted to text")
    header, body = split_header(raw)
    name = _NAME_WITH_SOURCE.match(path.stem)
    meta = meta or {}
    art.source = meta.get("source") or _source_from_header(header) or (name.group("source") if name else "")
    art.published = _iso(meta.get("published") or meta.get("date") or header.get("date") or header.get("published")) or (
        name.group("date") if name else ""
    )
    art.text = clean_text(body)
    art.title = meta.get("title") or header.get("title") or _title_of(art.text)
    if not art.text.strip():
        art.status = "empty"
        art.warnings.append("no text after cleaning")
    return art


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return bool(re.search(r"<(html|body|p|div|br|article|script)[\s>/]", head)) and head.count("<") > 3


def _source_from_header(header: dict[str, str]) -> str:
    url = header.get("src") or header.get("url") or header.get("source") or ""
    m = re.match(r"^[a-z]+://(?:www\.)?([^/]+)", url)
    return m.group(1) if m else url


def _iter_paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [source] if isinstance(source, (str, Path)) else list(source)
    paths: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES))
        elif p.is_file():
            paths.append(p)
        elif any(ch in str(item) for ch in "*?["):
            paths.extend(sorted(Path().glob(str(item))))
        else:
            raise InputError(f"no such file or folder: {str(item)!r}. Give a folder of .txt articles, files, or a DataFrame.")
    return paths


def load_articles(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    date: str | None = None,
) -> pd.DataFrame:
    """Read articles into a table: one row per input document, none dropped.

    Args:
        source: a folder of ``.txt`` files, file paths, a glob, or a DataFrame
            with ``text`` and optionally ``doc_id``, ``source``, ``published``, ``title``.
        date: the cluster's reference date (ISO) for articles without their own;
            by default the most common publication date of the dated articles.

    Returns:
        DataFrame with columns doc_id, source, title, published, reference_date,
        text, path, status (ok / empty / skipped) and warning.
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        articles = _articles_from_frame(source)
    else:
        articles = []
        paths = _iter_paths(source)
        metas: dict[Path, dict[str, dict[str, str]]] = {}
        for path in paths:
            folder = path.parent
            if folder not in metas:
                metas[folder] = _read_sources_csv(folder)
            articles.append(read_article_file(path, metas[folder].get(path.stem)))
    if not articles:
        raise InputError("no articles found: give a folder with .txt files, file paths, or a DataFrame with a 'text' column.")
    _dedupe_ids(articles)
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
            }
            for a in articles
        ],
        columns=ARTICLE_COLUMNS,
    )
    return fill_reference_dates(frame, date=date)


def fill_reference_dates(frame: pd.DataFrame, *, date: str | None = None) -> pd.DataFrame:
    """Give every article the date its relative dates resolve against.

    An article's own publication date wins; otherwise ``date``; otherwise the
    most common date of its dated siblings (the cluster's date).
    """
    frame = frame.copy()
    own = frame["published"].fillna("").astype(str)
    fallback = _iso(date) if date else ""
    if not fallback:
        dated = [d for d in own if d]
        fallback = Counter(dated).most_common(1)[0][0] if dated else ""
    ref = [d or fallback for d in own]
    frame["reference_date"] = ref
    notes = []
    for d, r, w in zip(own, ref, frame["warning"].fillna(""), strict=True):
        if not d and r:
            w = "; ".join(x for x in (w, f"no publication date: relative dates resolved against the cluster date {r}") if x)
        elif not d:
            w = "; ".join(x for x in (w, "no publication date anywhere: relative dates are left unresolved") if x)
        notes.append(w)
    frame["warning"] = notes
    return frame


def _articles_from_frame(df: pd.DataFrame) -> list[Article]:
    if "text" not in df.columns:
        raise ConfigError(f"the articles table needs a 'text' column; it has {list(df.columns)}.")
    out = []
    for i, row in enumerate(df.to_dict("records")):
        raw = row.get("text")
        art = Article(doc_id=str(row.get("doc_id") or f"doc{i:04d}"))
        art.source = str(row.get("source") or "") if row.get("source") is not None else ""
        art.published = _iso(row.get("published"))
        if not isinstance(raw, str):
            art.status, art.warnings = "skipped", [f"text is {type(raw).__name__}, not a string"]
        else:
            header, body = split_header(raw)
            art.text = clean_text(body)
            art.title = str(row.get("title") or "") or header.get("title", "") or _title_of(art.text)
            if not art.published:
                art.published = _iso(header.get("date"))
            if not art.text:
                art.status, art.warnings = "empty", ["no text after cleaning"]
        out.append(art)
    return out


def _dedupe_ids(articles: list[Article]) -> None:
    seen: Counter[str] = Counter()
    for art in articles:
        seen[art.doc_id] += 1
        if seen[art.doc_id] > 1:
            new = f"{art.doc_id}~{seen[art.doc_id]}"
            art.warnings.append(f"doc_id {art.doc_id!r} was used twice; renamed {new!r}")
            art.doc_id = new
