"""Boosted decision stumps for ``distinct`` statements, cross-validated by year on BASIL dev.

    python benchmarks/compare_learned_boosted.py [--data ../shared/data/basil-dev]

The logistic regressions of ``compare_learned.py`` add each cue on its own; stumps boosted on the
logistic loss (numpy, deterministic: thresholds at fixed quantiles, no sampling) can combine them
(a quotation *and* an evaluative word, a late sentence *but* a novel one). Same rows, folds and
scoring as ``compare_learned.py``; the number of rounds is picked by leave-one-year-out inside
the training fold.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy
from compare_crossval import FOLDS, mark_own_speakers, scored, sentence_features
from compare_learned import matrix, rows, tensors, top
from compare_variants import load

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL

ROUNDS = (25, 50, 100, 200)
STEP = 0.4  # shrinkage of each stump's fitted residual mean
CUTS = 12  # thresholds per feature, at evenly spaced quantiles of the training rows
LEAST_ROWS = 20  # a stump leaves at least this many rows on each side


def boost(x: numpy.ndarray, y: numpy.ndarray, rounds: int) -> list:
    """[log-odds of the base rate, (feature, threshold, value at or below, value above), ...]."""
    thresholds = numpy.quantile(x, numpy.linspace(0.05, 0.95, CUTS), axis=0)
    margin = numpy.full(len(y), numpy.log(y.mean() / (1 - y.mean())))
    model: list = [margin[0]]
    for _ in range(rounds):
        residual = y - 1 / (1 + numpy.exp(-margin))
        best = None
        for feature in range(x.shape[1]):
            for threshold in numpy.unique(thresholds[:, feature]):
                below = x[:, feature] <= threshold
                n_below = int(below.sum())
                if min(n_below, len(y) - n_below) < LEAST_ROWS:
                    continue
                sum_below = residual[below].sum()
                sum_above = residual.sum() - sum_below
                gain = sum_below**2 / n_below + sum_above**2 / (len(y) - n_below)
                if best is None or gain > best[0]:
                    best = (gain, feature, threshold, sum_below / n_below, sum_above / (len(y) - n_below))
        if best is None:
            break
        _, feature, threshold, low, high = best
        stump = (feature, threshold, STEP * low, STEP * high)
        margin += numpy.where(x[:, feature] <= threshold, stump[2], stump[3])
        model.append(stump)
    return model


def predict(model: list, x: numpy.ndarray) -> numpy.ndarray:
    margin = numpy.full(len(x), model[0])
    for feature, threshold, low, high in model[1:]:
        margin += numpy.where(x[:, feature] <= threshold, low, high)
    return margin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    distinct, _, seen = sentence_features(triplets)
    mark_own_speakers(triplets, distinct)
    found, articles = rows(triplets, distinct, seen, tensors(triplets, Settings.load().model))
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    fold_of = {a: name for a in articles for name, chosen in FOLDS.items() if years[a] in chosen}
    for groups in (("rules", "surface"), ("rules", "surface", "contrast")):
        cells = []
        for test_fold in FOLDS:
            train = [r for r in found if fold_of[r["article"]] != test_fold]
            test = [r for r in found if fold_of[r["article"]] == test_fold]
            best = None
            for rounds in ROUNDS:
                total = 0.0
                for held in sorted({years[r["article"]] for r in train}):
                    inner = [r for r in train if years[r["article"]] != held]
                    check = [r for r in train if years[r["article"]] == held]
                    model = boost(matrix(inner, groups), numpy.array([r["label"] for r in inner]), rounds)
                    shown = top(check, predict(model, matrix(check, groups)))
                    total += scored(shown, gold, "inf", sorted({r["article"] for r in check}))["f1"]
                best = (total, rounds) if best is None or total > best[0] else best
            model = boost(matrix(train, groups), numpy.array([r["label"] for r in train]), best[1])
            shown = top(test, predict(model, matrix(test, groups)))
            result = scored(shown, gold, "inf", [a for a in articles if fold_of[a] == test_fold])
            cells.append(
                f"{test_fold}: {result['recall']:.3f} / {result['precision']:.3f} ({best[1]} rounds)"
            )
        print(f"{'boosted stumps, ' + ' + '.join(groups):62s} " + "  ".join(cells))


if __name__ == "__main__":
    main()
