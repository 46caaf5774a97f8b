"""The fault suite: real processes killed mid-run, hostile inputs, workers and dask workers that
die, drift repaired, on SQLite and on PostgreSQL. Each test asserts that nothing is lost,
duplicated or corrupted: the database ends exactly as one clean run leaves it.

Inputs are small invented articles (``invented.py``) and hostile bytes written here.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from daskfiles import scheduler_address
from invented import invented_articles, write_jsonl
from newsprism.config import Settings
from newsprism.pipeline import analyze
from newsprism.store.store import Store

CLI = [sys.executable, "-m", "newsprism"]


def snapshot(db: str) -> dict[str, list]:
    """Everything a run stored but timestamps: equal snapshots are equal databases."""
    store = Store(db)
    found = {
        "articles": sorted(
            (a.article_id, a.status, a.title, a.text, a.published, a.story_id, a.duplicate_of)
            for a in store.articles()
        ),
        "quotes": sorted(
            (q.quote_id, q.text, q.start, q.end, q.speaker, q.speaker_entity_id) for q in store.quotes()
        ),
        "mentions": sorted((m.mention_id, m.start, m.end, m.label, m.entity_id) for m in store.mentions()),
        "events": sorted(
            (e.event_id, e.type, tuple(e.actor_entity_ids), tuple(e.recipient_entity_ids))
            for e in store.events()
        ),
        "entities": sorted(
            (e.entity_id, e.name, e.type, tuple(e.aliases), e.mentions, e.articles) for e in store.entities()
        ),
        "stories": sorted((s.story_id, s.title, tuple(sorted(s.articles))) for s in store.stories()),
    }
    store.close()
    return found


def analyze_cli(db: str, *paths: Path | str, extra: tuple[str, ...] = (), **popen) -> subprocess.Popen:
    command = [*CLI, "analyze", *map(str, paths), "--db", db, *extra]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_on_a_terminal,
        **popen,
    )


def _as_on_a_terminal() -> None:
    """Ctrl-C as a terminal's foreground run gets it: a shell without job control (a CI script's
    background job) starts its children with SIGINT ignored, and Python then keeps ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def finished(process: subprocess.Popen, timeout: float = 240) -> subprocess.CompletedProcess:
    out, err = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def stored_count(db: str) -> int:
    if "://" not in db:  # a read-only look that never waits on the run's writes or migrations
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                return conn.execute("SELECT count(*) FROM articles WHERE status = 'ok'").fetchone()[0]
        except sqlite3.Error:  # not created yet, or busy for a moment
            return 0
    try:
        store = Store(db)
    except Exception:  # noqa: BLE001 - the database may not exist yet
        return 0
    try:
        return store.count_articles(status="ok")
    except Exception:  # noqa: BLE001 - nor its tables
        return 0
    finally:
        store.close()


def wait_for_stored(db: str, at_least: int, process: subprocess.Popen, timeout: float = 180) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = stored_count(db)
        if count >= at_least:
            return count
        assert process.poll() is None, finished(process).stderr
        time.sleep(0.1)
    raise AssertionError(f"{db}: fewer than {at_least} articles stored after {timeout} s")


def processes_naming(marker: str) -> list[int]:
    """Live processes whose command line holds ``marker`` (a run's unique database path)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().split()[2]
        except OSError:
            continue
        if marker in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def clean_run(tmp_path: Path, db: str, *paths: Path) -> dict:
    """What one uninterrupted run stores (in this process: the model is loaded once per session)."""
    settings = Settings.load(db=db, processes=1, batch_size=4)
    summary = analyze([str(p) for p in paths], Store(db), settings)
    assert summary.ok, summary.failures
    return snapshot(db)


needs_proc = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")


# ---- crashes --------------------------------------------------------------------------------


@needs_proc
def test_kill_9_mid_run_leaves_no_worker_and_a_rerun_equals_a_clean_run(db_url: str, tmp_path: Path):
    # enough articles that a busy machine's poller still kills the run before it ends
    source = write_jsonl(tmp_path / "in.jsonl", invented_articles(120))
    expected = clean_run(tmp_path, str(tmp_path / "clean.db"), source)
    marker = str(tmp_path / "in.jsonl")  # in the command line of the run and of its workers
    run = analyze_cli(db_url, source, extra=("--processes", "2", "--batch-size", "2"))
    wait_for_stored(db_url, 4, run)
    workers = [pid for pid in processes_naming(marker) if pid != run.pid]
    assert workers, "the run parses in worker processes"
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    deadline = time.monotonic() + 10
    while processes_naming(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert processes_naming(marker) == [], "workers outlived their killed run"
    assert 0 < stored_count(db_url) < 120

    again = finished(analyze_cli(db_url, source, extra=("--processes", "1")))
    assert again.returncode == 0, again.stderr
    assert snapshot(db_url) == expected


@needs_proc
def test_ctrl_c_prints_one_line_stops_the_workers_and_keeps_what_was_stored(tmp_path: Path):
    # enough articles that the run is still going when it is stopped
    source = write_jsonl(tmp_path / "in.jsonl", invented_articles(200))
    db = str(tmp_path / "store.db")
    run = analyze_cli(db, source, extra=("--processes", "2", "--batch-size", "2"), start_new_session=True)
    wait_for_stored(db, 2, run)
    os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    result = finished(run, timeout=60)
    assert result.returncode == 130
    assert result.stderr.strip().splitlines() == ["Error: interrupted; what was stored so far is kept"]
    time.sleep(1)
    assert processes_naming(str(source)) == []
    assert stored_count(db) > 0


@needs_proc
def test_sigterm_stops_the_run_like_ctrl_c(tmp_path: Path):
    # enough articles that the run is still going when it is stopped
    source = write_jsonl(tmp_path / "in.jsonl", invented_articles(200))
    db = str(tmp_path / "store.db")
    run = analyze_cli(db, source, extra=("--processes", "2", "--batch-size", "2"))
    wait_for_stored(db, 2, run)
    run.send_signal(signal.SIGTERM)
    result = finished(run, timeout=60)
    assert result.returncode == 130 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    time.sleep(1)
    assert processes_naming(str(source)) == []


# ---- hostile input ----------------------------------------------------------------------------


def hostile_batch(folder: Path) -> dict[str, str]:
    """Good articles among hostile inputs; returns {what each bad one is named by: problem words}."""
    folder.mkdir()
    write_jsonl(folder / "good.jsonl", invented_articles(4))
    deep = "[" * 100_000 + "]" * 100_000
    (folder / "deep.json").write_text(deep, "utf-8")
    (folder / "number.json").write_text('{"text": "Digits.", "id": ' + "7" * 5000 + "}", "utf-8")
    good = invented_articles(3, first=10)
    lines = [
        json.dumps(good[0] | {"published": "2019-13-45"}),
        deep,
        '{"id": "sur-1", "text": "A lone \\ud800 surrogate."}',
        json.dumps(good[1] | {"id": "nul\u0000id"}),
        json.dumps(good[2]),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "tiny.txt").write_text("a\n" * 500_000, "utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\xff" * 40)
    text = "The harbour master said on Monday that ships would wait outside the port until the storm passed."
    (folder / "wide.txt").write_bytes(text.encode("utf-16-le"))  # UTF-16 without a BOM: still text
    return {
        f"{folder / 'deep.json'}:": "nested",
        f"{folder / 'number.json'}:": "digits",
        f"{folder / 'mixed.jsonl'}:2:": "nested",
        f"{folder / 'mixed.jsonl'}:3:": "surrogate",
        f"{folder / 'tiny.txt'}:": "lines",
        f"{folder / 'image.txt'}:": "binary",
    }


def test_every_bad_input_fails_alone_in_one_line_and_is_recorded(db_url: str, tmp_path: Path):
    bad = hostile_batch(tmp_path / "in")
    started = time.monotonic()
    result = finished(analyze_cli(db_url, tmp_path / "in", extra=("--processes", "1")))
    assert time.monotonic() - started < 120
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == len(bad), result.stderr
    for where, words in bad.items():
        (line,) = [e for e in errors if e.startswith(f"Error: {where} ")]
        assert words in line, line
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert len(warnings) == 1 and f"{tmp_path / 'in' / 'mixed.jsonl'}:1:" in warnings[0]
    assert "2019-13-45" in warnings[0]

    store = Store(db_url)
    good = {a.article_id: a for a in store.articles(status="ok")}
    assert {"inv-0000", "inv-0001", "inv-0002", "inv-0003", "inv-0010", "inv-0012"} <= set(good)
    assert "nul\ufffdid" in good  # a NUL in an id cannot be stored: it becomes U+FFFD
    assert any("harbour master" in a.text for a in good.values())
    dated = good["inv-0010"]
    assert dated.published is None and dated.published_text == "2019-13-45"
    failed = list(store.articles(status="failed"))
    assert sorted(a.source for a in failed) == sorted(where.rstrip(":") for where in bad)
    assert all(list(store.quotes(article_ids=[aid])) for aid in ("inv-0000", "inv-0010"))
    store.close()


def test_a_megabyte_of_tiny_lines_is_dealt_with_fast_and_small(tmp_path: Path):
    (tmp_path / "tiny.txt").write_text("a b\n" * 250_000, "utf-8")
    lines = (f"Report {i} says the {'word ' * 34}end.\n" for i in range(4_000))
    (tmp_path / "wide.txt").write_text("".join(lines), "utf-8")  # 800 KB under max_lines: cleaned
    db = str(tmp_path / "store.db")
    started = time.monotonic()
    before = _children_peak_kib()
    result = finished(
        analyze_cli(db, tmp_path / "tiny.txt", tmp_path / "wide.txt", extra=("--processes", "1"))
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 1 and "tiny.txt: input has too many lines" in result.stderr
    assert "wide.txt: article too long to parse" in result.stderr  # cleaned, then refused
    assert elapsed < 30, elapsed
    assert max(before, _children_peak_kib()) < 1_500_000  # KiB: under 1.5 GB


def _children_peak_kib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to another user (root reads any folder)")
def test_a_folder_the_user_cannot_read_is_permission_denied(tmp_path: Path):
    from newsprism.ingest.readers import iter_raw

    base = Path(tempfile.mkdtemp(prefix="newsprism-locked-"))  # pytest's tmp_path is root's alone
    base.chmod(0o755)
    locked = base / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Hidden words.", "utf-8")
    locked.chmod(0)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # as an unprivileged user, the way a nightly job usually runs
        os.close(reader)
        os.setgid(65534)
        os.setuid(65534)
        raws = list(iter_raw([str(locked)]))
        os.write(writer, json.dumps([(r.source, r.error) for r in raws]).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        found = json.loads(pipe.read())
    os.waitpid(child, 0)
    locked.chmod(0o755)
    shutil.rmtree(base)
    assert found == [[str(locked), "cannot read folder: permission denied"]]


# ---- updates and drift ------------------------------------------------------------------------


def test_an_edited_file_replaces_its_article_and_leaves_no_orphan(db_url: str, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for record in invented_articles(3):
        (folder / f"{record['id']}.txt").write_text(f"{record['title']}\n\n{record['text']}", "utf-8")
    edited = folder / "inv-0001.txt"
    edited.write_text(
        edited.read_text("utf-8")
        + "\n\n\u201cWe were never consulted,\u201d said harbour pilot Quentin Marsh.",
        "utf-8",
    )
    assert finished(analyze_cli(db_url, folder, extra=("--processes", "1"))).returncode == 0
    store = Store(db_url)
    before = {a.article_id for a in store.articles()}
    assert any(e.name == "Quentin Marsh" for e in store.entities())
    store.close()

    text = edited.read_text("utf-8").replace(
        "\u201cWe were never consulted,\u201d said harbour pilot Quentin Marsh.",
        "\u201cThe vote comes too late,\u201d said councillor Ruth Albers.",
    )
    edited.write_text(text, "utf-8")
    result = finished(analyze_cli(db_url, folder, extra=("--processes", "1")))
    assert result.returncode == 0 and "1 updated" in result.stdout, result.stdout

    store = Store(db_url)
    articles = list(store.articles())
    assert {a.article_id for a in articles} == before  # the same articles: the file is the identity
    assert all(a.duplicate_of is None or a.duplicate_of != a.article_id for a in articles)
    quotes = [q.text for q in store.quotes()]
    assert "The vote comes too late" in quotes and "We were never consulted" not in quotes
    entities = list(store.entities())
    assert not [e for e in entities if e.name == "Quentin Marsh"]  # its last mention went
    assert [e for e in entities if e.mentions == 0 and e.type != "GPE"] == []
    store.close()
    doctor = finished(
        subprocess.Popen(
            [*CLI, "doctor", "--db", db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    )
    assert doctor.returncode == 0 and doctor.stdout.startswith("consistent"), doctor.stdout


def test_doctor_reports_drift_and_repairs_it(db_url: str, tmp_path: Path):
    from sqlalchemy import text

    source = write_jsonl(tmp_path / "in.jsonl", invented_articles(6))
    expected = clean_run(tmp_path, db_url, source)
    store = Store(db_url)
    with store.engine.begin() as conn:  # drift of every kind doctor knows
        conn.execute(text("UPDATE entities SET mentions = mentions + 5 WHERE type = 'PERSON'"))
        conn.execute(
            text(
                "INSERT INTO entities (entity_id, name, type, aliases, roles, mentions, articles, related)"
                " VALUES ('person-ghost', 'Ghost', 'PERSON', '[]', '[]', 3, 1, '{}')"
            )
        )
        conn.execute(text("UPDATE articles SET story_id = NULL WHERE article_id = 'inv-0002'"))
    store.close()

    def doctor(*extra: str) -> subprocess.CompletedProcess:
        command = [*CLI, "doctor", "--db", db_url, *extra]
        return finished(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))

    found = doctor()
    assert found.returncode == 1
    assert "counters differ" in found.stdout and "person-ghost" in found.stdout
    assert "not yet linked" in found.stdout and "inv-0002" in found.stdout
    repaired = doctor("--repair")
    assert repaired.returncode == 0 and "repaired" in repaired.stdout, repaired.stdout
    assert doctor().stdout.startswith("consistent")
    assert snapshot(db_url) == expected


# ---- dask -------------------------------------------------------------------------------------


@needs_proc
def test_a_dask_run_whose_workers_all_died_fails_in_time_and_keeps_what_was_stored(tmp_path: Path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    dask = shutil.which("dask")
    if dask is None:
        pytest.skip("the dask command is not installed")
    scheduler_file = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen(
        [
            dask,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(scheduler_file),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        address = scheduler_address(scheduler_file, 60)
        worker = subprocess.Popen(
            [
                dask,
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-nanny",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # enough articles that the run is still going when it is stopped
        source = write_jsonl(tmp_path / "in.jsonl", invented_articles(200))
        db = str(tmp_path / "store.db")
        env = {**os.environ, "NEWSPRISM_RUN_DASK_WORKER_TIMEOUT": "5"}
        run = analyze_cli(
            db, source, extra=("--engine", "dask", "--scheduler", address, "--batch-size", "2"), env=env
        )
        wait_for_stored(db, 2, run)
        worker.kill()
        started = time.monotonic()
        result = finished(run, timeout=120)
        assert time.monotonic() - started < 45
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            "Error: no dask worker left for 5 s (the run.dask_worker_timeout setting): "
            "stopping; the articles stored so far are kept"
        ]
        kept = stored_count(db)
        assert 0 < kept < 200
    finally:
        for process in (worker, scheduler):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=30)
