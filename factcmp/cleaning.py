"""Cleaning decoded article text: repair encoding damage, drop furniture and invisible characters.

The cleaned text is what every claim offset points into, so cleaning happens
once, here, and :func:`clean_text` is the only way text gets cleaned.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

import ftfy
import ftfy.badness

#: Longest article text compared; the rest is cut off with a warning. Long-form
#: news runs to 10,000-30,000 characters; 100,000 is a short book.
MAX_CHARS = 100_000
#: Most words and punctuation marks of one article compared; the rest is cut off with a warning. The
#: parse holds some 17 KB per token (spaCy's own arrays: a 50,000-token text peaked at 1.06 GB with the
#: bare model), so this, not MAX_CHARS, bounds an article of marks with no letters between them.
#: 100,000 characters of news hold about 22,000 (of a data export's digits and commas, 31,000).
MAX_TOKENS = 40_000
# about what spaCy splits: a run of letters and digits, or one mark (it joins "U.S." and "3.5", so
# this counts more tokens than the parse gives, never fewer)
_TOKENISH = re.compile(r"\w+|[^\w\s]")
#: Longest run of characters without a space that is read as it is; a longer one is broken into
#: pieces this long. The longest word or URL in the dev corpus, Ramadi and the quantity benchmarks
#: has 142 characters. spaCy's tokenizer strips a word's leading and trailing punctuation one mark
#: at a time, searching the rest of the word each time, so its cost grows with the square of a
#: word's length: 12,000 characters of brackets took 13 s, 100,000 would take a quarter of an hour.
MAX_WORD_CHARS = 500

# a page's time stamp: only month and day names, numbers, clock times and zones ("4:52 PM EDT September 12, 2026",
# "09 Sep 2013 11:25 GMT+02: 00", "Sept. 12, 2026, at 6:40 a.m."), with a digit somewhere
_STAMP = r"""(?=[^\n]*\d)(?:(?:
        (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?
      | (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?
      | \d{1,4}(?::\d\d)?(?:st|nd|rd|th)?
      | [ap]\.?\s?m\.?
      | (?-i:[A-Z]{2,5})(?:[+-]\s?\d{1,2}(?::\s?\d\d)?)?
      | at | on
    )[\s,.|:/-]*){2,14}"""


# Lines that are site furniture, not reporting. Whole lines only, so a sentence
# that merely mentions a newsletter is kept.
_FURNITURE = re.compile(
    r"""^\s*(?:
        \d+[\s-]*min(?:ute)?s?\.?\s+read                       # "3 min read", "4-minute read"
      | (?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?|m)\.?
      | listen\s+to\s+(?:this\s+)?(?:article|story)\b.{0,40}                 # "Listen to this article 3 min"
      | \d+[\s-]*min(?:ute)?s?\.?\s+listen
        # a map embed: "Map data ©2016 Google", "Terms of Use Report a map error"
      | map\s+data\b.{0,200}
      | .{0,80}\breport\s+a\s+map\s+error\b.{0,40}
      | sign\s+up\s+for\b.*
      | get\s+email\s+updates\s+from\b.*
      | related\s+(?:news|articles|stories|content|coverage)
      | find\s+.+\s+on\s+your\s+tv
      | post\s+navigation
      | advertisement
      | story\s+continues\s+below(?:\s+(?:this\s+)?(?:advertisement|ad))?
      | continue\s+reading\s+(?:the\s+main\s+story|below)
      | (?:close\s+)?skip\s+in\s+skip\s+x\s+embed\s+x\s+share.*
      | share\s+(?:this|on)\b.{0,40}
      | follow\s+us\s+on\b.*
      | read\s+more(?!\s*:\s*$):?.{0,80}  # a bare "Read more:" heads a link list (extract.notclaims)
      | (?:also\s+)?read\s*:(?!\s*$).{0,120}  # "Read: Floods displace 5,000 in Budalang'i", a link inline
      | click\s+here\b.{0,80}
      | (?:\(\s*)?(?:copyright|©|\(c\)\s*(?=\d)).{0,120}
      | all\s+rights\s+reserved\.?
        # a paper's print note, which repeats the story's own headline: "A version of this article appears
        # in print on July 18, 2016, on Page A1 of the New York edition with the headline: Gunman Kills 3 ..."
      | a\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+print\b.*
        # gallery and pager counters: "1 of 10", "Image 3 of 10", "(1/12)", "Page 2 of 3", "Photo: 4 of 7"
      | (?:(?:image|photo|picture|slide|video|page|item|gallery|story)s?\s*:?\s*)?\(?\d+\s*(?:of|/)\s*\d+\)?
        # when a page was posted, as the time since: "Published 3 hours ago", "Posted 2 days ago by Web Staff"
      | (?:(?:posted|published|updated|last\s+updated|modified|edited)\s*:?\s*)?(?:about\s+)?\d+\s*
        (?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)
        \s+ago\b\.?(?:\s*(?:by\b.{0,60}|[|•·].{0,80}))?
        # when a page was posted, as a date and time: "Published: 4:52 PM EDT September 12, 2026",
        # "Updated: July 02, 2013 15:50 IST", "Date Published: Tuesday, November 15, 2011"; a byline with its
        # time stamp: "By Associated Press | Sept. 12, 2026, at 6:40 a.m.". The page's clock, not the story's day
      | (?:date\s+)?(?:posted|published|updated|last\s+updated|modified|first\s+published)\s*(?:on\b)?\s*:?\s*<STAMP>
      | by\s+[^|•·\n]{1,60}[|•·]\s*<STAMP>
        # blog comment headers: "3 Responses to Bristol shooting", "12 thoughts on ..."
      | \d+\s+(?:responses?|replies|comments?|thoughts)\s+(?:to|on)\s+.{0,150}
        # market tickers: "DOW 18,516.55 ▲ 16.50 (0.09%)", "NASDAQ 5,036.37 -0.5%"
      | (?:(?:dow(?:\s+jones)?|nasdaq|s&p(?:\s+500)?|nyse|russell\s+2000|oil|gold)\s*:?\s*[\d,.]+\s*[▲▼+−-]?\s*[\d,.]*\s*
         (?:\(?[▲▼+−-]?\s*[\d.]+\s*%\)?)?\s*)+
        # social-network embeds: "1,234 people are talking about this"
      | [\d,.]+[km]?\s+(?:people|others)\s+(?:are\s+)?(?:talking\s+about|like)\s+this\.?
        # metered paywalls and subscription offers: their counts and prices are the site's
      | you(?:'ve|\s+have)\s+(?:read\s+|reached\s+|used\s+|viewed\s+)?.{0,40}\bfree\s+(?:articles?|stories|views?)\b.{0,100}
      | subscribe\b.{0,160}
      | (?:subscription|subscribers?)\s+(?:required|needed|only|offer|options?|exclusive)\b.{0,120}
      | (?:get|enjoy|unlock|start|try|gain)\s+(?:unlimited|full|digital|premium|your\s+(?:free|digital))\b.{0,160}
      | (?:(?:only|just)\s+)?(?:[$£€]\s?\d{1,2}(?:\.\d\d)?|\d{1,2}¢)(?:\s*/\s*|\s*(?:for|per|a|every)\s+)(?:the\s+first\s+)?(?:\d+\s+)?
        (?:day|week|month|year|wk|mo|yr)s?\b
        (?:,?\s+(?:for\s+\d+\s+(?:weeks?|months?)|after\s+that|thereafter|billed\s+\w+|plus\s+tax|cancel\s+any\s?time))*[.!]?
        # links to other stories: "Related: Police: 5 officers dead, 7 hurt in Dallas
        # protest shooting", "Previous story: 1 dead, 4 injured ..."; their figures are
        # another report's (or another event's), not this article's. ("WATCH: ...", "MORE: ..."
        # lines stay for the names they carry; extract.notclaims blocks their figures.)
      | [►▶•*]?\s*(?:related|previous|next)(?:\s+(?:story|stories|articles?|coverage|videos?))?\s*:\s*\S.{0,200}
        # links to galleries and videos: "PHOTOS: 1 dead, 4 injured ... View as gallery"
      | [►▶•*]?\s*(?:photos?|videos?|gallery|slideshow)\s*:\s*\S.*
    )\s*$""".replace("<STAMP>", _STAMP),
    re.IGNORECASE | re.VERBOSE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A line made only of share, comment and widget counters: "Comments (3)", "1.2K shares",
# "Facebook 1.2K Twitter 340 Email", "12 Retweets 34 Likes", "View Gallery (24 photos)",
# "3 Weather Alerts", "Closings & Delays (14)". The counters are the page's, not the story's.
_COUNTER_NOUNS = _words(
    "comment comments share shares like likes reply replies responses retweets tweets views viewed reactions replies followers photos images "
    "pictures slides videos votes ratings alerts closings delays"
)
_WIDGET_WORDS = _COUNTER_NOUNS | _words(
    "reader readers view viewed show hide join the conversation discussion times facebook twitter email e-mail "
    "print pinterest reddit linkedin whatsapp sms tweet pin like share open see all gallery slideshow photo "
    "weather & and watch live rate this story article on viewing showing of load jump to"
)
_WIDGET_NUMBER = re.compile(r"\d[\d,.]*(?:-\d[\d,.]*)?[kmhdw]?\+?", re.IGNORECASE)  # "1.2K", "2h" (posted two hours ago)
_WIDGET_SPLIT = re.compile(r"[^\s:|•·()\[\]/]+")
# A weather widget: "72°F Clear", "Weather: 84° Partly Cloudy", "Nashville, TN 81°F", "High 88° Low 70°".
# Only the widget's words may stand around the temperatures (a place only with its state), so a
# headline ("Temperatures hit 105° in Phoenix", "Austin Hits 105°") is kept.
_WEATHER_LINE = re.compile(
    r"""^\s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},\s*[A-Z]{2}\s+)?
    (?:(?:weather|currently|now|temp(?:erature)?|high|low|hi|lo|feels\s+like)\s*:?\s*)*
    -?\d{1,3}\s*°\s*[FC]?
    (?:\s*[/|]?\s*(?:(?:high|low|hi|lo)\s*:?\s*)?-?\d{1,3}\s*°\s*[FC]?)*
    (?:\s+(?:partly|mostly|clear|sunny|cloudy|clouds|fair|rain|showers?|storms?|thunderstorms?|t-storms?|fog|foggy|
            snow|windy|haze|hazy|drizzle|overcast|humid|and|a|few|isolated|scattered|light|heavy|tonight|today))*
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_widget_line(line: str) -> bool:
    """A short line of share, comment or gallery counters and their labels only, with a number."""
    if len(line) > 80:
        return False
    words = _WIDGET_SPLIT.findall(line.lower())
    numbers = [w for w in words if _WIDGET_NUMBER.fullmatch(w)]
    return (
        bool(numbers)
        and any(w in _COUNTER_NOUNS for w in words)
        and all(w in _WIDGET_WORDS or _WIDGET_NUMBER.fullmatch(w) for w in words)
    )


# Invisible characters that only change how text is shown or split a number in
# two ("5\u200b00"): zero-width spaces and joiners, bidi embeddings, overrides
# and isolates, soft hyphens. ftfy already drops C0 controls and the BOM.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069]")
# Three or more U+FFFD in a row: characters lost before factcmp saw the file.
_LOST_RUN = re.compile("\ufffd{3,}")
# a run of more than MAX_WORD_CHARS characters without a space, matched from its start only
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1},}}")


class Cleaned(NamedTuple):
    """Cleaned text and what cleaning had to repair (for the documents table)."""

    text: str
    notes: list[str]


def clean(raw: str) -> Cleaned:
    r"""Repair encoding damage, drop furniture and invisible characters; say what was repaired.

    >>> clean("500\u200b people \ufffd\ufffd\ufffd\ufffd fled")
    Cleaned(text='500 people   fled', notes=['4 characters were lost before factcmp read the text (U+FFFD)'])
    """
    notes = []
    text = ftfy.fix_text(raw, uncurl_quotes=False, normalization="NFC")
    if ftfy.badness.is_bad(raw[:MAX_CHARS]) and not ftfy.badness.is_bad(text[:MAX_CHARS]):
        notes.append("mojibake repaired")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = _INVISIBLE.sub("", text)
    lost = sum(len(m) for m in _LOST_RUN.findall(text))
    if lost:
        notes.append(f"{lost} characters were lost before factcmp read the text (U+FFFD)")
        text = _LOST_RUN.sub(" ", text)
    text = _repair_replacement_chars(text)
    text, broken = _LONG_RUN.subn(_break_run, text)
    if broken:
        notes.append(
            f"{broken} run(s) of more than {MAX_WORD_CHARS} characters without a space (no words: a link, a data blob) "
            "were broken into pieces"
        )
    return Cleaned(_drop_furniture(text), notes)


def _break_run(m: re.Match[str]) -> str:
    run = m.group(0)
    return " ".join(run[i : i + MAX_WORD_CHARS] for i in range(0, len(run), MAX_WORD_CHARS))


def clean_text(raw: str) -> str:
    r"""Repair encoding damage and drop page furniture; the result is what claims index.

    >>> clean_text("forcesÂ soldiers fled\n3 min read\nOn Sunday")
    'forces\xa0soldiers fled\nOn Sunday'
    """
    return clean(raw).text


# the scale bar a map embed prints under its credit: "500 ft", "200 m"
_MAP_SCALE = re.compile(r"\s*\d+\s*(?:m|km|ft|mi|yd)\s*")


# a wire's sign-off, on its own line or closing the last paragraph: "(Reporting by Khalid Abdelaziz; Writing by
# Nafisa Eltahir; Editing by Andrew Heavens)". Its names are the wire's staff, not the story's people ("Writing" is
# no person), its places where they filed
_SIGN_OFF = re.compile(
    r"\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|graphics?|production)\s+by\b[^()\n]*\)\s*$",
    re.IGNORECASE,
)


# a live page's entry stamp: "Posted at 11:42 8 Oct", "Updated 10:15 GMT" (BBC and others stamp every entry so)
_ENTRY_STAMP = re.compile(
    r"^[ \t]*(?:posted|updated|published)(?:[ \t]+at)?[ \t]+(\d{1,2}[:.]\d{2})\b[^\n]{0,40}$", re.IGNORECASE | re.MULTILINE
)


# Al Jazeera's block of links to other stories, which opens and breaks its pages: "Keep reading" alone on a line,
# then one to four headlines one a line (AJ's own markers "list 1 of 4" and "end of list" around them)
_KEEP_READING = re.compile(r"\s*keep\s+reading\s*:?\s*", re.IGNORECASE)
_LIST_MARKER = re.compile(r"\s*(?:list\s+\d+\s+of\s+\d+|end\s+of\s+list)\s*", re.IGNORECASE)
_LINK_TITLES = 4
# a page's heading over links to other stories: "Related Stories", "Related News", "Related Coverage". The titles
# under it ("Riot at northern jail kills 44") are other reports', bulleted or not, as many as a page lists
_RELATED_HEADING = re.compile(
    r"\s*[►▶•*]?\s*(?:more\s+)?related\s+(?:news|articles|stories|content|coverage|links)\s*", re.IGNORECASE
)
_RELATED_TITLES = 10
# a headline: no sentence end, as short as headlines run (a paragraph of the story ends the block)
_TITLE_LINE = re.compile(r"\s*\S.{0,149}(?<![.!?:;\"”’)])\s*")


def _drop_furniture(text: str) -> str:
    kept: list[str] = []
    last = ""
    after_map = False
    titles = 0  # link titles still to drop under a "Keep reading" label or a "Related Stories" heading
    # a page stamped once was posted then: furniture; stamped entry by entry, it is a live page, whose stamps
    # stay as bare clock lines for factcmp.topics to read its entries by (a clock time alone is no claim)
    entry_stamps = len(_ENTRY_STAMP.findall(text)) >= 2
    for line in text.split("\n"):
        signed, line = line, _SIGN_OFF.sub("", line).rstrip()
        if signed.strip() and not line.strip():
            continue  # the line was only a sign-off
        if _KEEP_READING.fullmatch(line):
            titles = _LINK_TITLES
            continue
        if _RELATED_HEADING.fullmatch(line):
            titles = _RELATED_TITLES
            continue
        if titles:
            if _LIST_MARKER.fullmatch(line):
                titles = 0 if "end" in line.lower() else titles
                continue
            if not line.strip():
                continue
            if _TITLE_LINE.fullmatch(line):
                titles -= 1
                continue
            titles = 0  # the story goes on
        stamp = _ENTRY_STAMP.match(line) if entry_stamps else None
        if stamp:
            kept.append(stamp.group(1))
            continue
        if _FURNITURE.match(line) or _WEATHER_LINE.match(line) or _is_widget_line(line):
            after_map = bool(re.search(r"\bmap\b", line, re.IGNORECASE))
            continue
        if after_map and _MAP_SCALE.fullmatch(line):
            continue
        after_map = after_map and not line.strip()
        stripped = line.strip()
        # a headline printed twice in a row by the page template
        if stripped and stripped == last:
            continue
        if stripped:
            last = stripped
        kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _repair_replacement_chars(text: str) -> str:
    # A pair of U+FFFD is what is left of a curly quote read in the wrong
    # encoding; a lone one before a stray "X" between spaces was a dash.
    text = re.sub(r"(?<=\s)\ufffdX(?=\s)", "\u2013", text)
    text = text.replace("\ufffd\ufffd", '"')
    return text.replace("\ufffd", "'")


def truncate(text: str, max_chars: int = MAX_CHARS, max_tokens: int = MAX_TOKENS) -> str:
    """Cut ``text`` to at most ``max_chars`` and ``max_tokens``, at a paragraph, sentence or word end if one is near.

    >>> truncate("Police said. Five people died on Sunday", 30)
    'Police said. Five people died'
    """
    max_chars = min(max_chars, token_cap(text, max_tokens))
    if len(text) <= max_chars:
        return text
    window = text[:max_chars]
    floor = max_chars * 4 // 5  # do not give up more than a fifth to end neatly
    for pattern in (r"\n\s*\n", r"[.!?][\"'”’)]?\s", r"\s"):
        ends = [m.end() for m in re.finditer(pattern, window[floor:])]
        if ends:
            return window[: floor + ends[-1]].rstrip()
    return window


def token_cap(text: str, max_tokens: int = MAX_TOKENS) -> int:
    """The length of the text's first ``max_tokens`` words and marks (its whole length when it has no more).

    >>> token_cap("Five (5) people died.", 3)
    7
    """
    if len(text) <= max_tokens:  # every token has a character: no more tokens than characters
        return len(text)
    match = next(itertools.islice(_TOKENISH.finditer(text), max_tokens, None), None)
    return match.start() if match else len(text)


def head_of(raw: str, max_chars: int = MAX_CHARS) -> str:
    """The start of a huge raw text, enough to fill ``max_chars`` after cleaning; cheap to clean.

    Cleaning only removes characters, so twice the limit (cut at a line end)
    is plenty, and ftfy never sees megabytes it would throw away.
    """
    budget = 2 * max_chars + 10_000
    if len(raw) <= budget:
        return raw
    cut = raw.rfind("\n", max_chars, budget)
    return raw[: cut if cut > 0 else budget]
