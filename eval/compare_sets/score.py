"""Score the comparison on one hand-annotated story set (a folder holding ids.jsonl and
annotations.jsonl, e.g. eval/compare_unseen41) as ``eval compare`` scores BASIL.

python eval/compare_sets/score.py eval/compare_unseen41 [--db /tmp/compare_unseen41.db]
"""

import argparse
import gzip
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from newsprism.config import Settings
from newsprism.evaluation.compare import locate, score
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.compare import compare_articles

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
KINDS = {"inf": "distinct", "lex": "loaded"}


def corpus_rows(ids: list[str]) -> list[dict]:
    """The set's articles as the shared corpus holds them, in the set's order (texts are never
    copied into the repository)."""
    found = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                found[row["id"]] = row
    return [found[i] for i in ids]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", type=Path, help="the set's folder (ids.jsonl, annotations.jsonl)")
    parser.add_argument(
        "--db", help="the database to analyse into (default: a temp file named after the set)"
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    here = args.set.resolve()
    args.db = args.db or str(Path(tempfile.gettempdir()) / f"{here.name}.db")
    wanted = [json.loads(line)["id"] for line in (here / "ids.jsonl").read_text("utf-8").splitlines()]
    rows = corpus_rows(wanted)
    source = Path(args.db).with_suffix(".jsonl")
    keep = ("id", "title", "outlet", "published", "text")
    source.write_text("".join(json.dumps({k: r[k] for k in keep}) + "\n" for r in rows), "utf-8")
    store = Store(f"sqlite:///{args.db}")
    try:
        analyze([str(source)], store, Settings.load())
        ids = [r["id"] for r in rows]
        articles = list(store.articles(ids=ids))
        mentions = list(store.mentions(article_ids=ids))
        linked = sorted({m.entity_id for m in mentions if m.entity_id})
        names = {e.entity_id: e.name for e in store.entities(ids=linked)} if linked else {}
        found = compare_articles(
            articles,
            list(store.quotes(article_ids=ids)),
            mentions,
            list(store.events(article_ids=ids)),
            names,
        )
    finally:
        store.close()
    text = {a.article_id: a.text for a in articles}
    gold: dict = {kind: defaultdict(list) for kind in KINDS}
    for line in (here / "annotations.jsonl").read_text("utf-8").splitlines():
        span = json.loads(line)
        where = locate(text[span["id"]], span)
        if where:
            gold[span["bias"]][span["id"]].append(where)
        else:
            print("not located:", span["txt"])
    for kind, key in KINDS.items():
        items = defaultdict(list)
        for row in found["outlets"]:
            for item in row[key]:
                items[item["article_id"]].append((item["start"], item["end"]))
                if args.verbose:
                    hit = any(
                        item["start"] < e and s < item["end"] for s, e in gold[kind][item["article_id"]]
                    )
                    print(key, "+" if hit else "-", item["text"][:100])
        result = score(items, {aid: gold[kind][aid] for aid in text})
        print(
            f"{key}: recall {result['recall']:.3f} precision {result['precision']:.3f} "
            f"({result['items']} items, {result['spans']} spans)"
        )


if __name__ == "__main__":
    main()
