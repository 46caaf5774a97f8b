"""Settings: defaults only in settings.toml, then environment, then explicit overrides."""

from __future__ import annotations

import pytest

from newsprism.config import Settings, defaults, parse_assignments
from newsprism.errors import UsageError


def test_defaults_come_from_settings_toml_only():
    settings = Settings.load(environ={})
    toml = defaults()
    assert settings.model == toml["model"]
    assert settings.clean == toml["clean"]
    assert settings.stories == toml["stories"]


def test_environment_overrides_top_level_and_section_keys_with_their_types():
    environ = {
        "NEWSPRISM_PROCESSES": "3",
        "NEWSPRISM_STORIES_LINK_THRESHOLD": "0.31",
        "NEWSPRISM_CLEAN_LABEL_MAX_WORDS": "9",
        "NEWSPRISM_STORIES_ENTITY_LABELS": "PERSON, ORG",
    }
    settings = Settings.load(environ=environ)
    assert settings.processes == 3
    assert settings.stories["link_threshold"] == pytest.approx(0.31)
    assert settings.clean["label_max_words"] == 9
    assert settings.stories["entity_labels"] == ["PERSON", "ORG"]


def test_explicit_overrides_beat_the_environment():
    environ = {"NEWSPRISM_MODEL": "from_env", "NEWSPRISM_STORIES_SHINGLE_WORDS": "4"}
    settings = Settings.load(
        environ=environ, model="from_option", **parse_assignments(["stories.shingle_words=6"])
    )
    assert settings.model == "from_option"
    assert settings.stories["shingle_words"] == 6
    # None means "option not given": the environment stands
    assert Settings.load(environ=environ, model=None).model == "from_env"


def test_with_merges_a_section_instead_of_replacing_it():
    settings = Settings.load(environ={}).with_(clean={"label_max_words": 5})
    assert settings.clean["label_max_words"] == 5
    assert settings.clean["title_max_words"] == defaults()["clean"]["title_max_words"]


@pytest.mark.parametrize(
    "bad",
    [
        {"no_such_setting": 1},
        {"stories.no_such_key": "1"},
        {"stories.shingle_words": "five"},
    ],
)
def test_unknown_or_mistyped_settings_are_usage_errors(bad):
    with pytest.raises(UsageError):
        Settings.load(environ={}, **bad)


def test_a_mistyped_environment_value_names_the_setting():
    with pytest.raises(UsageError, match="processes"):
        Settings.load(environ={"NEWSPRISM_PROCESSES": "many"})


def test_set_needs_key_equals_value():
    with pytest.raises(UsageError):
        parse_assignments(["stories.shingle_words"])
