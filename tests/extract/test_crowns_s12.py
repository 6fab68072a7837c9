"""Whose crowns a story's figures are (probe14b B18).

Reuters writes the Nordic currencies as "crowns" ("fell 2 percent to 210.40 crowns"), which read as a count.
The country the text names most tells which: Sweden's (SEK), Denmark's (DKK), Norway's (NOK) or the Czech
Republic's (CZK); "kronor" is Sweden's only, "krone"/"kroner" Denmark's unless the story is Norway's. The
reading of the word after a number is measures.py's: request extract26-crowns-in-measures. Constructed
wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp.extract.units import crown_currency


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("crowns", "STOCKHOLM (Reuters) - The Swedish lender's shares rose to 80 crowns.", "SEK"),
        ("crowns", "OSLO (Reuters) - Norway's wealth fund paid 4 billion crowns.", "NOK"),
        ("crowns", "COPENHAGEN (Reuters) - The Danish brewer earned 9 billion crowns.", "DKK"),
        ("crowns", "PRAGUE (Reuters) - The Czech utility's profit fell to 20 billion crowns.", "CZK"),
        ("kroner", "OSLO - Norwegian police seized 2 million kroner.", "NOK"),
        ("kroner", "The firm paid 2 million kroner.", "DKK"),
        ("kronor", "The firm paid 2 million kronor.", "SEK"),
        ("crowns", "The jeweller made three crowns for the pageant.", ""),
        ("crowns", "Danish and Swedish banks lent 5 billion crowns.", ""),
    ],
)
def test_crown_currency(word: str, text: str, code: str) -> None:
    assert crown_currency(word, text) == code
