"""A small transparent ranker over named features for ``distinct`` and ``loaded``, fitted on one
half of BASIL dev by year and scored on the other (2010-2012 -> 2013-2014 and the reverse).

    python benchmarks/compare_ranker49.py [--data ../shared/data/basil-dev] [--samples OUT.md]

Every candidate the shipped rules score (``compare_articles(full=True)``) is a row of a handful of
named features (``DISTINCT_FEATURES`` / ``LOADED_FEATURES``, computed in ``distinct_row`` and
``loaded_row`` only); its label is whether it overlaps a BASIL span of its kind. First the error
analysis: for the items the shipped view shows, each feature's mean over the true and the false
ones, per half, and (``--samples``) 40 true and 40 false items of each list drawn with seed 49 to
read. Then three rankers, each fitted on one half and scored on the other, both ways, against the
shipped ranking on the same half (distinct: the 5 best; loaded: as many as the shipped view shows
there, so only the ranking differs, and the 10 best): a logistic regression over the features (L2
strength picked by leave-one-year-out inside the training half), the same over features centred on
each article's mean (only what tells an item from its article's others), the rules' score blended
with the model's logit (the blend's weight picked on out-of-year predictions inside the training
half), a hand-weighted linear score (the rules' log score plus one weight, -0.3..0.3, per feature
whose sign the training half's error analysis gives, picked on the training half), each feature
alone on top of the rules, and (loaded) the view less its late words. Deterministic. Results and
reading: ``docs/measured/compare.md`` ("A small transparent ranker"); nothing beat the rules.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from pathlib import Path

import numpy
from compare_crossval import kind_of, mark_own_speakers, scored, sentence_features
from compare_learned import LAMBDAS, fit
from compare_learned_loaded import lists as loaded_lists
from compare_variants import load

from newsprism.evaluation.compare import DEFAULT_BASIL
from newsprism.nlp.lexicon import words
from newsprism.stories.compare_text import content_stems, sentences
from newsprism.stories.loaded import shortlist

HALVES = {"2010-2012": ("2010", "2011", "2012"), "2013-2014": ("2013", "2014")}
DISTINCT_CAP, LOADED_CAP, SAMPLE = 5, 10, 40
CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
ALPHAS = (0.0, 0.1, 0.2, 0.3, 0.5, 1.0)
STEPS = (-0.4, -0.2, -0.1, 0.0, 0.1, 0.2, 0.4)
ATTRIBUTION = re.compile(r"\b(said|says|told|according to|added|noted|stated|wrote)\b", re.I)
BACKGROUND = re.compile(
    r"\b(had|has|have) (been|[a-z]+ed)\b|\b(last|earlier|previous) (year|month|week)\b", re.I
)
CONTRAST = re.compile(r"\b(but|however|although|though|yet|despite|instead)\b", re.I)
DISTINCT_FEATURES = (
    "rules_log_score",  # the shipped ranking
    "position",  # where in the article (0 first .. 1 last)
    "paragraph_start",  # the sentence opens a paragraph
    "quoted_share",  # share inside quotation marks
    "named_actors",  # distinct named actors mentioned (at most 3)
    "evaluative",  # summed evaluative strength of its words
    "log_length",  # content words
    "novelty",  # share of content words no other outlet uses
    "attribution",  # "said", "told", "according to"
    "background",  # a perfect tense or "last year"
    "contrast",  # "but", "however"
    "digit",  # reports a figure
    "own_speaker",  # a speaker only this outlet quotes
    "carried_elsewhere",  # a quotation other outlets print too
    "process_nouns",  # nouns naming an occasion or a process (occasion_nouns.txt): speaks of process
    "person_pronouns",  # he, she, I, you, they...: speaks of a person
)
PRONOUNS = re.compile(r"\b(he|she|him|her|his|hers|I|me|my|you|your|they|them|their)\b", re.I)
LOADED_FEATURES = (
    "rules_log_score",
    "position",
    "kind_label",
    "kind_scare",
    "kind_quoted",
    "near_actor",
    "words",
    "capitalised",
    "others_use",  # share of its stems the other outlets use
    "repeats",  # the same wording elsewhere in the article
    "sentence_attribution",  # its sentence reports speech
    "sentence_quoted_share",  # its sentence is mostly quotation
    "sentence_evaluative",  # its sentence is a distinct candidate with evaluative words
)


def distinct_row(item: dict, cue: dict, text: str) -> list[float]:
    """The named distinct features of one statement, in ``DISTINCT_FEATURES`` order."""
    before = text[max(0, item["start"] - 2) : item["start"]]
    return [
        math.log(max(item["score"], 1e-3)),
        item["start"] / max(1, len(text)),
        float("\n" in before or item["start"] == 0),
        cue["quoted"],
        float(min(cue["actors"], 3)),
        sum(w for w in cue["strengths"] if w >= 0.15),
        math.log1p(cue["words"]),
        cue["novel"],
        float(bool(ATTRIBUTION.search(item["text"]))),
        float(bool(BACKGROUND.search(item["text"]))),
        float(bool(CONTRAST.search(item["text"]))),
        float(bool(re.search(r"\d", item["text"]))),
        float(bool(item.get("own_speaker"))),
        float("also_carried_by" in item),
        float(
            sum(1 for w in re.findall(r"[a-z]+", item["text"].lower()) if w in words("occasion_nouns.txt"))
        ),
        float(len(PRONOUNS.findall(item["text"]))),
    ]


def loaded_row(item: dict, items: list[dict], sentence: dict, others: set, text: str) -> list[float]:
    """The named loaded features of one word, in ``LOADED_FEATURES`` order (``sentence``: what the
    distinct rules saw of the sentence holding it, empty when they scored none)."""
    own = content_stems(item["text"]) or [item["text"].lower()]
    kind = kind_of(item)
    wording = item["text"].lower()
    return [
        math.log(max(item["score"], 1e-3)),
        item["start"] / max(1, len(text)),
        float(kind == "label"),
        float(kind == "scare"),
        float(kind == "quoted"),
        float(bool(item["entity_id"])),
        float(len(item["text"].split())),
        float(item["text"][:1].isupper()),
        sum(1 for s in own if s in others) / len(own),
        float(sum(1 for i in items if i["text"].lower() == wording) > 1),
        float(bool(ATTRIBUTION.search(sentence.get("text", "")))),
        sentence.get("quoted", 0.0),
        sum(w for w in sentence.get("strengths", []) if w >= 0.15),
    ]


def build(triplets, distinct, loaded, seen) -> tuple[list[dict], list[dict]]:
    """(distinct rows, loaded rows): features, label, article, item."""
    d_rows, l_rows = [], []
    for t in triplets:
        stems = {a.article_id: set(content_stems(a.text)) for a in t["articles"]}
        for a in t["articles"]:
            aid, text, gold = a.article_id, a.text, t["gold"][a.article_id]
            for item in distinct.get(aid, []):
                cue = seen.get((aid, item["start"]))
                if cue is not None:
                    d_rows.append(row_of(item, distinct_row(item, cue, text), gold["inf"], t["year"]))
            bounds = [(s.start, s.end, s.text) for s in sentences(aid, text)]
            others = set().union(*(s for other, s in stems.items() if other != aid))
            items = loaded.get(aid, [])
            for item in items:
                holding = next(((s, e, x) for s, e, x in bounds if s <= item["start"] < e), None)
                sentence = dict(seen.get((aid, holding[0]), {}), text=holding[2]) if holding else {}
                features = loaded_row(item, items, sentence, others, text)
                l_rows.append(row_of(item, features, gold["lex"], t["year"]))
    return d_rows, l_rows


def row_of(item: dict, features: list[float], spans, year: str) -> dict:
    label = float(any(item["start"] < e and s < item["end"] for s, e in spans))
    return {"article": item["article_id"], "item": item, "x": features, "label": label, "year": year}


def half_of(year: str) -> str:
    return next(name for name, years in HALVES.items() if year in years)


def top(rows: list[dict], values, cap: int) -> dict:
    """Article id -> its ``cap`` best items by ``values``."""
    by_article: dict[str, list] = {}
    for row, value in zip(rows, values, strict=True):
        by_article.setdefault(row["article"], []).append((-value, row["item"]["start"], row["item"]))
    return {aid: [i for *_, i in sorted(v)[:cap]] for aid, v in by_article.items()}


def centred(rows: list[dict]) -> numpy.ndarray:
    """Features minus their article's mean: only what tells an item from its article's others."""
    x = numpy.array([r["x"] for r in rows], dtype=float)
    articles = [r["article"] for r in rows]
    for aid in sorted(set(articles)):
        at = [n for n, a in enumerate(articles) if a == aid]
        x[at] -= x[at].mean(axis=0)
    x[:, 0] = [r["x"][0] for r in rows]  # the rules' score stays as it is (the fallback ranking)
    return x


def logistic(train, test, lam, shape) -> numpy.ndarray:
    x, xt = shape(train), shape(test)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    w = fit((x - mean) / spread, numpy.array([r["label"] for r in train]), lam)
    return numpy.hstack([(xt - mean) / spread, numpy.ones((len(xt), 1))]) @ w


def plain(rows) -> numpy.ndarray:
    return numpy.array([r["x"] for r in rows], dtype=float)


def hand_weighted(train, test, gold, kind, listing) -> tuple[numpy.ndarray, dict]:
    """The rules' log score plus, per standardised feature, a weight in -0.3..0.3 with the sign
    of that feature's true-minus-false difference on the training half; each feature's weight is
    picked greedily (one pass, in feature order) for F1 on the training half."""
    x, xt = plain(train), plain(test)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    z, zt = (x - mean) / spread, (xt - mean) / spread
    y = numpy.array([r["label"] for r in train])
    weights = numpy.zeros(x.shape[1])
    weights[0] = 1.0

    def f1(w) -> float:
        return scored(listing(train, z @ w), gold, kind, sorted({r["article"] for r in train}))["f1"]

    for n in range(1, x.shape[1]):
        sign = 1.0 if z[y == 1, n].mean() > z[y == 0, n].mean() else -1.0
        best = (f1(weights), 0.0)
        for step in (0.1, 0.2, 0.3):
            trial = weights.copy()
            trial[n] = sign * step
            best = max(best, (f1(trial), sign * step))
        weights[n] = best[1]
    return zt @ weights, dict(zip(range(len(weights)), weights.tolist(), strict=True))


def single_features(rows, gold, kind, listing, names, halves_ids) -> list[str]:
    """Per named feature: the rules' log score plus w x that feature (standardised on the training
    half), w in ``STEPS`` picked for F1 on one half and scored on the other, both ways."""
    lines = ["| feature | " + " | ".join(f"picked on the other half, scored on {h}" for h in HALVES) + " |"]
    lines.append("|---|" + "---|" * len(HALVES))
    for n in range(1, len(names)):
        cells = []
        for test_half in HALVES:
            train = [r for r in rows if half_of(r["year"]) != test_half]
            test = [r for r in rows if half_of(r["year"]) == test_half]
            x, xt = plain(train), plain(test)
            mean, spread = x[:, n].mean(), x[:, n].std() + 1e-9
            train_ids = sorted({a for h, ids in halves_ids.items() if h != test_half for a in ids})

            def f1(w, x=x, train=train, mean=mean, spread=spread, ids=train_ids, n=n) -> float:
                values = x[:, 0] + w * (x[:, n] - mean) / spread
                return scored(listing(train, values), gold, kind, ids)["f1"]

            w = max(STEPS, key=lambda step: (round(f1(step), 6), -abs(step)))
            got = scored(
                listing(test, xt[:, 0] + w * (xt[:, n] - mean) / spread), gold, kind, halves_ids[test_half]
            )
            cells.append(f"w {w:+.1f}: {got['recall']:.3f} / {got['precision']:.3f}")
        lines.append(f"| {names[n]} | " + " | ".join(cells) + " |")
    return lines


def late_words_cut(l_rows, shown: dict, gold, halves_ids) -> list[str]:
    """The shipped loaded view less its words past ``cut`` of the article (the article's best word
    always kept), ``cut`` picked on one half as the most precise keeping recall >= 0.40, scored on
    the other: true words stand earlier than false ones in both halves (error table)."""
    where = {(r["article"], r["item"]["start"]): r["x"][1] for r in l_rows}

    def view(cut: float) -> dict:
        return {
            a: [i for n, i in enumerate(items) if n == 0 or where.get((a, i["start"]), 0.0) <= cut]
            for a, items in shown.items()
        }

    lines = []
    for test_half in HALVES:
        train_ids = sorted({a for h, ids in halves_ids.items() if h != test_half for a in ids})
        trials = [(cut, scored(view(cut), gold, "lex", train_ids)) for cut in CUTS]
        fit_cut = max((c for c in trials if c[1]["recall"] >= 0.40), key=lambda c: (c[1]["precision"], c[0]))[
            0
        ]
        got, rules = (
            scored(view(fit_cut), gold, "lex", halves_ids[test_half]),
            scored(shown, gold, "lex", halves_ids[test_half]),
        )
        lines.append(
            f"- late words cut past {fit_cut} (picked on the other half), scored on {test_half}: "
            f"{got['recall']:.3f} / {got['precision']:.3f} ({got['per_article']:.1f}) against the rules' "
            f"{rules['recall']:.3f} / {rules['precision']:.3f} ({rules['per_article']:.1f})"
        )
    return lines


def blended(train, test, gold, kind, listing, lam) -> tuple[numpy.ndarray, float]:
    """The rules' log score plus alpha x the logistic model's logit (both standardised), alpha
    picked on out-of-year predictions inside the training half (each training year scored by a
    model fitted on the other training years), so the test half is never seen."""
    years = sorted({r["year"] for r in train})
    out_of_year = numpy.zeros(len(train))
    for held in years:
        at = [n for n, r in enumerate(train) if r["year"] == held]
        inner = [r for r in train if r["year"] != held]
        out_of_year[at] = logistic(inner, [train[n] for n in at], lam, plain)
    rules = plain(train)[:, 0]

    def mix(base, learned, alpha):
        return (base - base.mean()) / (base.std() + 1e-9) + alpha * (learned - learned.mean()) / (
            learned.std() + 1e-9
        )

    ids = sorted({r["article"] for r in train})
    alpha = max(
        ALPHAS,
        key=lambda a: (
            round(scored(listing(train, mix(rules, out_of_year, a)), gold, kind, ids)["f1"], 6),
            -a,
        ),
    )
    return mix(plain(test)[:, 0], logistic(train, test, lam, plain), alpha), alpha


def pick_lambda(train, gold, kind, listing, shape) -> float:
    best = None
    for lam in LAMBDAS:
        total = 0.0
        for held in sorted({r["year"] for r in train}):
            inner = [r for r in train if r["year"] != held]
            check = [r for r in train if r["year"] == held]
            values = logistic(inner, check, lam, shape)
            total += scored(listing(check, values), gold, kind, sorted({r["article"] for r in check}))["f1"]
        best = (total, lam) if best is None or total > best[0] else best
    return best[1]


def error_table(rows: list[dict], shown: dict, names: tuple[str, ...]) -> list[str]:
    """Each feature's mean over shown true and shown false items, per half."""
    keys = {(a, i["start"]) for a, items in shown.items() for i in items}
    lines = ["| feature | " + " | ".join(f"{h} true | {h} false" for h in HALVES) + " |"]
    lines.append("|---|" + "---|" * (2 * len(HALVES)))
    for n, name in enumerate(names):
        cells = []
        for half in HALVES:
            chosen = [
                r for r in rows if half_of(r["year"]) == half and (r["article"], r["item"]["start"]) in keys
            ]
            for label in (1.0, 0.0):
                values = [r["x"][n] for r in chosen if r["label"] == label]
                cells.append(f"{sum(values) / max(1, len(values)):.3f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    counts = []
    for half in HALVES:
        chosen = [
            r for r in rows if half_of(r["year"]) == half and (r["article"], r["item"]["start"]) in keys
        ]
        counts += [str(sum(1 for r in chosen if r["label"])), str(sum(1 for r in chosen if not r["label"]))]
    lines.append("| items | " + " | ".join(counts) + " |")
    return lines


def samples(rows: list[dict], shown: dict, title: str) -> list[str]:
    keys = {(a, i["start"]) for a, items in shown.items() for i in items}
    chosen = sorted(
        (r for r in rows if (r["article"], r["item"]["start"]) in keys),
        key=lambda r: (r["article"], r["item"]["start"]),
    )
    out = []
    for label, name in ((1.0, "true"), (0.0, "false")):
        pool = [r for r in chosen if r["label"] == label]
        picked = random.Random(49).sample(pool, min(SAMPLE, len(pool)))
        out.append(f"\n### {title}, {name} ({len(picked)} of {len(pool)})\n")
        for r in picked:
            text = " ".join(r["item"]["text"].split())[:220]
            x = r["x"]
            cues = (
                f"quoted {x[3]:.1f}, evaluative {x[5]:.1f}, at {x[1]:.2f}"
                if len(x) == len(DISTINCT_FEATURES)
                else ""
            )
            cues = cues or f"at {x[1]:.2f}, sentence quoted {x[11]:.1f}, near an actor {x[5]:.0f}"
            out.append(f"- {r['year']} ({cues}) `{r['item']['why'][:60]}` {text}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--samples", type=Path, help="write the sampled true and false items here")
    args = parser.parse_args()
    triplets = load(args.data)
    distinct, loaded, seen = sentence_features(triplets)
    mark_own_speakers(triplets, distinct)
    d_rows, l_rows = build(triplets, distinct, loaded, seen)
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    ranked = {a: sorted(v, key=lambda i: (-i["score"], i["start"])) for a, v in loaded.items()}
    counts = {a: len(shortlist(v, LOADED_CAP)) for a, v in ranked.items()}
    shown_d = {
        a: sorted(v, key=lambda i: (-i["score"], i["start"]))[:DISTINCT_CAP] for a, v in distinct.items()
    }
    shown_l = {a: shortlist(v, LOADED_CAP) for a, v in ranked.items()}
    print("\n".join(["## distinct, shown items"] + error_table(d_rows, shown_d, DISTINCT_FEATURES)))
    print("\n".join(["## loaded, shown items"] + error_table(l_rows, shown_l, LOADED_FEATURES)))
    halves_ids = {
        h: sorted(a for t in triplets if half_of(t["year"]) == h for a in t["gold"]) for h in HALVES
    }
    print("\n".join(late_words_cut(l_rows, shown_l, gold, halves_ids)))
    words: dict[str, set[float]] = {}
    keys = {(a, i["start"]) for a, items in shown_l.items() for i in items}
    for r in l_rows:
        if (r["article"], r["item"]["start"]) in keys:
            words.setdefault(r["item"]["text"].lower(), set()).add(r["label"])
    print(
        f"shown loaded wordings: {len(words)}, right in one article and wrong in another: "
        f"{sum(1 for v in words.values() if len(v) == 2)}"
    )
    if args.samples:
        lines = samples(d_rows, shown_d, "distinct") + samples(l_rows, shown_l, "loaded")
        args.samples.write_text("\n".join(lines) + "\n")
    setups = {
        "distinct, 5 best": (d_rows, "inf", lambda rows, v: top(rows, v, DISTINCT_CAP)),
        "loaded, shipped view's length": (l_rows, "lex", lambda rows, v: loaded_lists(rows, v, counts)),
        "loaded, 10 best": (l_rows, "lex", lambda rows, v: loaded_lists(rows, v, None)),
    }
    for title, (rows, kind, listing) in setups.items():
        names = DISTINCT_FEATURES if kind == "inf" else LOADED_FEATURES
        print(f"\n## {title} (recall / precision on the held-out half)")
        for test_half in HALVES:
            train = [r for r in rows if half_of(r["year"]) != test_half]
            test = [r for r in rows if half_of(r["year"]) == test_half]
            ids = sorted(a for t in triplets if half_of(t["year"]) == test_half for a in t["gold"])
            rules = scored(listing(test, plain(test)[:, 0]), gold, kind, ids)
            cells = [f"rules {rules['recall']:.3f} / {rules['precision']:.3f}"]
            for name, shape in (("logistic", plain), ("centred", centred)):
                lam = pick_lambda(train, gold, kind, listing, shape)
                got = scored(listing(test, logistic(train, test, lam, shape)), gold, kind, ids)
                cells.append(f"{name} {got['recall']:.3f} / {got['precision']:.3f} (L2 {lam:g})")
            lam = pick_lambda(train, gold, kind, listing, plain)
            mixed, alpha = blended(train, test, gold, kind, listing, lam)
            got = scored(listing(test, mixed), gold, kind, ids)
            cells.append(f"blend {got['recall']:.3f} / {got['precision']:.3f} (alpha {alpha:g})")
            values, weights = hand_weighted(train, test, gold, kind, listing)
            got = scored(listing(test, values), gold, kind, ids)
            kept = ", ".join(f"{names[n]} {w:+.1f}" for n, w in weights.items() if n and w)
            cells.append(f"hand {got['recall']:.3f} / {got['precision']:.3f} [{kept or 'none'}]")
            print(f"- test {test_half}: " + "; ".join(cells))
        halves_ids = {
            h: sorted(a for t in triplets if half_of(t["year"]) == h for a in t["gold"]) for h in HALVES
        }
        print("\n".join(single_features(rows, gold, kind, listing, names, halves_ids)))


if __name__ == "__main__":
    main()
