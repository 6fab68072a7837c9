"""Date, role and attribution facts across sources, on hand-built claims."""

from __future__ import annotations

import pandas as pd

from factcmp.other_facts import attribution_findings, group_other_kinds, role_facts
from factcmp.records import Claim, claims_to_frame

DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["outlet-a", "outlet-b", "outlet-c"]})


def grouped(*claims: Claim) -> pd.DataFrame:
    frame = claims_to_frame(claims)
    group_of, status_of = group_other_kinds(frame, DOCS, start=0)
    return frame.assign(group_id=[f"x{g}" if g >= 0 else "" for g in group_of], status=status_of)


def date(doc: str, day: str, predicate: str, n: int = 0) -> Claim:
    return Claim(
        kind="date", text=day, start=0, end=1, doc_id=doc, date=day, date_period="day", predicate=predicate, sent_index=n
    )


def person(doc: str, eid: str, n: int = 0, role: str = "") -> Claim:
    return Claim(
        kind="entity", text=eid, start=0, end=1, doc_id=doc, entity_id=eid, role=role, sent_index=n, entity_type="PERSON"
    )


class TestDates:
    def test_same_day_from_two_sources_agrees(self):
        out = grouped(date("a", "2016-07-31", "shot"), date("b", "2016-07-31", "injured"))
        assert out["group_id"].nunique() == 1 and set(out["status"]) == {"agree"}

    def test_a_statement_is_not_the_day_of_the_event(self):
        out = grouped(date("a", "2016-07-31", "shot"), date("b", "2016-07-31", "said"))
        assert out["group_id"].nunique() == 2

    def test_same_arrest_of_the_same_man_on_two_days_is_a_conflict(self):
        out = grouped(
            date("a", "2016-08-03", "arrested"),
            person("a", "per:endicott-mccray"),
            date("b", "2016-08-02", "arrested"),
            person("b", "per:endicott-mccray"),
        )
        dates = out[out["kind"] == "date"]
        assert dates["group_id"].nunique() == 1 and set(dates["status"]) == {"conflict"}

    def test_two_men_arrested_on_two_days_are_two_facts(self):
        out = grouped(
            date("a", "2016-12-01", "arrested"),
            person("a", "per:jordan-clay"),
            date("b", "2016-12-02", "arrested"),
            person("b", "per:travon-manuel"),
        )
        dates = out[out["kind"] == "date"]
        assert dates["group_id"].nunique() == 2 and "conflict" not in set(dates["status"])


class TestRoles:
    def test_worded_differently_but_the_same_title(self):
        out = grouped(
            person("a", "per:montalvo", role="interim chief of the Houston Police Department"),
            person("b", "per:montalvo", role="Interim Houston Police Chief"),
        )
        assert set(out["status"]) == {"agree"}

    def test_titles_that_split_the_sources(self):
        out = grouped(
            person("a", "per:patel", role="manager of the motel"),
            person("b", "per:patel", role="owner of the Days Inn"),
        )
        assert set(out["status"]) == {"conflict"}
        table = role_facts(out, DOCS)
        assert table[["outlet-a", "outlet-b", "status"]].values.tolist() == [
            ["manager of the motel", "owner of the Days Inn", "conflict"]
        ]

    def test_a_variant_against_a_majority_agrees(self):
        out = grouped(
            person("a", "per:harrison", role="Superintendent"),
            person("b", "per:harrison", role="Superintendent"),
            person("c", "per:harrison", role="Chief"),
        )
        assert set(out["status"]) == {"agree"}

    def test_roles_are_their_own_fact_beside_the_mentions(self):
        out = grouped(person("a", "per:x", role="Mayor"), person("b", "per:x"))
        assert out["group_id"].nunique() == 2


class TestAttributionFindings:
    @staticmethod
    def figure(doc: str, source: str, who: str, speaker: str = "") -> Claim:
        return Claim(kind="quantity", text="8,000", start=0, end=5, doc_id=doc, attributed_to=who, speaker_entity=speaker)

    def frame(self, *rows: tuple[Claim, str]) -> pd.DataFrame:
        claims = claims_to_frame([c for c, _ in rows])
        return claims.assign(group_id="q0001", source=[s for _, s in rows], quantity_of="people displaced")

    def test_one_figure_credited_to_two_sources(self):
        claims = self.frame(
            (self.figure("a", "Al Jazeera", "the International Office for Migration"), "Al Jazeera"),
            (self.figure("b", "The New Arab", "the spokesman, Muhannad Haimour", "per:muhannad-haimour"), "The New Arab"),
            (self.figure("c", "Reuters", ""), "Reuters"),
        )
        (row,) = attribution_findings(claims).to_dict("records")
        assert row["n_credits"] == 2 and row["uncredited"] == "Reuters"
        assert "Al Jazeera: the International Office for Migration" in row["credits"]

    def test_the_same_credit_worded_twice_is_no_finding(self):
        claims = self.frame(
            (self.figure("a", "A", "Houston police"), "A"),
            (self.figure("b", "B", "police"), "B"),
        )
        assert attribution_findings(claims).empty
