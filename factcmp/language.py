"""Telling English articles from others, offline, cheaply and without a model.

Two kinds of evidence, both counted on the first few thousand words:

* the script: an article whose letters are mostly Cyrillic, Arabic, Han...
  is not English;
* function words: the share of words that are the commonest short words of
  each language ("the", "of", "and"; "le", "de", "et"; "der", "und"...).
  English news text scores 0.35-0.5 on its own list and under 0.1 on the
  others. Words that are also common English words ("a", "in", "die",
  "come", "son") are left out of the other lists so that English cannot
  score on them.

A text is called non-English only on positive evidence: enough words, and
another language clearly ahead. A short note, a sports table or a list of
names is "undetermined" and kept, so nothing English is skipped by accident.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language

#: Texts with fewer words than this are left undetermined.
MIN_WORDS = 20
#: How much of a text is looked at; the start of an article is enough.
SAMPLE_CHARS = 20_000
#: What ``languages=`` takes to accept any language (a multilingual model).
ANY_LANGUAGE = "*"

_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian",
    "ro": "Romanian",
    "ru": "Russian",
    "ar": "Arabic",
    "he": "Hebrew",
    "el": "Greek",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "th": "Thai",
}
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to is was that for on with as by at from his her he she it said were have has had be been are "
        "this which who they not but an or their after more its will would there than also we about into when",
        "fr": "le la les des du de et est une dans qui que pas sur au aux avec sont ont été cette ces il elle ils nous "
        "vous mais ou où leur selon entre après être avait était lui se ne",
        "es": "el la los las del de y que en por con para una es se su sus al lo como más pero fue han ha según entre "
        "este esta sobre muy también hasta desde donde cuando",
        "de": "der das und ist nicht mit von dem des ein eine einen zu auf für sich im sie es auch wurde werden nach bei "
        "aus wie noch oder aber sind haben vor über zum zur dass",
        "it": "il lo la gli di del della dei delle che è non per una un con sono sul nel nella alla al anche più ma "
        "hanno dopo questo questa secondo stato stati tra fra",
        "pt": "os da das dos de que em um uma para com não por mais se na ao foi são mas seu sua pelo pela está foram "
        "também segundo entre após até",
        "nl": "de het een van en dat niet te zijn met voor er maar om ook als bij nog naar uit werd wordt heeft hebben "
        "worden deze tegen zich",
        "sv": "och att det som en är på för med av den till har inte om ett de sig vid efter från men kan",
        "pl": "w z na się nie że jest jak po od przez dla oraz jego był była są",
        "tr": "ve bir bu da için ile olarak çok daha gibi olan sonra kadar ancak ise değil",
        "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga oleh adalah karena sudah telah bahwa",
        "ro": "și în la cu pe care din pentru nu este să mai fost au sunt după",
    }.items()
}
# Unicode script (the first word of a letter's name) to the language it most
# likely is; good enough to say why an article was skipped.
_SCRIPTS = {
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "HEBREW": "he",
    "GREEK": "el",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "THAI": "th",
}
_WORD = re.compile(r"[^\W\d_]+")
# another language must be this far ahead of English to count
_MIN_SHARE = 0.12
_LEAD = 2.0
_MIN_DISTINCT = 5


class LanguageGuess(NamedTuple):
    """The language of a text (ISO 639-1 code, '' when undetermined) and why."""

    code: str
    evidence: str = ""

    @property
    def name(self) -> str:
        """The language's English name, or 'undetermined'."""
        return _NAMES.get(self.code, self.code or "undetermined")


def guess_language(text: str) -> LanguageGuess:
    """Guess the language of an article from its script and its function words.

    >>> guess_language("Le gouvernement a annoncé que les forces de sécurité sont entrées dans la ville "
    ...                "après des combats qui ont duré toute la nuit, selon un porte-parole.").code
    'fr'
    >>> guess_language("About 500 people have been killed").code   # too short to tell
    ''
    """
    sample = text[:SAMPLE_CHARS]
    script = _dominant_script(sample)
    if script:
        label = "Han (Chinese characters)" if script == "CJK" else f"{script.title()} script"
        return LanguageGuess(_SCRIPTS[script], f"most letters are {label}")
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return LanguageGuess("", f"too few words ({len(words)}) to tell the language")
    shares = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _FUNCTION_WORDS.items()}
    best, runner_up = sorted(shares, key=lambda lang: (-shares[lang], lang))[:2]
    english = shares["en"]
    if best == "en":
        return LanguageGuess("en", f"common words: {english:.0%} English, {shares[runner_up]:.0%} {_NAMES[runner_up]}")
    evidence = f"common words: {shares[best]:.0%} {_NAMES[best]}, {english:.0%} English"
    # many different function words, not one repeated token ("att:" in a sports table)
    distinct = len(set(words) & _FUNCTION_WORDS[best])
    if shares[best] >= _MIN_SHARE and shares[best] >= _LEAD * english and distinct >= _MIN_DISTINCT:
        return LanguageGuess(best, evidence)
    return LanguageGuess("", evidence)


def _dominant_script(sample: str) -> str:
    """The non-Latin script of most letters, or '' (Latin, or too few letters)."""
    counts: dict[str, int] = {}
    latin = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        if ch < "\u0250":  # ASCII, Latin-1 and Latin Extended: no name lookup needed
            latin += 1
            continue
        script = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
        if script == "LATIN":
            latin += 1
        elif script in _SCRIPTS:
            counts[script] = counts.get(script, 0) + 1
    other = sum(counts.values())
    if other < MIN_WORDS or other <= latin:
        return ""
    # Japanese mixes Han with kana: any kana at all makes it Japanese
    if counts.get("HIRAGANA") or counts.get("KATAKANA"):
        return "HIRAGANA"
    return max(counts, key=lambda s: counts[s])


def accepts(guess: LanguageGuess, languages: Iterable[str]) -> bool:
    """True when an article in ``guess``'s language should be compared.

    Undetermined texts are always accepted: factcmp skips only what it can name.

    >>> accepts(LanguageGuess("fr"), ["en"]), accepts(LanguageGuess("fr"), ["*"]), accepts(LanguageGuess(""), ["en"])
    (False, True, True)
    """
    wanted = set(languages)
    return not guess.code or ANY_LANGUAGE in wanted or guess.code in wanted


def languages_for(nlp: Language) -> tuple[str, ...]:
    """The article languages a spaCy pipeline can read: its own, or any for a multilingual ("xx") one."""
    lang = str(getattr(nlp, "lang", "") or "en")
    return (ANY_LANGUAGE,) if lang == "xx" else (lang,)


def skip_reason(guess: LanguageGuess) -> str:
    """The ``documents.csv`` warning for an article skipped for its language."""
    return (
        f"not English: looks {guess.name} ({guess.evidence}); skipped. To compare it, pass a spaCy model "
        "for that language or a multilingual one (--model NAME, or nlp=)"
    )
