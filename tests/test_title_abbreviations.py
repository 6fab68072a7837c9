"""A rank or title before a name keeps its full stop and does not end the sentence.

The English tokenizer splits "Sgt." into "Sgt" and "." and the parser then starts a new sentence at the name,
so "Six shots were fired, Sgt. Amy Lee said." lost its speaker. Baton Rouge 2016 [02] has "Baton Rouge police
Sgt. Don Coppola said in a text message Monday ..."; the other sentences are constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Capt.", "Cpl.", "Ofc.", "Lt.", "Supt.", "Insp.", "Cmdr."])
def test_a_figure_before_a_ranked_speaker_is_credited_to_him(nlp, title):
    claims = factcmp.extract_quantities(f"Six shots were fired, {title} Amy Lee said.", nlp=nlp)
    [shots] = [c for c in claims if c.value == 6]
    assert "Amy Lee" in shots.attributed_to
    assert shots.sentence.endswith("Amy Lee said.")


def test_a_rank_at_the_start_of_a_sentence_stays_with_its_name(nlp):
    doc = nlp("Det. Ray Cole said two men fled. Three were hurt.")
    assert [s.text for s in doc.sents] == ["Det. Ray Cole said two men fled.", "Three were hurt."]


def test_a_dev_sentence_keeps_its_sergeant(nlp):
    text = "Baton Rouge police Sgt. Don Coppola said in a text message Monday that officials plan to release that name."
    assert len(list(nlp(text).sents)) == 1
