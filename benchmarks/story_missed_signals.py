"""Would a headline, actor or singleton signal join the same-story pairs the stories stage splits?

    python benchmarks/story_missed_signals.py [--week eval/allsides_stories_aug2019 ...] [--set stories.K=V]

Runs each hand-grouped week (all ``eval/allsides_stories*/`` by default) as ``newsprism eval
stories`` runs it (shuffled batches of 16, entities linked per batch), then, with the week's final
document frequencies, measures every pair of reports (pieces left out) at most three days apart
that the system leaves in two stories: text and lead cosine, shared actors, and the cosine of
their headlines weighed by how rare each headline word is among the week's headlines. For each
candidate rule it prints how many such pairs the gold puts in one story ("good") and in two
("bad"; how many of those in one storyline). Then each single-article story (not a piece) is set
beside the story of 2+ articles within a day whose centroid it is most alike: how many gold
same-story pairs merging it would gain and how many it would add that the gold splits.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import select

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.story_data import extracted
from newsprism.store.schema import story_articles_table, story_terms_table
from newsprism.store.store import Store
from newsprism.stories.cluster import DOCS
from newsprism.stories.features import StoryConfig, actors, cosine_with, split_terms, stopwords, weigh
from newsprism.stories.link_rules import distinct_actors
from newsprism.stories.pieces import PIECE

REPO = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[^\W\d_]{3,}")


def headline_words(title: str) -> Counter[str]:
    """Content words of a headline, a plural's final s dropped."""
    stop = stopwords()
    found = [w for w in _WORD.findall((title or "").lower()) if w not in stop]
    return Counter(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in found)


def unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def run_week(week: Path, settings: Settings, config: StoryConfig):
    """The week's per-article vectors, stories, gold and headline vectors."""
    gold_rows = [json.loads(line) for line in (week / "gold.jsonl").read_text("utf-8").splitlines() if line]
    gold = {row["id"]: (row["story"], row["storyline"]) for row in gold_rows}
    pairs = extracted(allsides_stories.load(allsides_stories.DEFAULT_ALLSIDES, set(gold)), settings)
    raw = {article.article_id: article for article, _ in pairs}
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "week.db"))
        allsides_stories.replay(store, pairs, settings)
        story = {a.article_id: a.story_id for a in store.articles()}
        with store.engine.connect() as conn:
            df = dict(conn.execute(select(story_terms_table.c.term, story_terms_table.c.df)).all())
            rows = conn.execute(select(story_articles_table)).all()
        store.close()
    docs = df.get(DOCS, 1)
    arts = {}
    for row in rows:
        terms = dict(row.terms or {})
        kept, lead = split_terms(terms)
        arts[row.article_id] = {
            "kept": weigh(Counter(kept), df, docs, config),
            "lead": weigh(Counter(lead), df, docs, config),
            "day": row.day,
            "piece": PIECE in terms,
        }
    heads = {aid: headline_words(raw[aid].title) for aid in arts}
    head_df = Counter(t for words in heads.values() for t in words)
    n = len(heads)
    for aid, words in heads.items():
        idf = {t: (1 + math.log(c)) * (math.log((n + 1) / (head_df[t] + 1)) + 1) for t, c in words.items()}
        arts[aid]["head"] = unit(idf)
    return arts, story, gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", type=Path, action="append", default=[])
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    args = parser.parse_args()
    weeks = args.week or sorted(p for p in (REPO / "eval").glob("allsides_stories*") if p.is_dir())
    settings = Settings.load(**parse_assignments(args.set))
    config = StoryConfig.from_settings(settings)
    pairs, singles = [], []
    for week in weeks:
        arts, story, gold = run_week(week, settings, config)
        one = {aid: not gold[aid][0].startswith(("piece", "single")) for aid in gold}
        for a, b in itertools.combinations(sorted(arts), 2):
            x, y = arts[a], arts[b]
            gap = abs(x["day"] - y["day"])
            if x["piece"] or y["piece"] or gap > 3 or story[a] == story[b]:
                continue
            pairs.append(
                {
                    "good": gold[a][0] == gold[b][0] and one[a],
                    "line": gold[a][1] == gold[b][1],
                    "gap": gap,
                    "text": cosine_with(x["kept"], y["kept"], 1.0),
                    "lead": cosine_with(x["lead"], y["lead"], 1.0) if x["lead"] and y["lead"] else 0.0,
                    "head": cosine_with(x["head"], y["head"], 1.0),
                    "actors": distinct_actors(actors(x["kept"]) & actors(y["kept"])),
                }
            )
        members = defaultdict(list)
        for aid in arts:
            members[story[aid]].append(aid)
        for sid, (aid,) in ((s, m) for s, m in members.items() if len(m) == 1):
            if arts[aid]["piece"]:
                continue
            best = None
            for other, group in sorted(members.items()):
                if (
                    other == sid
                    or len(group) < 2
                    or any(abs(arts[m]["day"] - arts[aid]["day"]) > 1 for m in group)
                ):
                    continue
                centroid: dict[str, float] = {}
                for m in group:
                    for t, w in arts[m]["kept"].items():
                        centroid[t] = centroid.get(t, 0.0) + w
                score = cosine_with(arts[aid]["kept"], centroid)
                if best is None or score > best[0]:
                    same = sum(gold[m][0] == gold[aid][0] and one[aid] for m in group)
                    best = (score, same, len(group) - same)
            if best:
                singles.append(best)
    print(
        f"reports split by the system, at most 3 days apart: {len(pairs)} pairs,"
        f" {sum(p['good'] for p in pairs)} gold same-story"
    )
    print(
        "rule: headline >= H, text >= T, days apart <= D, shared actors >= A"
        "  ->  good / bad (bad in one storyline)"
    )
    for h, t, d, a in itertools.product((0.2, 0.3, 0.4), (0.0, 0.05, 0.1), (0, 1), (0, 1)):
        chosen = [
            p for p in pairs if p["head"] >= h and p["text"] >= t and p["gap"] <= d and p["actors"] >= a
        ]
        good = sum(p["good"] for p in chosen)
        bad_line = sum(p["line"] for p in chosen if not p["good"])
        print(f"  H {h:.1f} T {t:.2f} D {d} A {a}: {good} / {len(chosen) - good} ({bad_line})")
    print("single-article reports merged into their best story within a day (centroid cosine >= C):")
    for c in (0.2, 0.25, 0.3, 0.35, 0.4):
        chosen = [s for s in singles if s[0] >= c]
        print(
            f"  C {c:.2f}: {len(chosen)} merges, gold pairs gained {sum(s[1] for s in chosen)},"
            f" wrong pairs added {sum(s[2] for s in chosen)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
