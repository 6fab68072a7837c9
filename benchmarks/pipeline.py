"""How fast factcmp is beside the spaCy parse it cannot avoid, and beside quantulum3.

Prints, for the same articles in one run (the Ramadi cluster and the dev
clusters, replicated to ``--articles``): articles/s and words/s of bare
``nlp.pipe`` with the same model, of ``factcmp.compare``, of ``compare_many``
and of quantulum3's ``parser.parse``; the ratios; peak memory; the time for 100
against 1,000 articles; and the cold start of the command line.

    .venv/bin/python benchmarks/pipeline.py                 # everything (about 10 min on 2 cores)
    .venv/bin/python benchmarks/pipeline.py --quick         # 100 articles, one repeat, no 1,000 run
    .venv/bin/python benchmarks/pipeline.py --only compare --articles 1000   # one figure, as JSON

``--only`` runs a single measurement in a fresh process and prints it as JSON
(seconds after warm-up, CPU seconds, peak RSS), for ``/usr/bin/time -v`` or any
outside timer. Timings use ``time.perf_counter`` and ``time.process_time``;
peak memory is ``resource.getrusage(...).ru_maxrss`` of a process that ran
only that measurement. The machine this runs on may be shared: the figures
are medians of interleaved repeats, and CPU time is printed beside wall time.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAMADI = ROOT / "data" / "ramadi-2015"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MODES = ("bare", "bare-same", "compare", "compare-each", "compare-many", "quantulum")


# ---------------------------------------------------------------- the articles


def cluster_folders() -> list[Path]:
    """Ramadi first, then every dev cluster found beside the repository."""
    folders = [RAMADI]
    if DEV.is_dir():
        folders += sorted(p for p in DEV.iterdir() if p.is_dir())
    return folders


def corpus(n: int):  # -> pd.DataFrame
    """``n`` articles: the clusters' articles, replicated cluster by cluster.

    Columns: cluster, doc_id, source, published, title, text (text as
    ``load_articles`` cleans it, so every tool reads the same characters).
    Replica ``r`` of a cluster is cluster ``"<name>#<r>"``, dated ``r`` days
    later: the same words, but their dates resolve against another day, so a
    per-process memo (factcmp keeps one for resolved dates) cannot answer a
    copy from its original, as it could not in a real archive of distinct
    articles.
    """
    import pandas as pd

    import factcmp

    base = []
    for folder in cluster_folders():
        docs = factcmp.load_articles(folder)
        docs = docs[docs["status"] == "ok"]
        base.append(docs[["doc_id", "source", "published", "title", "text"]].assign(cluster=folder.name))
    one = pd.concat(base, ignore_index=True)
    copies = -(-n // len(one))
    table = pd.concat(
        [one.assign(cluster=one["cluster"] + f"#{r}", published=dated_later(one["published"], r)) for r in range(copies)],
        ignore_index=True,
    ).iloc[:n]
    return table[["cluster", "doc_id", "source", "published", "title", "text"]].reset_index(drop=True)


def dated_later(published, days: int):  # -> pd.Series
    """ISO dates moved ``days`` later; a blank or unreadable date stays as it is."""
    import pandas as pd

    when = pd.to_datetime(published, errors="coerce", format="ISO8601")
    moved = (when + pd.Timedelta(days=days)).dt.strftime("%Y-%m-%d")
    return moved.where(when.notna(), published)


def as_documents(table):  # -> pd.DataFrame
    """One documents table for all articles, read cluster by cluster, doc ids made unique.

    ``load_articles`` skips a text it has already seen (one report is one
    source), so the replicas are read per cluster and then joined.
    """
    import pandas as pd

    import factcmp

    parts = []
    for key, group in table.groupby("cluster", sort=False):
        docs = factcmp.load_articles(group.drop(columns="cluster"))
        parts.append(docs.assign(doc_id=docs["doc_id"] + "@" + str(key)))
    return pd.concat(parts, ignore_index=True)


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


# ---------------------------------------------------------------- the measurements


class Runner:
    """Every measured task, ready to run on the same articles."""

    def __init__(self, n: int, model: str | None, batch_size: int, n_process: int = 1) -> None:
        from factcmp._models import resolve_model_name

        self.model = resolve_model_name(model)
        self.batch_size = batch_size
        self.n_process = n_process
        self.table = corpus(n)
        self.texts = list(self.table["text"])
        self.distinct = list(dict.fromkeys(self.texts))
        self.documents = as_documents(self.table)
        self._bare = None
        self._bare_same = None

    def warm(self, mode: str) -> None:
        """Load what a mode needs and run it on a few articles, untimed."""
        full = (self.table, self.texts, self.distinct, self.documents)
        self.table, self.texts, self.distinct, self.documents = (
            self.table.iloc[:6],
            self.texts[:6],
            self.distinct[:2],
            self.documents.iloc[:6],
        )
        try:
            self.run(mode)
            if mode.startswith("compare"):
                # quantulum3, which factcmp asks about rare units, builds its regexes on first use:
                # a once-per-process cost, counted in the cold start, not in the throughput
                from quantulum3 import parser

                parser.parse("3 kWh")
        finally:
            self.table, self.texts, self.distinct, self.documents = full

    def run(self, mode: str) -> None:
        getattr(self, "run_" + mode.replace("-", "_"))()

    def run_bare(self) -> None:
        """spaCy alone, the model as its package ships it (every component)."""
        import spacy

        if self._bare is None:
            self._bare = spacy.load(self.model)
        collections.deque(self._bare.pipe(self.texts, batch_size=self.batch_size, n_process=self.n_process), maxlen=0)

    def run_bare_same(self) -> None:
        """spaCy alone, with only the model components factcmp runs."""
        import spacy

        from factcmp._models import UNUSED_COMPONENTS

        if self._bare_same is None:
            self._bare_same = spacy.load(self.model, exclude=list(UNUSED_COMPONENTS))
        collections.deque(self._bare_same.pipe(self.texts, batch_size=self.batch_size, n_process=self.n_process), maxlen=0)

    def run_compare(self) -> None:
        """factcmp.compare on every article in one call, from the cleaned documents table."""
        import factcmp

        factcmp.compare(self.documents, nlp=self.model, batch_size=self.batch_size, n_process=self.n_process)

    def run_compare_each(self) -> None:
        """factcmp.compare once per cluster, from raw article rows (reading included)."""
        import factcmp

        for _, group in self.table.groupby("cluster", sort=False):
            factcmp.compare(group.drop(columns="cluster"), nlp=self.model, batch_size=self.batch_size, n_process=self.n_process)

    def run_compare_many(self) -> None:
        """compare_many on the whole table of clusters (reading included)."""
        from factcmp.distributed import compare_many

        compare_many(self.table, by="cluster", nlp=self.model, batch_size=self.batch_size, n_process=self.n_process)

    def run_quantulum(self) -> None:
        """quantulum3 alone, parse() on each distinct article text."""
        from factcmp._models import prime_process

        prime_process()  # the same cheap inflect import factcmp gets: compare like with like
        from quantulum3 import parser

        for text in self.distinct:
            parser.parse(text)

    def articles(self, mode: str) -> tuple[int, int]:
        """(articles, words) a mode reads."""
        if mode == "quantulum":
            return len(self.distinct), words(self.distinct)
        return len(self.texts), words(self.texts)


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident memory of a process in MB: its VmHWM, else ``ru_maxrss`` (this process).

    VmHWM is used first because ``ru_maxrss`` of a process started from a big
    parent begins at the parent's peak (Linux carries it across fork and exec).
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if pid != "self":
        return 0.0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def only(mode: str, n: int, model: str | None, batch_size: int, n_process: int = 1) -> dict[str, object]:
    """Run one measurement in this (fresh) process."""
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    runner = Runner(n, model, batch_size, n_process)
    runner.warm(mode)
    ready = time.perf_counter() - t0
    wall, cpu = timed(lambda: runner.run(mode))
    arts, nwords = runner.articles(mode)
    return {
        "mode": mode,
        "articles": arts,
        "words": nwords,
        "seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "setup_seconds": round(ready, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "model": runner.model,
        "n_process": n_process,
    }


def child(mode: str, n: int, args: argparse.Namespace) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--only", mode, "--articles", str(n), "--batch-size", str(args.batch_size)]
    cmd += ["--n-process", str(args.n_process)]
    if args.model:
        cmd += ["--model", args.model]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- cold start


def first_output(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """(seconds to the first byte on stdout or stderr, seconds to exit, peak RSS MB) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sel = selectors.DefaultSelector()
    assert proc.stdout is not None
    assert proc.stderr is not None
    sel.register(proc.stdout, selectors.EVENT_READ)
    sel.register(proc.stderr, selectors.EVENT_READ)
    first = None
    peak = 0.0
    open_streams = 2
    while open_streams:
        for key, _ in sel.select(timeout=0.05):
            chunk = os.read(key.fileobj.fileno(), 65536)  # type: ignore[union-attr]
            if not chunk:
                sel.unregister(key.fileobj)
                open_streams -= 1
            elif first is None:
                first = time.perf_counter() - start
        peak = max(peak, peak_rss_mb(proc.pid))  # sampled: the high-water mark, read while it runs
    proc.wait()
    total = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{cmd} exited with {proc.returncode}")
    return first if first is not None else total, total, peak


def cold_start() -> list[tuple[str, float, float, float]]:
    exe = Path(sys.executable).parent / "factcmp"
    article = sorted(RAMADI.glob("*.txt"))[0]
    rows = []
    with tempfile.TemporaryDirectory() as out:
        for label, cmd in (
            ("factcmp --version", [str(exe), "--version"]),
            ("factcmp extract <one Ramadi article>", [str(exe), "extract", str(article)]),
            ("factcmp compare data/ramadi-2015", [str(exe), "compare", str(RAMADI), "--out", out]),
        ):
            first, total, rss = first_output(cmd, ROOT)
            rows.append((label, first, total, rss))
    return rows


# ---------------------------------------------------------------- the report


def report(args: argparse.Namespace) -> None:
    import warnings

    warnings.simplefilter("ignore")
    n = args.articles
    runner = Runner(n, args.model, args.batch_size, args.n_process)
    import spacy

    print(
        f"factcmp benchmark: {runner.model} (spaCy {spacy.__version__}), batch size {args.batch_size}, "
        f"n_process {args.n_process}, {os.cpu_count()} CPUs"
    )
    print(
        f"articles: {n} ({len(runner.distinct)} distinct, from {len(cluster_folders())} clusters replicated into "
        f"{runner.table['cluster'].nunique()}), {words(runner.texts):,} words\n"
    )
    repeated = ["bare", "bare-same", "compare"]
    once = ["compare-each", "compare-many", "quantulum"]
    for mode in repeated + once:
        runner.warm(mode)
    times: dict[str, list[tuple[float, float]]] = {m: [] for m in repeated + once}
    for _ in range(args.repeats):  # interleaved, so drift on a shared machine hits every mode alike
        for mode in repeated:
            times[mode].append(timed(lambda m=mode: runner.run(m)))
    for mode in once:
        times[mode].append(timed(lambda m=mode: runner.run(m)))

    labels = {
        "bare": "spaCy nlp.pipe, model as shipped",
        "bare-same": "spaCy nlp.pipe, factcmp's components",
        "compare": "factcmp.compare, all articles, one call",
        "compare-each": "factcmp.compare per cluster (+ reading)",
        "compare-many": "compare_many, all clusters (+ reading)",
        "quantulum": "quantulum3 parser.parse per article",
    }
    base_wall = statistics.median(t[0] for t in times["bare"])
    base_cpu = statistics.median(t[1] for t in times["bare"])
    print(f"{'':43}{'wall s':>8}{'cpu s':>8}{'art/s':>8}{'words/s':>9}{'x bare':>8}{'(cpu)':>7}")
    for mode in repeated + once:
        wall = statistics.median(t[0] for t in times[mode])
        cpu = statistics.median(t[1] for t in times[mode])
        arts, nwords = runner.articles(mode)
        # quantulum reads each distinct text once; its ratio is per article, scaled to the same articles
        scale = len(runner.texts) / arts
        print(
            f"{labels[mode]:43}{wall:8.2f}{cpu:8.2f}{arts / wall:8.1f}{nwords / wall:9,.0f}"
            f"{wall * scale / base_wall:8.2f}{cpu * scale / base_cpu:7.2f}"
        )
    print(f"\n(median of {args.repeats} interleaved runs for the first three rows; one run for the others)")
    if args.n_process != 1:
        print("(with several processes the cpu column counts only the parent: read the wall column)")

    if not args.skip_scaling:
        print("\nscaling and peak memory (each in a fresh process; seconds after loading and warm-up):")
        print(f"{'':43}{'wall s':>8}{'cpu s':>8}{'art/s':>8}{'peak MB':>9}")
        sizes = (100,) if args.quick else (100, 1000)
        got: dict[tuple[str, int], dict[str, object]] = {}
        for size in sizes:
            for mode in ("bare", "compare"):
                r = got[(mode, size)] = child(mode, size, args)
                print(
                    f"{labels[mode] + f' ({size})':43}{r['seconds']:8.2f}{r['cpu_seconds']:8.2f}"
                    f"{size / float(r['seconds']):8.1f}{r['peak_rss_mb']:9.0f}"  # type: ignore[arg-type]
                )
        if len(sizes) == 2:
            for mode in ("bare", "compare"):
                big, small = got[(mode, 1000)], got[(mode, 100)]
                print(
                    f"{labels[mode]}: 1,000 articles take {float(big['seconds']) / float(small['seconds']):.1f}x "  # type: ignore[arg-type]
                    f"the time of 100 (cpu {float(big['cpu_seconds']) / float(small['cpu_seconds']):.1f}x)"  # type: ignore[arg-type]
                )

    if not args.skip_cold:
        print("\ncold start of the command line (fresh process; first byte on stdout or stderr):")
        print(f"{'':43}{'first s':>8}{'total s':>8}{'peak MB':>9}")
        for label, first, total, rss in cold_start():
            print(f"{label:43}{first:8.2f}{total:8.2f}{rss:9.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300, help="articles in the throughput runs (default 300)")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved repeats of the main rows (default 3)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for spaCy and factcmp alike")
    ap.add_argument("--n-process", type=int, default=1, help="spaCy worker processes, for spaCy and factcmp alike")
    ap.add_argument("--model", default=None, help="spaCy model (default: factcmp's choice)")
    ap.add_argument("--only", choices=MODES, help="run one measurement in this process and print JSON")
    ap.add_argument("--quick", action="store_true", help="100 articles, one repeat, no 1,000-article run")
    ap.add_argument("--skip-scaling", action="store_true", help="skip the 100 vs 1,000 runs")
    ap.add_argument("--skip-cold", action="store_true", help="skip the command-line cold start")
    args = ap.parse_args()
    if args.only:
        print(json.dumps(only(args.only, args.articles, args.model, args.batch_size, args.n_process)))
        return
    if args.quick:
        args.articles, args.repeats = min(args.articles, 100), 1
    report(args)


if __name__ == "__main__":
    main()
