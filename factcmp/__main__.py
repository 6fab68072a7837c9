"""``python -m factcmp``."""

from factcmp.cli import app

app(prog_name="factcmp")
