"""extract_quantities reads a huge text in part, as compare does, with a warning instead of spaCy's E088 crash."""

from __future__ import annotations

import pytest

import factcmp
import factcmp.extract
from factcmp.errors import FactcmpWarning

pytestmark = pytest.mark.model

# Ramadi, Reuters (2015-05-17), repeated to stand for an over-long text
SENTENCE = "Between 6,000 and 8,000 people have fled Ramadi, the International Organization for Migration said. "


def test_a_text_over_the_cap_is_read_in_part_with_a_warning(monkeypatch, nlp):
    # the cap is lowered so the test parses little; the same path cuts a million-character text at MAX_CHARS
    monkeypatch.setattr(factcmp.extract, "MAX_CHARS", 1_000)
    text = SENTENCE * 40
    with pytest.warns(FactcmpWarning, match="only the first"):
        claims = factcmp.extract_quantities(text, nlp=nlp)
    assert claims
    assert all(c.end <= 1_000 for c in claims)
    assert len(claims) < 40


def test_a_text_under_the_cap_gives_no_warning(nlp, recwarn):
    claims = factcmp.extract_quantities(SENTENCE * 3, nlp=nlp)
    assert len(claims) == 3
    assert not [w for w in recwarn if issubclass(w.category, FactcmpWarning)]


def test_the_listing_stops_where_the_budget_stopped_the_claims(monkeypatch, nlp):
    # with no CPU budget the component reads only the first sentence, and the listing of extract_quantities
    # must not read the rest behind its back
    from factcmp.extract import component

    monkeypatch.setattr(component, "DOC_BUDGET_S", 0.0)
    with pytest.warns(FactcmpWarning):
        claims = factcmp.extract_quantities("About 500 people have been killed.\n\nAt least 8,000 have fled.", nlp=nlp)
    assert [c.value for c in claims] == [500.0]
