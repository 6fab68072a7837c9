"""A correction note's retracted figure or day is no claim; the corrected one stays.

"Correction: An earlier version of this story gave Alicia Gomez's age as 31. She was 32": the
paper takes 31 back, it does not report it. Constructed wire-style sentences (no dev article
carries a correction note).
"""

from __future__ import annotations

import pandas as pd
import pytest

import factcmp

pytestmark = pytest.mark.model


def _claims(text: str) -> pd.DataFrame:
    frame = pd.DataFrame([{"doc_id": "a", "source": "a.com", "text": text, "published": "2026-09-13"}])
    return factcmp.compare(frame).claims


def test_the_retracted_figure_is_no_claim() -> None:
    claims = _claims(
        "Police identified the dead as Marcus Reed, 27, and Alicia Gomez, 32.\n"
        "Correction: An earlier version of this story gave Alicia Gomez's age as 31. She was 32, according to the coroner."
    )
    values = claims.loc[claims["kind"] == "quantity", "value"].astype(float).tolist()
    assert 31.0 not in values and values.count(32.0) == 2


def test_the_retracted_day_is_no_claim() -> None:
    claims = _claims(
        "The robbery took place Monday, police said.\n"
        "Correction: An earlier version of this story said the robbery took place Tuesday. It took place Monday."
    )
    assert claims.loc[claims["kind"] == "date", "text"].tolist() == ["Monday", "Monday"]


def test_the_corrected_figure_after_a_semicolon_stays() -> None:
    claims = _claims("This story originally said three people were hurt; four people were hurt, police said.")
    assert claims.loc[claims["kind"] == "quantity", "value"].astype(float).tolist() == [4.0]
