"""Ingest: every kind of input becomes RawArticles; bad input becomes one failed RawArticle each."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsprism.ingest.readers import iter_raw, normalize_date


def read(paths, stdin: bytes | None = None):
    return list(iter_raw([str(p) for p in paths], stdin=io.BytesIO(stdin) if stdin is not None else None))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("Ferry services resumed on Monday.\n", "utf-8")
    (tmp_path / "b" / "c.htm").write_text("<html><body><p>Hello.</p></body></html>", "utf-8")
    (tmp_path / "b" / "d.ndjson").write_text('{"text": "One."}\n{"text": "Two."}\n', "utf-8")
    (tmp_path / ".hidden" / "e.txt").write_text("secret", "utf-8")
    (tmp_path / ".f.txt").write_text("secret", "utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", "utf-8")
    return tmp_path


def test_directory_is_walked_sorted_skipping_hidden_and_unknown(folder: Path):
    raws = read([folder])
    assert [r.source for r in raws] == [
        str(folder / "a.txt"),
        str(folder / "b" / "c.htm"),
        str(folder / "b" / "d.ndjson"),
        str(folder / "b" / "d.ndjson"),
    ]
    assert all(r.error is None for r in raws)
    assert raws[1].is_html and not raws[0].is_html
    assert [r.raw_text for r in raws[2:]] == ["One.", "Two."]


def test_recursive_glob_and_no_match(folder: Path):
    raws = read([f"{folder}/**/*.htm", f"{folder}/*.nothing"])
    assert raws[0].source == str(folder / "b" / "c.htm") and raws[0].is_html
    assert raws[1].error == "no .txt, .html, .json or .jsonl files match this pattern"
    assert len(raws) == 2


def test_folder_without_articles_is_one_failure(tmp_path: Path):
    (tmp_path / "notes.csv").write_text("a,b\n", "utf-8")
    (raw,) = read([tmp_path])
    assert raw.source == str(tmp_path) and raw.error == "no .txt, .html, .json or .jsonl files in this folder"


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path):
    path = tmp_path / "story.article"
    path.write_text("The bridge reopened after repairs.", "utf-8")
    (raw,) = read([path])
    assert raw.error is None and raw.raw_text.startswith("The bridge") and not raw.is_html


def test_bad_inputs_give_one_failed_article_each(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "broken.json").write_text('{"title": "x",', "utf-8")
    names = ["missing.txt", "empty.txt", "image.txt", "broken.json"]
    raws = read([tmp_path / name for name in names])
    assert [r.source for r in raws] == [str(tmp_path / name) for name in names]
    assert raws[0].error == "file not found"
    assert raws[1].error == "empty file"
    assert raws[2].error == "binary file, not text"
    assert raws[3].error.startswith("broken JSON: ") and "line 1 column" in raws[3].error
    assert all("\n" not in r.error for r in raws)


def test_jsonl_broken_line_names_its_number_and_the_rest_go_on(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "First."}\n{"text": \n\n{"text": "Third.", "id": 3}\n', "utf-8")
    raws = read([path])
    assert [r.error for r in raws] == [None, "broken JSON: Expecting value at column 9", None]
    assert [r.location for r in raws] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert raws[2].given_id == "3" and raws[2].raw_text == "Third."


def test_gzipped_jsonl_is_streamed(tmp_path: Path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"text": "Packed.", "outlet": "Zip News"}\n{"text": "Twice."}\n')
    raws = read([tmp_path])
    assert [(r.source, r.raw_text, r.error) for r in raws] == [
        (str(path), "Packed.", None),
        (str(path), "Twice.", None),
    ]
    assert raws[0].outlet == "Zip News"


def test_binary_jsonl_is_one_failure(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 50)
    (raw,) = read([path])
    assert raw.error == "binary file, not text"


def test_json_keys_and_paragraph_lists(tmp_path: Path):
    items = [
        {
            "body": ["First paragraph.", ["Second, sentence one.", "Sentence two."]],
            "headline": "Dam opens",
            "link": "https://example.org/dam",
            "publisher": "River Gazette",
            "date": "1/21/2019",
            "uuid": "abc-1",
        },
        {"content": "Only text.", "site_name": "Valley Post", "published_at": "0001-01-01T00:00:00Z"},
        {"title": "No text here"},
        "not an object",
    ]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(items), "utf-8")
    first, second, third, fourth = read([path])
    assert first.raw_text == "First paragraph.\n\nSecond, sentence one. Sentence two."
    assert (first.title, first.url, first.outlet, first.published, first.given_id) == (
        "Dam opens",
        "https://example.org/dam",
        "River Gazette",
        "2019-01-21",
        "abc-1",
    )
    assert second.outlet == "Valley Post" and second.published is None
    assert third.error == "item 3: no article text (text, body or content)"
    assert fourth.error == "item 4: not a JSON object"


def test_non_utf8_text_is_detected(tmp_path: Path):
    path = tmp_path / "old.txt"
    text = "Le maire a déclaré que la fête aura lieu à l'église, après la messe très tôt."
    path.write_bytes(text.encode("cp1252"))
    (raw,) = read([path])
    assert raw.error is None and raw.raw_text == text


def test_broken_json_on_stdin_is_reported():
    (raw,) = read(["-"], stdin=b'{"text": "unfinished')
    assert raw.source == "-" and raw.error.startswith("broken JSON: ")


def test_utf16_text_with_bom_is_text_not_binary(tmp_path: Path):
    path = tmp_path / "notepad.txt"
    path.write_text("The ferry left at noon.", encoding="utf-16")
    (raw,) = read([path])
    assert raw.error is None and raw.raw_text == "The ferry left at noon."


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"text": "From a pipe.", "outlet": "Pipe News"}', ("From a pipe.", False, "Pipe News")),
        (b'{"text": "One."}\n{"text": "Two."}\n', ("One.", False, None)),
        (b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>", (None, True, None)),
        (b"Plain words from a pipe.\n", ("Plain words from a pipe.\n", False, None)),
        (b"[Updated] Plain words.\n", ("[Updated] Plain words.\n", False, None)),
        (b'[\n  {"text": "Pretty."}\n]', ("Pretty.", False, None)),
    ],
)
def test_stdin_format_is_sniffed(payload: bytes, expected):
    raws = read(["-"], stdin=payload)
    text, is_html, outlet = expected
    assert raws[0].source == "-" and raws[0].error is None
    assert raws[0].is_html is is_html and raws[0].outlet == outlet
    if text is not None:
        assert raws[0].raw_text == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-21", "2019-01-21"),
        ("2019-01-21T10:00:00Z", "2019-01-21"),
        ("1/21/2019", "2019-01-21"),
        ("21/1/2019", "2019-01-21"),
        ("March 5, 2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05"),
        ("0001-01-01", None),
        ("2019-02-30", None),
        ("March 2024", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_hostile_json_fails_alone_before_parsing(tmp_path: Path):
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep, "utf-8")
    (tmp_path / "number.json").write_text('{"text": "Digits.", "id": ' + "9" * 5000 + "}", "utf-8")
    lines = [
        '{"text": "First."}',
        deep,
        '{"text": "Lone \\ud800 surrogate."}',
        '{"text": "Nul id.", "id": "a\\u0000b"}',
        '{"text": "Last."}',
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    deep_file, number, first, deep_line, surrogate, nul, last = read(
        [tmp_path / "deep.json", tmp_path / "number.json", tmp_path / "feed.jsonl"]
    )
    assert deep_file.error == "JSON nested 100000 levels deep (the max_json_depth limit is 64)"
    assert number.error == "a JSON number of 5000 digits (the max_number_digits limit is 100)"
    assert (first.error, first.raw_text, last.error, last.raw_text) == (None, "First.", None, "Last.")
    assert deep_line.error.startswith("JSON nested") and deep_line.location == f"{tmp_path / 'feed.jsonl'}:2"
    assert surrogate.error == "invalid text: a lone surrogate U+D800 in the text" and surrogate.line == 3
    assert nul.error is None and nul.given_id == "a\ufffdb"


def test_limits_are_settings(tmp_path: Path):
    from newsprism.ingest.json_input import Limits

    (tmp_path / "a.json").write_text('{"text": "Nested.", "tags": [[["x"]]]}', "utf-8")
    (ok,) = iter_raw([str(tmp_path / "a.json")], limits=Limits.from_settings({"max_json_depth": 4}))
    (refused,) = iter_raw([str(tmp_path / "a.json")], limits=Limits.from_settings({"max_json_depth": 3}))
    assert ok.error is None and refused.error.startswith("JSON nested 4 levels deep")
    (big,) = iter_raw([str(tmp_path / "a.json")], limits=Limits.from_settings({"max_file_bytes": 10}))
    assert big.error.startswith("file too large")


def test_impossible_dates_are_warnings_and_the_value_is_kept(tmp_path: Path):
    items = [{"text": "One.", "published": value} for value in ("2019-13-45", "0001-01-01", "2150-06-01")]
    items.append({"text": "Fine.", "published": "2019-02-03"})
    (tmp_path / "d.json").write_text(json.dumps(items), "utf-8")
    raws = read([tmp_path / "d.json"])
    assert [r.published for r in raws] == [None, None, None, "2019-02-03"]
    assert [r.published_text for r in raws] == ["2019-13-45", "0001-01-01", "2150-06-01", None]
    assert all(len(r.warnings) == 1 and "not a possible date" in r.warnings[0] for r in raws[:3])
    assert raws[3].warnings == []


def test_utf16_without_bom_is_text(tmp_path: Path):
    text = "The ferry left at noon, the harbour master said."
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        (raw,) = read([path])
        assert raw.error is None and raw.raw_text == text


def test_a_file_is_known_by_its_real_path(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Ferry services resumed.", "utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n', "utf-8")
    (direct,) = read([tmp_path / "a.txt"])
    (relative,) = read([tmp_path / "." / "a.txt"])
    assert direct.identity == relative.identity == str((tmp_path / "a.txt").resolve())
    first, second = read([tmp_path / "feed.jsonl"])
    assert (first.identity, second.identity) == (
        f"{(tmp_path / 'feed.jsonl').resolve()}:1",
        f"{(tmp_path / 'feed.jsonl').resolve()}:2",
    )
    (stdin,) = read(["-"], stdin=b"Plain words.")
    assert stdin.identity is None
