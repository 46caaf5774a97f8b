"""Round 50's checks of issue 18 point 6 on BASIL dev, each choice fixed on one half and scored on
the other (2010-2012 -> 2013-2014 and the reverse), against the shipped rules on the same half:

(a) loaded, fewer items where the evidence is weak: a score floor x share of the best x cap x an
    article gate (at most 1-2 items when the article's best scores under 0.5-1.1), the most
    precise setting keeping recall 0.40 (or 0.42) on the half it is picked on;
(b) loaded, words that characterise a main actor or an act, read from the stored parse
    (``word_roles``: an adjective or label on an actor's mention, a predicate of one, a verb or
    adverb of a clause whose subject or object is one, a noun object of such a verb, a noun an
    actor owns): linked words weighed up, the others down; a cut by the hit rate of each cell
    (rank x linked x kind) learned on the picking half; fewer items when the best is (not) linked;
(c) distinct, statements carrying stance about a main actor: holding a linked loaded word, an
    actor as the clause's subject or as its object with an evaluative word, weighed x0.7-2.0.

    python benchmarks/compare_stance50.py [--data ../shared/data/basil-dev]

Parsing comes from the evaluation's cache (``eval compare`` fills it); about 40 s of CPU after.
Results and reading: ``docs/measured/compare.md`` (round 50). Nothing here is shipped.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import tempfile
from bisect import bisect_left
from collections import Counter
from pathlib import Path

import numpy

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, locate, score
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories import loaded as loaded_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_variants import load, ranked  # noqa: E402

HALVES = {"2010-2012": ("2010", "2011", "2012"), "2013-2014": ("2013", "2014")}
UNSEEN = {"unseen41-48": ("unseen",)}
PERSONAL = {"he", "she", "they", "i", "we", "you", "his", "her", "their", "him", "them"}
CONTENT = {"NOUN", "VERB", "ADJ", "ADV", "PROPN"}
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "agent", "pobj")
_WORD = re.compile(r"[^\W_]+")


class Parse:
    """One article's stored rows, with its main actors' mentions, looked up by offset."""

    def __init__(self, article: dict) -> None:
        self.text = article["text"]
        self.rows = [r for r in article["roles"] if len(r) > 3]
        self.starts = [r[0] for r in self.rows]
        self.kids: dict[int, list] = {}
        for row in self.rows:
            self.kids.setdefault(row[3], []).append(row)
        self.actors = sorted(article["actor_spans"])

    def is_actor(self, at: int) -> bool:
        word = _WORD.match(self.text, at)
        if word and word.group().lower() in PERSONAL:
            return True
        found = bisect_left(self.actors, (at + 1, 0)) - 1
        return found >= 0 and self.actors[found][0] <= at < self.actors[found][1]

    def actorish(self, at: int) -> bool:
        return self.is_actor(at) or any(
            c[2] in ("compound", "poss") and self.is_actor(c[0]) for c in self.kids.get(at, [])
        )

    def owned(self, at: int) -> bool:
        return any(c[2] == "poss" and self.is_actor(c[0]) for c in self.kids.get(at, []))

    def argued(self, verb: int) -> bool:
        return any(c[2] in ARGUMENTS and self.actorish(c[0]) for c in self.kids.get(verb, []))

    def link(self, start: int, end: int) -> str:
        """ "mod" (the word modifies or predicates an actor), "act" (it tells or qualifies an act of
        one, or names a thing one owns), "" (neither)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        words = [r for r in self.rows[lo:hi] if r[1] in CONTENT] or self.rows[lo:hi]
        if not words:
            return ""
        at, pos, dep, head = words[-1][:4]
        if dep in ("amod", "appos", "compound") and self.actorish(head):
            return "mod"
        if dep in ("acomp", "attr"):
            subjects = [c for c in self.kids.get(head, []) if c[2] in ("nsubj", "nsubjpass")]
            if subjects and self.actorish(subjects[0][0]):
                return "mod"
            if subjects and self.owned(subjects[0][0]):
                return "act"
        if (pos == "VERB" and self.argued(at)) or (pos == "ADV" and dep == "advmod" and self.argued(head)):
            return "act"
        if pos == "NOUN" and (dep in ("dobj", "attr", "appos") and self.argued(head) or self.owned(at)):
            return "act"
        if (dep == "amod" and self.owned(head)) or (dep in ("xcomp", "ccomp", "advcl") and self.argued(head)):
            return "act"
        return ""

    def roles_in(self, start: int, end: int) -> tuple[bool, bool]:
        """(a main actor is a clause's subject, a main actor is an object or owner) in ``start:end``."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        rows = [r for r in self.rows[lo:hi] if r[1] in ("PROPN", "PRON", "NOUN") and self.is_actor(r[0])]
        return any(r[2] == "nsubj" for r in rows), any(
            r[2] in ("dobj", "pobj", "poss", "nsubjpass") for r in rows
        )


def unseen_triplets(folder: Path) -> list[dict]:
    """The compare_unseen41..48 stories as ``load`` gives BASIL's triplets (year "unseen"), each
    analysed into a fresh SQLite file under ``folder`` as ``eval/compare_sets/score.py`` does."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "compare_sets"))
    from score import corpus_rows  # noqa: PLC0415

    triplets = []
    for here in sorted(Path(__file__).resolve().parents[1].glob("eval/compare_unseen4*")):
        ids = [json.loads(line)["id"] for line in (here / "ids.jsonl").read_text("utf-8").splitlines()]
        source = folder / f"{here.name}.jsonl"
        keep = ("id", "title", "outlet", "published", "text")
        source.write_text(
            "".join(json.dumps({k: r[k] for k in keep}) + "\n" for r in corpus_rows(ids)), "utf-8"
        )
        store = Store(f"sqlite:///{folder / here.name}.db")
        try:
            analyze([str(source)], store, Settings.load())
            mentions = list(store.mentions(article_ids=ids))
            linked = sorted({m.entity_id for m in mentions if m.entity_id})
            found = {
                "year": "unseen",
                "articles": list(store.articles(ids=ids)),
                "quotes": list(store.quotes(article_ids=ids)),
                "mentions": mentions,
                "events": list(store.events(article_ids=ids)),
                "names": {e.entity_id: e.name for e in store.entities(ids=linked)} if linked else {},
            }
        finally:
            store.close()
        text = {a.article_id: a.text for a in found["articles"]}
        found["gold"] = {aid: {"inf": [], "lex": []} for aid in text}
        for line in (here / "annotations.jsonl").read_text("utf-8").splitlines():
            span = json.loads(line)
            where = locate(text[span["id"]], span)
            if where:
                found["gold"][span["id"]][span["bias"]].append(where)
        triplets.append(found)
    return triplets


def articles(triplets: list[dict]) -> dict:
    """Article id -> its year, gold spans, ranked lists (shipped rules, no cap) and parse."""
    distinct, loaded, actors = ranked(triplets)
    found = {}
    for t in triplets:
        for a in t["articles"]:
            main = set(actors[a.article_id])
            spans = [
                (m.start, m.end)
                for m in t["mentions"]
                if m.article_id == a.article_id and m.entity_id in main
            ]
            row = {
                "year": t["year"],
                "text": a.text,
                "gold": t["gold"][a.article_id],
                "roles": a.word_roles or [],
            }
            row.update(
                distinct=distinct.get(a.article_id, []),
                loaded=loaded.get(a.article_id, []),
                actor_spans=spans,
            )
            parse = Parse(row)
            for item in row["loaded"]:
                item["link"] = parse.link(item["start"], item["end"])
            for item in row["distinct"]:
                inside = [i for i in row["loaded"] if item["start"] <= i["start"] < item["end"]]
                subject, target = parse.roles_in(item["start"], item["end"])
                item["stance"] = {
                    "a linked loaded word": any(i["link"] for i in inside),
                    "an actor as subject, with an evaluative word": subject and bool(inside),
                    "an actor as object or owner, with an evaluative word": target and bool(inside),
                }
            found[a.article_id] = row
    return found


def figures(found: dict, lists: dict, half: str, kind: str) -> dict:
    ids = [a for a in found if found[a]["year"] in HALVES[half]]
    return score(
        {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids},
        {a: found[a]["gold"][kind] for a in ids},
    )


def text(r: dict) -> str:
    return f"{r['recall']:.3f} / {r['precision']:.3f} ({r['per_article']:.1f})"


def shown(items: list[dict], floor: float = 0.2, share: float = 0.4, cap: int = 10) -> list[dict]:
    old = loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST
    loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = floor, share
    try:
        return loaded_rules.shortlist(items, cap)
    finally:
        loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = old


def weighed(items: list[dict], factor) -> list[dict]:
    return sorted(
        (dict(i, score=i["score"] * factor(i)) for i in items), key=lambda i: (-i["score"], i["start"])
    )


def picked(found: dict, name: str, settings: dict, kind: str, least: float = 0.40) -> None:
    """Each setting's lists scored on both halves; the most precise keeping recall ``least`` on
    one half, reported on the other, both ways."""
    halves = list(HALVES)
    scored = {s: {h: figures(found, lists, h, kind) for h in halves} for s, lists in settings.items()}
    for pick, other in (halves, halves[::-1]):
        fit = [s for s in scored if scored[s][pick]["recall"] >= least]
        if not fit:
            print(f"  {name}, picked on {pick} (recall >= {least}): no setting reaches it")
            continue
        best = max(fit, key=lambda s: (scored[s][pick]["precision"], scored[s][pick]["recall"]))
        here, there = text(scored[best][pick]), text(scored[best][other])
        print(f"  {name}, picked on {pick} (recall >= {least}): {best} {here} -> {other} {there}")


def cell_cut(found: dict, cells: tuple[str, ...]) -> None:
    """Drop shown words whose cell (rank, linked, kind) was right under a rate the picking half chose."""

    def cell(rank: int, item: dict) -> tuple:
        kind = "scare" if "quotation marks" in item["why"] else "quoted" if "quot" in item["why"] else "own"
        values = {"rank": min(rank, 2), "linked": bool(item["link"]), "kind": kind}
        return tuple(values[c] for c in cells)

    view = {a: shown(f["loaded"]) for a, f in found.items()}
    halves = list(HALVES)
    for pick, other in (halves, halves[::-1]):
        counts = Counter()
        for a, items in view.items():
            if found[a]["year"] in HALVES[pick]:
                for rank, item in enumerate(items):
                    hit = any(item["start"] < e and s < item["end"] for s, e in found[a]["gold"]["lex"])
                    counts[(cell(rank, item), hit)] += 1
        rate = {
            c: (counts[(c, True)] + 0.5) / (counts[(c, True)] + counts[(c, False)] + 2) for c, _ in counts
        }
        best = None
        for floor in sorted(set(rate.values())):
            lists = {
                a: [i for r, i in enumerate(v) if rate.get(cell(r, i), 1) >= floor] for a, v in view.items()
            }
            here = figures(found, lists, pick, "lex")
            if here["recall"] >= 0.40 and (best is None or here["precision"] > best[1]["precision"]):
                best = (floor, here, figures(found, lists, other, "lex"))
        print(f"  cells {'+'.join(cells)}, fitted on {pick}: {text(best[1])} -> {other} {text(best[2])}")


def article_gate(found: dict) -> None:
    """Fewer words where an article likely has no lexical span: a logistic regression over seven
    article cues (candidates, best score, the three best summed, length, best word linked, words
    shown, share quoted) fitted on one half; under a probability picked there (the most precise
    keeping recall 0.40) the article shows nothing, or its best word only."""
    cues = {}
    for a, f in found.items():
        v, view = f["loaded"], shown(f["loaded"])
        best = v[0]["score"] if v else 0.0
        quoted = sum(1 for i in view if "quot" in i["why"]) / max(1, len(view))
        linked = float(bool(view and view[0]["link"]))
        top = sum(i["score"] for i in v[:3])
        cues[a] = [
            1.0,
            math.log1p(len(v)),
            best,
            top,
            math.log1p(len(f["text"].split())),
            linked,
            len(view),
            quoted,
        ]
    marked = {a: float(bool(f["gold"]["lex"])) for a, f in found.items()}
    halves = list(HALVES)
    for pick, other in (halves, halves[::-1]):
        rows = [a for a in found if found[a]["year"] in HALVES[pick]]
        x = numpy.array([cues[a] for a in rows])
        mean, spread = x.mean(0), x.std(0) + 1e-9
        mean[0], spread[0] = 0.0, 1.0
        z, y, w = (x - mean) / spread, numpy.array([marked[a] for a in rows]), numpy.zeros(x.shape[1])
        for _ in range(500):
            w -= 0.5 * (z.T @ (1 / (1 + numpy.exp(-z @ w)) - y) + w) / len(y)
        chance = {a: float(1 / (1 + numpy.exp(-((numpy.array(cues[a]) - mean) / spread) @ w))) for a in found}
        for keep in (0, 1):
            best = None
            for floor in numpy.arange(0.3, 0.95, 0.025):
                lists = {
                    a: shown(f["loaded"]) if chance[a] >= floor else shown(f["loaded"])[:keep]
                    for a, f in found.items()
                }
                here = figures(found, lists, pick, "lex")
                if here["recall"] >= 0.40 and (best is None or here["precision"] > best[1]["precision"]):
                    best = (floor, here, figures(found, lists, other, "lex"))
            here, there = text(best[1]), text(best[2])
            print(
                f"  article gate ({keep} under p {best[0]:.3f}), fitted on {pick}: {here} -> {other} {there}"
            )


def unseen_check(found: dict) -> None:
    """The shipped lists, the link's hit rates and the loaded options picked on 2010-2012 above,
    on the unseen stories (annotated densely, before any run; nothing here is tuned on them)."""
    HALVES.update(UNSEEN)
    try:
        base_l = {a: shown(f["loaded"]) for a, f in found.items()}
        base_d = {a: f["distinct"][:5] for a, f in found.items()}
        half = next(iter(UNSEEN))
        shipped = text(figures(found, base_d, half, "inf")), text(figures(found, base_l, half, "lex"))
        print(f"{half}: distinct {shipped[0]}, loaded {shipped[1]}")
        counts = Counter()
        for a, items in base_l.items():
            for rank, i in enumerate(items):
                hit = any(i["start"] < e and s < i["end"] for s, e in found[a]["gold"]["lex"])
                counts[("best" if rank == 0 else "rest", bool(i["link"]), hit)] += 1
        print(
            "  "
            + ", ".join(
                f"{r} {'linked' if k else 'unlinked'} {counts[(r, k, True)]}/{counts[(r, k, True)] + counts[(r, k, False)]}"  # noqa: E501
                for r in ("best", "rest")
                for k in (True, False)
            )
        )
        gate = {a: f["loaded"] and f["loaded"][0]["score"] < 0.7 for a, f in found.items()}
        options = {
            "floor 0.5, cap 5, one word under a best of 0.7": {
                a: shown(f["loaded"], 0.5, 0.4, 1 if gate[a] else 5) for a, f in found.items()
            },
            "cap 5, one word under a best of 0.7": {
                a: shown(f["loaded"], 0.2, 0.4, 1 if gate[a] else 5) for a, f in found.items()
            },
            "linked x1.2, the rest x0.8, floor 0.4": {
                a: shown(weighed(f["loaded"], lambda i: 1.2 if i["link"] else 0.8), 0.4)
                for a, f in found.items()
            },
            "at most 3 unless the best is linked": {
                a: v if v and v[0]["link"] else v[:3] for a, v in base_l.items()
            },
            "at most 3 when the best is linked": {
                a: v[:3] if v and v[0]["link"] else v for a, v in base_l.items()
            },
        }
        for name, lists in options.items():
            print(f"  {name}: {text(figures(found, lists, half, 'lex'))}")
    finally:
        for key in UNSEEN:
            HALVES.pop(key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--unseen", action="store_true", help="also the options on compare_unseen41-48")
    args = parser.parse_args()
    found = articles(load(args.data))
    if args.unseen:
        with tempfile.TemporaryDirectory() as folder:
            unseen_check(articles(unseen_triplets(Path(folder))))
    base_l = {a: shown(f["loaded"]) for a, f in found.items()}
    base_d = {a: f["distinct"][:5] for a, f in found.items()}
    print("shipped: distinct " + " · ".join(text(figures(found, base_d, h, "inf")) for h in HALVES), end="")
    print("; loaded " + " · ".join(text(figures(found, base_l, h, "lex")) for h in HALVES))
    print("\nloaded, shown words right / shown by link to a main actor (2010-2012 · 2013-2014):")
    for half in HALVES:
        counts = Counter()
        for a, items in base_l.items():
            if found[a]["year"] in HALVES[half]:
                for rank, i in enumerate(items):
                    hit = any(i["start"] < e and s < i["end"] for s, e in found[a]["gold"]["lex"])
                    counts[("best" if rank == 0 else "rest", bool(i["link"]), hit)] += 1
        print(
            f"  {half}: "
            + ", ".join(
                f"{r} {'linked' if k else 'unlinked'} {counts[(r, k, True)]}/{counts[(r, k, True)] + counts[(r, k, False)]}"  # noqa: E501
                for r in ("best", "rest")
                for k in (True, False)
            )
        )
    print("\n(a) loaded, a confidence floor (floor, share of best, cap, gate, cap under the gate):")
    grid = {}
    for s in itertools.product(
        (0.2, 0.3, 0.4, 0.5, 0.6), (0.4, 0.5, 0.6), (3, 5, 10), (0, 0.5, 0.7, 0.9), (1, 2)
    ):
        floor, share, cap, gate, gated = s
        grid[s] = {
            a: shown(
                f["loaded"],
                floor,
                share,
                min(cap, gated) if f["loaded"] and f["loaded"][0]["score"] < gate else cap,
            )
            for a, f in found.items()
        }
    for least in (0.40, 0.42):
        picked(found, "floor", grid, "lex", least)
    article_gate(found)
    print("\n(b) loaded, linked words x up, the rest x down (up, down, floor, share, cap):")
    grid = {}
    for s in itertools.product(
        (1.0, 1.2, 1.5, 2.0, 3.0), (1.0, 0.8, 0.6), (0.2, 0.3, 0.4), (0.4, 0.5, 0.6), (3, 10)
    ):
        up, down, floor, share, cap = s
        grid[s] = {
            a: shown(
                weighed(f["loaded"], lambda i, up=up, down=down: up if i["link"] else down), floor, share, cap
            )
            for a, f in found.items()
        }
    for s in [(u, d, 0.2, 0.4, 10) for u in (1.2, 1.5, 2.0) for d in (1.0, 0.8)]:
        print(f"  {s}: " + " · ".join(text(figures(found, grid[s], h, "lex")) for h in HALVES))
    picked(found, "weights and view", grid, "lex")
    for cells in (("rank", "linked"), ("rank", "linked", "kind"), ("linked", "kind")):
        cell_cut(found, cells)
    grid = {
        (cap_linked, cap_other): {
            a: v[:cap_linked] if v and v[0]["link"] else v[:cap_other] for a, v in base_l.items()
        }
        for cap_linked in (1, 2, 3, 10)
        for cap_other in (1, 2, 3, 4, 10)
    }
    picked(found, "at most (k if the best is linked, m if not)", grid, "lex")
    print("\n(c) distinct, statements with stance about a main actor, weighed x m:")
    for cue in next(iter(found.values()))["distinct"][0]["stance"]:
        grid = {
            m: {
                a: sorted(
                    f["distinct"], key=lambda i: (-i["score"] * (m if i["stance"][cue] else 1), i["start"])
                )[:5]
                for a, f in found.items()
            }
            for m in (0.7, 0.85, 1.15, 1.3, 1.5, 2.0)
        }
        for m, lists in grid.items():
            print(f"  {cue} x{m}: " + " · ".join(text(figures(found, lists, h, "inf")) for h in HALVES))
        picked(found, cue, {m: grid[m] for m in grid} | {1.0: base_d}, "inf", 0.0)


if __name__ == "__main__":
    main()
