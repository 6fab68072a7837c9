"""Properties that hold for any input (hypothesis): nothing raises, every offset points into the text.

Examples are derandomised, so CI runs the same ones every time and a failure
can be replayed; the news-like strategy mixes arbitrary Unicode with the
pieces extractors react to (figures, hedges, units, dates, names, odd digits).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcmp.cleaning import clean_text, truncate
from factcmp.decoding import decode_bytes
from factcmp.html import html_to_text
from factcmp.ingest import load_articles
from factcmp.language import guess_language

FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None)
# the model parses each example: fewer of them, but the same every run
MODEL = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

PIECES = [
    "About 500 people",
    " have been killed",
    "between 6,000 and 8,000",
    " on Sunday",
    "100 kilometres (60 miles) west of Baghdad",
    "$2.5 million",
    "€2m",
    "at least",
    "½",
    "1½",
    "٣٠٠",  # Arabic-Indic digits
    "５００",  # full-width digits
    "1e308",
    "9" * 400,
    "0.000001",
    "-",
    "%",
    "°C",
    "2015-05-18",
    "May 18, 2015",
    "last week",
    "Ramadi",
    "ISIL",
    "Muhannad Haimour, spokesman for the Anbar governor,",
    " said",
    ".",
    ", ",
    "\n",
    "\n\n",
    '"',
    "“",
    "\u200b",
    "\ufffd",
    "\ufffd\ufffd\ufffd",
    "<p>",
    "</p>",
    "<script>x</script>",
    "&amp;",
    "Title: ",
    "Date: ",
    "=1+2",
    "dozens",
    "hundreds of",
    "one and a half",
    "twenty-five",
    "3 min read",
]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=25).map("".join)
any_text = st.one_of(st.text(max_size=300), news_text)


@FAST
@given(st.binary(max_size=2000))
def test_decoding_never_raises(data):
    text, note = decode_bytes(data)
    assert text is None or isinstance(text, str)
    assert isinstance(note, str)
    if text is None:
        assert note


@FAST
@given(any_text)
def test_cleaning_never_raises_and_keeps_no_invisible_or_control_characters(text):
    cleaned = clean_text(text)
    assert cleaned == cleaned.strip()
    assert not any(ch in cleaned for ch in "\r\x00\u200b\u202e\ufffd")


@FAST
@given(any_text)
def test_html_stripping_never_raises(text):
    assert isinstance(html_to_text(text), str)


@FAST
@given(any_text)
def test_language_guess_never_raises(text):
    assert isinstance(guess_language(text).code, str)


@FAST
@given(any_text, st.integers(min_value=1, max_value=400))
def test_truncate_gives_a_prefix_within_the_limit(text, limit):
    cut = truncate(text, limit)
    assert len(cut) <= limit
    assert text.startswith(cut)


@settings(FAST, max_examples=100)
@given(st.lists(st.one_of(any_text, st.binary(max_size=50), st.none(), st.integers()), min_size=1, max_size=6))
def test_every_row_of_a_table_is_accounted_for(texts):
    docs = load_articles(pd.DataFrame({"text": pd.Series(texts, dtype=object)}))
    assert len(docs) == len(texts)
    assert set(docs["status"]) <= {"ok", "empty", "skipped"}
    assert docs["doc_id"].is_unique
    ok = docs["status"] == "ok"
    assert (docs.loc[ok, "text"].str.strip() != "").all()
    assert (docs.loc[docs["status"] == "empty", "text"] == "").all()
    assert (docs.loc[~ok, "warning"] != "").all()  # every row not compared says why


@pytest.mark.model
@MODEL
@given(st.lists(any_text, min_size=1, max_size=3))
def test_claims_point_into_the_text_and_compare_never_raises(nlp, texts):
    import factcmp

    articles = load_articles(pd.DataFrame({"text": texts, "published": "2015-05-18"}))
    cmp = factcmp.compare(articles, nlp=nlp)
    text_of = dict(zip(articles["doc_id"], articles["text"], strict=True))
    for claim in cmp.claims.itertuples(index=False):
        text = text_of[claim.doc_id]
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
    assert len(cmp.documents) == len(texts)
    assert isinstance(cmp.table, pd.DataFrame)


_FIGURE = st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@FAST
@given(
    lo=_FIGURE,
    hi=_FIGURE,
    unit=st.sampled_from(["person", "count", "", "km", "day", "year", "mile", "foot", "USD", "percent", "nautical_mile"]),
)
def test_a_figure_always_prints_in_one_unit(lo, hi, unit):
    from factcmp.table import fmt_range

    text = fmt_range(lo, hi, unit)
    if lo is None and hi is None:
        assert text == ""
        return
    assert text and "nan" not in text and "_" not in text
    # a count has no unit word; anything else ends with its unit (in a smaller one for tiny lengths and durations)
    words = text.split(" ", 1)
    if unit in ("person", "count", ""):
        assert len(words) == 1
    else:
        assert len(words) == 2 and words[1]
