"""Which report pairs does the stories stage join that the hand-grouped weeks split, and why?

    python benchmarks/story_wrong_joins.py [--week eval/allsides_stories_aug2019 ...]
        [--set stories.K=V] [--dump F]

Runs each hand-grouped week (all ``eval/allsides_stories*/`` but the held-out August 2019 by
default) as ``newsprism eval stories`` runs it, then sorts every pair the system puts in one story
and the gold in two by cause, the first that holds: a gold piece (analysis, preview, explainer,
opinion) the piece rule missed; a member of a system story touching three or more gold stories
(a round-up or a hub); the gold's same storyline on one publication day or on different days (a
different development); a different storyline (two events sharing an actor and words). It also
counts wrong members: each system story's articles outside its largest gold story, the gold
pieces joined to reports by the form of their headline or outlet, and the same-storyline pairs by
how many publication days lie between them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import select

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.story_data import extracted
from newsprism.store.schema import story_articles_table
from newsprism.store.store import Store
from newsprism.stories.pieces import PIECE

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = "allsides_stories_aug2019"


def run_week(week: Path, settings: Settings):
    gold_rows = [json.loads(line) for line in (week / "gold.jsonl").read_text("utf-8").splitlines() if line]
    gold = {row["id"]: (row["story"], row["storyline"]) for row in gold_rows}
    pairs = extracted(allsides_stories.load(allsides_stories.DEFAULT_ALLSIDES, set(gold)), settings)
    by_id = {article.article_id: (article, extraction) for article, extraction in pairs}
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "week.db"))
        allsides_stories.replay(store, pairs, settings)
        story = {a.article_id: a.story_id for a in store.articles()}
        with store.engine.connect() as conn:
            rows = {r.article_id: r for r in conn.execute(select(story_articles_table)).all()}
        store.close()
    info = {}
    for aid, (article, _) in by_id.items():
        row = rows.get(aid)
        info[aid] = {
            "title": article.title,
            "outlet": article.outlet,
            "genre": article.genre,
            "day": row.day if row else None,
            "piece": bool(row and PIECE in (row.terms or {})),
        }
    return story, gold, info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", type=Path, action="append", default=[])
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    parser.add_argument("--dump", type=Path, help="write every wrongly joined pair as JSON Lines")
    args = parser.parse_args()
    weeks = args.week or sorted(
        p for p in (REPO / "eval").glob("allsides_stories*") if p.is_dir() and p.name != HELD_OUT
    )
    settings = Settings.load(**parse_assignments(args.set))
    causes: Counter[str] = Counter()
    members: Counter[str] = Counter()
    piece_forms: Counter[str] = Counter()
    line_gaps: Counter[int] = Counter()
    dump = []
    for week in weeks:
        story, gold, info = run_week(week, settings)
        groups = defaultdict(list)
        for aid in sorted(story):
            if aid in gold:
                groups[story[aid]].append(aid)
        week_causes: Counter[str] = Counter()
        for _sid, group in sorted(groups.items()):
            golds = Counter(gold[a][0] for a in group)
            main_story = max(sorted(golds), key=lambda g: golds[g]) if golds else None
            for a in group:
                if gold[a][0] != main_story:
                    members[member_cause(a, group, gold, info, main_story)] += 1
                if gold[a][0].startswith("piece") and len(golds) > 1:
                    piece_forms[piece_form(info[a])] += 1
            for a, b in itertools.combinations(group, 2):
                if gold[a][0] == gold[b][0]:
                    continue
                cause = pair_cause(a, b, gold, info, len(golds))
                week_causes[cause] += 1
                if cause.startswith("same storyline"):
                    line_gaps[abs(info[a]["day"] - info[b]["day"])] += 1
                dump.append(
                    {
                        "week": week.name,
                        "cause": cause,
                        "a": info[a] | {"gold": gold[a]},
                        "b": info[b] | {"gold": gold[b]},
                        "story_size": len(group),
                    }
                )
        causes.update(week_causes)
        print(
            f"{week.name:28} wrong pairs {sum(week_causes.values()):4}  {dict(sorted(week_causes.items()))}",
            flush=True,
        )
    print(f"all wrongly joined pairs: {sum(causes.values())}")
    for cause, n in causes.most_common():
        print(f"  {cause:34} {n}")
    print(f"wrong members (outside their system story's largest gold story): {sum(members.values())}")
    for cause, n in members.most_common():
        print(f"  {cause:34} {n}")
    print(f"gold pieces in a system story with other gold stories, by form: {sum(piece_forms.values())}")
    for form, n in piece_forms.most_common():
        print(f"  {form:34} {n}")
    print(f"same-storyline pairs by publication days apart: {dict(sorted(line_gaps.items()))}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d) + "\n" for d in dump), "utf-8")
    return 0


def pair_cause(a, b, gold, info, gold_stories):
    if gold[a][0].startswith("piece") or gold[b][0].startswith("piece"):
        return "piece joined to a report"
    if gold_stories >= 3:
        hub = "hub story (3+ gold stories)"
    else:
        hub = ""
    if gold[a][1] == gold[b][1]:
        kind = "same storyline, same day" if info[a]["day"] == info[b]["day"] else "same storyline, other day"
    else:
        kind = (
            "other storyline, same day" if info[a]["day"] == info[b]["day"] else "other storyline, other day"
        )
    return f"{kind}{' / ' + hub if hub else ''}"


def piece_form(x: dict) -> str:
    """What marks a piece's headline or outlet, if anything (the piece rules read some of these)."""
    title, outlet = (x["title"] or "").strip(), x["outlet"] or ""
    if re.search(r"opinion|editorial|op-ed|guest writer", outlet, re.I):
        return "opinion-section outlet"
    if "?" in title:
        return "question headline"
    if re.match(r"(why|how|what|is|does|will|did|has)\b", title, re.I):
        return "why/how/what opening"
    if re.search(
        r"explained|what to (watch|look)|things to|need to know|key (things|points)|reasons|takeaways"
        r"|lessons|what .* means?\b",
        title,
        re.I,
    ):
        return "explainer/preview/list"
    return "unmarked (opinion, analysis, feature)"


def member_cause(a, group, gold, info, main_story):
    if gold[a][0].startswith("piece"):
        return "piece"
    ref = next(m for m in group if gold[m][0] == main_story)
    if gold[a][1] == gold[ref][1]:
        return "same storyline, other development"
    return "other storyline"


if __name__ == "__main__":
    raise SystemExit(main())
