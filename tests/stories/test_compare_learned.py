"""The learned-ranker experiment's fitting (benchmarks/compare_learned.py): the figures
docs/measured/compare.md gives for it are only as good as its regression, so the regression must
find a real signal."""

import sys
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from compare_learned import add_components, fit, fit_listwise, top  # noqa: E402


def _data(seed: int = 0):
    rng = numpy.random.default_rng(seed)
    x = rng.normal(size=(600, 4))
    y = (x[:, 0] - 0.5 * x[:, 2] + 0.3 * rng.normal(size=600) > 0.8).astype(float)
    return x, y


def test_fit_finds_the_signal_and_ignores_noise():
    x, y = _data()
    w = fit(x, y, lam=1.0)
    assert w[0] > 1.0 and w[2] < -0.5  # the two informative columns, with their signs
    assert abs(w[1]) < 0.5 and abs(w[3]) < 0.5  # the noise columns stay near zero
    assert w[-1] < 0  # positives are the minority: a negative intercept
    strong = fit(x, y, lam=1e5)
    assert numpy.abs(strong[:-1]).max() < 0.05  # a strong penalty shrinks every weight


def test_fit_is_deterministic():
    x, y = _data(1)
    assert numpy.array_equal(fit(x, y, 3.0), fit(x, y, 3.0))


def test_listwise_fit_learns_within_article_differences_only():
    x, y = _data(2)
    articles = [f"a{n // 10}" for n in range(len(x))]
    x = numpy.hstack([x, numpy.array([[float(n // 10)] for n in range(len(x))])])  # per-article constant
    w = fit_listwise(x, y, articles, lam=1.0)
    assert w[0] > 0.5 and w[2] < -0.2
    assert abs(w[4]) < 1e-6  # a column constant within each article cannot tell its statements apart
    assert w[-1] == 0.0


def test_top_keeps_each_articles_best_five_by_value():
    rows = [{"article": aid, "item": {"start": n}} for aid in ("a", "b") for n in range(8)]
    values = numpy.array([n if r["article"] == "a" else -n for n, r in zip(range(16), rows, strict=True)])
    shown = top(rows, values)
    assert [i["start"] for i in shown["a"]] == [7, 6, 5, 4, 3]
    assert [i["start"] for i in shown["b"]] == [0, 1, 2, 3, 4]


def test_components_come_from_the_training_rows():
    rng = numpy.random.default_rng(3)
    base = rng.normal(size=(200, 1)) * numpy.linspace(1, 2, 96)  # one direction carries the variance
    rows = [{"vector": list(v) + [0.0] * 96} for v in base + 0.01 * rng.normal(size=(200, 96))]
    add_components(rows[:150], rows[150:], 2)
    first = numpy.array([r["components"][0] for r in rows])
    assert abs(numpy.corrcoef(first, base[:, 0])[0, 1]) > 0.99
    assert all(len(r["components"]) == 2 for r in rows)


def test_boosted_stumps_learn_a_conjunction_no_single_cue_gives():
    from compare_learned_boosted import boost, predict

    rng = numpy.random.default_rng(4)
    x = rng.uniform(size=(800, 3))
    y = ((x[:, 0] > 0.5) & (x[:, 1] > 0.5)).astype(float)  # both cues, not either alone
    margin = predict(boost(x, y, 60), x)
    both = y == 1
    above = (margin[both] > numpy.percentile(margin[~both], 90)).mean()
    assert above > 0.8  # the pairs rank above the rest (thresholds lie at quantiles, not at 0.5)
    assert numpy.allclose(predict(boost(x, y, 0), x), numpy.log(y.mean() / (1 - y.mean())))  # the base rate
