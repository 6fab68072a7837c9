"""Live-blog entries about another story: their figures are marked off topic and join no fact of the event."""

from __future__ import annotations

import pandas as pd
import pytest

import factcmp
from factcmp.topics import entry_spans
from tests.conftest import DEV_CORPUS

# wire-style wording (constructed): a shooting reported on Saturday, then a network's live blog on Sunday whose
# first passage and last entry are about a storm
SHOOTING = "Police are investigating. A gunman killed three people at a bar in Toledo, Ohio, police said."
BLOG_TITLE = "Live updates: Storm Helene hits the Carolinas; Toledo bar shooting toll rises"
BLOG = """Storm Helene made landfall overnight near Wilmington, North Carolina. The storm has killed five people, \
Gov. Josh Stein said, and about 250,000 people are under evacuation orders.

2:14 p.m. ET — Fourth person dies after Toledo bar shooting

A fourth person has died after the shooting at a bar in Toledo, police said. Four people have now died.

11:02 a.m. ET — Forecast track shifts

Forecasters in Miami said the storm's center could pass 40 miles west of earlier projections."""


def _articles(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": f"{n:02d}_{src}", "source": src, "published": day, "text": f"{title}\n\n{body}"}
            for n, (day, src, title, body) in enumerate(rows)
        ]
    )


def test_an_entry_about_another_story_joins_no_fact_of_the_event(nlp):
    comparison = factcmp.compare(
        _articles(
            ("2026-09-12", "apnews.com", "Gunman kills 3 at Toledo bar", SHOOTING),
            (
                "2026-09-12",
                "wtol.com",
                "Three dead in Toledo bar shooting",
                "Three people were killed at a Toledo bar, police said.",
            ),
            ("2026-09-13", "nbcnews.com", BLOG_TITLE, BLOG),
        ),
        nlp=nlp,
    )
    q = comparison.claims[comparison.claims["kind"] == "quantity"].set_index("text")
    # the storm's toll and evacuees stand apart, kept in the table and marked
    assert bool(q.at["five people", "off_topic"]) and q.at["five people", "status"] == "single"
    assert bool(q.at["about 250,000 people", "off_topic"])
    # the blog's entry on the shooting is the event's: its four dead update the three
    assert not bool(q.at["Four people", "off_topic"])
    assert q.at["Four people", "group_id"] == q.at["three people", "group_id"]
    assert q.at["Four people", "status"] == "updated"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # BBC's live pages stamp entries "Posted at 11:42 8 Oct" (wire-style wording, constructed)
        ("Posted at 11:42 8 Oct", "Posted at 10:15 8 Oct"),
        # a stamp with the entry's first sentence on its line, as Philippine and Indian live pages write them
        (
            "6:05 PM — The navy said the boat carrying about 90 passengers and crew overturned off the coast in high "
            "waves on Friday evening, and that divers were searching for eleven people still unaccounted for.",
            "6:40 PM — Fishermen brought three more survivors ashore, the navy said.",
        ),
    ],
)
def test_entry_lines_of_other_live_pages(first, second):
    text = f"Live: ferry capsizes\n\n{first}\nFirst entry.\n\n{second}\nSecond entry."
    entries = [text[a:b] for a, b in entry_spans(text)][-2:]
    assert entries[0].startswith(first)
    assert entries[1].startswith(second)


def test_a_live_page_stamped_posted_at_is_read_entry_by_entry(nlp):
    # wire-style wording (constructed), as BBC's "Africa Live" pages stamp entries: cleaning keeps the stamps as bare
    # clock lines (a single "Posted at" line stays page furniture), and the floods entry's toll is another story's
    page = """BBC News
Live Reporting

Posted at 11:42 8 Oct
Nigeria floods kill 30 in Kano

At least 30 people have died after heavy rain caused flooding in northern Nigeria's Kano state, officials say.

Posted at 10:15 8 Oct
Guinea eases curfew after deadly protests

Human Rights Watch says at least 21 people have been killed in Guinea's capital, Conakry."""
    comparison = factcmp.compare(
        _articles(
            ("2026-10-06", "aljazeera.com", "Guinea crackdown", "Security forces in Guinea have killed at least 12 "
             "people in Conakry, Amnesty International says."),
            ("2026-10-07", "reuters.com", "Guinea protests", "At least 17 people have been killed in Guinea's capital, "
             "Conakry, Amnesty International said."),
            ("2026-10-08", "bbc.com", "Africa Live: Guinea eases curfew", page),
        ),
        nlp=nlp,
    )  # fmt: skip
    q = comparison.claims[comparison.claims["kind"] == "quantity"].set_index("text")
    assert bool(q.at["At least 30 people", "off_topic"])
    assert not bool(q.at["at least 21 people", "off_topic"])
    assert q.at["at least 21 people", "group_id"] == q.at["At least 17 people", "group_id"]
    assert "11:42" not in set(q.index)


def test_an_entry_that_names_only_people_of_the_story_stays_with_it(nlp):
    # wire-style wording (constructed): a live blog's entry quotes the mayor, whom no other outlet names; a person or
    # an organisation alone is no sign of another story, an unknown place is (the storm's Wilmington above)
    blog = BLOG.replace(
        "11:02 a.m. ET — Forecast track shifts",
        "12:30 p.m. ET — Mayor asks residents to stay away\n\nMayor Wade Kapszukiewicz said about 40 officers were "
        "still at the scene and asked residents to stay away.\n\n11:02 a.m. ET — Forecast track shifts",
    )
    comparison = factcmp.compare(
        _articles(
            ("2026-09-12", "apnews.com", "Gunman kills 3 at Toledo bar", SHOOTING),
            ("2026-09-12", "wtol.com", "Three dead in Toledo bar shooting", "Three people were killed at a Toledo bar, police said."),
            ("2026-09-13", "nbcnews.com", BLOG_TITLE, blog),
        ),
        nlp=nlp,
    )  # fmt: skip
    q = comparison.claims[comparison.claims["kind"] == "quantity"].set_index("text")
    assert not bool(q.at["about 40 officers", "off_topic"])
    assert bool(q.at["five people", "off_topic"])


def test_an_ordinary_article_has_no_entries():
    text = "Gunman kills 3\n\nPolice said at 2:15 p.m. that three people died.\n\nThe shooting began at 1:40."
    assert entry_spans(text) == []


def test_a_storys_own_live_blog_keeps_every_figure(dev_comparison):
    # Baton Rouge, 2016: AP's "The Latest" [02] strings 27 entries under clock-time lines ("3:25 p.m."), every one
    # about the ambush or its people; none of its figures is another story's
    comparison = dev_comparison("baton-rouge-ambush-2016")
    blog = factcmp.load_articles(DEV_CORPUS / "baton-rouge-ambush-2016")
    text = blog[blog["doc_id"].str.startswith("02_")]["text"].iat[0]
    assert len(entry_spans(text)) == 27
    assert not comparison.claims["off_topic"].any()
