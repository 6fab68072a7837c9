"""Turning an HTML page, or HTML pasted into a text file, into plain article text.

Two methods:

* ``"strip"``, built in: drops scripts, styles and comments, turns block tags
  into paragraph breaks, removes the other tags and unescapes entities. It
  keeps everything else, navigation and footers included (the furniture
  filter in :mod:`factcmp.ingest` removes the usual lines).
* ``"trafilatura"``, when the ``trafilatura`` package is installed
  (``pip install trafilatura``): finds the article body in a full page and
  drops menus, comments and footers. For a fragment it finds nothing in
  (a few pasted tags) the built-in stripper is used instead.

``"auto"`` (the default) picks trafilatura when it is installed, else the stripper.
An installed trafilatura that fails to import (a known case: lxml 5.2 and later
without ``lxml_html_clean``) is a warning under ``"auto"`` and the stripper is
used; asked for by name, it is a :class:`~factcmp.errors.ConfigError`.
Either way, scripts never survive as markup: what comes out is plain text.
"""

from __future__ import annotations

import html as _html
import importlib
import importlib.util
import re
import warnings
from functools import cache
from typing import NamedTuple

from factcmp.errors import ConfigError

HTML_METHODS = ("auto", "trafilatura", "strip")

_DROP = re.compile(r"<(head|template|svg|math|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# an unclosed <script> or <style> runs to the end of the page, as a browser reads it
_DROP_CODE = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)", re.DOTALL)
_BLOCK = re.compile(
    r"</?(?:p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|article|section|header|footer|main|nav|aside"
    r"|blockquote|pre|figure|figcaption|form|title)\b[^<>]*>",
    re.IGNORECASE,
)
_CELL = re.compile(r"</?t[dh]\b[^<>]*>", re.IGNORECASE)
# Only what is really a tag: "<" then a letter, "/" or "!". "x < 5 and y > 3" is text.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![^<>]*>|<\?[^<>]*>")
_KNOWN_TAG = re.compile(
    r"</?(?:html|head|body|p|div|span|br|a|b|i|em|strong|article|section|script|style|table|tr|td|li|ul|ol"
    r"|h[1-6]|img|meta|link|figure|header|footer|nav)\b[^<>]*>",
    re.IGNORECASE,
)
# how far into a text to look for tags, and how many make it HTML
_SNIFF_CHARS = 200_000
_MIN_TAGS = 3


class ExtractedText(NamedTuple):
    """Plain text from HTML and the method that produced it."""

    text: str
    method: str


def looks_like_html(text: str) -> bool:
    """True for an HTML page or text with HTML pasted in (a few real tags).

    >>> looks_like_html("<p>About 500</p><p>killed</p><br>"), looks_like_html("if x < 5 and y > 3")
    (True, False)
    """
    head = text[:_SNIFF_CHARS]
    if head.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return True
    return sum(1 for _ in zip(range(_MIN_TAGS), _KNOWN_TAG.finditer(head), strict=False)) >= _MIN_TAGS


def resolve_method(method: str = "auto") -> str:
    """Turn ``"auto"`` into the method that will be used; check the others.

    Raises:
        ConfigError: for an unknown method, or ``"trafilatura"`` when it is not installed.
    """
    if method not in HTML_METHODS:
        raise ConfigError(f"unknown HTML method {method!r}: use one of {', '.join(HTML_METHODS)}.")
    installed = importlib.util.find_spec("trafilatura") is not None
    if method == "auto":
        return "trafilatura" if installed else "strip"  # not imported here: most folders hold no HTML
    if method == "trafilatura":
        if not installed:
            raise ConfigError("HTML method 'trafilatura' needs the package: pip install trafilatura (or use html='strip').")
        if _import_failure():
            raise ConfigError(f"HTML method 'trafilatura': the package does not import ({_import_failure()}).")
    return method


@cache
def _import_failure() -> str:
    """Why trafilatura, installed, cannot be imported ('' when it can); asked once per process."""
    try:
        importlib.import_module("trafilatura")
    except Exception as exc:  # a broken install of an optional package must not stop the run
        return f"{type(exc).__name__}: {exc}".strip()
    return ""


def extract_html(markup: str, *, method: str = "auto") -> ExtractedText:
    """Plain text of an HTML page or fragment, by ``method`` (see the module docstring).

    >>> extract_html("<p>About 500 &amp; more</p><script>alert(1)</script>", method="strip")
    ExtractedText(text='About 500 & more', method='strip')
    """
    used = resolve_method(method)
    if used == "trafilatura":
        text = _trafilatura(markup)
        if text:
            return ExtractedText(text, "trafilatura")
    return ExtractedText(html_to_text(markup), "strip")


def _trafilatura(markup: str) -> str:
    failure = _import_failure()
    if failure:
        warnings.warn(
            f"trafilatura is installed but does not import ({failure}); HTML is converted with factcmp's "
            "built-in stripper instead.",
            RuntimeWarning,
            stacklevel=2,
        )
        return ""
    import trafilatura

    try:
        text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    except Exception:  # a third-party parser on hostile markup: fall back, never crash
        return ""
    return (text or "").strip()


def html_to_text(markup: str) -> str:
    r"""Strip tags, scripts and styles; keep paragraph breaks; unescape entities.

    >>> html_to_text("<p>About 500 &amp; more</p><script>alert(1)</script><p>Next</p>")
    'About 500 & more\n\nNext'
    >>> html_to_text("<p>Fewer than 5 < 6 dead</p>")
    'Fewer than 5 < 6 dead'
    """
    text = _COMMENT.sub(" ", markup)
    text = _DROP_CODE.sub(" ", text)
    text = _DROP.sub(" ", text)
    text = _BLOCK.sub("\n\n", text)
    text = _CELL.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _html.unescape(text)
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
