"""The stop-49 ranker experiment (benchmarks/compare_ranker49.py): docs/measured/compare.md says its
blend kept the learned part at weight 0 on BASIL, which is only news if the blend takes a learned
signal when there is one, and its centred features only tell items of one article apart."""

import sys
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from compare_ranker49 import blended, centred, pick_lambda, plain, top  # noqa: E402


def _rows(seed: int, informative_rules: bool):
    """Invented candidates: 4 years x 10 articles x 20 items; the label follows column 1 (and
    column 0, the rules' score, too when ``informative_rules``)."""
    rng = numpy.random.default_rng(seed)
    rows, gold = [], {}
    for year in ("2010", "2011", "2012", "2013"):
        for a in range(10):
            aid = f"{year}-{a}"
            gold[aid] = {"inf": [], "lex": []}
            for k in range(20):
                signal = rng.normal()
                label = float(signal > 0.8)
                rules = signal + 0.3 * rng.normal() if informative_rules else rng.normal()
                cue = signal + 0.3 * rng.normal() if not informative_rules else rng.normal()
                item = {"start": 10 * k, "end": 10 * k + 5, "article_id": aid}
                rows.append({"article": aid, "item": item, "x": [rules, cue], "label": label, "year": year})
                if label:
                    gold[aid]["inf"].append((10 * k, 10 * k + 5))
    return rows, gold


def _right(rows, lists) -> float:
    """How many listed items are labelled right."""
    shown = {(a, i["start"]) for a, items in lists.items() for i in items}
    return sum(r["label"] for r in rows if (r["article"], r["item"]["start"]) in shown)


def _listing(rows, values):
    return top(rows, values, 5)


def test_blend_takes_a_learned_signal_the_rules_lack():
    rows, gold = _rows(1, informative_rules=False)
    train = [r for r in rows if r["year"] != "2013"]
    test = [r for r in rows if r["year"] == "2013"]
    lam = pick_lambda(train, gold, "inf", _listing, plain)
    values, alpha = blended(train, test, gold, "inf", _listing, lam)
    assert alpha > 0
    assert _right(test, _listing(test, values)) > _right(test, _listing(test, plain(test)[:, 0]))


def test_blend_keeps_the_rules_lists_when_the_cue_is_noise():
    """The model then learns the rules' score back, so whatever the blend's weight its lists are the
    rules' lists (an alpha of 0 on BASIL means the learned part hurt, not that it was the same)."""
    rows, gold = _rows(2, informative_rules=True)
    train = [r for r in rows if r["year"] != "2013"]
    test = [r for r in rows if r["year"] == "2013"]
    lam = pick_lambda(train, gold, "inf", _listing, plain)
    values, _ = blended(train, test, gold, "inf", _listing, lam)
    mixed, rules = _listing(test, values), _listing(test, plain(test)[:, 0])
    same = sum(len({i["start"] for i in mixed[a]} & {i["start"] for i in rules[a]}) for a in rules)
    assert same >= 0.9 * sum(len(v) for v in rules.values())


def test_centred_features_subtract_their_article_mean_but_keep_the_rules_score():
    rows = [
        {"article": "a", "x": [3.0, 1.0]},
        {"article": "a", "x": [1.0, 3.0]},
        {"article": "b", "x": [5.0, 10.0]},
    ]
    x = centred(rows)
    assert x[:, 0].tolist() == [3.0, 1.0, 5.0]
    assert x[:, 1].tolist() == [-1.0, 1.0, 0.0]
