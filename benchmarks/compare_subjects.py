"""Round 45b's check of predicate words in the loaded list on BASIL dev: an evaluative adjective or
noun after a copula ("was defiant", "is a liar", "would be unprecedented") characterises whatever
the clause's subject is. Does it count as loaded only when that subject is one of the story's main
actors (named, or a personal pronoun) or their act ("his remarks were vile")? Printed on
2010-2012 (tune) beside 2013-2014 (held-out), with how the shown predicate words split by subject.

    python benchmarks/compare_subjects.py [--data ../shared/data/basil-dev]

The parse is the pipeline's spaCy model run on the stored text here, read the way
``stories/loaded_roles.py`` reads the stored ``word_roles`` ([start, pos, dep, head_start]).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS
from newsprism.nlp.word_roles import word_roles
from newsprism.stories import loaded as loaded_rules
from newsprism.stories.loaded_roles import WordRoles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_predicates import scored  # noqa: E402
from compare_variants import load, ranked  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    _, loaded, actors = ranked(triplets)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: g for t in triplets for aid, g in t["gold"].items()}
    mentions: dict[str, list] = {aid: [] for aid in years}
    for t in triplets:
        for m in t["mentions"]:
            if m.entity_id and m.entity_id in actors.get(m.article_id, ()):
                mentions[m.article_id].append((m.start, m.end))
    nlp = spacy.load(Settings.load().model, disable=["ner"])
    roles = {
        a.article_id: WordRoles(word_roles(nlp(a.text)), mentions[a.article_id], a.text)
        for t in triplets
        for a in t["articles"]
    }

    tally = {True: Counter(), False: Counter()}
    for aid, items in loaded.items():
        for item in loaded_rules.shortlist(items, 10):
            subject = roles[aid].predicate_subject(item["start"], item["end"])
            if subject is None:
                continue
            right = any(item["start"] < e and s < item["end"] for s, e in gold[aid]["lex"])
            tally[years[aid] in TUNE_YEARS][subject or "other"] += 1
            tally[years[aid] in TUNE_YEARS][(subject or "other") + " right"] += right
    for tune in (True, False):
        split = "tune" if tune else "held-out"
        print(f"shown predicate words by subject, {split}: {dict(sorted(tally[tune].items()))}")

    def view(factor):
        found = {}
        for aid, items in loaded.items():
            again = [dict(i, score=i["score"] * factor(aid, i)) for i in items]
            again = [i for i in again if i["score"] >= loaded_rules.MIN_SCORE]
            found[aid] = loaded_rules.shortlist(sorted(again, key=lambda i: (-i["score"], i["start"])), 10)
        return found

    def off_actor(aid, item):
        return roles[aid].predicate_subject(item["start"], item["end"]) == ""

    print("loaded vs lexical spans: tune · held-out")
    for name, factor in (
        ("shipped", lambda aid, i: 1.0),
        ("predicate of no actor x0", lambda aid, i: 0.0 if off_actor(aid, i) else 1.0),
        ("predicate of no actor x0.3", lambda aid, i: 0.3 if off_actor(aid, i) else 1.0),
        ("predicate of no actor x0.5", lambda aid, i: 0.5 if off_actor(aid, i) else 1.0),
        ("predicate of no actor x0.7", lambda aid, i: 0.7 if off_actor(aid, i) else 1.0),
    ):
        found = view(factor)
        tune, held = scored(found, gold, "lex", years, True), scored(found, gold, "lex", years, False)
        print(f"  {name}: {tune} · {held}")


if __name__ == "__main__":
    main()
