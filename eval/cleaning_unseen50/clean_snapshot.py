"""Snapshot the clean text of every article a cleaning change may move, and diff two snapshots.

Sources: the articles of eval/cleaning_unseen47..50 (from the AllSides corpus), the 150 BASIL
dev articles, the README example articles (examples/articles, read as `newsprism` reads them) and
the invented gold texts of eval/quotes_gold and eval/entities_gold.
``snap OUT.json`` writes {key: clean text}; ``diff OLD.json NEW.json`` prints, per article whose
clean text moved, the paragraphs lost and gained (a lost news sentence is what to look for).
Usage: PYTHONPATH=src python eval/cleaning_unseen50/clean_snapshot.py snap /tmp/old.json
       PYTHONPATH=src python eval/cleaning_unseen50/clean_snapshot.py diff /tmp/old.json /tmp/new.json
"""

import gzip
import json
import sys
from pathlib import Path

from newsprism.config import Settings
from newsprism.errors import InputError
from newsprism.evaluation.story_data import load_basil
from newsprism.ingest.clean import clean_article, clean_text
from newsprism.ingest.readers import iter_raw

EVAL = Path(__file__).parent.parent
CORPUS = "/work/shared/data/allsides/articles.jsonl.gz"
BASIL = Path("/work/shared/data/basil-dev")
EXAMPLES = EVAL.parent / "examples" / "articles"
SETS = ("cleaning_unseen47", "cleaning_unseen48", "cleaning_unseen49", "cleaning_unseen50")


def snapshot() -> dict[str, str]:
    texts: dict[str, str] = {}
    wanted: dict[str, str] = {}
    for name in SETS:
        for line in (EVAL / name / "labels.jsonl").open(encoding="utf-8"):
            wanted[json.loads(line)["id"]] = name
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                key = f"{wanted[article['id']]}/{article['id']}"
                texts[key] = clean_text(article["text"], title=article.get("title")).text
    settings = Settings.load()
    for raw, _ in load_basil(BASIL):
        texts[f"basil/{raw.given_id or raw.source}"] = _clean(raw, settings)
    for raw in iter_raw([str(EXAMPLES)]):
        texts[f"examples/{raw.source}:{raw.line}"] = _clean(raw, settings)
    for path in sorted((EVAL / "quotes_gold").glob("*.jsonl")):  # invented texts
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            texts[f"invented/{path.stem}/{row['id']}"] = clean_text(row["text"]).text
    for path in sorted((EVAL / "entities_gold").glob("*/*.txt")):
        texts[f"invented/{path.parent.name}/{path.name}"] = clean_text(path.read_text("utf-8")).text
    return dict(sorted(texts.items()))


def _clean(raw, settings) -> str:
    try:
        return clean_article(raw, settings).text
    except InputError as exc:
        return f"<error {exc}>"


def diff(old: dict[str, str], new: dict[str, str]) -> None:
    moved = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, ""), new.get(key, "")
        if a == b:
            continue
        moved += 1
        before, after = a.split("\n\n"), b.split("\n\n")
        print(f"== {key}")
        for paragraph in before:
            if paragraph not in after:
                print(f"  - {paragraph[:200]}")
        for paragraph in after:
            if paragraph not in before:
                print(f"  + {paragraph[:200]}")
    groups: dict[str, int] = {}
    for key in old:
        groups[key.split("/")[0]] = groups.get(key.split("/")[0], 0) + 1
    print(f"{moved} of {len(old)} texts moved; per source: {groups}")


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        Path(sys.argv[2]).write_text(json.dumps(snapshot(), ensure_ascii=False), "utf-8")
    else:
        diff(*(json.loads(Path(p).read_text("utf-8")) for p in sys.argv[2:4]))
