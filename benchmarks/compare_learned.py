"""A learned ranker for ``distinct`` statements, cross-validated by year on BASIL dev.

    python benchmarks/compare_learned.py [--data ../shared/data/basil-dev] [--listwise] [--by-year]

Each candidate statement the shipped rules score (``compare_articles(full=True)``) becomes a row
of features; its label is whether it overlaps a BASIL informational-bias span. A logistic
regression (numpy, L2, Newton steps) is fitted on one fold of years and ranks the other fold's
statements (top 5 per article, scored as ``eval compare`` scores them), both ways: even years
(2010, 2012, 2014) and odd years (2011, 2013). The L2 strength is picked inside the training fold
(leave-one-year-out there), so the scored fold is never seen. Feature sets: the rules' own cues,
plus surface cues (position, attribution, negation, modality, contrast, ...), plus the sentence's
contextual vector from the spaCy parse (the mean of ``doc.tensor`` over its tokens, which only
``analyze`` has: the benchmark parses the articles again with ``tok2vec`` alone and caches the
vectors in the temp folder), its first principal components (fitted on the training fold), and
its contrast with the other outlets (closest other-outlet sentence by vector and by word overlap).
``--by-year`` also trains on four years and ranks the fifth, each in turn. ``--listwise``
also fits a softmax over each article's statements (only what tells one statement from its
article's others), about twice the time. Deterministic: Newton steps from zero, no
sampling. ``benchmarks/compare_learned_loaded.py`` does the same for loaded words.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import tempfile
from pathlib import Path

import numpy
from compare_crossval import FOLDS, mark_own_speakers, scored, sentence_features
from compare_variants import load

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL
from newsprism.nlp.model import load_model
from newsprism.stories.compare_text import content_stems, sentences

CAP = 5
PCA_DIMENSIONS = 8
LAMBDAS = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0)
CUES = {
    "attribution": r"\b(said|says|say|told|according to|argued|claimed|insisted|wrote|added|noted|stated)\b",
    "negation": r"\b(not|no|never|n't|nothing|nobody|neither|nor)\b|n't\b",
    "modal": r"\b(would|could|should|might|may|must|will|can)\b",
    "contrast": r"\b(but|however|although|though|yet|despite|while|instead)\b",
    "first_second_person": r"\b(I|we|We|me|us|our|my|you|your)\b",
    "question": r"\?",
    "exclamation": r"!",
    "digits": r"\d",
    "critics": r"\b(critics?|opponents?|detractors?|allies|supporters?)\b",
    "relative_clause": r", (who|which|whose) ",
    "past_perfect": r"\b(had|has|have) (been|[a-z]+ed)\b",
}


def tensors(triplets: list[dict], model: str) -> dict[str, tuple[numpy.ndarray, numpy.ndarray]]:
    """Article id -> (token start offsets, token vectors) from the parse, cached in the temp folder."""
    articles = [a for t in triplets for a in t["articles"]]
    key = hashlib.sha1(("|".join(a.article_id + a.text for a in articles) + model).encode()).hexdigest()
    cache = Path(tempfile.gettempdir()) / f"newsprism-compare-tensors-{key[:12]}.npz"
    if cache.exists():
        stored = numpy.load(cache)
        return {a.article_id: (stored[f"{i}_at"], stored[f"{i}_v"]) for i, a in enumerate(articles)}
    nlp = load_model(model)
    found, arrays = {}, {}
    only_vectors = [name for name in nlp.pipe_names if name != "tok2vec"]  # the vectors come first
    texts = nlp.pipe((a.text for a in articles), disable=only_vectors)
    for i, (article, doc) in enumerate(zip(articles, texts, strict=True)):
        at = numpy.array([t.idx for t in doc], dtype=numpy.int64)
        vectors = numpy.asarray(doc.tensor, dtype=numpy.float32)
        found[article.article_id] = (at, vectors)
        arrays[f"{i}_at"], arrays[f"{i}_v"] = at, vectors
    numpy.savez(cache, **arrays)
    return found


def rows(triplets, distinct, seen, parsed) -> tuple[list[dict], list[str]]:
    """One row per candidate statement: its features by group, its label, its article."""
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    cues = {name: re.compile(pattern) for name, pattern in CUES.items()}
    other_vectors, other_stems = {}, {}
    for t in triplets:
        units, stems = {}, {}
        for a in t["articles"]:
            at, vectors = parsed[a.article_id]
            mean = vectors.mean(axis=0)
            own = [span_vector(at, vectors, s.start, s.end, mean) for s in sentences(a.article_id, a.text)]
            units[a.article_id] = [v / (numpy.linalg.norm(v) + 1e-9) for v in own]
            stems[a.article_id] = [set(content_stems(s.text)) for s in sentences(a.article_id, a.text)]
        for aid in units:
            theirs = [v for other, vs in units.items() if other != aid for v in vs]
            other_vectors[aid] = numpy.array(theirs) if theirs else numpy.zeros((0, 96))
            other_stems[aid] = [s for other, ss in stems.items() if other != aid for s in ss]
    found = []
    for aid, items in distinct.items():
        scores = sorted((i["score"] for i in items), reverse=True)
        at, vectors = parsed[aid]
        article_mean = vectors.mean(axis=0)
        for rank, item in enumerate(sorted(items, key=lambda i: (-i["score"], i["start"]))):
            cue = seen.get((aid, item["start"]))
            if cue is None:
                continue
            strengths = cue["strengths"]
            rules = [
                math.log(max(item["score"], 1e-3)),
                math.log(max(item["score"], 1e-3) / max(scores[0], 1e-3)),
                math.log1p(rank),
            ]
            surface = [
                math.log1p(cue["words"]),
                cue["novel"],
                cue["quoted"],
                min(cue["actors"], 3),
                sum(w for w in strengths if w >= 0.15),
                sum(1 for w in strengths if w >= 0.15),
                max(cue["main_event"], default=0.0),
                item["start"] / max(1, len(text[aid])),
                float(bool(item.get("own_speaker"))),
                float("also_carried_by" in item),
                float("embedded post" in item["why"]),
            ] + [float(bool(pattern.search(item["text"]))) for pattern in cues.values()]
            vector = span_vector(at, vectors, item["start"], item["end"], article_mean)
            others = other_vectors[aid]
            unit = vector / (numpy.linalg.norm(vector) + 1e-9)
            closest = sorted((others @ unit).tolist(), reverse=True) if len(others) else [0.0]
            novel_stems = set(content_stems(item["text"]))
            overlap = max(
                (len(novel_stems & s) / len(novel_stems | s) for s in other_stems[aid] if s), default=0.0
            )
            contrast = [
                closest[0],
                sum(closest[:3]) / len(closest[:3]),
                float(unit @ (article_mean / (numpy.linalg.norm(article_mean) + 1e-9))),
                overlap,
            ]
            found.append(
                {
                    "article": aid,
                    "item": item,
                    "rules": rules,
                    "surface": surface,
                    "vector": list(vector) + list(vector - article_mean),
                    "contrast": contrast,
                    "label": float(any(item["start"] < e and s < item["end"] for s, e in gold[aid]["inf"])),
                }
            )
    return found, list(gold)


def span_vector(at, vectors, start: int, end: int, fallback):
    """The mean contextual vector of the tokens starting inside ``start:end``."""
    inside = (at >= start) & (at < end)
    return vectors[inside].mean(axis=0) if inside.any() else fallback


def add_components(train: list[dict], test: list[dict], dimensions: int) -> None:
    """Set each row's ``components``: its vector projected on the training rows' first principal
    components (fewer free weights than the full vector, which overfits 90 articles)."""
    x = numpy.array([r["vector"][:96] for r in train])
    mean = x.mean(axis=0)
    _, _, axes = numpy.linalg.svd(x - mean, full_matrices=False)
    for row in train + test:
        row["components"] = list((numpy.array(row["vector"][:96]) - mean) @ axes[:dimensions].T)


def fit(x: numpy.ndarray, y: numpy.ndarray, lam: float) -> numpy.ndarray:
    """L2 logistic regression by Newton steps (the intercept unpenalised); deterministic."""
    x1 = numpy.hstack([x, numpy.ones((len(x), 1))])
    w = numpy.zeros(x1.shape[1])
    penalty = numpy.full(x1.shape[1], lam)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + numpy.exp(-(x1 @ w)))
        gradient = x1.T @ (p - y) + penalty * w
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + numpy.diag(penalty + 1e-9)
        step = numpy.linalg.solve(hessian, gradient)
        w -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return w


def fit_listwise(x: numpy.ndarray, y: numpy.ndarray, articles: list[str], lam: float) -> numpy.ndarray:
    """L2 softmax over each article's statements (target: uniform over its marked ones), by Newton
    steps: only what tells one statement from the others of its own article is learned, not what
    makes one article carry more spans than another. The weight vector ends with a 0 intercept."""
    groups: dict[str, list[int]] = {}
    for n, aid in enumerate(articles):
        groups.setdefault(aid, []).append(n)
    lists = [numpy.array(v) for v in groups.values() if y[v].sum() > 0]
    w = numpy.zeros(x.shape[1])
    for _ in range(50):
        gradient, hessian = lam * w, numpy.diag(numpy.full(x.shape[1], lam + 1e-9))
        for rows_of in lists:
            xs, target = x[rows_of], y[rows_of] / y[rows_of].sum()
            z = xs @ w
            p = numpy.exp(z - z.max())
            p /= p.sum()
            gradient += xs.T @ (p - target)
            centred = xs - p @ xs
            hessian += (centred * p[:, None]).T @ centred
        step = numpy.linalg.solve(hessian, gradient)
        w -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return numpy.append(w, 0.0)


def matrix(found: list[dict], groups: tuple[str, ...]) -> numpy.ndarray:
    return numpy.array([[v for g in groups for v in row[g]] for row in found], dtype=numpy.float64)


def standardised(train: numpy.ndarray, *others: numpy.ndarray) -> list[numpy.ndarray]:
    mean, spread = train.mean(axis=0), train.std(axis=0) + 1e-9
    return [(m - mean) / spread for m in (train, *others)]


def top(found: list[dict], values: numpy.ndarray) -> dict:
    """Article id -> its CAP best items by ``values``."""
    by_article: dict[str, list] = {}
    for row, value in zip(found, values, strict=True):
        by_article.setdefault(row["article"], []).append((-value, row["item"]["start"], row["item"]))
    return {aid: [i for *_, i in sorted(v)[:CAP]] for aid, v in by_article.items()}


def f1_of(found, values, gold_articles, gold) -> float:
    return scored(top(found, values), gold, "inf", gold_articles)["f1"]


def fitted(x, train: list[dict], lam: float, listwise: bool) -> numpy.ndarray:
    y = numpy.array([r["label"] for r in train])
    return fit_listwise(x, y, [r["article"] for r in train], lam) if listwise else fit(x, y, lam)


def trained(
    train: list[dict], groups, years: dict, gold, listwise: bool = False
) -> tuple[float, numpy.ndarray, tuple]:
    """The L2 strength best by leave-one-year-out inside ``train``, and the model fitted on all of it."""
    train_years = sorted({years[r["article"]] for r in train})
    best = None
    for lam in LAMBDAS:
        total = 0.0
        for held in train_years:
            inner = [r for r in train if years[r["article"]] != held]
            check = [r for r in train if years[r["article"]] == held]
            x, xc = standardised(matrix(inner, groups), matrix(check, groups))
            w = fitted(x, inner, lam, listwise)
            values = numpy.hstack([xc, numpy.ones((len(xc), 1))]) @ w
            total += f1_of(check, values, sorted({r["article"] for r in check}), gold)
        if best is None or total > best[0]:
            best = (total, lam)
    x = matrix(train, groups)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    w = fitted((x - mean) / spread, train, best[1], listwise)
    return best[1], w, (mean, spread)


def by_year(found: list[dict], groups, years: dict, gold) -> dict:
    """Each year's lists from a model trained on the four other years (more training data than a
    parity fold has: whether the learned ranking is only short of data)."""
    shown = {}
    for year in sorted(set(years.values())):
        train = [r for r in found if years[r["article"]] != year]
        test = [r for r in found if years[r["article"]] == year]
        _, w, (mean, spread) = trained(train, groups, years, gold)
        x = (matrix(test, groups) - mean) / spread
        shown.update(top(test, numpy.hstack([x, numpy.ones((len(x), 1))]) @ w))
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--listwise", action="store_true", help="also fit a softmax per article (slower)")
    parser.add_argument(
        "--by-year",
        action="store_true",
        help="also train on four years and rank the fifth, each year in turn",
    )
    args = parser.parse_args()
    triplets = load(args.data)
    distinct, _, seen = sentence_features(triplets)
    mark_own_speakers(triplets, distinct)
    parsed = tensors(triplets, Settings.load().model)
    found, articles = rows(triplets, distinct, seen, parsed)
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    fold_of = {a: name for a in articles for name, chosen in FOLDS.items() if years[a] in chosen}
    print(f"{len(found)} candidate statements, {sum(r['label'] for r in found):.0f} on a span")
    feature_sets = {
        "rules' score only (the shipped ranking)": ("rules",),
        "rules + surface cues": ("rules", "surface"),
        "rules + contextual vector": ("rules", "vector"),
        "rules + surface + contextual vector": ("rules", "surface", "vector"),
        "contextual vector alone": ("vector",),
        f"rules + the vector's {PCA_DIMENSIONS} principal components": ("rules", "components"),
        "rules + contrast with other outlets (vector, words)": ("rules", "contrast"),
        "rules + surface + contrast": ("rules", "surface", "contrast"),
    }
    for (name, groups), listwise in [(f, False) for f in feature_sets.items()] + [
        (f, True) for f in feature_sets.items() if args.listwise
    ]:
        name = f"{name}{', listwise' if listwise else ''}"
        cells = []
        for test_fold in FOLDS:
            train = [r for r in found if fold_of[r["article"]] != test_fold]
            test = [r for r in found if fold_of[r["article"]] == test_fold]
            if "components" in groups:
                add_components(train, test, PCA_DIMENSIONS)
            lam, w, (mean, spread) = trained(train, groups, years, gold, listwise)
            x = (matrix(test, groups) - mean) / spread
            values = numpy.hstack([x, numpy.ones((len(x), 1))]) @ w
            ids = [a for a in articles if fold_of[a] == test_fold]
            result = scored(top(test, values), gold, "inf", ids)
            cells.append(f"{test_fold}: {result['recall']:.3f} / {result['precision']:.3f} (L2 {lam:g})")
        print(f"{name:62s} " + "  ".join(cells))
    shipped = {a: sorted(v, key=lambda i: (-i["score"], i["start"]))[:CAP] for a, v in distinct.items()}
    cells = []
    for fold in FOLDS:
        result = scored(shipped, gold, "inf", [a for a in articles if fold_of[a] == fold])
        cells.append(f"{fold}: {result['recall']:.3f} / {result['precision']:.3f}")
    print(f"{'shipped rules':62s} " + "  ".join(cells))
    if args.by_year:
        for groups in (("rules", "surface"), ("rules", "surface", "vector")):
            learned = by_year(found, groups, years, gold)
            result, rules = scored(learned, gold, "inf", articles), scored(shipped, gold, "inf", articles)
            print(
                f"leave one year out, {' + '.join(groups)}, all {len(articles)}: "
                f"{result['recall']:.3f} / {result['precision']:.3f} "
                f"(rules {rules['recall']:.3f} / {rules['precision']:.3f})"
            )


if __name__ == "__main__":
    main()
