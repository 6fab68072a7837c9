"""A council's name is the area's name and "Council"; a town on a road is the town, and the road.

"Fife Council" was the place "Fife" or nothing, "Perth and Kinross Council" the body "Kinross Council"
beside a person "Perth", so the body that gave a figure went unnamed. "Kamloops on Highway 5" was one
name, and the town was never named. The sentences are constructed, in wire-style wording.
"""

from __future__ import annotations

import pytest

from factcmp.extract.entities import mentions_in

pytestmark = pytest.mark.model


def names(nlp, text: str) -> dict[str, str]:
    return {m.text: m.label for m in mentions_in(nlp(text), "d")}


class TestCouncilNames:
    def test_an_area_and_council(self, nlp):
        got = names(nlp, "Fife Council said repairs would take months.")
        assert got.get("Fife Council") == "ORG"
        assert "Fife" not in got

    def test_after_a_headline(self, nlp):
        got = names(nlp, "Floods close roads\n\nMoray Council said the road would stay closed until Friday.")
        assert got.get("Moray Council") == "ORG"

    def test_two_areas_joined_by_and_are_one_council(self, nlp):
        got = names(nlp, "Dumfries and Galloway Council closed three schools on Monday.")
        assert got.get("Dumfries and Galloway Council") == "ORG"
        assert "Galloway Council" not in got

    def test_a_body_before_and_is_another_body(self, nlp):
        got = names(nlp, "Officers from Police Scotland and Fife Council staff attended.")
        assert {"Police Scotland", "Fife Council"} <= set(got)

    def test_a_city_council_keeps_its_name(self, nlp):
        assert "Leeds City Council" in names(nlp, "A spokesman for Leeds City Council said 12 homes were damaged.")


class TestTownsOnRoads:
    def test_a_town_on_a_highway(self, nlp):
        got = names(nlp, "Smoke drifted over Kamloops on Highway 5 on Sunday.")
        assert got.get("Kamloops") == "GPE"
        assert "Highway 5" in got
        assert not any(" on " in name for name in got)

    def test_a_town_named_on_a_river_is_one_name(self, nlp):
        assert "Stoke on Trent" in names(nlp, "The family lives in Stoke on Trent.")
