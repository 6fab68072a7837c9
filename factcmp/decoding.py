"""Bytes to text: tell text from binary, and find the encoding without guessing wrong.

Order of evidence, strongest first: a byte-order mark; the shape of UTF-32
and the NUL pattern of UTF-16 without one; the magic number of a known binary format; valid UTF-8.
What is left is a single-byte file. News in English is mostly ASCII, so its
few other bytes are curly quotes, dashes and accents in Windows-1252 (or
Latin-1, its subset), and decoding them so is exact, unless the words show
Mac OS Roman (see :func:`_is_mac_roman`); only a file whose bytes are mostly
non-ASCII (Cyrillic, Greek, CJK...) goes to charset-normalizer, which guesses
code pages for mostly-ASCII English at random (cp850, cp775, cp1250 for the
same Mac Roman or Latin-1 sentence) and so is not asked about it.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

# Byte-order marks; UTF-32 LE starts with the UTF-16 LE mark, so it comes first.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", ""),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
# Formats people drop into a folder of articles by mistake, by their first bytes.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls)"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)
_SAMPLE = 65_536
# Random bytes are one tenth C0 controls; text has none but a few strays.
_MAX_STRAY_CONTROLS = 8
# A valid multi-byte UTF-8 sequence (RFC 3629), to tell UTF-8 with a few stray
# bytes from a single-byte file.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Above this share of non-ASCII bytes a single-byte file is not Western European.
_WESTERN_MAX_NON_ASCII = 0.3


class Decoded(NamedTuple):
    """The text of a file (None when it is not text) and what was done to get it."""

    text: str | None
    note: str = ""


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; never raises.

    >>> decode_bytes("café “quoted”".encode("cp1252"))
    Decoded(text='café “quoted”', note='decoded as Windows-1252 (cp1252)')
    >>> decode_bytes("naïve £5".encode("latin-1"))
    Decoded(text='naïve £5', note='decoded as Latin-1 (ISO-8859-1)')
    >>> decode_bytes(b"%PDF-1.4 ...").note
    'not text but a PDF document: save it as plain text (.txt) first'
    """
    if not data:
        return Decoded("")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], codec, f"decoded as {name}" if name else "")
    utf32 = _utf32_without_bom(data)
    if utf32:
        return _decode_with(data, utf32, "decoded as UTF-32 (no byte-order mark)")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode_with(data, utf16, "decoded as UTF-16 (no byte-order mark)")
    kind = binary_kind(data)
    if kind:
        return Decoded(None, f"not text but {kind}: save it as plain text (.txt) first")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _decode_single_byte(data)


def _decode_with(data: bytes, codec: str, note: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), note)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return Decoded(text, "; ".join(x for x in (note, "some bytes were not valid and were replaced") if x))


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 LE or BE by its shape: every four bytes one code point, and text once decoded.

    Every unit must be a valid code point (at most U+10FFFF, no surrogate), so
    the top byte is always NUL and the next at most 0x10: no UTF-16 or
    single-byte text has that shape over a whole file, and binary data that
    happens to (an array of small 32-bit numbers) fails the text test.
    """
    if len(data) < 8 or len(data) % 4:
        return None
    head = data[:_SAMPLE]  # a multiple of four
    for codec in ("utf-32-le", "utf-32-be"):
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\t\n\r\f" for ch in text)
        if printable >= 0.95 * len(text):
            return codec
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:_SAMPLE]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    # ASCII-range text in UTF-16 has a NUL in every other byte, and few in the rest
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str:
    """What a binary file is ("a PNG image", "binary data"), or '' for text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:_SAMPLE]
    # Text has tabs, newlines and form feeds among the C0 controls and few others;
    # a stray NUL in scraped text is tolerated (cleaning drops it), many are not.
    control = sum(1 for b in head if b < 9 or 13 < b < 27 or 27 < b < 32)
    return "binary data" if control > max(_MAX_STRAY_CONTROLS, 0.03 * len(head)) else ""


def _decode_single_byte(data: bytes) -> Decoded:
    non_ascii = sum(1 for b in data[:_SAMPLE] if b >= 0x80)
    valid_utf8 = sum(len(m) for m in _UTF8_SEQ.findall(data[:_SAMPLE]))
    if valid_utf8 > non_ascii / 2:
        # UTF-8 with a few stray Windows-1252 bytes (text pasted from two places)
        _register_fallbacks()
        return Decoded(data.decode("utf-8", errors=_CP1252_FALLBACK), "decoded as UTF-8 with a few Windows-1252 bytes")
    if non_ascii <= _WESTERN_MAX_NON_ASCII * min(len(data), _SAMPLE):
        return _decode_western(data)
    from charset_normalizer import from_bytes

    best = from_bytes(data[: _SAMPLE * 4]).best()
    if best is None or best.encoding is None:
        return _decode_western(data)
    return _decode_with(data, best.encoding, f"decoded as {best.encoding}")


def _decode_western(data: bytes) -> Decoded:
    c1 = {b for b in data if 0x80 <= b <= 0x9F}
    if _is_mac_roman(data, "cp1252" if c1 else "latin-1"):
        return Decoded(data.decode("mac_roman"), "decoded as Mac OS Roman")
    if not c1:
        return Decoded(data.decode("latin-1"), "decoded as Latin-1 (ISO-8859-1)")
    _register_fallbacks()
    # the five bytes cp1252 leaves undefined become C1 controls, which cleaning drops
    return Decoded(data.decode("cp1252", errors=_LATIN1_FALLBACK), "decoded as Windows-1252 (cp1252)")


_CP1252_FALLBACK = "factcmp-cp1252"
_LATIN1_FALLBACK = "factcmp-latin1"


def _register_fallbacks() -> None:
    # Registered on first use, not at import; registering twice is harmless.
    codecs.register_error(_CP1252_FALLBACK, _from_cp1252)
    codecs.register_error(_LATIN1_FALLBACK, _from_latin1)


def _from_cp1252(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)  # noqa: S101  (only registered for decoding)
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors=_LATIN1_FALLBACK), err.end


def _from_latin1(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)  # noqa: S101
    return err.object[err.start : err.end].decode("latin-1"), err.end


# A run of letters (not ¼ ½ ¾ ¹ ² ³, which regex's \w counts), and symbols between two
# letters other than the apostrophes, hyphens, dashes and ellipsis English puts there
# ("don’t", "north–south", "wait…what").
_LETTER = r"[^\W\d_¹²³¼½¾]"
_LETTERS = re.compile(_LETTER + "+")
_SYMBOLS_IN_WORD = re.compile(rf"(?<={_LETTER})[^\x00-\x7f\w\s’‘‐‑–—…]+(?={_LETTER})")
# Mac Roman's quotes, dashes, guillemets, ellipsis and no-break space read as Windows
# capitals, standing alone as no English word does ("Ñ Austin Police", "said.Ó"), but
# for an initial ("É. Philippe") and the Irish "Ó Briain".
_LONE_CAPITAL = re.compile(rf"(?<!{_LETTER})(?!Ó [A-Z])[ÇÈÉÊÐÑÒÓÔÕ]+(?![.]|{_LETTER})")


def _is_mac_roman(data: bytes, western: str) -> bool:
    """Whether single-byte text is Mac OS Roman rather than ``western`` (cp1252 or Latin-1).

    The two put different letters on the same bytes, and English words show
    which: Mac Roman's curly quotes and lowercase accents read as Windows
    bytes are capitals and symbols inside lowercase words ("donÕt",
    "ÒquotedÓ", "ZŸrich", "cafŽ", "na•ve"), while a Windows file's lowercase
    accents read as Mac Roman are capitals and symbols in turn ("cafÈ",
    "Z¸rich"). Mac Roman is taken only when the Windows reading has such odd
    words and the Mac reading has none; curly quotes and dashes alone read as
    Mac Roman make lowercase letters ("ìquotedî", "donít"), which are not odd,
    so a Windows file with nothing odd in it stays Windows.
    """
    sample = data[: _SAMPLE * 4]
    if _odd_words(sample.decode("mac_roman")) or not _odd_words(windows := sample.decode(western, errors="replace")):
        return False
    import ftfy

    # a Windows file may hold UTF-8 mojibake ("forcesÂ soldiers"), which cleaning repairs: judge it repaired
    return _odd_words(ftfy.fix_encoding(windows)) > 0


def _odd_words(text: str) -> int:
    """Words no English text has: mixed case around an accent ("ZŸrich"), symbols inside a word ("na•ve"), a lone "Ñ"."""
    odd = sum(
        1
        for m in _LETTERS.finditer(text)
        if not m.group().isascii() and not (m.group().islower() or m.group().isupper() or m.group().istitle())
    )
    return odd + len(_SYMBOLS_IN_WORD.findall(text)) + len(_LONE_CAPITAL.findall(text))
