"""The comparison's lists against BASIL dev, cross-validated by year: every idea with a free weight
is tuned on one fold and scored on the other, so a figure is never the one it was picked on.

    python benchmarks/compare_crossval.py [--data ../shared/data/basil-dev]
        [--vader vader_lexicon.txt] [--pattern en-sentiment.xml]

Folds: even years (2010, 2012, 2014) and odd years (2011, 2013). Fixed rules are scored on both
folds; a grid of weights is tuned on one fold (distinct: best F1; loaded: most precise list keeping
recall at least 0.40, and best F1) and scored on the other, both ways. ``--vader`` and ``--pattern``
take the lexicon files that the ``vaderSentiment`` and ``textblob`` packages ship (not shipped
here), to check whether words a general sentiment or subjectivity lexicon lists are the loaded
words BASIL marks. Parsing comes from the evaluation's cache (``eval compare`` fills it).
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

from compare_variants import load, ranked

from newsprism.evaluation.compare import DEFAULT_BASIL, score
from newsprism.stories import distinct as distinct_rules
from newsprism.stories import loaded as loaded_rules
from newsprism.stories.compare_text import WORD, content_stems, inside, stem

FOLDS = {"even years": ("2010", "2012", "2014"), "odd years": ("2011", "2013")}
DISTINCT_CAP, LOADED_CAP = 5, 10
# an attributed claim: a verb of saying or "according to" in the sentence
ATTRIBUTION = re.compile(
    r"\b(said|says|say|told|according to|argued|argues|claimed|claims|insisted|wrote|added|noted|"
    r"stated|charged|accused|called)\b",
    re.I,
)
DISTINCT_GRID = {
    "quote": [1.0, 1.5, 2.5],  # QUOTE_WEIGHT
    "novelty": [0.5, 1.0, 2.0],  # NOVELTY_WEIGHT
    "length_power": [0.5, 1.0],  # log1p(content words) ** this
    "density": [0.0, 0.5],  # evaluative strength / content words ** this
    "attributed": [1.0, 1.2, 1.5],  # an attributed claim with an evaluative word
    "actor_evaluated": [1.0, 1.2, 1.5],  # a main actor and an evaluative word in one sentence
    "headline": [0.3, 0.5],  # HEADLINE_WEIGHT
    "least_strength": [0.15, 0.3],  # MIN_STRENGTH
}
LOADED_GRID = {
    "quoted": [0.6, 0.85, 1.0],  # words inside a quotation, on top of the rules' own weight
    "scare": [0.6, 1.0],
    "label": [0.5, 1.0],
    "actor": [1.0, 1.3],
    "floor": [0.2, 0.35, 0.5],
    "share": [0.3, 0.4, 0.55],
    "per_candidate": [0.0, 0.3, 0.5],  # at most ceil(this x the article's candidates), 0: no such cap
}


def sentence_features(triplets: list[dict]) -> tuple[dict, dict, dict]:
    """(distinct items per article, loaded items per article, what the rules saw of each scored
    sentence), read while the shipped rules rank every sentence."""
    seen = {}
    shipped = distinct_rules.score_sentence

    def recording(sentence, other_stems, quote_spans, actor_mentions, evaluative, text, main_event=(), *rest):
        found = shipped(
            sentence, other_stems, quote_spans, actor_mentions, evaluative, text, main_event, *rest
        )
        if found is not None:
            stems = content_stems(sentence.text)
            seen[(sentence.article_id, sentence.start)] = {
                "words": len(stems),
                "novel": sum(1 for s in stems if s not in other_stems) / len(stems),
                "quoted": inside(quote_spans, sentence.start, sentence.end) / (sentence.end - sentence.start),
                "actors": len({name for s, _, name in actor_mentions if sentence.start <= s < sentence.end}),
                "strengths": [
                    w
                    for s, e, w in evaluative
                    if sentence.start <= s and e <= sentence.end and not text[s].isupper()
                ],
                "main_event": [len(event & set(stems)) / len(event) for event in main_event],
                "score": found[0],
            }
        return found

    distinct_rules.score_sentence = recording
    try:
        distinct, loaded, _ = ranked(triplets)
    finally:
        distinct_rules.score_sentence = shipped
    return distinct, loaded, seen


def sentence_score(item: dict, seen: dict, weights: dict) -> float:
    """The shipped formula (``distinct.score_sentence``) with other weights and the extra cues."""
    found = seen.get((item["article_id"], item["start"]))
    if found is None or not found["score"]:
        return item["score"]
    outside_formula = item["score"] / found["score"]  # an embedded post's weight
    strengths = [w for w in found["strengths"] if w >= weights.get("least_strength", 0.15)]
    strength = sum(strengths) * (10 / found["words"]) ** weights.get("density", 0.0)
    value = (1 + strength) * (1 + weights.get("quote", 1.5) * found["quoted"])
    value *= math.log1p(found["words"]) ** weights.get("length_power", 1.0)
    value *= 1 + weights.get("novelty", 1.0) * found["novel"]
    value *= 1 + 0.1 * min(found["actors"], 2)
    for share in found["main_event"]:
        value *= 1 - weights.get("headline", 0.3) * share
    if strengths and ATTRIBUTION.search(item["text"]):
        value *= weights.get("attributed", 1.0)
    if strengths and found["actors"]:
        value *= weights.get("actor_evaluated", 1.0)
    if item.get("own_speaker"):
        value *= weights.get("own_speaker", 1.0)
    return value * outside_formula


def distinct_lists(items: dict, seen: dict, weights: dict, near: float = 1.0) -> dict:
    """Article id -> its 5 statements by ``weights``; ``near`` < 1 weighs down a sentence for each
    one already chosen that touches it (a run of one passage)."""
    shown = {}
    for aid, found in items.items():
        pool = sorted(found, key=lambda i: (-sentence_score(i, seen, weights), i["start"]))
        if near == 1.0:
            shown[aid] = pool[:DISTINCT_CAP]
            continue
        chosen: list[dict] = []
        while pool and len(chosen) < DISTINCT_CAP:

            def value(i, chosen=chosen):
                touching = sum(
                    1 for c in chosen if abs(c["start"] - i["end"]) <= 3 or abs(i["start"] - c["end"]) <= 3
                )
                return sentence_score(i, seen, weights) * near**touching

            best = max(pool, key=lambda i: (value(i), -i["start"]))
            chosen.append(best)
            pool.remove(best)
        shown[aid] = chosen
    return shown


def mark_own_speakers(triplets: list[dict], distinct: dict) -> None:
    """Flag (``own_speaker``) each statement inside a quotation by a speaker whom none of the
    triplet's other articles quotes: whom only this outlet lets speak."""
    for t in triplets:
        speakers: dict[str, set[str]] = {a.article_id: set() for a in t["articles"]}
        for quote in t["quotes"]:
            key = quote.speaker_entity_id or (quote.speaker or "").lower()
            if key:
                speakers[quote.article_id].add(key)
        for aid in speakers:
            theirs = set().union(*(v for other, v in speakers.items() if other != aid))
            for item in distinct.get(aid, []):
                inside_quotes = [q for q in t["quotes"] if q.article_id == aid and q.start < item["end"]]
                keys = {
                    q.speaker_entity_id or (q.speaker or "").lower()
                    for q in inside_quotes
                    if item["start"] < q.end
                } - {""}
                item["own_speaker"] = bool(keys) and not keys & theirs


def kind_of(item: dict) -> str:
    why = item["why"]
    if why.startswith("label"):
        return "label"
    if "quotation marks" in why:
        return "scare"
    return "quoted" if "in a quotation" in why else "own"


def loaded_lists(items: dict, weights: dict, keep=None) -> dict:
    """Article id -> the loaded words the default view shows with ``weights`` (``keep``: a test
    every shown word must pass)."""
    factor = {k: weights.get(k, 1.0) for k in ("quoted", "scare", "label")} | {"own": 1.0}
    shown = {}
    old = loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST
    loaded_rules.SHOWN_FLOOR = weights.get("floor", old[0])
    loaded_rules.SHOWN_SHARE_OF_BEST = weights.get("share", old[1])
    try:
        for aid, found in items.items():
            again = [
                dict(
                    i,
                    score=i["score"]
                    * factor[kind_of(i)]
                    * (weights.get("actor", 1.0) if i["entity_id"] else 1),
                )
                for i in found
                if keep is None or keep(i)
            ]
            again.sort(key=lambda i: (-i["score"], i["start"]))
            cap = LOADED_CAP
            if weights.get("per_candidate"):
                cap = max(1, min(LOADED_CAP, math.ceil(weights["per_candidate"] * len(found))))
            shown[aid] = loaded_rules.shortlist(again, cap)
    finally:
        loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = old
    return shown


def scored(lists: dict, gold: dict, kind: str, ids: list[str]) -> dict:
    return score(
        {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids}, {a: gold[a][kind] for a in ids}
    )


def cell(found: dict) -> str:
    return f"{found['recall']:.3f} / {found['precision']:.3f} ({found['per_article']:.1f})"


def sentiment_lexicon(vader: Path | None, pattern: Path | None) -> dict[str, str]:
    """Stem -> "vader" / "pattern" for the words a general lexicon lists as carrying sentiment
    (VADER |valence| >= 1) or subjectivity (Pattern >= 0.5)."""
    listed = {}
    for line in vader.read_text("utf-8").splitlines() if vader else []:
        parts = line.split("\t")
        if len(parts) > 1 and " " not in parts[0] and abs(float(parts[1])) >= 1:
            listed[stem(parts[0])] = "vader"
    for word in ElementTree.parse(pattern).getroot() if pattern else []:
        form = word.get("form") or ""
        if " " not in form and float(word.get("subjectivity") or 0) >= 0.5:
            listed.setdefault(stem(form), "pattern")
    return listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--vader", type=Path, help="vader_lexicon.txt as the vaderSentiment package ships it")
    parser.add_argument("--pattern", type=Path, help="en-sentiment.xml as the textblob package ships it")
    args = parser.parse_args()
    triplets = load(args.data)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    folds = {name: [a for a in gold if years[a] in chosen] for name, chosen in FOLDS.items()}
    distinct, loaded, seen = sentence_features(triplets)
    mark_own_speakers(triplets, distinct)
    header = f"{'':62s} " + "  ".join(f"{name:>22s}" for name in folds)

    print("distinct against BASIL informational bias, fixed rules\n" + header)
    fixed = {
        "shipped rules": ({}, 1.0),
        "attributed claim with an evaluative word x1.2": ({"attributed": 1.2}, 1.0),
        "attributed claim with an evaluative word x1.5": ({"attributed": 1.5}, 1.0),
        "a main actor and an evaluative word x1.2": ({"actor_evaluated": 1.2}, 1.0),
        "a main actor and an evaluative word x1.5": ({"actor_evaluated": 1.5}, 1.0),
        "evaluative strength per content word, not summed": ({"density": 0.5}, 1.0),
        "length weighed as the square root of the shipped": ({"length_power": 0.5}, 1.0),
        "a sentence touching one already chosen x0.8": ({}, 0.8),
        "a quotation by a speaker no other outlet quotes x1.2": ({"own_speaker": 1.2}, 1.0),
        "a quotation by a speaker no other outlet quotes x1.4": ({"own_speaker": 1.4}, 1.0),
    }
    for name, (weights, near) in fixed.items():
        lists = distinct_lists(distinct, seen, weights, near)
        print(
            f"{name:62s} "
            + "  ".join(f"{cell(scored(lists, gold, 'inf', ids)):>22s}" for ids in folds.values())
        )
    grid = [
        dict(zip(DISTINCT_GRID, values, strict=True)) for values in itertools.product(*DISTINCT_GRID.values())
    ]
    found = [
        {name: scored(distinct_lists(distinct, seen, w), gold, "inf", ids) for name, ids in folds.items()}
        for w in grid
    ]
    tuned_on_one(grid, found, "best F1", lambda f: f["f1"])

    print("\nloaded against BASIL lexical bias, fixed rules\n" + header)
    listed = sentiment_lexicon(args.vader, args.pattern)
    fixed_loaded = {
        "shipped rules": ({}, None),
        "at most ceil(0.3 x the article's candidates)": ({"per_candidate": 0.3}, None),
        "at most ceil(0.5 x the article's candidates)": ({"per_candidate": 0.5}, None),
    }
    if listed:
        fixed_loaded["only words a sentiment or subjectivity lexicon lists (and scare quotes)"] = (
            {},
            lambda i: (
                kind_of(i) in ("scare", "label") or any(stem(w) in listed for w in WORD.findall(i["text"]))
            ),
        )
    for name, (weights, keep) in fixed_loaded.items():
        lists = loaded_lists(loaded, weights, keep)
        print(
            f"{name:62s} "
            + "  ".join(f"{cell(scored(lists, gold, 'lex', ids)):>22s}" for ids in folds.values())
        )
    if listed:
        print("\nshown loaded words by the general lexicon listing them: items, right, share right")
        counts, right = Counter(), Counter()
        for aid, items in loaded_lists(loaded, {}).items():
            for i in items:
                source = next(
                    (listed[stem(w)] for w in WORD.findall(i["text"]) if stem(w) in listed), "neither"
                )
                counts[source] += 1
                right[source] += any(i["start"] < e and s < i["end"] for s, e in gold[aid]["lex"])
        for source in sorted(counts):
            print(
                f"  {source:10s} {counts[source]:4d} {right[source]:4d} {right[source] / counts[source]:.3f}"
            )
    grid = [
        dict(zip(LOADED_GRID, values, strict=True)) for values in itertools.product(*LOADED_GRID.values())
    ]
    found = [
        {name: scored(loaded_lists(loaded, w), gold, "lex", ids) for name, ids in folds.items()} for w in grid
    ]
    tuned_on_one(
        grid, found, "most precise at recall >= 0.40", lambda f: f["precision"] if f["recall"] >= 0.40 else -1
    )
    tuned_on_one(grid, found, "best F1", lambda f: f["f1"])


def tuned_on_one(grid: list[dict], found: list[dict], goal: str, objective) -> None:
    """Print, for each fold, the grid's best weights there (by ``objective``) and their figures on
    the other fold: what a weight tuned on dev would give on unseen years."""
    names = list(found[0])
    for tune, test in (names, names[::-1]):
        best = max(range(len(grid)), key=lambda n: objective(found[n][tune]))
        print(
            f"tuned on {tune} ({goal}): {cell(found[best][tune])} there, "
            f"{cell(found[best][test])} on {test}; " + ", ".join(f"{k} {v}" for k, v in grid[best].items())
        )


if __name__ == "__main__":
    main()
