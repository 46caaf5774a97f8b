"""Story granularity on BASIL dev and the real AllSides weeks, for several story settings at once.

    python benchmarks/story_granularity.py [--set stories.KEY=VALUE ...] [--grid KEY=V1,V2,...]

Parsing and entity linking run once per data set (parses come from the evaluation's cache);
then only the stories stage runs again for each setting. Printed per setting: BASIL dev story
ARI for 2010-2012 (the thresholds were chosen there) and 2013-2014 (not tuned on), the order
stability ARI (all articles in one run against newest first in five runs), re-posts caught and
false duplicates, and story and storyline ARI on each AllSides week of ``eval/allsides_stories*``
(the December 2019 week is the development week; the October 2018 week is not tuned on).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path
from tempfile import TemporaryDirectory

from story_thresholds import forget_stories

from newsprism.config import Settings
from newsprism.entities import link_articles
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.stories import BATCH, DEFAULT_BASIL, ORDER_RUNS, REPOSTS, SEED, adjusted_rand_score
from newsprism.evaluation.story_data import extracted, load_basil, make_repost
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories

REPO = Path(__file__).resolve().parents[1]
# Every hand-grouped week (``eval/allsides_stories*``): December 2019 is the development week the
# early thresholds were chosen on; each README says whether its week was a check.
WEEKS = {
    folder.name.removeprefix("allsides_stories").lstrip("_") or "dec2019": folder
    for folder in sorted((REPO / "eval").glob("allsides_stories*"))
    if folder.is_dir()
}


class Loaded:
    """One data set stored and entity-linked once; the stories stage is re-run on it."""

    def __init__(self, tmp: str, name: str, pairs) -> None:
        self.pairs = pairs
        self.ids = [article.article_id for article, _ in pairs]
        self.store = Store(str(Path(tmp) / f"{name}.db"))
        for article, extraction in pairs:
            self.store.save_article(article, extraction)
        link_articles(self.store, self.ids)
        self.outlet = {article.article_id: article.outlet for article, _ in pairs}
        self.published = {article.article_id: article.published or "" for article, _ in pairs}

    def run(self, batches: list[list[str]], settings: Settings) -> tuple[dict, dict]:
        forget_stories(self.store)
        for batch in batches:
            assign_stories(self.store, batch, settings)
        found = {a.article_id: a for a in self.store.articles()}
        lines = {s.story_id: s.storyline_id for s in self.store.stories()}
        return found, lines


def _ari(gold: dict[str, str], found: dict, ids: list[str]) -> float:
    return adjusted_rand_score([gold[a] for a in ids], [found[a].story_id or f"none:{a}" for a in ids])


def measure(basil: Loaded, info: dict, weeks: dict, settings: Settings) -> dict[str, float]:
    rng = random.Random(SEED)
    shuffled = list(basil.ids)
    rng.shuffle(shuffled)
    found, _ = basil.run([shuffled[i : i + BATCH] for i in range(0, len(shuffled), BATCH)], settings)
    gold, year, source_of, reposts = info["gold"], info["year"], info["source_of"], info["reposts"]
    result = {
        "basil_10_12": _ari(gold, found, [a for a in gold if year[a] <= "2012"]),
        "basil_13_14": _ari(gold, found, [a for a in gold if year[a] >= "2013"]),
        "basil_all": _ari(gold, found, list(gold)),
    }

    def group(aid: str) -> str:
        return found[aid].duplicate_of or aid

    result["reposts"] = sum(group(r) == group(source_of[r]) for r in reposts)
    result["false_dups"] = sum(
        1 for aid, a in found.items() if a.duplicate_of and source_of[aid] != source_of[a.duplicate_of]
    )
    one, _ = basil.run([basil.ids], settings)
    newest = sorted(basil.ids, key=lambda aid: (basil.published[aid], aid), reverse=True)
    size = -(-len(newest) // ORDER_RUNS)
    runs, _ = basil.run([newest[i : i + size] for i in range(0, len(newest), size)], settings)
    one_run = {aid: one[aid].story_id or aid for aid in basil.ids}
    result["order"] = _ari(one_run, runs, basil.ids)
    for name, (loaded, story, storyline) in weeks.items():
        ids = list(loaded.ids)
        random.Random(allsides_stories.SEED).shuffle(ids)
        batches = [ids[i : i + allsides_stories.BATCH] for i in range(0, len(ids), allsides_stories.BATCH)]
        found, lines = loaded.run(batches, settings)
        result[f"{name}_story"] = _ari(story, found, ids)
        result[f"{name}_line"] = adjusted_rand_score(
            [storyline[a] for a in ids], [lines.get(found[a].story_id) or found[a].story_id for a in ids]
        )
        result[f"{name}_found"] = len({found[a].story_id for a in ids})
    return result


def _shown(key: str, value) -> str:
    return f"{key}={value:.3f}" if isinstance(value, float) else f"{key}={value}"


def _value(text: str):
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(text, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE for every run")
    parser.add_argument("--grid", action="append", default=[], help="KEY=V1,V2: one run per value")
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"Error: {args.data}: no BASIL articles/ folder here", file=sys.stderr)
        return 1
    settings = Settings.load()
    base = dict(settings.stories)
    for item in args.set:
        key, _, value = item.partition("=")
        base[key.removeprefix("stories.")] = _value(value)
    grid = [{}]
    for item in args.grid:
        key, _, values = item.partition("=")
        grid = [dict(g, **{key.removeprefix("stories."): _value(v)}) for g in grid for v in values.split(",")]
    rng = random.Random(SEED)
    basil_raw = load_basil(args.data)
    originals = [raw for raw, _ in basil_raw]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, REPOSTS))]
    source_of = {raw.given_id: raw.given_id for raw in originals}
    source_of.update({r.given_id: r.given_id.split("-of-", 1)[1] for r in reposts})
    info = {
        "gold": {raw.given_id: triplet for raw, triplet in basil_raw},
        "year": {raw.given_id: (raw.published or "0000")[:4] for raw, _ in basil_raw},
        "source_of": source_of,
        "reposts": [r.given_id for r in reposts],
    }
    with TemporaryDirectory() as tmp:
        basil = Loaded(tmp, "basil", extracted(originals + reposts, settings))
        weeks = {}
        for name, folder in WEEKS.items():
            gold_file = folder / "gold.jsonl"
            if not (gold_file.exists() and allsides_stories.DEFAULT_ALLSIDES.exists()):
                continue
            rows = [json.loads(line) for line in gold_file.read_text("utf-8").splitlines() if line.strip()]
            story = {row["id"]: row["story"] for row in rows}
            storyline = {row["id"]: row["storyline"] for row in rows}
            pairs = extracted(allsides_stories.load(allsides_stories.DEFAULT_ALLSIDES, set(story)), settings)
            weeks[name] = (Loaded(tmp, name, pairs), story, storyline)
        for change in grid:
            # replace, not with_: a setting being tried need not be in settings.toml yet (changing
            # that file would make every parse in the cache stale)
            run_settings = replace(settings, stories=dict(base, **change))
            result = measure(basil, info, weeks, run_settings)
            shown = " ".join(_shown(k, v) for k, v in result.items())
            print(f"{json.dumps(change)} {shown}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
