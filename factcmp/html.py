"""Turning an HTML page into plain article text."""

from __future__ import annotations

import html as _html
import re

_DROP = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|article|section|header|footer|blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    r"""Strip tags, scripts and styles; keep paragraph breaks; unescape entities.

    >>> html_to_text("<p>About 500 &amp; more</p><script>alert(1)</script><p>Next</p>")
    'About 500 & more\n\nNext'
    """
    text = _DROP.sub(" ", markup)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = _BLOCK.sub("\n\n", text)
    text = _TAG.sub(" ", text)
    text = _html.unescape(text)
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
