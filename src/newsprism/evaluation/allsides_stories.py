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
# A second week, grouped by hand the same way and never tuned on: its figures are ``allsides_oct2018_*``.
GOLD_OCT2018 = REPO / "eval" / "allsides_stories_oct2018" / "gold.jsonl"
# A third, grouped after the thresholds were set (issue 19, second round): a first-run figure.
GOLD_MAY2017 = REPO / "eval" / "allsides_stories_may2017" / "gold.jsonl"
# A fourth, grouped before its first run (issue 19, fourth round): ``allsides_jul2018_*``.
GOLD_JUL2018 = REPO / "eval" / "allsides_stories_jul2018" / "gold.jsonl"
# A fifth, grouped before its first run (issue 19, fifth round): ``allsides_sep2019_*``.
GOLD_SEP2019 = REPO / "eval" / "allsides_stories_sep2019" / "gold.jsonl"
# A sixth, 171 articles grouped before its first run (issue 19, sixth round): ``allsides_feb2020_*``.
GOLD_FEB2020 = REPO / "eval" / "allsides_stories_feb2020" / "gold.jsonl"
# A seventh, 163 articles grouped before its first run (issue 19, seventh round): ``allsides_may2020_*``.
GOLD_MAY2020 = REPO / "eval" / "allsides_stories_may2020" / "gold.jsonl"
# An eighth, 155 articles grouped before its first run (issue 19, eighth round): ``allsides_jun2020_*``.
GOLD_JUN2020 = REPO / "eval" / "allsides_stories_jun2020" / "gold.jsonl"
# A ninth, 144 articles grouped before its first run (issue 19, ninth round): ``allsides_apr2020_*``.
GOLD_APR2020 = REPO / "eval" / "allsides_stories_apr2020" / "gold.jsonl"
# A tenth, 70 articles of Kavanaugh's hearing days grouped before its first run (issue 19, tenth round).
GOLD_SEP2018 = REPO / "eval" / "allsides_stories_sep2018" / "gold.jsonl"
# An eleventh, 132 articles of the Soleimani week grouped before its first run (issue 19, eleventh round).
GOLD_JAN2020 = REPO / "eval" / "allsides_stories_jan2020" / "gold.jsonl"
# A twelfth, 140 articles of March 2020 grouped by the lead after reading the system's stories of it
# (not blind for the grouping; no rule chosen on it): issue 19, eleventh round.
GOLD_MAR2020 = REPO / "eval" / "allsides_stories_mar2020" / "gold.jsonl"
# Every week after the first, as ``newsprism eval stories`` reports them (``allsides_<week>_*``).
WEEKS = {
    "oct2018": GOLD_OCT2018,
    "may2017": GOLD_MAY2017,
    "jul2018": GOLD_JUL2018,
    "sep2019": GOLD_SEP2019,
    "feb2020": GOLD_FEB2020,
    "may2020": GOLD_MAY2020,
    "jun2020": GOLD_JUN2020,
    "apr2020": GOLD_APR2020,
    "sep2018": GOLD_SEP2018,
    "jan2020": GOLD_JAN2020,
    "mar2020": GOLD_MAR2020,
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
                found.append(
                    RawArticle(
                        source=f"allsides:{record['id']}",
                        raw_text=record.get("text") or "",
                        title=record.get("title"),
                        outlet=record.get("outlet"),
                        published=(record.get("published") or "")[:10] or None,
                        given_id=record["id"],
                    )
                )
    return found


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
    ids = [article.article_id for article, _ in pairs]
    random.Random(SEED).shuffle(ids)
    by_id = {article.article_id: (article, extraction) for article, extraction in pairs}
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "allsides.db"))
        try:
            for i in range(0, len(ids), BATCH):
                batch = ids[i : i + BATCH]
                for aid in batch:
                    store.save_article(*by_id[aid])
                link_articles(store, batch)
                assign_stories(store, batch, settings)
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
