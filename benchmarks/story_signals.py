"""Story ARI of every hand-grouped AllSides week and of BASIL dev under several settings, in one
process: each set's articles are parsed (or read from the parse cache) once, then only the
store, entity-linking and stories stages run per setting, as ``newsprism eval stories`` runs them
(weeks in shuffled batches of 16; BASIL in shuffled batches of 12 with its 60 re-posts, all at
once, and newest first in five runs for the order stability). No timelines are built.

    python benchmarks/story_signals.py [--variant NAME:stories.K=V,stories.K2=V2 ...] [--no-basil]
        [--week eval/allsides_stories_mar2017 ...]

Prints one line per week and variant, the mean of the weeks, and BASIL's story ARI, order
stability, re-posts caught and false duplicates per variant.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation import allsides_stories, stories
from newsprism.evaluation.story_data import extracted, load_basil, make_repost
from newsprism.store.store import Store

REPO = Path(__file__).resolve().parents[1]


def load_weeks(weeks: list[Path]) -> dict[str, tuple[dict[str, str], list]]:
    golds = {}
    for week in weeks:
        rows = [json.loads(x) for x in (week / "gold.jsonl").read_text("utf-8").splitlines() if x.strip()]
        golds[week.name] = ({r["id"]: r["story"] for r in rows}, {r["id"]: r["storyline"] for r in rows})
    wanted = {aid for gold in golds.values() for aid in gold[0]}
    raws = {}
    with gzip.open(allsides_stories.DEFAULT_ALLSIDES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("id") in wanted:
                raws[record["id"]] = allsides_stories.raw_article(record)
    return {name: (gold, [raws[a] for a in raws if a in gold[0]]) for name, gold in golds.items()}


def run_week(gold: tuple[dict[str, str], dict[str, str]], pairs: list, settings: Settings, tmp: str):
    """(story ARI, storyline ARI) of one week."""
    story, line = gold
    store = Store(str(Path(tmp) / "week.db"))
    try:
        ids = allsides_stories.replay(store, pairs, settings)
        found = {a.article_id: a.story_id for a in store.articles()}
        lines = {s.story_id: s.storyline_id for s in store.stories()}
    finally:
        store.close()
    Path(tmp, "week.db").unlink()
    ari = stories.adjusted_rand_score
    return (
        ari([story[a] for a in ids], [found[a] for a in ids]),
        ari([line[a] for a in ids], [lines.get(found[a]) or found[a] for a in ids]),
    )


def basil_inputs(settings: Settings):
    data = stories.DEFAULT_BASIL
    rng = random.Random(stories.SEED)
    basil = load_basil(data)
    triplet_of = {raw.given_id: triplet for raw, triplet in basil}
    originals = [raw for raw, _ in basil]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, stories.REPOSTS))]
    source_of = {raw.given_id: raw.given_id for raw in originals}
    source_of.update({r.given_id: r.given_id.split("-of-", 1)[1] for r in reposts})
    pairs = extracted(originals + reposts, settings)
    ids = [article.article_id for article, _ in pairs]
    shuffled = list(ids)
    rng.shuffle(shuffled)
    return triplet_of, reposts, source_of, pairs, ids, shuffled


def run_basil(inputs, settings: Settings, tmp: str) -> str:
    triplet_of, reposts, source_of, pairs, ids, shuffled = inputs
    published = {article.article_id: article.published or "" for article, _ in pairs}
    newest_first = sorted(ids, key=lambda aid: (published[aid], aid), reverse=True)
    size = -(-len(ids) // stories.ORDER_RUNS)
    batches = [shuffled[i : i + stories.BATCH] for i in range(0, len(ids), stories.BATCH)]
    stored, _ = stories._stage_run(pairs, batches, settings, tmp, "a")
    at_once, _ = stories._stage_run(pairs, [ids], settings, tmp, "b")
    runs = [newest_first[i : i + size] for i in range(0, len(ids), size)]
    in_runs, _ = stories._stage_run(pairs, runs, settings, tmp, "c")
    for name in "abc":
        Path(tmp, f"{name}.db").unlink()
    gold = dict(triplet_of)
    ari = stories._ari_of(gold, stored, list(gold))
    one_run = {aid: at_once[aid].story_id or f"none:{aid}" for aid in ids}
    order = stories._ari_of(one_run, in_runs, ids)

    def group(aid: str) -> str:
        return stored[aid].duplicate_of or aid

    caught = sum(group(r.given_id) == group(source_of[r.given_id]) for r in reposts)
    links = [(aid, a.duplicate_of) for aid, a in stored.items() if a.duplicate_of]
    false = sum(source_of[a] != source_of[b] for a, b in links)
    dups = f"re-posts {caught}/{len(reposts)}  false dups {false}"
    return f"BASIL story ARI {ari:.3f}  order {order:.3f}  {dups}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", action="append", default=[], help="NAME:stories.K=V,stories.K2=V2")
    parser.add_argument("--week", type=Path, action="append", default=[])
    parser.add_argument("--no-basil", action="store_true")
    parser.add_argument("--no-weeks", action="store_true")
    parser.add_argument("--no-main", action="store_true", help="only the variants, not main's settings")
    args = parser.parse_args()
    variants = [("main", [])] * (not args.no_main) + [
        (v.split(":", 1)[0], [x for x in v.split(":", 1)[1].split(",") if x]) for v in args.variant
    ]
    weeks = args.week or sorted(p for p in (REPO / "eval").glob("allsides_stories*") if p.is_dir())
    weeks = [] if args.no_weeks else weeks
    loaded = load_weeks(weeks)
    base = Settings.load()
    parsed = {name: (gold, extracted(raws, base)) for name, (gold, raws) in loaded.items()}
    inputs = None if args.no_basil else basil_inputs(base)
    with TemporaryDirectory() as tmp:
        for label, assignments in variants:
            settings = Settings.load(**parse_assignments(assignments))
            figures = []
            for name, (gold, pairs) in parsed.items():
                figures.append(run_week(gold, pairs, settings, tmp))
                story, line = figures[-1]
                print(f"{label:14} {name:28} story {story:.3f}  storyline {line:.3f}", flush=True)
            n = len(figures) or 1
            story, line = (sum(f[k] for f in figures) / n for k in (0, 1))
            mean = f"story {story:.4f}  storyline {line:.4f}"
            print(f"{label:14} MEAN of {n} weeks: {mean}", flush=True)
            if inputs:
                print(f"{label:14} {run_basil(inputs, settings, tmp)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
