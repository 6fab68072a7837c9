"""What a count before a qualified people noun counts: the people, not the name or the time word before them.

"Three Dunmore police officers fired": the parser may hang the count on the place name, which made the
figure "Three Dunmore", a count of Dunmore. "Two day laborers", "Four night shift workers": the time
word names a kind of worker, so the figure is no duration of two days, nor a count of nights. The
sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp import extract_quantities

pytestmark = pytest.mark.model


def _by_text(text: str) -> dict[str, object]:
    return {c.text: c for c in extract_quantities(text)}


class TestANameBeforeThePeople:
    def test_a_place_before_police_officers(self):
        got = _by_text("Three Dunmore police officers fired at the car, the chief said.")
        row = got["Three Dunmore police officers"]
        assert row.unit == "person"
        assert row.quantity_of.startswith("police officers")

    def test_a_brand_before_a_thing_stays_a_count_of_the_thing(self):
        got = _by_text("Two Toyota cars were damaged.")
        assert got["Two Toyota cars"].quantity_of.startswith("Toyota cars")


class TestATimeWordBeforeWorkers:
    def test_day_laborers(self):
        got = _by_text("Two day laborers were not counted.")
        row = got["Two day laborers"]
        assert row.unit != "day"
        assert row.quantity_of == "laborers (counted)"

    def test_day_workers_killed(self):
        row = _by_text("Three day workers were killed in the collapse.")["Three day workers"]
        assert (row.unit, row.quantity_of) == ("person", "workers killed")

    def test_night_shift_workers(self):
        row = _by_text("Four night shift workers were injured.")["Four night shift workers"]
        assert row.unit == "person"
        assert "workers" in row.quantity_of

    def test_a_three_day_strike_is_a_duration(self):
        row = _by_text("The union called a three day strike.")["three day strike"]
        assert row.unit == "day"
