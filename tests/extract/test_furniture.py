"""Links to other stories and galleries are page furniture: their figures are not the article's.

A "Related:" or "Previous story:" line prints another report's headline (the
Bristol follow-up links the first day's "1 dead, 4 injured" under its own
"three others were injured"; a Dallas headline sits in the middle of it); a
"PHOTOS:" line is a gallery widget. Read as the article's own, they make the
article contradict itself.
"""

from __future__ import annotations

import pytest

from factcmp.cleaning import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Related: Police: 5 officers dead, 7 hurt in Dallas protest shooting",
        "Previous story: 1 dead, 4 injured after man shoots at random in Bristol",
        "► Related: 2 bailiffs, shooter dead in Berrien County Courthouse shooting",
        "RELATED: Family, friends, community show support for deputy who remains in critical condition",
        "PHOTOS: 1 dead, 4 injured after man shoots at random in Bristol View as list View as gallery Open Gallery (Photo: WJHL)",
        "Video: Active shooter reported in West Houston",
    ],
)
def test_links_to_other_stories_are_dropped(line: str) -> None:
    text = f"One woman died and three others were injured.\n\n{line}\n\nScott was charged."
    assert clean_text(text) == "One woman died and three others were injured.\n\nScott was charged."


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentences that only use the words
        "Police said related charges: 3 counts of assault were filed.",
        "The photos show three men entering the building.",
        "Related Berrien County shooting stories:",  # a header with no figures; its links follow
        "(Photo: WJHL)",
        "Officials released video of the shooting on Friday.",
    ],
)
def test_the_articles_own_lines_are_kept(line: str) -> None:
    assert line in clean_text(f"First line.\n{line}\nLast line.")
