"""The checks inside one article stay linear in its length: a live blog that repeats its updates."""

from __future__ import annotations

import pytest

import factcmp.checks
from factcmp.checks import article_checks

from .conftest import RAMADI

# The Ramadi article's own sentence: a total and the three parts it is made of.
PARTS_SENTENCE = (
    "The Britain-based monitoring group said nearly 300 people have been killed in four days of fighting"
    " – 123 soldiers and militiamen, 115 ISIS fighters and 57 civilians."
)


@pytest.fixture(scope="module")
def live_blog(nlp):
    """An article that repeats the sentence in each of its updates, as live blogs do, with a line between."""
    import factcmp

    assert PARTS_SENTENCE in (RAMADI / "003_010effc176ed3607.txt").read_text(encoding="utf-8")
    updates = [f"Update {n}: fighting went on in Ramadi.\n\n{PARTS_SENTENCE}" for n in range(1, 31)]
    text = "\n\n".join(updates)
    return factcmp.compare([{"doc_id": "blog", "text": text, "source": "blog"}], nlp=nlp).claims


def test_each_repeat_of_a_sentence_is_checked_on_its_own(live_blog):
    checks = article_checks(live_blog)
    parts = checks[checks["check"] == "parts_sum"]
    # one check per update: a sentence written again is a new sentence, not the first one's parts again
    assert len(parts) == 30
    assert set(parts["result"]) == {"consistent"}
    assert set(parts["detail"]) == {"123 + 115 + 57 = 295; the total is nearly 300 people"}


def test_a_claim_is_read_once_per_check_not_once_per_pair(live_blog, monkeypatch):
    calls = {"facet": 0, "_is_part": 0}

    def counted(name):
        real = getattr(factcmp.checks, name)

        def counting(*args):
            calls[name] += 1
            return real(*args)

        monkeypatch.setattr(factcmp.checks, name, counting)

    counted("facet")
    counted("_is_part")
    article_checks(live_blog)
    quantities = int((live_blog["kind"] == "quantity").sum())
    assert quantities >= 120
    # the parts and the headline checks read each claim once each; pairwise reading was quantities**2
    assert calls["facet"] <= 2 * quantities
    # a total is weighed only against the claims of its event near it (3 parts per update here)
    assert 90 <= calls["_is_part"] <= 3 * quantities
