"""Rival figures of one count within one article: two sources' word, set against each other.

"30 people, security sources said, while a health ministry official put the toll
at 35", or the state's toll and a rights group's: neither is a part of the other.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from factcmp.facets import STRONG_EVENTS
from factcmp.reconcile.items import Read

# a sentence that sets its credited figure against another source's: "gave a higher toll", "put the death toll at",
# "The state health ministry ... earlier said 54 people died"
_RIVAL_CUE = re.compile(
    r"\b(?:higher|lower|different|conflicting|smaller|larger|own)\s+(?:death\s+)?"
    r"(?:toll|figure|count|estimate|tally|analysis|account|review|investigation)s?\b"
    r"|\bputs?\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+dead)\b"
    r"|\b(?:had\s+)?earlier\s+(?:said|put|gave|reported|told)\b"
    r"|\b(?:maintain|insist)(?:s|ed)?\s+that\b",
    re.IGNORECASE,
)


# the source of a figure its sentence sets against another's without crediting anybody the extractor found
_UNNAMED_RIVAL = "(another source)"


# who speaks for the state, and who counts independently of it: a toll the government gives and one a rights group
# gives are rival counts of one fact, however far apart ("four", the government said; "at least 12", said Amnesty)
_OFFICIAL = re.compile(
    r"\b(?:government|ministry|minister|president|governor|police|army|military|authorities|officials?|commissioner"
    r"|state\s+media|spokes(?:man|woman|person)\s+for\s+the\s+(?:government|ministry|army|police))\b",
    re.IGNORECASE,
)
_INDEPENDENT = re.compile(
    r"\b(?:amnesty|human\s+rights|rights\s+(?:group|groups|organi[sz]ation|monitor)|monitor(?:ing)?\s+group|observatory"
    r"|opposition|activists?|doctors?|medics?|hospital|ambulance|red\s+cross|red\s+crescent|msf|m[ée]decins\s+sans"
    r"|aid\s+(?:group|agency|workers?)|charity|witness(?:es)?|residents?|unions?)\b",
    re.IGNORECASE,
)


def camp_of(speaker: str) -> str:
    """The camp a speaker counts for: official, independent, or "" (neither, or both: "a doctor at the state hospital")."""
    official, independent = bool(_OFFICIAL.search(speaker)), bool(_INDEPENDENT.search(speaker))
    return "official" if official and not independent else "independent" if independent and not official else ""


def entity_camps(cols: dict[str, list[object]], n_rows: int) -> dict[str, str]:
    """The camp of each speaker the cluster names with a title once and by name alone elsewhere.

    "Bungoma County Commissioner Peter Kariuki has said" then "Mr Kariuki said 62 houses were destroyed": the
    figure is an official's, as extraction links both speakers to one person. A speaker whose credits name
    two camps ("a doctor", "a government doctor") keeps none.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for n in range(n_rows):
        entity = str(cols["speaker_entity"][n] or "")
        if entity and cols["kind"][n] == "quantity":
            camp = camp_of(str(cols["attributed_to"][n] or ""))
            if camp:
                found[entity].add(camp)
    return {entity: next(iter(camps)) for entity, camps in found.items() if len(camps) == 1}


# words around a figure that make it a part of a set: "including four", "among them two", "four of them", "four more"
_PART_BEFORE = re.compile(
    r"\b(?:including|included|among\s+(?:them|whom|those)|of\s+whom|another|other|further|additional)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:of\s+(?:them|those|whom|the)|more|others?|other\s+people|in\s+hospitals?)\b", re.I)


def _running(window: str) -> bool:
    """Is a window the story's own, so far: none, or counted from a day ("in two days of protests")?"""
    return not window or window.startswith("from:")


def _told_as_part(text: str, sentence: str) -> bool:
    """Do the words beside a figure make it a part of a set ("including four in Kankan", "two of them")?"""
    at = sentence.find(text)
    if at < 0 or not text:
        return False
    # the figure's own words may say it ("three others", "four more")
    _, _, own = text.strip().partition(" ")
    return bool(
        _PART_BEFORE.search(sentence[max(0, at - 40) : at])
        or _PART_AFTER.match(sentence[at + len(text) : at + len(text) + 40])
        or (own and _PART_AFTER.match(own))
    )


def rival_counts(read: list[Read]) -> list[bool]:
    """Which counts are one source's figure set against another's in the same article?

    "30 people, security sources said, while a health ministry official put the toll at 35": the
    sentence gives two figures of one toll, each credited to somebody else. Neither is a part of the
    other; they are rival figures of one fact, as two outlets' would be. The same count is the same
    act of people in general in the same window, as for :func:`sub_counts`, in one sentence: figures
    credited to two sources sentences apart are as often a toll and a part ("at least 22 killed",
    said the agency; "five died in Takengon", said the district chief), unless one of them says it
    is set against another's ("The Sudan Doctors Network ... gave a higher toll, saying at least 62";
    "The ministry put the death toll at between 50 and 60"; "The ministry earlier said 54 people died"). A
    count of a named thing is set against the same thing's ("her own analysis of the footage showed officers
    fired at least 14 shots" against the police's 11).
    """
    cues: dict[str, bool] = {}
    told: dict[tuple[object, ...], list[tuple[float, float, str, bool, str, str, frozenset[str], str]]] = defaultdict(list)
    keys: list[tuple[tuple[object, ...], str, bool, str, frozenset[str], str] | None] = []
    for fct, window, places, item, _ in read:
        if fct.measure != "count" or fct.event.partition(":")[0] not in STRONG_EVENTS:
            keys.append(None)
            continue
        cued = cues.get(item.sentence)
        if cued is None:
            cued = cues[item.sentence] = bool(_RIVAL_CUE.search(item.sentence))
        if (not item.speaker and not cued) or item.increment or _told_as_part(item.text, item.sentence):
            # "nine people died, saying three others were hurt ... and died later": a part is nobody's rival toll
            keys.append(None)
            continue
        # "The organisers gave a lower toll of nine": the cue says the figure is another source's, named or not
        key, speaker = (item.doc, fct.event, fct.noun), speaker_key(item.speaker) or _UNNAMED_RIVAL
        # a whole toll, said plainly: of people in general, nowhere narrower than the story
        whole = (
            not fct.noun
            and not fct.group
            and not item.vague
            and item.lo > 0  # a denial ("no casualties") answers a toll; it gives none of its own to set against another
        )
        camp = item.camp if whole else ""
        keys.append((key, speaker, cued, camp, places, window))
        told[key].append((item.lo, item.hi, speaker, cued, item.sentence, camp, places, window))
    out = []
    for keyed, (_, _, _, item, _) in zip(keys, read, strict=True):
        if keyed is None or len(told[keyed[0]]) < 2:
            out.append(False)
            continue
        key, mine, my_cue, my_camp, mine_at, my_window = keyed
        out.append(
            any(
                (lo, hi) != (item.lo, item.hi)
                and not (speaker in mine or mine in speaker)
                and (
                    (
                        window == my_window
                        and (sentence == item.sentence or ((my_cue or cued) and _alike((lo, hi), (item.lo, item.hi))))
                    )
                    # the state's toll against a rights group's, of one place (or a place and its country, or the
                    # story's), however far apart;
                    # one may give the days it counts ("in two days of protests"), the other not
                    or (
                        my_camp
                        and camp
                        and my_camp != camp
                        and (at <= mine_at or mine_at <= at)
                        and (window == my_window or (_running(window) and _running(my_window)))
                    )
                )
                for lo, hi, speaker, cued, sentence, camp, at, window in told[key]
            )
        )
    return _restated(read, out)


def _restated(read: list[Read], rival: list[bool]) -> list[bool]:
    """Mark a rival's figure told again in its article as a rival too.

    "NGO says cyclone killed at least 23" over "at least 23 people died ... well above the government's official
    toll of 16" and "the 23 deaths it recorded": the article sets the 23 against the 16 once, but each telling of
    the 23 is the same source's count, and none of them is the article's own toll beside the 16.
    """
    lows = {
        (item.doc, fct.event, fct.noun, item.lo)
        for (fct, _, _, item, _), r in zip(read, rival, strict=True)
        if r and fct.measure == "count"
    }
    if not lows:
        return rival
    return [
        r or (fct.measure == "count" and not item.increment and (item.doc, fct.event, fct.noun, item.lo) in lows)
        for (fct, _, _, item, _), r in zip(read, rival, strict=True)
    ]


# how far apart two sources' figures of one toll set against each other sentences apart may be: rival tolls are of
# a size (54 and 62, 30 and 35), a toll and a part of it often are not ("put the toll at 35 ... five died in hospital")
_RIVALS_APART = 1.5


def _alike(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Are two figures (low, high) of a like size, read at their lower ends (or upper, if open below)?"""
    x, y = (lo if math.isfinite(lo) else hi for lo, hi in (a, b))
    if not (math.isfinite(x) and math.isfinite(y)) or min(x, y) <= 0:
        return False
    return max(x, y) <= _RIVALS_APART * min(x, y)


def headline_rivals(read: list[Read], rivals: list[bool]) -> list[str | None]:
    """The speaker of the rival figure each uncredited figure of its article restates (None if it restates none).

    "Floods death toll rises to 45" over "has risen to 45, the Interior ministry said, as the Red Cross put
    the toll higher at 52": the headline's 45 is the ministry's, one of two rival figures, not a third
    count its article would keep apart from the 52 as a part of it. So is a figure of the body that
    restates one ("Sixty-two people dead would make it one of the deadliest strikes" below the doctors'
    "at least 62"): a figure is read at its lower end, as a bound restated without its hedge is.
    """
    body: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for (fct, window, _, item, _), rival in zip(read, rivals, strict=True):
        if rival and not item.headline and math.isfinite(item.lo):
            # a headline gives no days ("At least 12 killed") where its body may ("in two days of protests")
            body[(item.doc, fct.event, "" if _running(window) else window, item.lo)].add(item.speaker)
    out: list[str | None] = [None] * len(read)
    if not body:
        return out
    for n, (fct, window, _, item, _) in enumerate(read):
        if not item.speaker and not rivals[n] and fct.measure == "count" and not item.vague:
            speakers = body.get((item.doc, fct.event, "" if _running(window) else window, item.lo))
            if speakers:
                # one source's figure, though the article may credit it twice ("the Sudan Doctors Network",
                # "the doctors' group")
                out[n] = min(speakers)
    return out


def speaker_key(speaker: str) -> str:
    """A speaker as rival figures are told apart by: "the Interior ministry" -> "interior ministry"."""
    s = speaker.lower().strip()
    return s[4:] if s.startswith("the ") else s
