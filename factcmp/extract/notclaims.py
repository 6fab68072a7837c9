"""Numbers that are not claims: dates, clock times, phones, addresses, names, page furniture.

Two passes. Patterns over the sentence text mark whole stretches that are
never quantities ("512-477-3588", "2:17 a.m.", "March 10, 2019", "208 East
6th St.", "3 min read"). Token rules then catch labels and names that only
the words around a number give away ("Flight 302", "Boeing 737 Max 8",
"S&P 500", "one of the leading groups").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from factcmp.extract.lexicon import EVENT_WORDS, IDENTIFIER_HEADS, PEOPLE_NOUNS
from factcmp.extract.measures import HYPHENS, bare_name_age, label_after_count
from factcmp.extract.numbers import digits_value, is_year_like
from factcmp.extract.units import unit_of_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"


def _foreign_months() -> str:
    """The full month names of the languages wire copy keeps date lines in, from dateparser's own tables."""
    from dateparser.data.date_translation_data import de, es, fr, it, pt

    months = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october")
    months += ("november", "december")
    names = {n for lang in (fr, es, pt, it, de) for m in months for n in lang.info[m] if len(n) > 3 and n.isalpha()}
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


# "octobre", "octubre", "outubro", "ottobre", "Oktober" ... (always with a year after: "mars" alone is a word)
_FOREIGN_MONTH = _foreign_months()
_TZ = r"(?:GMT|UTC|BST|CET|CEST|EET|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|IST|WIB|AEST|AEDT|JST|local time|hrs|h)"
_AMPM = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b\.?)"
_OFFSET_COUNT = (
    r"\d{1,3}|a\s+few|few|several|a\s+couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty"
)
_STREET = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Parkway|Pkwy|Hwy|Highway|Court|Ct|Place|Pl|"
    r"Terrace|Circle|Square|Pike|Trail|Plaza|Row|Crescent|Close)\b\.?"
)
# a channel number after a network or a call sign, and the hour of a newscast: "FOX 8", "KHOU 11", "News 4 at 6"
# (not a count or a span of time that follows: "told CBS 3 people were shot", "told NBC 2 weeks ago")
_CHANNEL = (
    r"\d{1,2}\b(?![,.]\d|\s*(?:%|percent|per\s*cent|million|billion|thousand|hundred)"
    r"|\s+(?:people|persons|men|women|children|kids|teens|victims|officers|deputies|troopers|suspects|students|others"
    r"|dead|killed|injured|wounded|hurt|shot|years?|months?|weeks?|days?|hours?|minutes?)\b)(?:\s+at\s+\d{1,2}\b)?"
)
_PATTERNS = [
    # web addresses, handles, hashtags
    r"https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|gov|html?|php|co\.uk)(?:/\S*)?|pic\.twitter\.com/\S+|@\w+|#\w+",
    # phone numbers: 512-477-3588, (512) 477-3588, 1-800-222-TIPS, 480-WITNESS, 0800 595000
    r"(?:\+?1[-.\s])?\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b",
    r"\b1-8\d\d-[\dA-Z][\dA-Z-]*(?:\s*\(\d[\d-]{2,8}\))?",
    r"\b\d{3}-[A-Z]{3,}\b",
    r"\b[A-Z]{3,}\s*\(\d[\d-]{3,8}\)",
    r"\b0\d{3,4}\s\d{3,7}(?:\s\d{3,4})?\b",
    r"\+\d{1,3}[\s-]\d{1,4}[\s-]\d{3,4}[\s-]?\d{0,4}",
    # clock times: 2:17 a.m., 4.30am, 7pm, 0300 GMT, 11:25am
    rf"\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s?(?:{_AMPM}|{_TZ}\b)",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    rf"\b\d{{1,2}}\s?{_AMPM}",
    r"\b[012]\d[0-5]\d\s?(?:GMT|UTC|hrs|hours)\b",
    # a time of day told as minutes off a clock time: "a few minutes after 8 a.m.", "10 minutes before midnight"
    rf"(?i:\b(?:{_OFFSET_COUNT})\s+(?:minutes?|mins?|seconds?)\s+(?:after|before|past|to|until|till)\s+"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s?{_AMPM}|noon|midnight|\d{{1,2}}\s+o'clock))",
    r"\bGMT\s?[+-]\s?\d{1,2}(?::\s?\d{2})?",
    # calendar dates: 09 Sep 2013, March 10, 2019, Nov. 7th, June 2008, 11/10/11, 2012-13, 1990s
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![a-z])",
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?",
    rf"\b{_MONTH}\s+{_YEAR}\b",
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b9/11\b|\b24/7\b",
    # a date line in another language an English edition keeps: "Le Matin - 14 novembre 2025 - Par ..." (with its year)
    rf"(?i:\b\d{{1,2}}(?:er|º)?\s+(?:de\s+)?{_FOREIGN_MONTH}\s+(?:de\s+)?{_YEAR}\b)",
    r"\b(?:1[89]\d\d|20\d\d)\s?[-–/]\s?(?:(?:1[89]|20)\d\d|\d\d)\b",
    rf"\b{_YEAR}s\b|'\d0s\b",
    # years with an era: A.D. 1000 and 1260, AD 79, 500 BC, 3000 BCE
    r"\b(?:A\.D\.|AD|B\.C\.|BC|BCE|CE)\s+\d{1,4}(?:\s*(?:-|–|to|and)\s*\d{1,4})?\b",
    r"\b\d{1,4}\s*(?:B\.C\.|BC|BCE|A\.D\.|AD)(?![A-Za-z])",
    # street addresses and blocks: 208 East 6th St., 1612 6th Avenue, 212 E., the 800 block of
    # (a name may open with initials: "118 M.H. Del Pilar Street")
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][\w'-]+|(?:[A-Z]\.){{1,3}})\s+){{1,3}}{_STREET}",
    r"\b\d{1,6}\s+[NSEW]\.(?:\s*$|\s+[A-Z])",
    r"\b\d{1,5}\s+block\b",
    # a road's kilometre or mile marker is an address: "at kilometre 87 of the Huari-San Marcos road", "at km 112
    # of the highway", "near milepost 40 on I-81", "at mile marker 23"
    r"(?i:\b(?:kilomet(?:re|er)|km|mile|milepost|mile\s+marker|marker|kilometre\s+post|km\s+post)\s+\d{1,4}(?:[.,]\d)?"
    r"(?=\s+(?:of|on|along)\s))",
    r"(?i:\b(?:milepost|mile\s+marker)\s+\d{1,4}(?:[.,]\d)?\b)",
    # a marker after "at" with no road named ("robbed near the toll gate at kilometre 9"): a place, as "at km 112 of"
    r"(?i:\bat\s+(?:kilomet(?:re|er)|km)\s+\d{1,4}(?:[.,]\d)?\b)(?!\s*(?:%|per|an|a\b|from|away|north|south|east|west))",
    # French-style addresses, the street word before its name: 22 Ave Foch, 5 Rue de Rivoli
    r"\b\d{1,5}\s+(?:Ave|Avenue|Rue|Boulevard|Blvd|Place|Via|Calle)\.?\s+[A-Z]",
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",
    # page furniture
    r"\b\d+\s+min(?:ute)?s?\s+read\b",
    r"(?:\bCopyright\s*(?:©\s*)?|©\s*)\d{4}",
    r"\b[Pp]hotos?\s+\d+\s+of\s+\d+\b|\b\d+\s+of\s+\d+\s+(?:photos|images|pictures)\b",
    # gallery and pager counters inside a line of debris: "Hide Caption 4 of 19", "Slide 2/14",
    # "2 of 19 Last Slide Next Slide", "View Gallery (24 photos)"
    r"\b(?i:image|photo|picture|slide|video|caption|page)s?\s*:?\s*\d+\s*(?:of|/)\s*\d+\b",
    r"\b\d+\s+of\s+\d+(?=\s+(?:(?:Last|Next|Prev(?:ious)?|Back)\s+(?:Slide|Photo|Image|Video)|Fullscreen|Autoplay))",
    r"\(\d+\s+(?:photos|images|pictures|slides|videos)\)",
    r"^\s*\(?\d+\s*(?:of|/)\s*\d+\)?(?=\s*[|•·:])",  # "1 of 12 | Police at the scene", a caption's counter
    r"\(\d+\s*(?:of|/)\s*\d+\)\s*$",  # "Swipe for more photos (1 of 12)"
    # a map embed's credit and scale: "Map data ©2016 Google Terms of Use Report a map error 200 m"
    r"\bMap data\b.*",
    # a video player's resolution: "Auto (720p)", "1080p HD"
    r"\b(?:144|240|360|480|540|720|1080|1440|2160)[pi]\b",
    # share and comment counters: "Nov 29, 2016 | 0 comments", "Comments (3)"
    r"\b\d[\d,.]*[KkM]?\s+(?i:comments?|shares|likes|retweets|views|replies)(?=\s*[|•·])",
    r"\b\d[\d,.]*\s+(?i:comments?|replies)\s*$",
    r"\b(?i:comments?|shares|views|replies|likes|recommended|recommendations|reactions)\s*\(\d[\d,]*\)",
    # a page's view counter at the end of its stamp line, or alone: "7/10/2012 @ 11:20AM | 1,204 views"
    r"(?:^|(?<=[|•·]))\s*\d[\d,.]*[KkM]?\s+(?i:views|reads|shares|likes)\s*$",
    r"\b\d[\d,.]*[KkM]\s+(?i:shares|likes|views|comments|retweets|followers|reactions)\b",  # "1.2K shares"
    r"\b\d[\d,.]*[KkM]?\s+(?:people|others)\s+(?:are\s+)?(?:talking\s+about|like)\s+this\b",
    # when the page was posted: "Posted 2 days ago", "Updated: 12 minutes ago", "3 hrs ago"
    r"\b(?i:posted|published|updated|modified)\s*:?\s*(?:about\s+)?\d+\s*"
    r"(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?)\s+ago\b",
    r"\b\d+\s*(?:hrs?|mins?|secs?)\.?\s+ago\b",
    r"[/|•·]\s*\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b",  # "3:12 AM / 8 years ago"
    # a text-a-tip short code: "Text TIP411 and your message to 274637 (CRIMES)"
    r"\b(?i:text|txt)\b[^.\n]{0,40}?\bto\s+\d{5,6}\b(?!\s+[a-z])",
    # a TV station's channel after its network, and its newscast's hour: "FOX 8 crews", "News 4 at 6",
    # "Eyewitness News at 10" (a call sign and a brand before its channel are _CALL_SIGN's)
    rf"\b(?:FOX|Fox|NBC|CBS|ABC|CW|PBS|News|Channel|NewsChannel)\s+{_CHANNEL}",
    r"\bNews\s+at\s+\d{1,2}\b",
    # labels with digits: AR-15, I-40, COVID-19, F-16, 4x4, 5G, G20, S&P 500, FTSE 100
    r"\b[A-Z]{1,5}-\d{1,4}[A-Z]?\b",
    r"\b\d+[xX]\d+\b",
    # ("P5,000", "P1.2 million" are the Philippine peso: figures.py reads them)
    r"\b[2-6]G\b|(?<!\$)\b(?:[A-OQS-Z]\d{1,3}[A-Za-z]?\b|P\d{1,3}[A-Za-z]?\b(?![,.]\d))",
    r"\b(?:four|4)-by-(?:four|4)\b|\b(?:[Ff]our|4)-wheel\b",
    # a car's body type: "a silver four-door sedan", "a two-door coupe" (no count of doors)
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[2-5])-door\b",
    # groups of nations named by their number: the Group of 20, the Group of Seven
    r"\bGroup of (?:\d{1,2}|Seven|Eight|Twenty)\b",
    r"\b(?:S&P|S\s?&\s?P|S P|[Ss][Pp]|FTSE|Dow|Nasdaq|NASDAQ|Russell|Fortune|Stoxx|STOXX|DAX|CAC|Nikkei|Hang Seng|ASX|TSX|Sensex|Nifty|Big|Pac|Top|Hot)[ -]?\d{1,4}\b",
    # the same index names in copy that lost its capitals ("the ftse 100 fell 0.5 per cent")
    r"\b(?i:ftse|nasdaq|stoxx|dax|cac|nikkei|sensex|nifty|s&p)[ -]?\d{1,4}\b",
]
_BLOCK = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
# A line that is the title of a video embed or a link to another story: "WATCH: 3 officers killed in
# Baton Rouge", "Up next: 4 injured in crash", "MORE: NOPD arrests second suspect". Its names are the
# event's (so factcmp.cleaning keeps the line), its figures another report's. spaCy often ends a
# sentence at the colon, so the label is looked for at the start of the sentence's line.
_LINK_LINE = re.compile(
    r"\s*[►▶•*]?\s*(?:watch(?:\s+(?:live|now|more|video|the\s+video))?|up\s+next|now\s+playing|listen"
    r"|more(?:\s+(?:on\s+this\s+story|from\s+[^:\n]{1,40}|coverage|videos?|stories))?"
    r"|see\s+also|also\s+(?:read|see)|read\s+also|must\s+see|trending(?:\s+now)?|top\s+stories"
    r"|sponsored(?:\s+(?:content|links?|stories))?|promoted(?:\s+stories)?|paid\s+(?:content|post)"
    # a page's index words: "Tags: shooting, 3 dead", "Filed under: 2 officers shot", "Interactive map: ..."
    r"|tags?|topics?|keywords?|categories|filed\s+(?:under|in)|interactive(?:\s+(?:map|graphic|timeline))?)\s*:",
    re.IGNORECASE,
)
# A TV station's channel after a US call sign ("KHOU 11 reporter", "WATE 6", "WSB-TV 2") or before the
# brand's word ("Local 10 News", "told 10 News", "WATE 6 On Your Side", "KHOU 11 Investigates"). Only
# in a sentence not set in capitals or title case, where "WITH 2 DEAD" and "2 News Crews Attacked
# Outside Courthouse" are a headline's words.
_CALL_SIGN = re.compile(rf"\b(?!WHO\b|WFP\b|WTO\b|WWF\b|WWE\b)[KW][A-Z]{{2,3}}(?:-(?:TV|DT))?\s+{_CHANNEL}")
# ... and the brand's word after the channel, unless a plural follows it: "2 News Crews Attacked" counts crews
_BRAND = re.compile(
    r"\b\d{1,2}\s+(?=(?:News|NewsChannel|Action News|Eyewitness News|On Your Side|Investigates|First Alert)\b"
    r"(?!\s+(?!News\b|Sports\b|Investigates\b)[A-Z][a-z]+s\b))"
)
# The title of a video: on the line after the player's label ("JUST WATCHED", "Now Playing"; not a bare
# "Video" or "Watch", which a page may print above its own lead), or a line
# that ends in the video's length ("Police: 3 officers dead in Baton Rouge 01:32"; a clock time or a
# length told there has its preposition: "the first call came in at 10:15", "3 shots in 0:45").
_PLAYER_LABEL = re.compile(
    r"\s*(?:just\s+watched|must\s+watch|now\s+playing|up\s+next|next\s+video)\s*",
    re.IGNORECASE,
)
# The label of a list of links to other stories, alone on its line: "Read more:", "Read:", "See also:", "Related
# stories:". The bullet lines under it ("- Austria raises terror alert level to four") are the titles of
# other reports, as a "Related: ..." line is: their figures are not the article's.
_LIST_LABEL = re.compile(
    r"\s*[►▶•*]?\s*(?:read(?:\s+(?:more|also|next))?|see\s+also|also\s+(?:read|see)|further\s+reading"
    r"|(?:related|recommended|more)(?:\s+(?:stories|articles?|coverage|content|links?|news|reading))?)\s*:\s*",
    re.IGNORECASE,
)
# A page's heading over links to other stories, alone on its line and with no colon: "Related Stories",
# "Most Read", "More on this story", "Recommended (4)". The lines under it are the titles of other reports, bulleted
# or numbered or not ("Mexico prison riot kills 44", "1 Mine blast toll rises to 33"), as under a "Read more:".
_LIST_HEADING = re.compile(
    r"\s*[►▶•*]?\s*(?:most\s+(?:read|popular|viewed|shared|e-?mailed|commented)(?:\s+(?:stories|articles|news))?"
    r"|more\s+on\s+this\s+(?:story|topic|subject)|(?:more\s+)?related\s+(?:stories|news|coverage|content|articles|links|reading)"
    r"|recommended(?:\s+(?:stories|articles|reading|for\s+you))?|you\s+(?:may|might)\s+also\s+like"
    r"|editor'?s\s+picks|top\s+stories|trending(?:\s+now)?)\s*(?:\(\d{1,4}\))?\s*:?\s*",
    re.IGNORECASE,
)
# a title: no sentence end, as short as titles run (a paragraph of the story ends the list)
_TITLE_LINE = re.compile(r"\s*\S.{0,149}(?<![.!?:;\"”’)])\s*")
_BULLET = re.compile(r"\s*[-–—•*►▶]\s*\S")
_LIST_REACH = 12  # lines a link list may run under its label
_ENDS_IN_LENGTH = re.compile(
    r"(?<=\S)(?<![.!?\"”\d])(?<!\bat)(?<!\bby)(?<!\bto)(?<!\buntil)(?<!\baround)(?<!\babout)(?<!\bbefore)(?<!\bafter)"
    r"(?<!\bsince)(?<!\bfrom)(?<!\band)(?<!\bin)(?<!\bwithin)(?<!\bfor)(?<!\bof)(?<!\bover)(?<!\bunder)(?<!\bthan)"
    r"(?<!\bpast)(?<!\btil)(?<!\btill)\s+\(?\d{1,2}:\d{2}\)?\s*$"
)
_EMERGENCY = re.compile(r"(?<![\d,.$£€])\b(?:911|999|112)\b(?![,.]\d)")
_PHONE_CONTEXT = re.compile(r"\b(?:call|calls|dial|phone|line|number|text|contact|tip)\b", re.I)
_LOCAL_PHONE = re.compile(r"\b\d{3}[-.]\d{4}\b")
# the number a reader is told to call, however short ("Call police on 101", "contact the charity on 0800 555 111",
# "call 101 or 999"); only a figure no noun follows ("called police on 15 occasions" counts)
_NOT_A_NOUN_AFTER = r"(?![\d,.]\d)(?!\s*(?!or\b|and\b|quot)[a-z])"
_CALLED_NUMBER = re.compile(
    r"(?i:\b(?:call|calls|calling|called|ring|ringing|phone|phoning|contact|contacting|dial|dialling|dialing|text|"
    r"texting)\b)(?:(?:\s+(?!on\b|at\b)[\w'\u2019.-]+){0,4}?\s+(?i:on|at)\s+|\s+)"
    rf"(?P<n>\d{{3,5}}(?:\s\d{{3,4}}){{0,2}}|(?<=on )\d{{2}}){_NOT_A_NOUN_AFTER}"
)
# a police incident or reference number ("quoting incident 2245 of 3 May", "reference number 1187")
_CASE_NUMBER = re.compile(
    r"(?i:\b(?:quot(?:e|ing)|citing|cite)\s+(?:the\s+)?(?:(?:incident|crime|reference|case|log|report|occurrence|"
    r"job)\s+)*(?:number\s+|no\.?\s*)?|\b(?:incident|occurrence|log|reference|case|crime)\s+(?:number|no\.?)\s*|"
    r"\bincident\s+(?=\d+\s+of\s+\d))(?P<n>\d[\d/-]*)"
)
# capitalised words before a number that make it a measure, not a label ("Magnitude 6.1")
_UNIT_HEADS = frozenset({"magnitude", "aged", "age", "ages"})
_HEAD_FOLLOWERS = frozenset({"and", "or", ",", "&", "/"})
# words that make a number a model name: "11 Pro Max", "S10 Plus", "12 Mini"
_MODEL_WORDS = frozenset({"Pro", "Max", "Plus", "Mini", "Ultra", "Lite", "SE", "XL"})


def blocked_tokens(doc: Doc, sent: Span) -> set[int]:
    """Token indexes of a sentence that lie inside a pattern that is never a quantity."""
    text = sent.text
    base = sent.start_char
    line = _page_of(doc).line(sent.start_char, sent.end_char)
    if line is None:  # a page without line breaks: the sentence alone
        spans = [m.span() for m in _BLOCK.finditer(text)] + [m.span() for m in _BRAND.finditer(text)]
    elif line.embed:
        return {tok.i for tok in sent}
    else:
        spans = [(s - base, e - base) for s, e in line.spans]
    if not _headline_case(text):
        spans += [m.span() for m in _CALL_SIGN.finditer(text)]
    if _PHONE_CONTEXT.search(text):
        spans += [m.span() for m in _LOCAL_PHONE.finditer(text)]
    for m in _EMERGENCY.finditer(text):
        if _is_emergency_number(text, m.start(), m.end()):
            spans.append(m.span())
    spans += [m.span("n") for m in _CALLED_NUMBER.finditer(text)] + [m.span("n") for m in _CASE_NUMBER.finditer(text)]
    restated = _restated_dates(sent) | retracted_tokens(sent) | denied_figures(sent) | unlived_ages(sent)
    if not spans:
        return restated
    out: set[int] = restated
    for tok in sent:
        a = tok.idx - base
        b = a + len(tok.text)
        for s, e in spans:
            if a < e and s < b:
                out.add(tok.i)
                break
    return out


def denied_figures(sent: Span) -> set[int]:
    """Number tokens a "no" denies: "There were no 40 seconds of commands", "gave no 40-second warning".

    The speaker says the figure is false; reading it as the figure made a lawyer's denial agree with the police's
    "about 40 seconds". Only a lower-case "no" right before the number ("No 10 Downing Street", "No. 5" are
    names), and the number inside the noun phrase the "no" opens ("no more than 40" is a hedge, read elsewhere).
    """
    doc = sent.doc
    out: set[int] = set()
    for tok in sent:
        if tok.text != "no" or tok.dep_ != "det" or tok.i + 1 >= sent.end:
            continue
        num = doc[tok.i + 1]
        if num.like_num and tok.head.i > num.i and tok.head in num.ancestors:
            out.update(t.i for t in doc[num.i : tok.head.i] if t.like_num)
    return out | _contrasted_figures(sent)


def _contrasted_figures(sent: Span) -> set[int]:
    """Number tokens of the figure a correction sets aside: "were 130 mph, not 150 mph", "It was five, not seven".

    "N, not M" tells the figure (N) and takes the other back (M): a correction note's standard form, or a
    speaker's. Reading M made the retracted figure a claim beside the corrected one. Only a number right after a
    comma (or a dash) and "not", with a number before it in the sentence: "not more than 40" is a hedge, "not
    including the gunmen" no figure, and a sentence whose only figure follows "not" contrasts no figure.
    """
    doc = sent.doc
    out: set[int] = set()
    seen_number = False
    for tok in sent:
        if tok.like_num:
            seen_number = True
        if tok.lower_ != "not" or not seen_number or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
            continue
        if doc[tok.i - 1].text not in (",", "-", "--", "\u2013", "\u2014") or not doc[tok.i + 1].like_num:
            continue
        i = tok.i + 1
        while i < sent.end and doc[i].like_num:
            out.add(i)
            i += 1
    return out


# the verbs an age is reached by, and the helpers before them that put the birthday ahead or out of reach
_TURN = frozenset({"turn", "turns", "turned", "turning"})
_UNLIVED_MODALS = frozenset({"would", "will", "could", "should", "might", "'d", "'ll", "’d", "’ll"})
_DUE_TO = frozenset({"was", "is", "were", "are", "set", "going", "due", "about"})


def unlived_ages(sent: Span) -> set[int]:
    """Number tokens of an age a person has not reached: "would have turned 8 next month", "was to turn 16".

    A child-victim story gives the age the child would have reached ("She would have been 30 on Friday", "He
    turns 12 next week"), one above the age the story reports: read as the age, it made the family's words
    conflict with the police's. Only the age after "turn"/"been" with a modal before it ("would have", "will"),
    a "was to" / "was set to", or a "next ..." after it; "would have been 200 people" counts people, not years.
    """
    doc = sent.doc
    out: set[int] = set()
    for tok in sent:
        num = tok.i + 1
        if (tok.lower_ not in _TURN and tok.lower_ != "been") or num >= sent.end or not doc[num].like_num:
            continue
        end = num
        while end < sent.end and doc[end].like_num:
            end += 1
        after = doc[end] if end < sent.end else None
        if after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in ("years", "year"):
            continue  # "would have been 200 people": a count
        if _unlived(doc, sent, tok, after):
            out.update(range(num, end))
    return out


def _unlived(doc: Doc, sent: Span, verb: Token, after: Token | None) -> bool:
    """Does the verb before an age put it ahead of the person or out of reach?"""
    before = [t.lower_ for t in doc[max(sent.start, verb.i - 3) : verb.i]]
    if verb.lower_ in ("turned", "been"):
        return len(before) >= 2 and before[-1] == "have" and before[-2] in _UNLIVED_MODALS  # "would have turned"
    if (
        verb.lower_ == "turn"
        and before
        and (before[-1] in _UNLIVED_MODALS or (before[-1] == "to" and len(before) >= 2 and before[-2] in _DUE_TO))
    ):
        return True  # "will turn 16", "was to turn 16", "was set to turn 16"
    # "turns 12 next week": a birthday still to come
    nxt = after
    if nxt is not None and nxt.lower_ in ("years", "year") and nxt.i + 2 < sent.end and doc[nxt.i + 1].lower_ == "old":
        nxt = doc[nxt.i + 2]
    return verb.lower_ in ("turns", "turn", "turning") and nxt is not None and nxt.lower_ == "next"


# a correction note's retraction: "An earlier version of this story gave Alicia Gomez's age as 31", "This story
# originally said the robbery took place Tuesday"
_RETRACTION = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:story|article|report|post|item)\b"
    r"|\b(?:this|the)\s+(?:story|article|report)\s+(?:originally|previously|initially|incorrectly|erroneously)\s+"
    r"(?:said|stated|reported|gave|misstated|listed|identified)\b",
    re.IGNORECASE,
)


def retracted_tokens(sent: Span) -> set[int]:
    """Tokens of a sentence that tell what an earlier version of the story got wrong: none is a claim.

    "Correction: An earlier version of this story gave Alicia Gomez's age as 31. She was 32": the 31 is
    the figure the paper takes back, not one it reports. The retraction runs to the end of the sentence
    or to a semicolon, after which the corrected figure may follow ("...misstated her age; she is 32").
    """
    m = _RETRACTION.search(sent.text)
    if m is None:
        return set()
    start = sent.start_char + m.start()
    out: set[int] = set()
    for tok in sent:
        if tok.idx < start:
            continue
        if tok.text == ";":
            break
        out.add(tok.i)
    return out


# a length before "ago", in the plural or not: "four days ago", "a week ago"
_AGO_UNITS = frozenset(
    f"{u}{s}" for u in ("minute", "hour", "day", "night", "week", "month", "year", "decade") for s in ("", "s")
)
_AGO_HEDGES = frozenset({"about", "around", "some", "nearly", "almost", "just", "only", "barely", "roughly", "over"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"})


def _restated_dates(sent: Span) -> set[int]:
    """Tokens of an "N days ago" set beside the date it restates: "came down on Monday, four days ago".

    Told beside its day, the time since it only says again which day it was: it is no
    length of anything (it met the time people were trapped), and the day is the claim.
    Alone ("The quake struck four days ago") it is left to the readers of time since.
    """
    doc = sent.doc
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ != "ago" or tok.i - 2 < sent.start or doc[tok.i - 1].lower_ not in _AGO_UNITS:
            continue
        first = tok.i - 2
        if not (doc[first].like_num or doc[first].lower_ in ("a", "an")):
            continue
        while first - 1 >= sent.start and (doc[first - 1].like_num or doc[first - 1].lower_ in _AGO_HEDGES):
            first -= 1
        before = doc[first - 2] if first - 2 >= sent.start and doc[first - 1].text == "," else None
        after = doc[tok.i + 2] if tok.i + 2 < sent.end and doc[tok.i + 1].text == "," else None
        if after is not None and after.lower_ == "on" and after.i + 1 < sent.end:
            after = doc[after.i + 1]
        if any(t is not None and _names_a_day(t) for t in (before, after)):
            out.update(range(first, tok.i + 1))
    return out


def _names_a_day(tok: Token) -> bool:
    """Whether a token is part of a calendar date: "Monday", "Aug. 9", "9 August", "last Tuesday"."""
    if tok.lower_ in _WEEKDAYS:
        return True
    return tok.ent_type_ == "DATE" and (tok.is_digit or tok.is_title) and tok.lower_ not in _AGO_UNITS


class _Line(NamedTuple):
    embed: bool  # the title of a link or a video: no figure of it is the article's
    spans: list[tuple[int, int]]  # debris, as offsets into the doc's text


class _Page:
    """A doc's lines, each read once.

    Debris is matched over a sentence's whole line, since spaCy splits debris anywhere
    ("Posted by admin on July 17, 2016 | 3" / "Comments").
    """

    MAX_LINE = 5000  # characters; a longer line (a page without line breaks) is read a sentence at a time

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.lines: dict[int, _Line | None] = {}

    def line(self, start: int, end: int) -> _Line | None:
        """The line of the text from ``start`` to ``end``; of its lines together if it runs over several."""
        first = bisect_right(self.starts, start) - 1
        last = max(first, bisect_right(self.starts, end - 1) - 1)
        for k in range(first, last + 1):
            if k not in self.lines:
                self.lines[k] = self._read(k)
        # a blank line between two lines of one sentence ("See also:", "", "- 3 dead in ...") tells nothing
        lines = [self.lines[k] for k in range(first, last + 1) if k == first or self.text[slice(*self._bounds(k))].strip()]
        if len(lines) == 1 or any(x is None for x in lines):
            return lines[0] if len(lines) == 1 else None
        return _Line(all(x.embed for x in lines), [span for x in lines for span in x.spans])

    def _bounds(self, k: int) -> tuple[int, int]:
        return self.starts[k], (self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.text))

    def _read(self, k: int) -> _Line | None:
        lo, hi = self._bounds(k)
        if hi - lo > self.MAX_LINE:
            return None
        line = self.text[lo:hi]
        if _LINK_LINE.match(line) or _ENDS_IN_LENGTH.search(line.rstrip()) or self._after_player_label(k):
            return _Line(True, [])
        if _LIST_LABEL.fullmatch(line) or _LIST_HEADING.fullmatch(line):
            return _Line(True, [])
        if (_BULLET.match(line) or _TITLE_LINE.fullmatch(line)) and self._in_link_list(k):
            return _Line(True, [])
        spans = [(m.start() + lo, m.end() + lo) for m in _BLOCK.finditer(line)]
        spans += [(m.start() + lo, m.end() + lo) for m in _BRAND.finditer(line)]
        return _Line(False, spans)

    def _in_link_list(self, k: int) -> bool:
        """Is line k an entry of a list of links: a bullet under a "Read more:" label, or a title under a heading?

        Under a label with a colon only bullets are its entries; under a heading ("Related Stories", "Most
        Read") bare and numbered titles are too.
        """
        bullet = _BULLET.match(self.text[slice(*self._bounds(k))]) is not None
        titles_between = False
        for j in range(k - 1, max(-1, k - 1 - _LIST_REACH), -1):
            line = self.text[slice(*self._bounds(j))]
            if _LIST_LABEL.fullmatch(line):
                return bullet and not titles_between
            if _LIST_HEADING.fullmatch(line):
                return True
            if not line.strip() or _BULLET.match(line):
                continue
            if not _TITLE_LINE.fullmatch(line):
                return False  # the list ended: a paragraph stands between the label and this entry
            titles_between = True
        return False

    def _after_player_label(self, k: int) -> bool:
        j = k - 1
        while j >= 0 and j >= k - 3 and not self.text[slice(*self._bounds(j))].strip():
            j -= 1  # the label may stand a blank line above
        return j >= 0 and _PLAYER_LABEL.fullmatch(self.text[slice(*self._bounds(j))]) is not None


_last_page: list[_Page] = []  # the page of the doc read last: its sentences come one after another


def _page_of(doc: Doc) -> _Page:
    page = _last_page[0] if _last_page else None
    if page is None or page.doc is not doc:  # a doc's text never changes, even when it is retokenized
        page = _Page(doc)
        _last_page[:] = [page]
    return page


def _headline_case(text: str) -> bool:
    """Set in capitals ("WITH 2 DEAD") or in title case ("2 News Crews Attacked Outside Courthouse")."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    if not words:
        return False
    capitals = sum(w.isupper() for w in words) > 0.5 * len(words)
    long_words = [w for w in words if len(w) > 3]
    title = bool(long_words) and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
    return capitals or title


def _is_emergency_number(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 12) : s].lower()
    after = text[e : e + 14].lower()
    return bool(
        re.search(r"\b(?:call|calls|called|dial|dialed|dialled|to|a|the)\s+$", before)
        or re.match(r"\s*(?:call|calls|caller|dispatch|operator|center|centre|system|emergency|line|\.|,|$)", after)
    )


def is_label_number(doc: Doc, s: int, e: int, sent: Span, *, counted_next: bool) -> bool:
    """Names and labels that carry a number: "Section 427", "Flight 302", "Boeing 737 Max 8", "No. 5".

    ``counted_next`` says whether a counted noun or a unit follows the number,
    which makes "Sunday 5 people" a count, not a label.
    """
    first = doc[s]
    prev = doc[s - 1] if s > sent.start else None
    if prev is None:
        return False
    low = prev.lower_
    if e - s == 1 and label_after_count(first):
        return True  # "Two Station 12 firefighters": the count is "Two", 12 names the station
    if low in IDENTIFIER_HEADS or prev.text in ("#", "No.", "Nos.", "no.", "№"):
        if low in ("no", "number") and not prev.text.istitle() and prev.text != "No.":
            return False  # "no 5 people", "a number 5": a count after a determiner
        # "Section 427", "No. 5 hurricanes" are labels; "the healthcare sector 0.68 percent lower" is not;
        # a capitalised head names a thing even before a plural: "Model 3 sedans", "Flight 370 passengers"
        capitalised = prev.text[:1].isupper() and low not in ("no", "number", "big", "top")
        return prev.text in ("#", "No.", "Nos.", "no.", "№", "No", "Number") or not counted_next or capitalised
    if prev.text == "." and s - 2 >= sent.start and doc[s - 2].text in ("No", "no", "Nos"):
        return True
    if low in ("top", "bottom") and s - 2 >= sent.start and doc[s - 2].lower_ == "the" and not counted_next:
        return True  # "in the top 15", "the bottom three": a rank
    # "iPhone 11 and 11 Pro Max": a model word after the number
    nxt_tok = doc[e] if e < sent.end else None
    if nxt_tok is not None and e - s == 1 and nxt_tok.text in _MODEL_WORDS and digits_value(first.text) is not None:
        return True
    # "Boeing 737", "Flight 302", "Engine 4", "WSMV Channel 4", "Max 8": a capitalised name right before
    if (
        not counted_next
        and low not in _UNIT_HEADS
        and e - s == 1
        and prev.is_alpha
        and prev.text[:1].isupper()
        and prev.pos_ in ("PROPN", "NOUN", "X")
        and prev.whitespace_
        and digits_value(first.text) is not None
        and not _is_name_then_age(doc, s, e, sent)
        and not _hyphened_age_after(doc, e, sent)
    ):
        return True
    # "Max 8 and 9 aircraft", "iPhone 11 and 11 Pro": a label's number shares its name
    if prev.text in _HEAD_FOLLOWERS and s - 2 >= sent.start:
        before = doc[s - 2]
        if digits_value(before.text) is not None and before.i - 1 >= sent.start:
            bprev = doc[before.i - 1]
            if bprev.is_alpha and bprev.text[:1].isupper() and bprev.i > sent.start and bprev.pos_ in ("PROPN", "NOUN"):
                return not counted_next or not _plural_noun_after(doc, e, sent)
    # "737 Max 8", "11 Pro": a number with a model name after it
    nxt = doc[e] if e < sent.end else None
    if (
        nxt is not None
        and not counted_next
        and nxt.tag_ == "NNP"
        and nxt.text[:1].isupper()
        and nxt.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "PERSON")
        and not unit_of_word(nxt.text)
        and e - s == 1
        and (prev.text[:1].isupper() or prev.lower_ in ("'s", "’s") or _singular_name_after(doc, s, e, sent))
    ):
        return True
    # numbers inside a product, law or work name that spaCy found ("Digital Economy Act 2017")
    return bool(
        first.ent_type_ in ("PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "FAC")
        and first.ent_iob_ == "I"
        and prev.ent_type_ == first.ent_type_
        and not counted_next
    )


def _singular_name_after(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """A number in digits, above one, then a singular name that ends the phrase: a model ("Boeings own 787 Dreamliner").

    A count of more than one names a plural ("four FA Cup finals", "300 Spartans"); a headline
    capitalises every word, so it proves nothing there.
    """
    value = digits_value(doc[s].text)
    if value is None or value < 2 or value != int(value) or _title_case(sent) or len(doc[e].text) < 3:
        return False  # "98 F" is a temperature
    k = e
    while k < sent.end and doc[k].tag_ == "NNP" and doc[k].text[:1].isupper():
        k += 1
    last = doc[k - 1]
    if last.lower_.endswith("s") or k - e > 3 or k == e:
        return False
    if k < sent.end and doc[k].text.isdigit():
        k += 1  # "737 MAX 8": the model's own number after its name
    return k >= sent.end or doc[k].pos_ not in ("NOUN", "PROPN", "NUM")


def _is_name_then_age(doc: Doc, s: int, e: int, sent: Span) -> bool:
    return (s - 1 > sent.start and doc[s - 1].text == ",") or bare_name_age(doc, s, e, sent)


def _hyphened_age_after(doc: Doc, e: int, sent: Span) -> bool:
    """Does "-year-old" follow the number ("Police ID 7-year-old killed")? A headline's verb, not a label, precedes it."""
    words = [t.lower_ for t in doc[e : min(sent.end, e + 4)]]
    return len(words) == 4 and words[0] in HYPHENS and words[2] in HYPHENS and words[3] == "old"


def _plural_noun_after(doc: Doc, e: int, sent: Span) -> bool:
    return e < sent.end and doc[e].tag_ == "NNS"


def is_year(doc: Doc, s: int, e: int, sent: Span, *, counted_next: bool) -> bool:
    """A bare year ("in 2015", "the 2019 crash"), unless a counted noun follows ("2000 troops")."""
    return e - s == 1 and is_year_like(doc[s].text) and not counted_next


def is_word_number_name(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """A number word that starts a name: "One Nation", "One Direction" (not "One Juvenile", "Two Baton Rouge officers")."""
    first, nxt = doc[s], doc[e] if e < sent.end else None
    if _capitalised_inside_name(doc, s, e, sent):
        return True  # "told BBC One", "the Kick Six win", "Formula One"
    if e - s != 1 or not first.is_alpha or nxt is None or nxt.tag_ not in ("NNP", "NN") or not nxt.text[:1].isupper():
        return False
    if _title_case(sent):
        return False  # "One Bomb Hit School": a headline capitalises every word
    if nxt.lower_ in PEOPLE_NOUNS or unit_of_word(nxt.text) or nxt.ent_type_ in ("GPE", "LOC", "NORP"):
        return False
    k = e
    while k < sent.end and doc[k].tag_ in ("NNP", "NN") and doc[k].text[:1].isupper():
        k += 1
    if k < sent.end and label_after_count(doc[k]):
        return False  # "Two District 9 officers": the name and its number sit inside a counted noun phrase
    # the name ends the noun phrase: nothing counted follows it
    return k >= sent.end or doc[k].pos_ not in ("NOUN", "PROPN")


def _capitalised_inside_name(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """A number word written with a capital inside a sentence, right after a capitalised name: part of that name."""
    first = doc[s]
    if e - s != 1 or not first.is_alpha or not first.text[:1].isupper() or first.text.isupper() or s == sent.start:
        return False
    prev = doc[s - 1]
    if not (prev.pos_ == "PROPN" and prev.text[:1].isupper()) or _title_case(sent):
        return False
    nxt = doc[e] if e < sent.end else None
    return nxt is None or not (nxt.lower_ in PEOPLE_NOUNS or unit_of_word(nxt.text))


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def is_one_idiom(doc: Doc, s: int, e: int, sent: Span) -> bool:
    """Tell "one" in an idiom: "one of the leading groups", "no one", "one another", "at one point", "one day"."""
    if e - s != 1 or doc[s].lower_ != "one":
        return False
    nxt = doc[e] if e < sent.end else None
    prev = doc[s - 1] if s > sent.start else None
    nlow = nxt.lower_ if nxt is not None else ""
    plow = prev.lower_ if prev is not None else ""
    if nlow == "in" and e + 1 < sent.end and doc[e + 1].like_num:
        return False  # "one in five adults": a share, read by quantities._read_proportion
    if nlow in ("of", "another", "who", "that", "which", "whom", "by", "on", "way", "'s", "’s", "in", "thing"):
        return True  # "one thing is clear" names no count either
    if nlow == "down" and (prev is None or prev.is_punct) and (e + 1 >= sent.end or doc[e + 1].text in ("!", ",", ".", "?", ";")):
        return True  # "Shots fired! One down! One down!" on a police radio, "one down, two to go": a call, no count
    if nlow == "name" and plow in ("uses", "use", "using", "by", "only", "goes", "go"):
        return True  # "the official, who uses one name": a naming custom, not a count of names
    if (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")) and _the_other_after(doc, e, sent):
        return True  # "One was a retired state trooper, the other a former sergeant": one of a pair, told apart
    if nxt is not None and nxt.text == "-":
        # "a one-day ration" is a measure; "one-on-one", "one-off", "one-time" are idioms
        return not (e + 1 < sent.end and unit_of_word(doc[e + 1].text))
    counted = nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nlow not in ("day", "point", "time", "thing")
    if plow in ("no", "any", "every", "each", "someone", "anyone", "everyone"):
        return True
    if plow in ("the", "this", "that", "same", "which", "a", "last", "only", "other") and not counted:
        return plow != "only" or nlow in (".", ",", "")
    if nlow == "point" and plow == "at":
        return True
    if nlow in ("day", "time") and (e + 1 >= sent.end or doc[e + 1].lower_ not in ("after", "before", "later", "earlier", "ago")):
        return not (plow in ("for", "in", "within", "than", "about", "just", "only") or nxt is None)
    return doc[s].pos_ == "PRON" and not one_of_a_set_before(doc, s, sent)


def one_of_a_set_before(doc: Doc, s: int, sent: Span) -> bool:
    """A "one" that subjects its own verb after a counted set in its sentence: one member of that set.

    "two bombs fell on an airstrip, one hit a school": spaCy tags that "one" a pronoun; the generic
    pronoun ("one could argue") takes a modal.
    """
    tok = doc[s]
    nxt = doc[s + 1] if s + 1 < sent.end else None
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or nxt is None
        or nxt.tag_ == "MD"
        or s == sent.start
        or doc[s - 1].text not in (",", ";", ":", "and")
    ):
        return False
    return any(
        t.like_num and t.lower_ != "one" and k + 1 < s and doc[k + 1].tag_ == "NNS"
        for k, t in ((t.i, t) for t in doc[sent.start : s - 1])
    )


def _the_other_after(doc: Doc, e: int, sent: Span) -> bool:
    """Is "the other" said later in the sentence, so that a bare "one" is its pair's first member?

    Only when nothing happens to the one before it: "one was killed and the other fled" counts one killed.
    """
    for k in range(e, sent.end - 1):
        if doc[k].lower_ == "the" and doc[k + 1].lower_ == "other":
            return True
        if doc[k].lower_ in EVENT_WORDS:
            return False
    return False


def is_house_number(doc: Doc, s: int, e: int, sent: Span, *, counted_next: bool) -> bool:
    """A house number without its street word: "the scene, which unfolded at 13200 Memorial at 10:15 a.m."."""
    if counted_next or e - s != 1 or s == sent.start or e >= sent.end:
        return False
    num, prev, nxt = doc[s], doc[s - 1], doc[e]
    return (
        prev.lower_ == "at"
        and num.text.isdigit()
        and 3 <= len(num.text) <= 6
        and nxt.tag_ == "NNP"
        and nxt.is_alpha
        and nxt.text[:1].isupper()
        and nxt.lower_ not in PEOPLE_NOUNS
        and nxt.ent_type_ not in ("NORP", "PERSON", "DATE", "TIME")
        and not unit_of_word(nxt.text)
    )
