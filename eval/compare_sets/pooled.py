"""Score the comparison on BASIL dev (all, tune 2010-2012, held-out 2013-2014) and on every
hand-annotated story set (eval/compare_unseen*/) in one run, each set per line and the story sets
pooled: what a change to the ranking does everywhere at once, as ``eval compare`` and
``eval/compare_sets/score.py`` score them.

    python eval/compare_sets/pooled.py [--dump items.jsonl]

BASIL is read from the evaluation's cache (``eval compare`` fills it); each story set is analysed
once into ``<temp>/newsprism-compare-sets/<set>.db`` and read from there after (delete the folder
when extraction code changes). ``--dump`` writes every listed item with whether it is on a span.
"""

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS, locate, score
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.compare import compare_articles

EVAL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(EVAL.parent / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_variants import load  # noqa: E402
from score import corpus_rows  # noqa: E402

KINDS = {"distinct": "inf", "loaded": "lex"}


def story_set(here: Path) -> dict:
    """One story set's stored rows and spans, shaped as ``compare_variants.load`` shapes a triplet."""
    folder = Path(tempfile.gettempdir()) / "newsprism-compare-sets"
    folder.mkdir(exist_ok=True)
    ids = [json.loads(line)["id"] for line in (here / "ids.jsonl").read_text("utf-8").splitlines()]
    store = Store(f"sqlite:///{folder / f'{here.name}.db'}")
    try:
        if len(list(store.articles(ids=ids))) < len(ids):
            source = folder / f"{here.name}.jsonl"
            keep = ("id", "title", "outlet", "published", "text")
            rows = corpus_rows(ids)
            source.write_text("".join(json.dumps({k: r[k] for k in keep}) + "\n" for r in rows), "utf-8")
            analyze([str(source)], store, Settings.load())
        articles = list(store.articles(ids=ids))
        quotes = list(store.quotes(article_ids=ids))
        mentions = list(store.mentions(article_ids=ids))
        events = list(store.events(article_ids=ids))
        linked = sorted(
            {m.entity_id for m in mentions if m.entity_id}
            | {q.speaker_entity_id for q in quotes if q.speaker_entity_id}
        )
        names = {e.entity_id: e.name for e in store.entities(ids=linked)} if linked else {}
    finally:
        store.close()
    text = {a.article_id: a.text for a in articles}
    gold = {aid: {"inf": [], "lex": []} for aid in text}
    for line in (here / "annotations.jsonl").read_text("utf-8").splitlines():
        span = json.loads(line)
        where = locate(text[span["id"]], span)
        if where:
            gold[span["id"]][span["bias"]].append(where)
    found = {"articles": articles, "quotes": quotes, "mentions": mentions, "events": events}
    return found | {"year": here.name, "names": names, "gold": gold}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", type=Path, help="write every listed item here (JSON Lines)")
    args = parser.parse_args()
    basil = load(DEFAULT_BASIL)
    sets = [story_set(here) for here in sorted(EVAL.glob("compare_unseen*")) if (here / "ids.jsonl").exists()]
    predicted: dict = {key: defaultdict(list) for key in KINDS}
    dumped = []
    for group in basil + sets:
        found = compare_articles(
            group["articles"], group["quotes"], group["mentions"], group["events"], group["names"]
        )
        for row in found["outlets"]:
            for key, kind in KINDS.items():
                for item in row[key]:
                    predicted[key][item["article_id"]].append((item["start"], item["end"]))
                    spans = group["gold"][item["article_id"]][kind]
                    hit = any(item["start"] < e and s < item["end"] for s, e in spans)
                    dumped.append({"set": group["year"], "kind": key, "hit": hit} | item)
    lines = [
        ("BASIL all", basil),
        ("BASIL tune 2010-2012", [t for t in basil if t["year"] in TUNE_YEARS]),
        ("BASIL held-out 2013-2014", [t for t in basil if t["year"] not in TUNE_YEARS]),
        *((s["year"], [s]) for s in sets),
        ("story sets pooled", sets),
    ]
    for label, groups in lines:
        cells = []
        for key, kind in KINDS.items():
            gold = {a.article_id: g["gold"][a.article_id][kind] for g in groups for a in g["articles"]}
            r = score(predicted[key], gold)
            cells.append(f"{key} {r['recall']:.3f} / {r['precision']:.3f} ({r['items']})")
        print(f"{label:26s}", "  ".join(cells))
    if args.dump:
        args.dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dumped), "utf-8")


if __name__ == "__main__":
    main()
