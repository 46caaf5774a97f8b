"""Key events ("what happened" in the brief) on BASIL dev's triplets: how many each story gets (in
the JSON and shown by the Markdown brief), how many stories get none, and each one's sentence, for
comparing two versions of the code (run once with each ``PYTHONPATH`` and diff the ``--out``
files). Uses ``eval compare``'s cached store.

    python benchmarks/brief_key_events.py [--out FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, cached_store, load_basil
from newsprism.stories.brief_markdown import render_markdown
from newsprism.stories.compare import compare_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="write each triplet's key events here (JSON Lines)")
    args = parser.parse_args()
    records, _ = load_basil(DEFAULT_BASIL)
    triplets: dict[str, list[str]] = defaultdict(list)
    for record in records:
        triplets[record["triplet"]].append(record["id"])
    store = cached_store(records, Settings.load())
    rows = []
    try:
        for triplet, ids in sorted(triplets.items()):
            articles = list(store.articles(ids=ids))
            quotes = list(store.quotes(article_ids=ids))
            mentions = list(store.mentions(article_ids=ids))
            events = list(store.events(article_ids=ids))
            linked = sorted(
                {m.entity_id for m in mentions if m.entity_id}
                | {q.speaker_entity_id for q in quotes if q.speaker_entity_id}
            )
            names = {e.entity_id: e.name for e in store.entities(ids=linked)} if linked else {}
            data = compare_articles(articles, quotes, mentions, events, names)
            found = data["key_events"]
            brief = render_markdown(data | {"story_id": triplet})
            shown = (
                brief.split("## What happened", 1)[-1].split("##", 1)[0]
                if "## What happened" in brief
                else ""
            )
            rows.append(
                {
                    "triplet": triplet,
                    "key_events": [[e["date"], e["sentence"]] for e in found],
                    "brief_lines": sum(line.startswith("- ") for line in shown.splitlines()),
                }
            )
    finally:
        store.close()
    counts = [len(r["key_events"]) for r in rows]
    shown = [r["brief_lines"] for r in rows]
    print(f"{len(rows)} triplets, {sum(counts)} key events, {counts.count(0)} with none, most {max(counts)}")
    print(f"the brief shows {sum(shown)} lines of what happened, {shown.count(0)} briefs with none")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in rows)


if __name__ == "__main__":
    main()
