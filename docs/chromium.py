"""Headless Chromium as the README pictures and the report test run it: one set of flags.

``docs/make_images.py`` imports this module (it sits beside it) and
``tests/report/test_browser.py`` loads it by path, so a flag changed here
changes both the screenshot in the README and the browser the test opens.
"""

from __future__ import annotations

import shutil

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# A reproducible page: no sandbox (containers, CI), no GPU, no network chatter
# (updates, sync, QUIC), no first-run dialog, no scrollbars in screenshots.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    """Path of the first Chromium found on PATH, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None
