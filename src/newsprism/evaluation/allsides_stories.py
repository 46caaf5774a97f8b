"""The development check of stories, storylines and timelines on real AllSides articles.

``eval/allsides_stories/gold.jsonl`` groups 113 articles of five days by hand (see its README).
The articles are read from the shared AllSides file by id, parsed once (cached like BASIL), fed
to the stages in shuffled batches, and scored: story and storyline adjusted Rand index, and the
share of gold stories told by several outlets whose timeline has a row told by two or more.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory

from newsprism.config import Settings
from newsprism.entities import link_articles
from newsprism.evaluation.story_data import extracted
from newsprism.models import RawArticle
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories
from newsprism.stories.timeline import build_timeline

REPO = Path(__file__).resolve().parents[3]
GOLD = REPO / "eval" / "allsides_stories" / "gold.jsonl"


def _week(name: str) -> Path:
    return REPO / "eval" / f"allsides_stories_{name}" / "gold.jsonl"


# Every week after the first, as ``newsprism eval stories`` reports them (``allsides_<week>_*``),
# each grouped by hand the same way (the set's README says how):
WEEKS = {
    "oct2018": _week("oct2018"),  # a second week, never tuned on
    "may2017": _week("may2017"),  # a third, grouped after the thresholds were set (second round)
    "jul2018": _week("jul2018"),  # a fourth, grouped before its first run (fourth round)
    "sep2019": _week("sep2019"),  # a fifth, grouped before its first run (fifth round)
    "feb2020": _week("feb2020"),  # a sixth, 171 articles, grouped before its first run (sixth round)
    "may2020": _week("may2020"),  # a seventh, 163 articles, grouped before its first run (seventh round)
    "jun2020": _week("jun2020"),  # an eighth, 155 articles, grouped before its first run (eighth round)
    "apr2020": _week("apr2020"),  # a ninth, 144 articles, grouped before its first run (ninth round)
    "sep2018": _week("sep2018"),  # a tenth, 70 articles of Kavanaugh's hearing days (tenth round)
    "jan2020": _week("jan2020"),  # an eleventh, 132 articles of the Soleimani week (eleventh round)
    # a twelfth, 140 articles of March 2020, grouped by the lead after reading the system's stories
    # of it (not blind for the grouping; no rule chosen on it): eleventh round
    "mar2020": _week("mar2020"),
    "jun2018": _week("jun2018"),  # a thirteenth, 61 articles of the Singapore summit week (twelfth round)
    "apr2019": _week("apr2019"),  # a fourteenth, 63 articles of the Mueller report week (thirteenth round)
    "nov2018": _week("nov2018"),  # a fifteenth, 60 articles of the 2018 midterms week (fourteenth round)
    "oct2017": _week("oct2017"),  # a sixteenth, 62 articles of the Las Vegas massacre week (sixteenth round)
    "feb2018": _week("feb2018"),  # a seventeenth, 47 articles of the Parkland week (seventeenth round)
    "aug2018": _week("aug2018"),  # 47 articles of 13-15 August 2018, days drawn by seed (stories45)
    "mar2017": _week("mar2017"),  # 26 articles of 13-15 March 2017, days drawn by seed (stories46)
    "oct2019": _week("oct2019"),  # 67 articles of 7-9 October 2019, grouped blind (stories44)
    "aug2019": _week("aug2019"),  # 41 articles of 28-30 August 2019, days drawn by seed (stories47)
    "may2019": _week("may2019"),  # 40 articles of 12-14 May 2019, days drawn by seed (stories48)
    # 74 articles of 15-21 January 2018, the shutdown week, given by the lead (dev, stories48b)
    "jan2018": _week("jan2018"),
    "mar2018": _week("mar2018"),  # 40 articles of 6-8 March 2018, days drawn by seed (stories49)
    "apr2018": _week("apr2018"),  # 48 articles of 2-4 April 2018, days drawn by seed (stories50a)
    "jun2019": _week("jun2019"),  # 43 articles of 17-19 June 2019, days drawn by seed (stories51)
}
DEFAULT_ALLSIDES = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
SEED = 19
BATCH = 16


def load(path: Path, wanted: set[str]) -> list[RawArticle]:
    """The wanted AllSides articles, in file order."""
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("id") in wanted:
                found.append(raw_article(record))
    return found


def raw_article(record: dict) -> RawArticle:
    """One record of the shared AllSides file as the stages read it."""
    return RawArticle(
        source=f"allsides:{record['id']}",
        raw_text=record.get("text") or "",
        title=record.get("title"),
        outlet=record.get("outlet"),
        published=(record.get("published") or "")[:10] or None,
        given_id=record["id"],
    )


def replay(store: Store, pairs: list, settings: Settings) -> list[str]:
    """Store a week's (article, extraction) pairs as ``newsprism eval stories`` does: shuffled with
    ``SEED``, in batches of ``BATCH``, entities linked and stories assigned per batch. Returns the
    article ids in the shuffled order (the order the figures are read in). The benchmarks replay
    weeks through this one function, so they see the stories the evaluation scores."""
    ids = [article.article_id for article, _ in pairs]
    random.Random(SEED).shuffle(ids)
    store_in_batches(store, pairs, ids, BATCH, settings)
    return ids


def store_in_batches(store: Store, pairs: list, ids: list[str], batch: int, settings: Settings) -> None:
    """Save the pairs in the order of ``ids``, ``batch`` at a time, linking entities and assigning
    stories after each batch, as ``newsprism analyze`` does with its batches."""
    by_id = {article.article_id: (article, extraction) for article, extraction in pairs}
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        for aid in chunk:
            store.save_article(*by_id[aid])
        link_articles(store, chunk)
        assign_stories(store, chunk, settings)


def run(
    settings: Settings,
    adjusted_rand_score,
    data: Path = DEFAULT_ALLSIDES,
    gold_file: Path = GOLD,
    prefix: str = "allsides",
) -> dict[str, float]:
    """The ``<prefix>_*`` figures of one hand-grouped week; empty when the shared data is not there."""
    if not data.exists() or not gold_file.exists():
        return {}
    gold = [json.loads(line) for line in gold_file.read_text("utf-8").splitlines() if line.strip()]
    story = {row["id"]: row["story"] for row in gold}
    storyline = {row["id"]: row["storyline"] for row in gold}
    pairs = extracted(load(data, set(story)), settings)
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "allsides.db"))
        try:
            ids = replay(store, pairs, settings)
            found = {a.article_id: a for a in store.articles()}
            lines = {s.story_id: s.storyline_id for s in store.stories()}
            told_twice = several = 0
            outlets = {aid: found[aid].outlet for aid in ids}
            for name in sorted(set(story.values())):
                members = [aid for aid in ids if story[aid] == name]
                if len({outlets[a] for a in members}) < 2:
                    continue
                several += 1
                main = Counter(found[a].story_id for a in members).most_common(1)[0][0]
                rows = build_timeline(store, story_id=main, limit=30)
                told_twice += any(len(r.outlets) >= 2 for r in rows)
        finally:
            store.close()
    predicted = [found[a].story_id for a in ids]
    figures = {
        "articles": len(ids),
        "story_ari": adjusted_rand_score([story[a] for a in ids], predicted),
        "stories_found": len(set(predicted)),
        "stories_gold": len(set(story.values())),
        "storyline_ari": adjusted_rand_score(
            [storyline[a] for a in ids], [lines.get(found[a].story_id) or found[a].story_id for a in ids]
        ),
        "multi_outlet_stories_with_2_outlet_row": told_twice / max(1, several),
    }
    return {f"{prefix}_{key}": value for key, value in figures.items()}
