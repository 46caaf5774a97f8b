"""Round 44's checks of the comparison's lists on BASIL dev (nothing shipped): does a loaded word
used as the predicate of a clause ("the plan is reckless", "he was a hardliner", "sought to smear
him") miss the lexical spans more often than one used as a modifier or a verb of the action, and
does a more varied top five of distinct statements (one per paragraph or per speaker) find more
informational spans? Each idea is chosen on 2010-2012 and printed beside 2013-2014.

    python benchmarks/compare_predicates.py [--data ../shared/data/basil-dev]

The loaded view is the shipped ranking re-weighted, then cut by ``loaded.shortlist`` as the
default view is; the dependency labels come from the pipeline's spaCy model run on the stored
text here (the comparison itself reads no parse, so the parse rows measure what a parse would buy).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import spacy

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS
from newsprism.stories import loaded as loaded_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_variants import load, ranked  # noqa: E402

PREDICATES = ("acomp", "attr", "xcomp")  # predicate adjective / noun, infinitive complement

COPULAS = set(
    "is are was were be been being am seem seems seemed become becomes became remain remains remained".split()
)
FILLERS = set("a an the very so too more most less really quite rather just also not never such even".split())
WORD = re.compile(r"[\w'’-]+")


def overlaps(item: dict, spans: list) -> bool:
    return any(item["start"] < e and s < item["end"] for s, e in spans)


def scored(shown: dict, gold: dict, kind: str, years: dict, tune: bool) -> str:
    spans = found = items = right = 0
    for aid, view in shown.items():
        if (years[aid] in TUNE_YEARS) != tune:
            continue
        spans_here = gold[aid][kind]
        spans += len(spans_here)
        found += sum(any(i["start"] < e and s < i["end"] for i in view) for s, e in spans_here)
        items += len(view)
        right += sum(overlaps(i, spans_here) for i in view)
    return f"{found / max(1, spans):.3f} / {right / max(1, items):.3f} ({items})"


def copular(text: str, item: dict) -> bool:
    """Surface stand-in for a predicate: a form of "be"/"seem"/"become" before the word (degree
    words and articles between), the word no participle or "-ly" adverb ("was slammed" is passive)."""
    if item["text"].split()[-1].lower().endswith(("ed", "ly", "ing")):
        return False
    before = re.split(r"[.!?;:\n]", text[max(0, item["start"] - 60) : item["start"]])[-1]
    for word in reversed([w.lower() for w in WORD.findall(before)][-4:]):
        if word in COPULAS:
            return True
        if word not in FILLERS:
            return False
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    distinct, loaded, _ = ranked(triplets)
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: g for t in triplets for aid, g in t["gold"].items()}
    quotes = {aid: [] for aid in text}
    for t in triplets:
        for q in t["quotes"]:
            if q.kind in ("direct", "partial") and q.speaker:
                quotes[q.article_id].append((q.start, q.end, q.speaker))
    nlp = spacy.load(Settings.load().model, disable=["ner"])
    deps = {aid: [(tok.idx, tok.dep_) for tok in nlp(body)] for aid, body in text.items()}

    def dep_of(aid, item):
        inside = [dep for start, dep in deps[aid] if item["start"] <= start < item["end"]]
        return inside[-1] if inside else ""

    def loaded_view(factor):
        view = {}
        for aid, items in loaded.items():
            again = [dict(i, score=i["score"] * factor(aid, i)) for i in items]
            view[aid] = loaded_rules.shortlist(sorted(again, key=lambda i: (-i["score"], i["start"])), 10)
        return view

    print("loaded vs lexical spans: tune 2010-2012 · held-out 2013-2014")
    for name, factor in (
        ("shipped", lambda aid, i: 1.0),
        ("predicate (spaCy acomp/attr/xcomp) x0.5", lambda a, i: 0.5 if dep_of(a, i) in PREDICATES else 1),
        ("predicate (spaCy acomp/attr) x0.5", lambda a, i: 0.5 if dep_of(a, i) in PREDICATES[:2] else 1),
        ("after a copula (surface) x0.5", lambda aid, i: 0.5 if copular(text[aid], i) else 1.0),
    ):
        view = loaded_view(factor)
        tune, held = scored(view, gold, "lex", years, True), scored(view, gold, "lex", years, False)
        print(f"  {name}: {tune} · {held}")

    def speaker(aid, item):
        found = sorted({s for a, b, s in quotes[aid] if a < item["end"] and item["start"] < b})
        return found[0] if found else None

    def paragraph(aid, at):
        return text[aid].count("\n", 0, at)

    def varied(aid, items, same_paragraph, same_speaker):
        pool, chosen = list(items[:25]), []
        while pool and len(chosen) < 5:

            def worth(i):
                score = i["score"]
                if any(paragraph(aid, o["start"]) == paragraph(aid, i["start"]) for o in chosen):
                    score *= same_paragraph
                if speaker(aid, i) and any(speaker(aid, o) == speaker(aid, i) for o in chosen):
                    score *= same_speaker
                return score, -i["start"]

            best = max(pool, key=worth)
            chosen.append(best)
            pool.remove(best)
        return chosen

    print("distinct vs informational spans, 5 per article: tune · held-out")
    for name, (para, spk) in (
        ("shipped", (1.0, 1.0)),
        ("a paragraph already shown x0.8", (0.8, 1.0)),
        ("a speaker already shown x0.8", (1.0, 0.8)),
        ("both x0.9", (0.9, 0.9)),
    ):
        view = {aid: varied(aid, v, para, spk) for aid, v in distinct.items()}
        tune, held = scored(view, gold, "inf", years, True), scored(view, gold, "inf", years, False)
        print(f"  {name}: {tune} · {held}")


if __name__ == "__main__":
    main()
