"""Size and speed of one story's comparison at 20 articles from 20 outlets (issue 18's budget:
compare JSON and the compare API under 300 kB, the story page under 300 kB of HTML and rendered in
under 300 ms).

Real articles: the first article per outlet from the AllSides corpus (../shared/data/allsides)
whose title names TOPIC, in a date window (default: the Kavanaugh hearing, 2018-09-20..29). They
are analysed into a temporary SQLite database and then put into one story (the clustering splits
coverage spread over a week into several stories; the budget is for a 20-article story). CPU time
of this process is reported next to wall time, since the machine is shared. Each timed render
starts from an empty story cache (a story's first view).

    python3 benchmarks/compare_story.py [TOPIC] [FIRST_DAY] [LAST_DAY] [ARTICLES]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from fastapi.testclient import TestClient
from sqlalchemy import delete, update

from newsprism import Corpus
from newsprism.store.schema import articles_table, stories_table
from newsprism.stories import story_cache
from newsprism.stories.compare import compare_story
from newsprism.web.app import create_app

ALLSIDES = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides" / "articles.jsonl.gz"
RUNS = 9


def pick(topic: str, first: str, last: str, count: int) -> list[dict]:
    """The first article per outlet whose title names the topic, within the dates."""
    chosen: dict[str, dict] = {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            day = (row.get("published") or "")[:10]
            if topic in (row.get("title") or "") and first <= day <= last:
                if row["outlet"] not in chosen or day < chosen[row["outlet"]]["published"]:
                    chosen[row["outlet"]] = row
    return sorted(chosen.values(), key=lambda r: (r["published"], r["outlet"]))[:count]


def main(
    topic: str = "Kavanaugh", first: str = "2018-09-20", last: str = "2018-09-29", count: int = 20
) -> None:
    rows = pick(topic, first, last, count)
    with TemporaryDirectory() as folder:
        source = Path(folder) / "story.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
        with Corpus(str(Path(folder) / "story.db")) as corpus:
            corpus.analyze([str(source)])
            story_id = next(corpus.stories()).story_id
            with corpus.store.engine.begin() as conn:  # one story of all the articles
                conn.execute(update(articles_table).values(story_id=story_id))
                conn.execute(delete(stories_table).where(stories_table.c.story_id != story_id))
            data = json.dumps(compare_story(corpus.store, story_id), ensure_ascii=False, indent=2)
            client = TestClient(create_app(str(Path(folder) / "story.db")), base_url="http://127.0.0.1")
            warm = client.get(f"/stories/{story_id}")  # templates compiled, lexicons read
            assert warm.status_code == 200, warm.text[:200]
            wall, cpu = [], []
            for _ in range(RUNS):
                story_cache.shared.clear()  # a first view of the story: comparison computed, not kept
                started, started_cpu = time.perf_counter(), time.process_time()
                page = client.get(f"/stories/{story_id}")
                wall.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            api = client.get(f"/api/stories/{story_id}/compare")
    print(f"{len(rows)} articles from {len({r['outlet'] for r in rows})} outlets ({topic}, {first}..{last})")
    print(f"compare JSON: {len(data.encode()) / 1000:.0f} kB; compare API: {len(api.content) / 1000:.0f} kB")
    print(f"story page: {len(page.content) / 1000:.0f} kB of HTML")
    print(
        f"story page render, median of {RUNS}: {sorted(wall)[RUNS // 2] * 1000:.0f} ms wall, "
        f"{sorted(cpu)[RUNS // 2] * 1000:.0f} ms CPU (fastest {min(cpu) * 1000:.0f} ms CPU)"
    )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(*arguments[:3], *(int(a) for a in arguments[3:4]))
