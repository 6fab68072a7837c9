"""How the model's matrices are multiplied: numpy's BLAS, one thread.

spaCy's CPU models multiply through thinc's ``NumpyOps``, which by default
calls the ``blis`` package. On the machines factcmp is developed on (AMD EPYC,
AVX-512) blis 1.3 picks a slow kernel: a tok2vec-sized product, (30, 96) by
(96, 288), takes 70-165 us there against 21 us in numpy's OpenBLAS, and
``NumpyOps(use_blis=False)`` is thinc's own switch to numpy. The parse is most of
factcmp's cost, so a model factcmp loads itself is built with those ops: on the
NewsQuant sentences extraction runs 1.2 times as fast batched and 1.5 times as
fast per call, with the same claims (``benchmarks/quantities.py``).

OpenBLAS would also spread each small product over every core. For matrices this
size that costs more than it gains (per call, 81 sentences/s on two threads
against 106 on one), and spaCy parallelises by process (``n_process``), not by
thread. So factcmp holds BLAS to one thread while it runs the pipeline, through
threadpoolctl, and gives the rest of the process its threads back between
calls: a notebook's own numpy work keeps its threads.
"""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from threadpoolctl import ThreadpoolController

T = TypeVar("T")


def model_ops() -> contextlib.AbstractContextManager[object]:
    """Context in which a loaded model's layers get numpy-backed thinc ops (``use_blis=False``)."""
    from thinc.api import use_ops

    return use_ops("numpy", use_blis=False)


@functools.cache
def _controller() -> ThreadpoolController:
    # Looking up the loaded BLAS libraries costs about 0.25 ms; a limit on a known
    # controller about 11 us, which is why the controller is kept.
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold the BLAS libraries of this process to one thread inside the block."""
    with _controller().limit(limits=1, user_api="blas"):
        yield


def one_blas_thread_each(items: Iterable[T]) -> Iterator[T]:
    """Iterate ``items`` (a lazy ``nlp.pipe``) with one BLAS thread while each item is computed.

    The limit is lifted at every ``yield``, so the caller's own work between
    items runs as it would without factcmp. Worker processes that ``nlp.pipe``
    starts on the first step (``n_process``; forked, on Linux) inherit the limit.
    """
    it = iter(items)
    while True:
        with one_blas_thread():
            try:
                item = next(it)
            except StopIteration:
                return
        yield item
