"""What the comparison's false items and missed spans are, against the unit and kind BASIL marks.

    python benchmarks/compare_span_kinds.py [--data ../shared/data/basil-dev]

Four checks, each on all 150 articles and on the two year folds (even years, odd years):

1. the span unit: how many sentences an informational span covers, how much of its sentence it
   is, and why a span no ranked statement overlaps is no candidate (too short, shared word for
   word, a fragment);
2. the kinds: BASIL's annotators give a stretch one kind, so lexical spans almost never overlap
   informational ones; how many of the shown items lie on a span of the *other* kind, what an
   oracle that knew the other kind's spans would gain (an upper bound, not a rule), and whether
   the lists' own proxy for the other kind (a loaded word inside a top distinct statement, a
   distinct statement holding a shown loaded word of the outlet's own prose) carries that gain;
3. the loaded cap: every shortlist floor x share-of-best x cap, to see whether returning fewer
   words where the evidence is weak buys precision at recall 0.40 on both folds (precision is
   counted per returned item, so a shorter list can only help if its cuts are mostly wrong);
4. repeated wordings: lexical spans on a word the article writes more than once, and whether the
   view (each wording once) shows another occurrence of it;
5. reported speech: the outlet's own loaded words in a sentence reporting what someone said (a
   neutral verb of saying, the quote stage's quote verbs, or a quote the quote stage found there)
   weighed down, at the shipped shortlist and at looser ones; the distinct ranking with the
   outlet's own evaluative words (outside quotations) weighed differently, and with a score floor.

Parsing comes from the evaluation's cache (``eval compare`` fills it).
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from pathlib import Path

from compare_variants import load, ranked

from newsprism.evaluation.compare import DEFAULT_BASIL, score
from newsprism.nlp.lexicon import speech_verbs, words
from newsprism.stories import distinct as distinct_rules
from newsprism.stories import loaded as loaded_rules
from newsprism.stories.compare_text import content_stems, opens_sentence, sentences
from newsprism.stories.distinct import MIN_CONTENT_WORDS, sentence_key

DISTINCT_CAP, LOADED_CAP = 5, 10
# neutral verbs of saying (forms), written for this check before any item was read
NEUTRAL_SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "contended"}
NEUTRAL_SAYING |= {"insisted", "stated", "wrote", "writes", "explained", "noted", "according"}
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
FOLDS = {
    "all": lambda year: True,
    "even": lambda year: int(year) % 2 == 0,
    "odd": lambda year: int(year) % 2 == 1,
}


def overlaps(item: dict, spans: list[tuple[int, int]]) -> bool:
    return any(item["start"] < e and s < item["end"] for s, e in spans)


def figures(lists: dict, gold: dict, years: dict, kind: str) -> str:
    """'all r / p (n) · even … · odd …' for lists of items per article."""
    cells = []
    for name, keep in FOLDS.items():
        ids = [a for a in gold if keep(years[a])]
        found = score(
            {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids},
            {a: gold[a][kind] for a in ids},
        )
        cells.append(f"{name} {found['recall']:.3f} / {found['precision']:.3f} ({found['per_article']:.1f})")
    return " · ".join(cells)


def span_unit(triplets: list[dict], distinct: dict) -> None:
    counts: Counter = Counter()
    for t in triplets:
        keys = {
            a.article_id: {sentence_key(s.text) for s in sentences(a.article_id, a.text)}
            for a in t["articles"]
        }
        for article in t["articles"]:
            aid, found = article.article_id, sentences(article.article_id, article.text)
            others = set().union(*(k for other, k in keys.items() if other != aid))
            for s, e in t["gold"][aid]["inf"]:
                cover = [x for x in found if x.start < e and s < x.end]
                counts[f"spans covering {min(len(cover), 3)} sentence(s)"] += 1
                if len(cover) == 1:
                    whole = (e - s) / max(1, cover[0].end - cover[0].start) >= 0.5
                    counts["half or more of its sentence" if whole else "under half of its sentence"] += 1
                if overlaps({"start": s, "end": e}, [(i["start"], i["end"]) for i in distinct.get(aid, [])]):
                    continue
                for x in cover[:1]:
                    if sentence_key(x.text) in others:
                        counts["no candidate: printed word for word by another outlet"] += 1
                    elif not opens_sentence(x.text):
                        counts["no candidate: a fragment"] += 1
                    elif len(content_stems(x.text)) < MIN_CONTENT_WORDS:
                        counts["no candidate: under the content-word floor"] += 1
                    else:
                        counts["no candidate: other"] += 1
    for name, n in sorted(counts.items()):
        print(f"  {name}: {n}")


def kinds(triplets: list[dict], distinct: dict, loaded: dict, years: dict) -> None:
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    both = sum(1 for g in gold.values() for s, e in g["lex"] if overlaps({"start": s, "end": e}, g["inf"]))
    print(
        "  lexical spans overlapping an informational span:",
        f"{both} of {sum(len(g['lex']) for g in gold.values())}",
    )
    shown = {a: loaded_rules.shortlist(v, LOADED_CAP) for a, v in loaded.items()}
    top = {a: v[:DISTINCT_CAP] for a, v in distinct.items()}
    tally: Counter = Counter()
    for a in gold:
        for item in shown.get(a, []):
            tally["loaded", overlaps(item, gold[a]["inf"]), overlaps(item, gold[a]["lex"])] += 1
        for item in top.get(a, []):
            tally["distinct", overlaps(item, gold[a]["lex"]), overlaps(item, gold[a]["inf"])] += 1
    for key in ("loaded", "distinct"):
        other = "informational" if key == "loaded" else "lexical"
        for on_other in (True, False):
            n, right = tally[key, on_other, False] + tally[key, on_other, True], tally[key, on_other, True]
            where = "on" if on_other else "off"
            print(f"  shown {key} items {where} a {other} span: {n}, right {right} ({right / max(1, n):.2f})")
    print("  distinct shipped:", figures(top, gold, years, "inf"))
    oracle = {
        a: [i for i in v if not overlaps(i, gold[a]["lex"])][:DISTINCT_CAP] for a, v in distinct.items()
    }
    print("  distinct, oracle leaving out sentences on a lexical span:", figures(oracle, gold, years, "inf"))
    print("  loaded shipped:", figures(shown, gold, years, "lex"))
    oracle = {
        a: loaded_rules.shortlist([i for i in v if not overlaps(i, gold[a]["inf"])], LOADED_CAP)
        for a, v in loaded.items()
    }
    print("  loaded, oracle leaving out words on an informational span:", figures(oracle, gold, years, "lex"))
    for weight in (0.5, 0.7, 0.85, 1.2):
        spans = {a: [(i["start"], i["end"]) for i in top.get(a, [])] for a in loaded}
        again = {
            a: sorted(
                (dict(i, score=i["score"] * (weight if overlaps(i, spans[a]) else 1)) for i in v),
                key=lambda i: (-i["score"], i["start"]),
            )
            for a, v in loaded.items()
        }
        lists = {a: loaded_rules.shortlist(v, LOADED_CAP) for a, v in again.items()}
        print(
            f"  loaded words inside a top-5 distinct statement x{weight}:", figures(lists, gold, years, "lex")
        )
    for weight in (0.7, 1.3):
        lists = {}
        for a, v in distinct.items():
            own = [(i["start"], i["end"]) for i in shown.get(a, []) if "quotation" not in i["why"]]
            again = [
                dict(
                    i,
                    score=i["score"]
                    * (weight if overlaps(i, own) and "largely a quotation" not in i["why"] else 1),
                )
                for i in v
            ]
            lists[a] = sorted(again, key=lambda i: (-i["score"], i["start"]))[:DISTINCT_CAP]
        print(
            f"  distinct own prose holding a shown loaded word x{weight}:", figures(lists, gold, years, "inf")
        )


def loaded_cap(loaded: dict, gold: dict, years: dict) -> None:
    old = loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST
    rows = []
    try:
        for floor, share, cap in itertools.product(
            (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0), (0.0, 0.4, 0.5, 0.6, 0.7, 0.8), (10, 5, 3, 2, 1)
        ):
            loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = floor, share
            lists = {a: loaded_rules.shortlist(v, cap) for a, v in loaded.items()}
            folds = []
            for keep in (FOLDS["even"], FOLDS["odd"]):
                ids = [a for a in gold if keep(years[a])]
                folds.append(
                    score(
                        {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids},
                        {a: gold[a]["lex"] for a in ids},
                    )
                )
            rows.append(((floor, share, cap), folds, lists))
    finally:
        loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = old
    for least in (0.40, 0.35, 0.30):
        held = [r for r in rows if all(f["recall"] >= least for f in r[1])]
        if held:
            best = max(held, key=lambda r: min(f["precision"] for f in r[1]))
            floor, share, cap = best[0]
            print(
                f"  most precise keeping recall >= {least:.2f} on both folds:",
                f"floor {floor}, share {share}, cap {cap}:",
                figures(best[2], gold, years, "lex"),
            )
    best = max(rows, key=lambda r: min(f["precision"] for f in r[1]))
    print(f"  most precise of all ({best[0]}):", figures(best[2], gold, years, "lex"))


def repeated(triplets: list[dict], loaded: dict) -> None:
    counts: Counter = Counter()
    for t in triplets:
        for article in t["articles"]:
            aid = article.article_id
            shown = loaded_rules.shortlist(loaded.get(aid, []), LOADED_CAP)
            for s, e in t["gold"][aid]["lex"]:
                word = article.text[s:e]
                if article.text.count(word) < 2:
                    continue
                counts["lexical spans on a wording written more than once"] += 1
                hit = overlaps({"start": s, "end": e}, [(i["start"], i["end"]) for i in shown])
                elsewhere = any(word.lower() == i["text"].lower() for i in shown)
                counts[
                    "found" if hit else "missed, the view shows another occurrence" if elsewhere else "missed"
                ] += 1
    for name, n in sorted(counts.items()):
        print(f"  {name}: {n}")


def own_words(item: dict) -> bool:
    """A loaded word of the outlet's own prose: no scare quote, not inside a quotation."""
    return "in a quotation" not in item["why"] and "quotation marks" not in item["why"]


def reported_speech(triplets: list[dict], distinct: dict, loaded: dict, years: dict) -> None:
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    found = {a.article_id: sentences(a.article_id, a.text) for t in triplets for a in t["articles"]}
    quoted = {a: [] for a in text}
    for t in triplets:
        for quote in t["quotes"]:
            quoted[quote.article_id].append((quote.start, quote.end))
    quote_verbs = set(words("speech_verb_past_forms.txt"))
    for verb in speech_verbs("quote"):
        quote_verbs |= {verb, verb + "s", verb + "ed", verb + "d", verb.rstrip("e") + "ing"}

    def sentence_of(aid, item):
        return next((x for x in found[aid] if x.start <= item["start"] < x.end), None)

    def saying(forms):
        def holds(aid, item):
            x = sentence_of(aid, item)
            return x is not None and any(
                m.group().lower() in forms and not item["start"] <= x.start + m.start() < item["end"]
                for m in WORD.finditer(x.text)
            )

        return holds

    def with_quote(aid, item):
        x = sentence_of(aid, item)
        return x is not None and any(s < x.end and x.start < e for s, e in quoted[aid])

    checks = {"a neutral verb of saying": saying(NEUTRAL_SAYING), "a quote verb": saying(quote_verbs)}
    checks["a quote the quote stage found"] = with_quote
    old = loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST
    try:
        for name, holds in checks.items():
            tally = Counter(
                (holds(a, i), overlaps(i, gold[a]["lex"]))
                for a, v in loaded.items()
                for i in loaded_rules.shortlist(v, LOADED_CAP)
                if own_words(i)
            )
            print(
                f"  shown own words in a sentence with {name}: {tally[True, True] + tally[True, False]},",
                end="",
            )
            print(
                f" right {tally[True, True]}; elsewhere {tally[False, True] + tally[False, False]},",
                f"right {tally[False, True]}",
            )
            for (floor, share), weight in itertools.product(
                ((0.2, 0.4), (0.2, 0.35), (0.15, 0.4)), (0.4, 0.5, 0.6)
            ):
                loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = floor, share
                again = {
                    a: sorted(
                        (
                            dict(i, score=i["score"] * (weight if own_words(i) and holds(a, i) else 1))
                            for i in v
                        ),
                        key=lambda i: (-i["score"], i["start"]),
                    )
                    for a, v in loaded.items()
                }
                lists = {a: loaded_rules.shortlist(v, LOADED_CAP) for a, v in again.items()}
                plain = {a: loaded_rules.shortlist(v, LOADED_CAP) for a, v in loaded.items()}
                print(f"    x{weight}, floor {floor}, share {share}:", figures(lists, gold, years, "lex"))
                if weight == 0.4:
                    print(
                        f"    (floor {floor}, share {share} with no weight:",
                        figures(plain, gold, years, "lex") + ")",
                    )
    finally:
        loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = old
    scores = sorted(i["score"] for v in distinct.values() for i in v[:DISTINCT_CAP])
    for part in (0.05, 0.1, 0.2, 0.3):
        least = scores[int(part * len(scores))]
        lists = {a: [i for i in v[:DISTINCT_CAP] if i["score"] >= least] for a, v in distinct.items()}
        print(
            f"  distinct scoring at least {least:.1f} (the {part:.0%} lowest out):",
            figures(lists, gold, years, "inf"),
        )
    original = distinct_rules.score_sentence

    def weighed(weight):
        def score_sentence(
            sentence, other_stems, quote_spans, actor_mentions, evaluative, text, main_event=()
        ):
            own = [
                (s, e, w if any(a <= s and e <= b for a, b in quote_spans) else w * weight)
                for s, e, w in evaluative
            ]
            return original(sentence, other_stems, quote_spans, actor_mentions, own, text, main_event)

        return score_sentence

    try:
        for weight in (0.0, 0.5, 1.5):
            distinct_rules.score_sentence = weighed(weight)
            lists = {a: v[:DISTINCT_CAP] for a, v in ranked(triplets)[0].items()}
            print(
                f"  distinct, the outlet's own evaluative words x{weight}:",
                figures(lists, gold, years, "inf"),
            )
    finally:
        distinct_rules.score_sentence = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    distinct, loaded, _ = ranked(triplets)
    print("1. the span unit (informational spans against sentences)")
    span_unit(triplets, distinct)
    print("2. one kind per stretch")
    kinds(triplets, distinct, loaded, years)
    print("3. the loaded cap (floor x share of the best x cap, shortlist as shipped)")
    loaded_cap(loaded, gold, years)
    print("4. repeated wordings")
    repeated(triplets, loaded)
    print("5. reported speech, and the distinct ranking's own evaluative words and floor")
    reported_speech(triplets, distinct, loaded, years)


if __name__ == "__main__":
    main()
