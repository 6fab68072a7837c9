"""The same input gives byte-identical CSV output, run after run.

Two runs in separate processes with different ``PYTHONHASHSEED``: set and dict
order of strings changes with the seed, so anything that leaks that order into
the output (a tie broken by ``max(set(...))``, an unsorted ``set`` join) shows
up here and nowhere else.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .badfiles import write_encodings, write_good, write_html, write_languages, write_misc

pytestmark = [pytest.mark.model, pytest.mark.slow]

TABLES = ("claims.csv", "comparison.csv", "documents.csv", "entities.csv")


def _run(folder, out, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cmd = [sys.executable, "-m", "factcmp", "compare", str(folder), "--out", str(out), "--quiet"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def test_two_runs_write_the_same_bytes(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    for make in (write_good, write_encodings, write_html, write_languages, write_misc):
        make(folder)
    _run(folder, tmp_path / "a", "1")
    _run(folder, tmp_path / "b", "2")
    for name in TABLES:
        first, second = (tmp_path / "a" / name).read_bytes(), (tmp_path / "b" / name).read_bytes()
        assert first.count(b"\n") > 1, f"{name} is empty"
        assert first == second, f"{name} differs between runs"
    # the absolute paths differ only by the input folder, which is the same: nothing else leaked
    assert str(folder).encode() in (tmp_path / "a" / "documents.csv").read_bytes()


def test_the_same_process_gives_the_same_tables_twice(tmp_path, nlp):
    import factcmp
    from factcmp.io import write_tables

    folder = tmp_path / "in"
    folder.mkdir()
    write_good(folder)
    write_misc(folder)
    for out in ("a", "b"):
        write_tables(factcmp.compare(folder, nlp=nlp), tmp_path / out)
    for name in TABLES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
