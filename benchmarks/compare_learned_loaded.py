"""A learned ranker for ``loaded`` words, cross-validated by year on BASIL dev.

    python benchmarks/compare_learned_loaded.py [--data ../shared/data/basil-dev]

Each loaded candidate the shipped rules score (``compare_articles(full=True)``) becomes a row of
features; its label is whether it overlaps a BASIL lexical-bias span. A logistic regression
(``compare_learned.fit``) is fitted on one fold of years and ranks the other fold's candidates,
both ways (even years 2010, 2012, 2014; odd years 2011, 2013), its L2 strength picked by
leave-one-year-out inside the training fold. Two list lengths are scored: as many words per
article as the shipped default view shows there (so only the ranking differs), and the ten best
(the cap). Feature sets: the rules' score, cues of the candidate (its kind, an actor, a quotation
carried elsewhere, position, length, whether the other outlets use its words, repeats), and the
contextual vector of its tokens from the spaCy parse (the benchmark parses again to get it).
"""

from __future__ import annotations

import argparse
import math

import numpy
from compare_crossval import FOLDS, kind_of, scored, sentence_features
from compare_learned import LAMBDAS, fit, span_vector, tensors
from compare_variants import load

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL
from newsprism.stories.compare_text import content_stems, normalised
from newsprism.stories.loaded import shortlist

CAP = 10
KINDS = ("label", "scare", "quoted", "own")


def rows(triplets, loaded, parsed) -> list[dict]:
    """One row per loaded candidate: its features by group, its label, its article."""
    found = []
    for t in triplets:
        stems = {a.article_id: set(content_stems(a.text)) for a in t["articles"]}
        text = {a.article_id: a.text for a in t["articles"]}
        for aid in stems:
            others = set().union(*(s for other, s in stems.items() if other != aid))
            items = sorted(loaded.get(aid, []), key=lambda i: (-i["score"], i["start"]))
            at, vectors = parsed[aid]
            article_mean = vectors.mean(axis=0)
            wordings = [normalised(i["text"]) for i in items]
            for rank, item in enumerate(items):
                own = content_stems(item["text"]) or [item["text"].lower()]
                rules = [
                    math.log(max(item["score"], 1e-3)),
                    math.log(max(item["score"], 1e-3) / max(items[0]["score"], 1e-3)),
                    math.log1p(rank),
                ]
                cues = [float(kind_of(item) == kind) for kind in KINDS] + [
                    float(bool(item["entity_id"])),
                    float("also_carried_by" in item),
                    item["start"] / max(1, len(text[aid])),
                    len(item["text"].split()),
                    float(item["text"][:1].isupper()),
                    sum(1 for s in own if s in others) / len(own),
                    math.log1p(wordings.count(wordings[rank])),
                    math.log1p(len(items)),
                ]
                vector = span_vector(at, vectors, item["start"], item["end"], article_mean)
                found.append(
                    {
                        "article": aid,
                        "item": item,
                        "rules": rules,
                        "cues": cues,
                        "vector": list(vector) + list(vector - article_mean),
                        "label": float(
                            any(item["start"] < e and s < item["end"] for s, e in t["gold"][aid]["lex"])
                        ),
                    }
                )
    return found


def lists(found: list[dict], values, counts: dict | None) -> dict:
    """Article id -> its best items by ``values``, each wording once: as many as ``counts`` says
    (the shipped view's length there), else ``CAP``."""
    by_article: dict[str, list] = {}
    for row, value in zip(found, values, strict=True):
        by_article.setdefault(row["article"], []).append((-value, row["item"]["start"], row["item"]))
    shown = {}
    for aid, ranked in by_article.items():
        cap = CAP if counts is None else counts.get(aid, 0)
        chosen, wordings = [], set()
        for *_, item in sorted(ranked, key=lambda r: r[:2]):
            if len(chosen) == cap:
                break
            if normalised(item["text"]) not in wordings:
                wordings.add(normalised(item["text"]))
                chosen.append(item)
        shown[aid] = chosen
    return shown


def rule_values(found: list[dict]) -> numpy.ndarray:
    return numpy.array([r["rules"][0] for r in found])


def matrix(found, groups) -> numpy.ndarray:
    return numpy.array([[v for g in groups for v in row[g]] for row in found], dtype=numpy.float64)


def predicted(train, test, groups, lam) -> numpy.ndarray:
    x = matrix(train, groups)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    w = fit((x - mean) / spread, numpy.array([r["label"] for r in train]), lam)
    xt = (matrix(test, groups) - mean) / spread
    return numpy.hstack([xt, numpy.ones((len(xt), 1))]) @ w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=__import__("pathlib").Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    _, loaded, _ = sentence_features(triplets)
    parsed = tensors(triplets, Settings.load().model)
    found = rows(triplets, loaded, parsed)
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    fold_of = {a: name for a in gold for name, chosen in FOLDS.items() if years[a] in chosen}
    ranked = {a: sorted(v, key=lambda i: (-i["score"], i["start"])) for a, v in loaded.items()}
    counts = {a: len(shortlist(v, CAP)) for a, v in ranked.items()}
    print(f"{len(found)} loaded candidates, {sum(r['label'] for r in found):.0f} on a span")
    rules_values = rule_values(found)
    for length, per in (("as many as the shipped view", counts), ("the ten best", None)):
        shipped = lists(found, rules_values, per)
        cells = []
        for fold in FOLDS:
            result = scored(shipped, gold, "lex", [a for a in gold if fold_of[a] == fold])
            cells.append(f"{fold}: {result['recall']:.3f} / {result['precision']:.3f}")
        print(f"{'shipped rules, ' + length:62s} " + "  ".join(cells))
        for groups in (("rules", "cues"), ("rules", "vector"), ("rules", "cues", "vector")):
            cells = []
            for test_fold in FOLDS:
                train = [r for r in found if fold_of[r["article"]] != test_fold]
                test = [r for r in found if fold_of[r["article"]] == test_fold]
                best = None
                for lam in LAMBDAS:  # picked by leave-one-year-out inside the training fold
                    total = 0.0
                    for held in sorted({years[r["article"]] for r in train}):
                        inner = [r for r in train if years[r["article"]] != held]
                        check = [r for r in train if years[r["article"]] == held]
                        values = predicted(inner, check, groups, lam)
                        ids = sorted({r["article"] for r in check})
                        total += scored(lists(check, values, per), gold, "lex", ids)["f1"]
                    best = (total, lam) if best is None or total > best[0] else best
                values = predicted(train, test, groups, best[1])
                learned, rules = lists(test, values, per), lists(test, rule_values(test), per)
                result = scored(learned, gold, "lex", [a for a in gold if fold_of[a] == test_fold])
                changed = sum(  # lists holding other words, not the same words reordered
                    1 for a in learned if {i["start"] for i in learned[a]} != {i["start"] for i in rules[a]}
                )
                cells.append(
                    f"{test_fold}: {result['recall']:.3f} / {result['precision']:.3f} "
                    f"(L2 {best[1]:g}, {changed} lists differ)"
                )
            print(f"{' + '.join(groups) + ', ' + length:62s} " + "  ".join(cells))


if __name__ == "__main__":
    main()
