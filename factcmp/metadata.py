"""Article metadata: ``Key: value`` headers, dates, titles, outlets, and one-line clean fields.

Metadata ends up in table cells and column names, so every field is made one
clean line (:func:`one_line`), and dates are real ISO dates or nothing.
"""

from __future__ import annotations

import csv
import logging
import math
import re
from datetime import date as _date
from pathlib import Path

log = logging.getLogger(__name__)

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
#: Dev-corpus style file names: 03_wcyb.com_2016-07-07.txt
NAME_WITH_SOURCE = re.compile(r"^(?:\d+_)?(?P<source>[A-Za-z0-9.-]+\.[A-Za-z]{2,})_(?P<date>\d{4}-\d{2}-\d{2})$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CREDIT = re.compile(r"(?:/\s*|\b)(?:AP|AFP|Reuters|Getty(?: Images)?|EPA)\s*\)?$|^\(?(?:photo|image)\b", re.IGNORECASE)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading block of ``Key: value`` lines (as in Pelican exports) from the body."""
    meta: dict[str, str] = {}
    pos = 0
    while pos < len(text) and len(meta) <= len(_HEADER_KEYS):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        m = _HEADER_LINE.match(line)
        if not m or m.group(1).strip().lower() not in _HEADER_KEYS:
            break
        meta[m.group(1).strip().lower()] = m.group(2).strip()
        pos = len(text) if end < 0 else end + 1
    if len(meta) < 2:  # one "Source: AP" line is body text, not a header block
        return {}, text
    return meta, text[pos:].lstrip("\n")


def one_line(value: object, *, limit: int = 300) -> str:
    r"""Metadata as one clean line: no line breaks or control characters, at most ``limit`` characters.

    >>> one_line(" Ramadi\r\nfalls\x00 \t again ")
    'Ramadi falls again'
    """
    text = _CONTROL.sub(" ", str(value))
    return " ".join(text.split())[:limit]


def iso_date(value: object) -> str:
    """Return a real YYYY-MM-DD from a date-like value, or ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, _date):
        return value.isoformat()[:10]
    text = str(value).strip()[:100]
    m = _ISO_DATE.search(text)
    if m:
        try:
            return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return ""
    if not re.search(r"\d{4}", text):
        return ""  # "Monday" or "3 days ago" would be read against today's clock
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError, TypeError, RecursionError):  # dateparser on junk input
        return ""
    return parsed.date().isoformat() if parsed else ""


def read_sources_csv(folder: Path) -> dict[str, dict[str, str]]:
    """The ``sources.csv`` beside a folder's articles: file stem to its row (source, published, title)."""
    path = folder / "sources.csv"
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, csv.Error) as err:
        log.warning("could not read %s: %s", path, err)
        return {}
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        key = str(row.get("doc_id") or row.get("file") or "").strip()
        if key:
            out[Path(key).stem] = {k: str(v or "").strip() for k, v in row.items() if isinstance(k, str)}
    return out


def title_of(body: str) -> str:
    """The headline: a short first paragraph that is not a photo credit, or ''."""
    paragraphs = [p.strip() for p in body[:2000].split("\n\n") if p.strip()]
    for para in paragraphs[:3]:
        if "\n" in para or len(para) > 200:
            return ""
        if not _CREDIT.search(para):
            return para
    return ""


def source_from_header(header: dict[str, str]) -> str:
    """The outlet from a header's ``Src:``/``URL:`` (its host name) or ``Source:`` line."""
    url = header.get("src") or header.get("url") or header.get("source") or ""
    m = re.match(r"^[a-z]+://(?:www\.)?([^/]+)", url)
    return m.group(1) if m else url
