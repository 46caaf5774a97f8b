"""The stories eval's parse cache: keyed by what can change an extraction, and only that."""

from __future__ import annotations

from newsprism.evaluation.story_data import _extraction_bytes


def test_the_stories_table_of_the_settings_does_not_change_the_cache_key(tmp_path):
    settings = tmp_path / "settings.toml"
    base = '[events]\nnegated = false\n\n[stories]\nlink_threshold = 0.3\nentity_labels = ["PERSON"]\n'
    settings.write_text(base, "utf-8")
    before = _extraction_bytes(settings)
    settings.write_text(base.replace("0.3", "0.4") + "storyline_link_share = 0.4\n", "utf-8")
    assert _extraction_bytes(settings) == before  # a story setting parses nothing again
    settings.write_text(base.replace("false", "true"), "utf-8")
    assert _extraction_bytes(settings) != before  # an events setting does
    settings.write_text(base + "\n[quotes]\nx = 1\n", "utf-8")
    assert b"[quotes]" in _extraction_bytes(settings)  # a table after [stories] still counts


def test_other_data_files_count_whole(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("[stories]\nkept\n", "utf-8")
    assert _extraction_bytes(words) == words.read_bytes()


def test_a_setting_from_the_environment_changes_the_cache_key():
    """NEWSPRISM_STRAIGHT_APOSTROPHES=false parses with another model input: never the cached
    parses made with it on; a stories setting still parses nothing again."""
    from newsprism.config import Settings
    from newsprism.evaluation.story_data import _extraction_settings

    on = Settings.load(environ={})
    off = Settings.load(environ={"NEWSPRISM_STRAIGHT_APOSTROPHES": "false"})
    assert _extraction_settings(on) != _extraction_settings(off)
    assert _extraction_settings(on) == _extraction_settings(on.with_(stories={"link_threshold": 0.9}))


def test_a_data_file_only_the_stories_stage_reads_does_not_change_the_cache_key(tmp_path, monkeypatch):
    from newsprism.evaluation import story_data

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.txt").write_text("kept\n", "utf-8")
    monkeypatch.setattr(story_data, "PACKAGE", tmp_path)
    before = story_data._code_digest()
    (tmp_path / "data" / "story_headlines.txt").write_text("what .* means\n", "utf-8")
    assert story_data._code_digest() == before  # a story pattern parses nothing again
    (tmp_path / "data" / "words.txt").write_text("kept\nmore\n", "utf-8")
    assert story_data._code_digest() != before  # any other data file does


def test_the_pipeline_module_is_part_of_the_cache_key(tmp_path, monkeypatch):
    """What the pipeline keeps of each stage's output decides the extraction as much as a stage."""
    from newsprism.evaluation import story_data

    (tmp_path / "data").mkdir()
    (tmp_path / "pipeline.py").write_text("KEPT = 1\n", "utf-8")
    monkeypatch.setattr(story_data, "PACKAGE", tmp_path)
    before = story_data._code_digest()
    (tmp_path / "pipeline.py").write_text("KEPT = 2\n", "utf-8")
    assert story_data._code_digest() != before


def test_no_stage_before_the_cache_reads_a_stories_data_file():
    """The key leaves out the ``story_*`` data files: only the stories stage, after the cached
    extraction, may read them."""
    from newsprism.evaluation.story_data import _STAGES, _STORIES_DATA, PACKAGE

    for stage in _STAGES:
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            assert f'"{_STORIES_DATA}' not in path.read_text("utf-8"), path
