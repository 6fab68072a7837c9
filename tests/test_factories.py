"""The claims component's factory as spaCy finds and checks it."""

from __future__ import annotations

import inspect
from importlib.metadata import entry_points

from spacy.language import Language

from factcmp.extract.factories import make_claims


def test_factory_annotations_are_types_not_strings():
    # spaCy before 3.8.12 checks a factory's arguments with confection 0.1, which fails on an annotation left as a string
    params = inspect.signature(make_claims).parameters
    assert params["nlp"].annotation is Language
    assert params["name"].annotation is str


def test_the_entry_point_names_the_factory():
    # spacy.load of a saved pipeline finds factcmp_claims through this entry point, without importing factcmp first
    found = [ep for ep in entry_points(group="spacy_factories") if ep.name == "factcmp_claims"]
    assert [ep.load() for ep in found] == [make_claims]
