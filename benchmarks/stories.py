"""How the stories stage scales: re-post detection plus story clustering at 10k and 100k articles.

Synthetic articles (no spaCy): each story has its own people, place and topic words and a date;
three outlets write it up from those plus common words, and a few articles are re-posted by an
aggregator with boilerplate and a few words changed. Articles and their mentions are bulk
inserted into a real SQLite store, then ``assign_stories`` runs over them in the pipeline's
chunks, as after ``analyze``. Stories per day stay the same at both sizes (a bigger corpus
covers more days), so a linear stage costs about ten times more for ten times the articles.
The ratio uses CPU time of this process: other work on a shared machine does not skew it.

The generator is already realistic in the way that matters (stories, names and places grow with
the corpus, story size stays three outlets plus re-posts, dates spread over more days), so the
extra cost at 100k was the stage's own: profiling 4k against 40k showed SQLite commit and
executemany growing fastest (random inserts of ~21k LSH band rows per batch into B-trees larger
than SQLite's default 2 MB page cache). The stage now writes rows in key order and gives its
connection a 64 MB page cache. Measured 2026-11-24 (2 shared cores): 10,013 articles 13.3 s
CPU, 99,980 articles 152.8 s CPU, ratio 11.5 (was 13.3: 13.1 s and 174.2 s).

    python3 benchmarks/stories.py            # 10k and 100k
    python3 benchmarks/stories.py 2000 20000  # other sizes
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import insert, select

from newsprism.config import Settings
from newsprism.evaluation.stories import adjusted_rand_score
from newsprism.store.schema import articles_table, mentions_table
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories

CHUNK = 512  # articles per assign_stories call, as the pipeline hands them over
STORIES_PER_DAY = 40
OUTLETS = [f"outlet-{i}" for i in range(20)]
REPOST_SHARE = 0.05
SYLLABLES = [c + v for c in "bklmnrst" for v in "aeio"]
START = date(2020, 1, 1)


def _spelled(number: int, syllables: int) -> str:
    """A pronounceable word for a number: distinct numbers give distinct words."""
    letters = []
    for _ in range(syllables):
        number, digit = divmod(number, len(SYLLABLES))
        letters.append(SYLLABLES[digit])
    return "".join(letters)


def _words(rng: random.Random, count: int, syllables: int, offset: int = 0) -> list[str]:
    """``count`` distinct words in random order; pools grow with the corpus so that words are
    as rare at 100k articles as at 10k (a fixed pool would make bigger corpora denser)."""
    words = [_spelled(offset + i, syllables) for i in range(count)]
    rng.shuffle(words)
    return words


def make_corpus(n_articles: int, seed: int = 7) -> tuple[list[dict], list[dict], dict, dict]:
    """Article rows, mention rows, article -> true story, re-post -> original."""
    rng = random.Random(seed)
    common = _words(rng, 3000, 3)
    weights = [1.0 / (rank + 1) for rank in range(len(common))]  # Zipf-like
    n_stories = max(1, int(n_articles / (3 * (1 + REPOST_SHARE))))
    topic_words = _words(rng, 20 * n_stories, 5)
    first_names = _words(rng, 500, 2)
    surnames = _words(rng, max(10, n_stories // 3), 4)
    people = [(rng.choice(first_names).title(), surname.title()) for surname in surnames]
    places = [w.title() for w in _words(rng, max(10, n_stories // 10), 4, offset=len(SYLLABLES) ** 3)]
    days = max(1, n_stories // STORIES_PER_DAY)

    articles, mentions, truth, originals = [], [], {}, {}
    stored_at = 1.0
    for s in range(n_stories):
        cast = rng.sample(people, 2)
        place = rng.choice(places)
        topic = rng.sample(topic_words, 15)
        day = rng.randrange(days)
        for outlet in rng.sample(OUTLETS, 3):
            article_id = f"a{len(articles)}"
            words, spans = [], []
            for _ in range(6):  # six sentences, each naming someone or somewhere
                first, last = rng.choice(cast)
                name_words = [first, last] if rng.random() < 0.5 else [last]
                body = rng.choices(common, weights, k=8) + rng.sample(topic, 4)
                rng.shuffle(body)
                spans.append((len(words), len(name_words), "PERSON", f"{first} {last}"))
                words += name_words + body
                if rng.random() < 0.3:
                    spans.append((len(words), 1, "GPE", place))
                    words.append(place)
            published = (START + timedelta(days=day + rng.randrange(3))).isoformat()
            text = " ".join(words) + "."
            articles.append(_article_row(article_id, outlet, published, text, " ".join(topic[:4]), stored_at))
            mentions += _mention_rows(article_id, words, spans)
            truth[article_id] = f"s{s}"
            stored_at += 1.0
            if rng.random() < REPOST_SHARE:
                copy_id = f"a{len(articles)}"
                copy_words = list(words)
                for _ in range(3):
                    copy_words[rng.randrange(len(copy_words))] = rng.choice(common)
                copy_text = "Share this story with your friends.\n\n" + " ".join(copy_words) + "."
                later = (date.fromisoformat(published) + timedelta(days=1)).isoformat()
                articles.append(_article_row(copy_id, "aggregator", later, copy_text, None, stored_at))
                truth[copy_id] = f"s{s}"
                originals[copy_id] = article_id
                stored_at += 1.0
    return articles, mentions, truth, originals


def _article_row(article_id, outlet, published, text, title, stored_at) -> dict:
    return {
        "article_id": article_id, "source": article_id, "outlet": outlet, "title": title,
        "published": published, "text": text, "raw_text": "", "status": "ok", "content_hash": "",
        "words": text.count(" ") + 1, "stored_at": stored_at,
    }  # fmt: skip


def _mention_rows(article_id: str, words: list[str], spans) -> list[dict]:
    offsets, position = [], 0
    for word in words:
        offsets.append(position)
        position += len(word) + 1
    rows = []
    for i, (start, length, label, full) in enumerate(spans):
        begin = offsets[start]
        end = offsets[start + length - 1] + len(words[start + length - 1])
        rows.append({
            "mention_id": f"{article_id}:m{i}", "article_id": article_id,
            "text": " ".join(words[start:start + length]),
            "start": begin, "end": end, "label": label, "local_name": full, "roles": [],
            "sentence_start": 0, "sentence_end": 0, "entity_id": None,
        })  # fmt: skip
    return rows


def run(n_articles: int, workdir: Path) -> dict:
    articles, mentions, truth, originals = make_corpus(n_articles)
    settings = Settings.load(db=str(workdir / f"bench-{n_articles}.db"))
    store = Store(settings.db)
    with store.engine.begin() as conn:
        for i in range(0, len(articles), 5000):
            conn.execute(insert(articles_table), articles[i : i + 5000])
        for i in range(0, len(mentions), 5000):
            conn.execute(insert(mentions_table), mentions[i : i + 5000])
    ids = [row["article_id"] for row in articles]
    started, started_cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(ids), CHUNK):
        assign_stories(store, ids[i : i + CHUNK], settings)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - started_cpu

    with store.engine.connect() as conn:
        rows = conn.execute(
            select(articles_table.c.article_id, articles_table.c.story_id, articles_table.c.duplicate_of)
        ).all()
    store.close()
    story = {r.article_id: r.story_id for r in rows}
    duplicate = {r.article_id: r.duplicate_of for r in rows}
    ari = adjusted_rand_score([truth[a] for a in ids], [story[a] for a in ids])
    caught = sum(duplicate[c] == o for c, o in originals.items())
    false = sum(1 for a, d in duplicate.items() if d and originals.get(a) != d)
    return {
        "articles": len(ids),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "per_1k": 1000 * cpu_seconds / len(ids),
        "ari": ari,
        "reposts": len(originals),
        "repost_recall": caught / max(1, len(originals)),
        "false_duplicates": false,
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    results = []
    with TemporaryDirectory() as tmp:
        for n in sizes:
            result = run(n, Path(tmp))
            results.append(result)
            print(
                f"{result['articles']:>7} articles: {result['seconds']:.1f} s wall, "
                f"{result['cpu_seconds']:.1f} s CPU ({result['per_1k']:.2f} s CPU per 1k); "
                f"story ARI {result['ari']:.3f}; "
                f"re-posts caught {result['repost_recall']:.3f} of {result['reposts']}, "
                f"{result['false_duplicates']} false duplicates",
                flush=True,
            )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        size_ratio = large["articles"] / small["articles"]
        wall = large["seconds"] / small["seconds"]
        cpu = large["cpu_seconds"] / small["cpu_seconds"]
        print(
            f"time ratio {cpu:.2f} (CPU; wall {wall:.2f}) for {size_ratio:.1f}x the articles "
            f"(linear: about {size_ratio:.0f})"
        )


if __name__ == "__main__":
    main()
