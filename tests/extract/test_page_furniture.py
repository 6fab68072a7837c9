"""Page furniture of US news sites gives no claim; the reporting beside it keeps every figure.

Scraped local-TV, newspaper and wire pages carry their templates into the text: timestamps
("Posted: Jul 07, 2016 5:47 PM EDT", "Published 3 hours ago"), share and comment counters
("Comments (3)", "1.2K shares"), gallery and video counters ("Image 3 of 10", "Hide Caption 4 of 19"),
video embed titles ("WATCH: ..."), paywall meters and offers ("You have 2 free articles remaining",
"$0.99 for the first 3 months"), weather widgets ("Nashville, TN 81°F"), and the stations' own names
("News 4", "FOX 8", "KHOU 11", "WATE 6 On Your Side", "News 4 at 6"). Every number there is the page's,
not the story's: read as a claim it is a spurious row. Each case puts a real claim beside (or on the
same line as) the furniture, so a filter that eats the claim fails too; the last group holds real
sentences that only use furniture's words ("the post was shared 3,000 times", "Only 3 people survived").

The lines are written the way the content systems of US local TV stations, papers and wires print
them (Raycom/WorldNow, Nexstar, Scripps, Gannett/USA TODAY, Tegna, AP, CNN, NBC News); the dev clusters
hold a few of the same shapes (``corpus/dev/bristol 02`` "(Photo: WJHL)", ``baton-rouge 03`` "1 of 12",
``houston 01`` a tweet's "— Chris Graczyk (@13PhotogChris) May 29, 2016").
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcmp

pytestmark = pytest.mark.model

CLAIM = "Two people were killed and three others were injured."
BOTH = [2, 3]

TIMESTAMPS = [
    ("Posted: Jul 07, 2016 5:47 PM EDT\nUpdated: Jul 08, 2016 9:12 AM EDT\n\n" + CLAIM, BOTH),
    ("Updated 2:31 PM CDT Jul 18, 2016\n\n" + CLAIM, BOTH),
    ("Published 3 hours ago\n\n" + CLAIM, BOTH),
    ("Updated 12 minutes ago\n" + CLAIM, BOTH),
    ("Posted 2 days ago by Web Staff\n" + CLAIM, BOTH),
    ("2 hrs ago\n" + CLAIM, BOTH),
    ("Updated 1 hour ago\n" + CLAIM, BOTH),
    ("Published 3 hours ago Police say two people were killed in the crash.", [2]),
    ("By John Smith | Published: July 7, 2016, 6:02 pm | Updated: July 8, 2016, 10:15 am\n" + CLAIM, BOTH),
    ("Last Updated: Monday, July 11, 2016 4:22 PM\n" + CLAIM, BOTH),
    ("Created: 07/11/2016 2:10 PM\n" + CLAIM, BOTH),
    ("Posted: 5:47 PM, Jul 07, 2016 Updated: 9:12 AM, Jul 08, 2016\n" + CLAIM, BOTH),
    ("Posted: Sunday, July 17, 2016 9:40 AM EDT Updated: Monday, July 18, 2016 12:05 PM EDT\n" + CLAIM, BOTH),
    ("Jane Doe, USA TODAY Published 3:11 p.m. ET July 18, 2016 | Updated 8:40 a.m. ET July 19, 2016\n" + CLAIM, BOTH),
    ("Nov 27 2016, 11:13 am ET\n" + CLAIM, BOTH),
    ("July 18, 2016 / 6:02 AM / CBS/AP\n" + CLAIM, BOTH),
    ("Updated 10:58 am, Monday, May 30, 2016\n" + CLAIM, BOTH),
    ("Updated 11:32 AM ET, Mon July 18, 2016\n" + CLAIM, BOTH),
    ("Posted: Jul 07 2016 05:47PM CDT\n" + CLAIM, BOTH),
    ("Published: 7/17/2016 4:04:12 PM\n" + CLAIM, BOTH),
    ("by Jane Doe | Nov 29, 2016 | 0 comments\n" + CLAIM, BOTH),
    ("Posted on July 7, 2016 at 5:47 pm by Web Staff\n" + CLAIM, BOTH),
    (
        "Posted: Jul 07, 2016 5:47 PM EDT Updated: Jul 08, 2016 9:12 AM EDT BRISTOL, Tenn. (WJHL) – "
        "One person was killed and four others were injured in a shooting.",
        [1, 4],
    ),
    ("Posted:Jul 17 2016 09:12AM CDT Updated:Jul 18 2016 10:15AM CDT\n" + CLAIM, BOTH),
    ("Published at 10:44 PM CDT on Jul 17, 2016 | Updated at 11:52 PM CDT on Jul 17, 2016\n" + CLAIM, BOTH),
    ("By Jane Doe | July 17, 2016 5:32pm | Updated on July 18, 2016 9:12am\n" + CLAIM, BOTH),
    ("by Jane Doe | Monday, July 11th 2016\n" + CLAIM, BOTH),
    ("Posted: Sunday, July 17, 2016 9:40 pm | Updated: 10:55 pm, Sun Jul 17, 2016.\n" + CLAIM, BOTH),
    ("Updated: Jul 17, 2016 - 9:12 PM\n" + CLAIM, BOTH),
    ("July 18, 2016 / 3:12 AM / 8 years ago\n" + CLAIM, BOTH),
    ("Posted by admin on July 17, 2016 | 3 Comments\n" + CLAIM, BOTH),
]

COUNTERS = [
    ("Comments (3)\n" + CLAIM, BOTH),
    (CLAIM + "\n3 Comments", BOTH),
    (CLAIM + "\nView Comments (12)", BOTH),
    (CLAIM + "\nShow 15 comments", BOTH),
    (CLAIM + "\nReader Comments (0)", BOTH),
    (CLAIM + "\nPrint | Email | 12 Comments", BOTH),
    (CLAIM + "\n1.2K shares", BOTH),
    (CLAIM + "\n245 Shares", BOTH),
    (CLAIM + "\nShare 245 Tweet 12 Email", BOTH),
    (CLAIM + "\nFacebook 1.2K Twitter 340 Email", BOTH),
    (CLAIM + "\n12 Retweets 34 Likes", BOTH),
    (CLAIM + "\n234 likes", BOTH),
    (CLAIM + "\nViews: 1,234", BOTH),
    (CLAIM + "\nViewed 1,234 times", BOTH),
    (CLAIM + "\nRate this story (12 votes)", BOTH),
    (CLAIM + "\n1,234 people are talking about this", BOTH),
    ("Comments (3) Police said six people were hurt.", [6]),
    ("1.2K shares Two people were killed in the crash.", [2]),
    ("Like · Reply · 3 · 2h\n" + CLAIM, BOTH),
    ("3 Responses to Bristol shooting\n" + CLAIM, BOTH),
    ("Load comments (12)\n" + CLAIM, BOTH),
    ("Viewing 1-10 of 45 comments\n" + CLAIM, BOTH),
    ("Jump to comments (5)\n" + CLAIM, BOTH),
    ("Posted in: News, Crime | 3 Comments\n" + CLAIM, BOTH),
]

GALLERIES_AND_VIDEO = [
    ("Image 3 of 10\n" + CLAIM, BOTH),
    ("(1/12)\n" + CLAIM, BOTH),
    ("1 / 12\n" + CLAIM, BOTH),
    ("Photo: 4 of 7\n" + CLAIM, BOTH),
    ("Photo 5 of 20\n" + CLAIM, BOTH),
    ("Photo 3/12\n" + CLAIM, BOTH),
    ("Slide 2 of 14\n" + CLAIM, BOTH),
    ("Video 1 of 5\n" + CLAIM, BOTH),
    ("Page 2 of 3\n" + CLAIM, BOTH),
    ("1 2 3 Next\n" + CLAIM, BOTH),
    ("12 photos\n" + CLAIM, BOTH),
    ("View Gallery (24 photos)\n" + CLAIM, BOTH),
    ("Gallery: 15 photos\n" + CLAIM, BOTH),
    ("Police tape surrounds the scene. (Photo: Jane Doe/The Tennessean) Fullscreen Hide Caption 4 of 19\n" + CLAIM, BOTH),
    ("Fullscreen Buy Photo Officers gather at the hospital. Buy Photo 2 of 19 Last Slide Next Slide\n" + CLAIM, BOTH),
    ("Fullscreen Hide Caption 4 of 19 Police say three people were shot.", [3]),
    ("1 of 12 | Police investigate the scene where three people were shot.\n" + CLAIM, [3, 2, 3]),
    ("Watch: Police give update on shooting 1:32\n" + CLAIM, BOTH),
    ("VIDEO: Mayor speaks (2:14)\n" + CLAIM, BOTH),
    ("Duration: 1:32\n" + CLAIM, BOTH),
    ("Play Video 02:31\n" + CLAIM, BOTH),
    ("0:00 / 1:32\n" + CLAIM, BOTH),
    ("WATCH: 3 officers killed in Baton Rouge ambush\n" + CLAIM, BOTH),
    ("Watch the video: 2 officers run toward the gunfire.\n" + CLAIM, BOTH),
    ("Next video: 2 dead in Houston shooting\n" + CLAIM, BOTH),
    ("Now Playing: 5 shot near Sixth Street\n" + CLAIM, BOTH),
    ("Up Next: 4 injured in crash on I-40\n" + CLAIM, BOTH),
    ("More: NOPD arrests second suspect in shooting that left 10 hurt\n" + CLAIM, BOTH),
    ("Sponsored: 10 cars you can buy for under $20,000\n" + CLAIM, BOTH),
    ("WATCH LIVE: News 4 at 6\n" + CLAIM, BOTH),
    (
        "JUST WATCHED\nPolice: 3 officers dead in Baton Rouge\nReplay\nMore Videos ...\nMUST WATCH\n"
        "Police: 3 officers dead in Baton Rouge 01:32\n" + CLAIM,
        BOTH,
    ),
    ("Police: 3 officers dead in Baton Rouge 01:32\n" + CLAIM, BOTH),
    ("MORE ON THIS STORY: 3 officers laid to rest | Shooter had 2 rifles\n" + CLAIM, BOTH),
    ("More from GlobalPost: 5 things to know about Aceh\n" + CLAIM, BOTH),
    ("Swipe for more photos (1 of 12)\n" + CLAIM, BOTH),
    ("Auto (720p)\n" + CLAIM, BOTH),
    ("Quality 720p HD Volume 90% Captions Off\n" + CLAIM, BOTH),
    ("Listen to this article 3 min\n" + CLAIM, BOTH),
    ("Map data ©2016 Google Terms of Use Report a map error 200 m\n" + CLAIM, BOTH),
    ("Map data ©2016 Google\n500 ft\n" + CLAIM, BOTH),
    ("Interactive map: 3 shootings in 2 days\n" + CLAIM, BOTH),
    ("Tags: shooting, 3 dead, Bristol\n" + CLAIM, BOTH),
    ("Filed under: 2 officers shot\n" + CLAIM, BOTH),
    ("Topics: Baton Rouge, 3 officers killed\n" + CLAIM, BOTH),
    ("CLICK HERE to see 12 photos from the scene\n" + CLAIM, BOTH),
    ("Share this article: 3 dead in shooting\n" + CLAIM, BOTH),
]

PAGES_AND_ADS = [
    (CLAIM + "\nStory continues below advertisement\nPolice said the gunman was 25.", [2, 3, 25]),
    (CLAIM + "\nYou have 2 free articles remaining.", BOTH),
    (CLAIM + "\nYou have read 3 of 10 free articles this month.", BOTH),
    (CLAIM + "\nSubscribe now for just $1 per week.", BOTH),
    (CLAIM + "\nGet unlimited digital access for 99¢", BOTH),
    (CLAIM + "\nOnly $0.99 for the first 3 months", BOTH),
    (CLAIM + "\n$9.99/month, cancel anytime", BOTH),
    (CLAIM + "\nJust $1 a week for 6 months", BOTH),
    (CLAIM + "\nReading time: 4 minutes", BOTH),
    (CLAIM + "\n4-minute read", BOTH),
    (CLAIM + "\nRead time: 3 min", BOTH),
    (
        CLAIM + "\nCopyright 2016 Scripps Media, Inc. All rights reserved. "
        "This material may not be published, broadcast, rewritten, or redistributed.",
        BOTH,
    ),
    (CLAIM + "\n© 2016 Cox Media Group.", BOTH),
    (CLAIM + "\n(Copyright 2016 by WKRN. All rights reserved.)", BOTH),
    (CLAIM + "\n(c) 2016 The Associated Press", BOTH),
    (
        CLAIM + "\nA version of this article appears in print on July 18, 2016, on Page A1 of the New York edition "
        "with the headline: Gunman Kills 3 Officers in Baton Rouge.",
        BOTH,
    ),
    ("72°F Clear\n" + CLAIM, BOTH),
    ("Weather: 84° Partly Cloudy\n" + CLAIM, BOTH),
    ("Nashville, TN 81°F\n" + CLAIM, BOTH),
    ("High 88° Low 70°\n" + CLAIM, BOTH),
    ("Currently 72°\n" + CLAIM, BOTH),
    ("3 Weather Alerts\n" + CLAIM, BOTH),
    ("Closings & Delays (14)\n" + CLAIM, BOTH),
    ("DOW 18,516.55 ▲ 16.50 (0.09%)\n" + CLAIM, BOTH),
    ("© 2000-2016 Frankly Media & WAFB. All rights reserved.\n" + CLAIM, BOTH),
    (
        "(© Copyright 2016 CBS Local Media, a division of CBS Radio Inc. All Rights Reserved. "
        "This material may not be published, broadcast, rewritten, or redistributed.)\n" + CLAIM,
        BOTH,
    ),
]

STATIONS_AND_CREDITS = [
    ("Witnesses told News 4 that three people were shot.", [3]),
    ("He told Channel 2 two people were shot.", [2]),
    ("He told 10 News three people were shot.", [3]),
    ("Channel 2's Mike Smith reports two officers were hurt.", [2]),
    ("FOX 8 has learned that four victims remain in the hospital.", [4]),
    ("FOX 8 crews were at the scene, where two men were shot.", [2]),
    ("A KXAN 36 crew saw five patrol cars at the scene.", [5]),
    ("KHOU 11 reporter Jeremy Rogalski said two people died.", [2]),
    ("KIII 3 News reporter Jane Doe said one man was arrested.", [1]),
    ("Local 10 News reporter Jane Doe said three men were arrested.", [3]),
    ("WSB-TV 2 crews saw three ambulances.", [3]),
    ("NBC 5 obtained video of the shooting, in which four shots can be heard.", [4]),
    ("CBS 11 News confirmed that six people were hurt.", [6]),
    ("News Channel 5 has learned two officers were shot.", [2]),
    ("9NEWS has learned that five people were hurt.", [5]),
    ("He told 11Alive that three people were shot.", [3]),
    ("He told NBC4 that three people were shot.", [3]),
    ("He told FOX59 that three people were shot.", [3]),
    ("He told Local 4 that three people were shot.", [3]),
    ("He told ABC 33/40 that three people were shot.", [3]),
    ("He told Newschannel 9 that three people were shot.", [3]),
    ("He told WREG News Channel 3 that three people were shot.", [3]),
    ("He told KPRC 2 Investigates that three people were shot.", [3]),
    ("He told 2 On Your Side that three people were shot.", [3]),
    ("He told WMC Action News 5 that three people were shot.", [3]),
    ("Happening Today: Accused Bourbon Street shooter heads to court - FOX 8 WVUE New Orleans News, Weather", []),
    ("Two shot in Bristol - WJHL | Tri-Cities News & Weather", [2]),
    ("3 dead in shooting | KHOU 11 | Houston, TX", [3]),
    ("Jane Doe, 12 News\n" + CLAIM, BOTH),
    ("Stay with 12News for updates. " + CLAIM, BOTH),
    ("WATE 6 On Your Side spoke with the victim's mother.", []),
    ("Download the WATE 6 On Your Side app for breaking news alerts.", []),
    ("KXAN 36\n" + CLAIM, BOTH),
    ("News 4 at 6\n" + CLAIM, BOTH),
    ("Jane Doe, WATE 6 On Your Side\n" + CLAIM, BOTH),
    (CLAIM + "\n— WBRZ 2 (@WBRZ) July 17, 2016", BOTH),
    (CLAIM + "\n— Houston Police (@houstonpolice) May 29, 2016", BOTH),
    (CLAIM + "\nA post shared by Jane Doe (@jdoe) on Jul 17, 2016 at 9:12am PDT", BOTH),
    ("BATON ROUGE, La. (AP) — Three officers were killed on Sunday.", [3]),
    ("(CNN) — Two people died after a gunman opened fire.", [2]),
    ("HOUSTON (KTRK) -- Police say 6 people were hurt.", [6]),
    (CLAIM + "\nContact reporter Jane Doe at 713-555-1234 or jdoe@chron.com.", BOTH),
    (CLAIM + "\nText TIP411 and your message to 274637 (CRIMES).", BOTH),
    (CLAIM + "\n(AP Photo/Max Becherer)", BOTH),
    ("Most Popular\n1\nTeen shot outside school\n2\nStorms expected tonight\n" + CLAIM, BOTH),
]

# real claims in the words furniture uses: the filters must leave them
REAL_CLAIMS = [
    ("4 dead, 2 hurt in Bristol shooting", [4, 2]),
    ("SHOOTING AT COURTHOUSE WITH 2 DEAD", [2]),
    ("2 News Crews Attacked Outside Courthouse", [2]),
    ("He sent a text message to 20000 subscribers.", [20000]),
    ("Man who owned 300 shares", [300]),
    ("Updated: Police now say three people died.", [3]),
    ("Police said 1 of 3 suspects is in custody.", [1, 3]),
    ("Police said 3 of the 4 victims were women.", [3, 4]),
    ("The video, which lasts 2 minutes, shows four men running.", [2, 4]),
    ("The post was shared 3,000 times before it was deleted.", [3000]),
    ("The shooter posted 12 videos to his YouTube channel.", [12]),
    ("About 200 people attended the vigil, and 15 comments were left on the memorial page.", [200, 15]),
    ("Temperatures reached 98 degrees as crews searched for the two missing hikers.", [98, 2]),
    ("Temperatures hit 105° in Phoenix\n" + CLAIM, [105, 2, 3]),
    ("More than 20 shots were fired.", [20]),
    ("Police said the first call came in at 10:15\n" + CLAIM, BOTH),
    ("The gunman fired 3 shots in 0:45\n" + CLAIM, [3, 2, 3]),
    ("5:47 p.m.: Police say three people died.", [3]),
    ("UPDATE 3:00 P.M. ET: Two suspects are at large.", [2]),
    # the corrected figure stays; the one it sets aside with ", not" is taken back (test_contrasted_figures)
    ("This story has been corrected to show that 3 people, not 4, were killed.", [3]),
    ("Timeline: 3 days of violence\n" + CLAIM, [3, 2, 3]),
    ("Read the full 12-page report here.\n" + CLAIM, [12, 2, 3]),
    ("Police said 12 comments on Facebook threatened officers.", [12]),
    ("The map shows the 500 ft between the two scenes.", [500, 2]),
    ("He told CBS 3 people were shot.", [3]),
    ("He told NBC 2 weeks ago that four men were arrested.", [2, 4]),
    ("Video\nBATON ROUGE, La. (AP) — Three officers were killed.", [3]),
    ("Watch\nPolice said 4 men fled.", [4]),
    ("$15 a week was all they had, Smith said.", [15]),
    ("Only 3 people survived the crash.", [3]),
    ("Just 2 hours later, police found the car.", [2]),
    ("3 days ago, police arrested two men.", [3, 2]),
    ("Subscription revenue fell 3 percent.", [3]),
    ("The paper has 20,000 subscribers.", [20000]),
    ("NBC 4 million viewers watched.", [4_000_000]),
    ("The WHO 2 teams arrived with three doctors.", [2, 3]),
]


def _values(nlp, text: str) -> list[float]:
    return [c.value for c in factcmp.extract_quantities(text, nlp=nlp)]


def _cases(group: list[tuple[str, list[float]]]) -> list:
    return [pytest.param(text, want, id=text.replace("\n", " / ")[:70]) for text, want in group]


@pytest.mark.parametrize(("text", "want"), _cases(TIMESTAMPS))
def test_timestamps_and_bylines_give_no_claim(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), _cases(COUNTERS))
def test_share_and_comment_counters_give_no_claim(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), _cases(GALLERIES_AND_VIDEO))
def test_gallery_and_video_widgets_give_no_claim(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), _cases(PAGES_AND_ADS))
def test_pagers_paywalls_copyright_and_weather_give_no_claim(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), _cases(STATIONS_AND_CREDITS))
def test_station_names_and_credits_give_no_claim(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), _cases(REAL_CLAIMS))
def test_real_claims_in_furniture_words_are_kept(nlp, text, want):
    assert _values(nlp, text) == want


# Three whole pages as a local TV site, a paper and a wire rewrite print them.
PAGES = {
    "01_wxyz-like.com_2016-07-07.txt": """Police: 2 dead, 3 hurt in shooting at Bristol gas station

Posted: 5:47 PM, Jul 07, 2016 Updated: 9:12 AM, Jul 08, 2016
By: Web Staff
Comments (3)
Share 245 Tweet 12 Email

BRISTOL, Tenn. (WXYZ) — Two people were killed and three others were injured when a man opened fire at a gas station on Thursday, police said.

WATCH: 4 things to know about the Bristol shooting
1 of 12 | Officers gather outside the gas station.

Police Chief Jane Roe told 7 Action News that the gunman, 24, was taken into custody.

Nashville, TN 81°F

Copyright 2016 Scripps Media, Inc. All rights reserved.
""",
    "02_tennessean-like.com_2016-07-08.txt": """Bristol gunman charged with two counts of murder

Jane Doe, USA TODAY NETWORK-Tennessee Published 3:11 p.m. ET July 8, 2016 | Updated 8:40 a.m. ET July 9, 2016

Fullscreen Hide Caption 4 of 19
Police tape surrounds the gas station. (Photo: Jane Doe/The Tennessean)

The man accused of killing two people and wounding three others at a Bristol gas station was charged Friday with two counts of first-degree murder.

You have 2 free articles remaining.
Subscribe now for just $1 per week.

He told News 5 at 6 that the gunman fired 11 shots.
1.2K shares
""",
    "03_wkrn-like.com_2016-07-08.txt": """Gunman kills 2 at Bristol gas station

Published 3 hours ago

BRISTOL, Tenn. (AP) — A gunman killed two people and wounded three others at a gas station in Bristol, authorities said.

Up Next: 5 shot near Sixth Street in Austin
Image 3 of 10
KHOU 11 reporter John Roe said the gunman fired 11 shots.

Associated Press writer Jane Doe contributed to this report.
""",
}


def test_whole_pages_give_only_their_claims(nlp, tmp_path: Path):
    """End to end through ``compare``: no furniture row in the claims table, every claim in it."""
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    claims = factcmp.compare(tmp_path, nlp=nlp).claims
    quantities = claims[claims["kind"] == "quantity"]
    got = {doc[:2]: sorted(quantities.loc[quantities["doc_id"] == doc, "value"]) for doc in quantities["doc_id"].unique()}
    assert got == {
        # the headline's 2 dead and 3 hurt, the lead's two killed and three injured, the gunman's age
        "01": [2.0, 2.0, 3.0, 3.0, 24.0],
        # "two counts" (headline), two killed, three wounded, two counts, first-degree (a rank), 11 shots
        "02": [1.0, 2.0, 2.0, 2.0, 3.0, 11.0],
        # the headline's 2, the lead's two killed and three wounded, 11 shots
        "03": [2.0, 2.0, 3.0, 11.0],
    }
