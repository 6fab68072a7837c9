"""A bare length before a ravine or a cliff is its depth or height (extract.lengths.length_of_thing).

"a 500-foot ravine" read 'length of ravine' while "a 300-metre-deep ravine" read 'depth of ravine', so two
outlets' depths of one ravine never met. News gives one extent of such a thing, the vertical one. Wording
constructed, wire style.
"""

from __future__ import annotations

import pytest

import factcmp


@pytest.mark.parametrize(
    ("sentence", "text", "quantity_of"),
    [
        ("A bus plunged into a 500-foot ravine late Saturday.", "500-foot ravine", "depth of ravine"),
        ("The bus fell into a 300-metre-deep ravine.", "300-metre", "depth of ravine"),
        ("The car went over a 200-foot cliff.", "200-foot cliff", "height of cliff"),
        ("Two miners fell down a 90-metre shaft.", "90-metre shaft", "depth of shaft"),
        ("Rescuers reached a 1.5-km corridor.", "1.5-km corridor", "length of corridor"),
    ],
)
def test_the_extent_of_a_hollow_or_a_drop(nlp, sentence, text, quantity_of):
    [claim] = [c for c in factcmp.extract_quantities(sentence, nlp=nlp) if c.text == text]
    assert claim.quantity_of == quantity_of
