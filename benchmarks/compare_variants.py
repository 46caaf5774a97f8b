"""Ideas for ranking the comparison's lists, each measured on BASIL dev as ``eval compare`` scores
them (recall of BASIL spans, precision of items), on the tuning years 2010-2012 and the held-out
years 2013-2014 apart, so that an idea is kept only when it holds on both.

    python benchmarks/compare_variants.py [--data ../shared/data/basil-dev] [--afinn AFINN-en-165.txt]

Every variant re-ranks or cuts the full ranked lists that ``compare_articles(full=True)`` gives
(the shipped rules), then keeps 5 distinct statements per article, or the loaded words the
default view would show. Parsing comes from the evaluation's cache (``eval compare`` fills it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from newsprism.config import Settings
from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS, cached_store, load_basil, locate, score
from newsprism.nlp.lexicon import lines
from newsprism.stories import compare_outlet
from newsprism.stories import distinct as distinct_rules
from newsprism.stories import loaded as loaded_rules
from newsprism.stories.compare import compare_articles
from newsprism.stories.compare_text import WORD, content_stems, sentences, stem

# PLOVER's event types by their quad class: conflict (verbal or material) and cooperation
CONFLICT = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
COOPERATION = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}
DISTINCT_CAP = 5


def load(data: Path) -> list[dict]:
    """Each triplet's stored rows and its BASIL spans (start, end) per kind and article."""
    records, notes = load_basil(data)
    store = cached_store(records, Settings.load())
    by_triplet: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_triplet[record["triplet"]].append(record)
    triplets = []
    try:
        for members in by_triplet.values():
            ids = [r["id"] for r in members]
            articles = list(store.articles(ids=ids))
            quotes = list(store.quotes(article_ids=ids))
            mentions = list(store.mentions(article_ids=ids))
            linked = sorted({m.entity_id for m in mentions if m.entity_id})
            gold = {}
            for article in articles:
                found = {"inf": [], "lex": []}
                for span in notes.get(article.article_id, []):
                    where = locate(article.text, span)
                    if where:
                        found[span["bias"]].append(where)
                gold[article.article_id] = found
            triplets.append(
                {
                    "year": members[0]["year"],
                    "articles": articles,
                    "quotes": quotes,
                    "mentions": mentions,
                    "events": list(store.events(article_ids=ids)),
                    "names": {e.entity_id: e.name for e in store.entities(ids=linked)} if linked else {},
                    "gold": gold,
                }
            )
    finally:
        store.close()
    return triplets


def ranked(triplets: list[dict]) -> tuple[dict, dict, dict]:
    """(distinct items per article, loaded items per article, the story's main actor ids per
    article), each list ranked best first by the shipped rules with no cap."""
    distinct, loaded, actors = defaultdict(list), defaultdict(list), {}
    for t in triplets:
        found = compare_articles(
            t["articles"], t["quotes"], t["mentions"], t["events"], t["names"], full=True
        )
        for row in found["outlets"]:
            for item in row["distinct"]:
                distinct[item["article_id"]].append(item)
            for item in row["loaded"]:
                loaded[item["article_id"]].append(item)
        for article in t["articles"]:
            actors[article.article_id] = [a["entity_id"] for a in found["main_actors"]]
    return distinct, loaded, actors


def ranked_without(triplets: list[dict], weight: float, lead: bool) -> dict:
    """The distinct lists with another ``HEADLINE_WEIGHT``, and with or without the opening sentence."""
    old = distinct_rules.HEADLINE_WEIGHT, compare_outlet.distinct_statements
    distinct_rules.HEADLINE_WEIGHT = weight
    if not lead:
        compare_outlet.distinct_statements = lambda *args, lead=None, **keys: old[1](*args, **keys)
    try:
        return ranked(triplets)[0]
    finally:
        distinct_rules.HEADLINE_WEIGHT, compare_outlet.distinct_statements = old


def reranked(items: list[dict], factor) -> list[dict]:
    return sorted(items, key=lambda item: (-item["score"] * factor(item), item["start"]))[:DISTINCT_CAP]


def distinct_variants(triplets: list[dict], items: dict, actors: dict) -> dict:
    """Name -> article id -> the 5 items that variant shows."""
    article = {a.article_id: a for t in triplets for a in t["articles"]}
    quotes, events = defaultdict(list), defaultdict(list)
    others: dict[str, list[set[str]]] = {}
    for t in triplets:
        for quote in t["quotes"]:
            quotes[quote.article_id].append(quote)
        for found in t["events"]:
            events[found.article_id].append(found)
        stems = {
            a.article_id: [set(content_stems(s.text)) for s in sentences(a.article_id, a.text)]
            for a in t["articles"]
        }
        for aid in stems:
            others[aid] = [s for other, found in stems.items() if other != aid for s in found if s]

    def quoted_by(aid, item, kinds=("direct", "partial")):
        return [q for q in quotes[aid] if q.kind in kinds and q.start < item["end"] and item["start"] < q.end]

    def types(aid, item):
        return {e.type for e in events[aid] if item["start"] <= e.start < item["end"]}

    def paraphrased(aid, item, least=0.5):
        own = set(content_stems(item["text"]))
        return any(len(own & s) / len(own | s) >= least for s in others[aid]) if own else False

    def neighbours(ranked_items, weight):
        order = sorted(ranked_items, key=lambda item: item["start"])
        near = {}
        for at, item in enumerate(order):
            scores = [order[j]["score"] for j in (at - 1, at + 1) if 0 <= j < len(order)]
            near[item["start"]] = weight * sum(scores) / len(scores) if scores else 0.0
        return sorted(ranked_items, key=lambda item: -(item["score"] + near[item["start"]]))[:DISTINCT_CAP]

    def first_actor_quote(aid, item):
        found = quoted_by(aid, item)
        return bool(found) and all(actors[aid][:1] == [q.speaker_entity_id] for q in found)

    per_words = {aid: max(3, min(DISTINCT_CAP, len(article[aid].text.split()) // 120)) for aid in article}
    rules = {
        "shipped rules": lambda aid, v: v[:DISTINCT_CAP],
        "near-paraphrases of other outlets' sentences left out (Jaccard >= 0.5)": lambda aid, v: [
            i for i in v if not paraphrased(aid, i)
        ][:DISTINCT_CAP],
        "quotations by the story's first actor x0.7": lambda aid, v: reranked(
            v, lambda i: 0.7 if first_actor_quote(aid, i) else 1.0
        ),
        "quotations by anyone else x1.3": lambda aid, v: reranked(
            v, lambda i: 1.3 if quoted_by(aid, i) and not first_actor_quote(aid, i) else 1.0
        ),
        "reported (indirect) speech x0.7": lambda aid, v: reranked(
            v, lambda i: 0.7 if quoted_by(aid, i, ("indirect",)) and not quoted_by(aid, i) else 1.0
        ),
        "a conflict event x1.3": lambda aid, v: reranked(
            v, lambda i: 1.3 if types(aid, i) & CONFLICT else 1.0
        ),
        "only cooperation events x0.7": lambda aid, v: reranked(
            v, lambda i: 0.7 if types(aid, i) & COOPERATION and not types(aid, i) & CONFLICT else 1.0
        ),
        "neighbours' scores added (x0.2)": lambda aid, v: neighbours(v, 0.2),
        "one item per 120 words (3-5)": lambda aid, v: v[: per_words[aid]],
        "statements whose quotation another outlet carries left out": lambda aid, v: [
            i for i in v if "also_carried_by" not in i
        ][:DISTINCT_CAP],
        "statements whose quotation most outlets carry left out": lambda aid, v: [
            i for i in v if "most outlets carry" not in i["why"]
        ][:DISTINCT_CAP],
        "within 0.4 of the article's best": lambda aid, v: [
            i for i in v if i["score"] >= 0.4 * v[0]["score"]
        ][:DISTINCT_CAP],
    }
    return {name: {aid: rule(aid, v) for aid, v in items.items() if v} for name, rule in rules.items()}


def loaded_variants(items: dict, triplets: list[dict]) -> dict:
    """Name -> article id -> the loaded items that variant shows."""
    text = {a.article_id: a.text for t in triplets for a in t["articles"]}
    others = {
        a.article_id: [
            found
            for b in t["articles"]
            if b.article_id != a.article_id
            for found in (set(content_stems(s.text)) for s in sentences(b.article_id, b.text))
            if found
        ]
        for t in triplets
        for a in t["articles"]
    }
    source = {}
    for line in lines("evaluative_words.tsv"):
        word, _, found, *_ = (line.split("\t") + ["", ""])[:4]
        source.setdefault(stem(word), found)

    def rescored(v, factor):
        again = [dict(i, score=i["score"] * factor(i)) for i in v]
        return sorted(again, key=lambda i: (-i["score"], i["start"]))

    def scare_shared(i):  # scare-quoted words most other outlets use too
        found = re.search(r"(\d+)% of the other outlets use its words", i["why"])
        return "quotation marks" in i["why"] and found is not None and int(found.group(1)) >= 50

    def contrasted(aid, i, least=0.2):
        """The other outlets' sentence closest to the word's surroundings lacks the word."""
        around = set(content_stems(text[aid][max(0, i["start"] - 150) : i["end"] + 150]))
        key, best, has = stem(i["text"].split()[-1]), 0.0, True
        for found in others[aid]:
            overlap = len(around & found) / len(around | found)
            if overlap > best:
                best, has = overlap, key in found
        return best >= least and not has

    def from_source(i, name):
        return source.get(stem(i["text"].split()[-1])) == name and "quotation marks" not in i["why"]

    def shown(v, floor=None, share=None, cap=10):
        old = loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST
        loaded_rules.SHOWN_FLOOR = old[0] if floor is None else floor
        loaded_rules.SHOWN_SHARE_OF_BEST = old[1] if share is None else share
        try:
            return loaded_rules.shortlist(v, cap)
        finally:
            loaded_rules.SHOWN_FLOOR, loaded_rules.SHOWN_SHARE_OF_BEST = old

    def actor_weighted(v, weight):
        again = [
            dict(i, score=i["score"] * (weight / loaded_rules.ACTOR_WEIGHT if i["entity_id"] else 1))
            for i in v
        ]
        return sorted(again, key=lambda i: (-i["score"], i["start"]))

    def scare_weighted(v, weight):
        again = [dict(i, score=i["score"] * (weight if "quotation marks" in i["why"] else 1)) for i in v]
        return sorted(again, key=lambda i: (-i["score"], i["start"]))

    rules = {
        "shipped rules": lambda v: shown(v),
        "words another outlet uses left out": lambda v: shown(
            [i for i in v if "no other outlet" in i["why"]]
        ),
        "only words next to a main actor": lambda v: shown([i for i in v if i["entity_id"]]),
        "next to a main actor x1.5 (shipped x1.2)": lambda v: shown(actor_weighted(v, 1.5)),
        "floor 0.5": lambda v: shown(v, floor=0.5),
        "floor 0.9": lambda v: shown(v, floor=0.9),
        "within 0.6 of the best": lambda v: shown(v, share=0.6),
        "at most 3": lambda v: shown(v, cap=3),
        "scare quotes x0.6": lambda v: shown(scare_weighted(v, 0.6)),
        "words in a quotation other outlets carry left out": lambda aid, v: shown(
            [i for i in v if "also_carried_by" not in i]
        ),
        "any word inside a quotation x0.6": lambda v: shown(
            rescored(v, lambda i: 0.6 if "in a quotation" in i["why"] else 1)
        ),
        "scare quotes whose words most other outlets use left out": lambda v: shown(
            [i for i in v if not scare_shared(i)]
        ),
        "scare quotes whose words most other outlets use x0.5": lambda v: shown(
            rescored(v, lambda i: 0.5 if scare_shared(i) else 1)
        ),
        "lexicon's VADER words x0.7": lambda v: shown(
            rescored(v, lambda i: 0.7 if from_source(i, "vader") else 1)
        ),
        "lexicon's hand-listed words x1.3": lambda v: shown(
            rescored(v, lambda i: 1.3 if from_source(i, "hand") else 1)
        ),
        "at most 0.4 of the article's candidates (1-10)": lambda aid, v: shown(
            v, cap=max(1, min(10, round(0.4 * len(v))))
        ),
        "at most one per 150 words (1-10)": lambda aid, v: shown(
            v, cap=max(1, min(10, round(len(text[aid].split()) / 150)))
        ),
        "the closest other-outlet sentence lacks the word x1.3": lambda aid, v: shown(
            rescored(v, lambda i: 1.3 if contrasted(aid, i) else 1)
        ),
    }
    return {
        name: {aid: rule(aid, v) if rule.__code__.co_argcount == 2 else rule(v) for aid, v in items.items()}
        for name, rule in rules.items()
    }


def with_afinn(triplets: list[dict], path: Path, least: int, scale: float) -> dict:
    """The loaded lists with the AFINN word list's words (|valence| >= ``least``) that the
    lexicon lacks added at ``scale`` x |valence| / 5, weighed down by their share of AllSides
    articles as the lexicon's own are. AFINN (Nielsen 2011, ODbL) is not shipped: pass the file
    that the ``afinn`` package carries (``afinn/data/AFINN-en-165.txt``)."""
    lexicon = loaded_rules.evaluative_lexicon()
    added = {}
    for line in path.read_text("utf-8").splitlines():
        word, valence = line.rsplit("\t", 1)
        if " " not in word and abs(int(valence)) >= least and stem(word) not in lexicon.strengths:
            added[stem(word)] = scale * abs(int(valence)) / 5
    share = Counter()
    with gzip.open(DEFAULT_BASIL.parent / "allsides" / "articles.jsonl.gz", "rt") as lines_read:
        articles = [json.loads(line)["text"] or "" for n, line in enumerate(lines_read) if n % 10 == 0]
    for text in articles:
        share.update(set(added) & {stem(w) for w in WORD.findall(text)})
    old = dict(lexicon.weights), dict(lexicon.strengths)
    for key, weight in added.items():
        lexicon.strengths[key] = weight
        lexicon.weights[key] = weight / (1 + share[key] / len(articles) / loaded_rules.COMMON_IN_NEWS)
    lexicon._memo.clear()
    try:
        return ranked(triplets)[1]
    finally:
        lexicon.weights, lexicon.strengths = old
        lexicon._memo.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--afinn", type=Path, help="AFINN-en-165.txt, to measure it as a further lexicon")
    args = parser.parse_args()
    triplets = load(args.data)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: spans for t in triplets for aid, spans in t["gold"].items()}
    distinct, loaded, actors = ranked(triplets)
    shown = {
        "distinct": distinct_variants(triplets, distinct, actors),
        "loaded": loaded_variants(loaded, triplets),
    }
    for least, scale in ((3, 0.3), (2, 0.6)) if args.afinn else ():
        found = with_afinn(triplets, args.afinn, least, scale)
        name = f"AFINN words |valence| >= {least} added at {scale} x |valence| / 5"
        shown["loaded"][name] = {aid: loaded_rules.shortlist(v, 10) for aid, v in found.items()}
    for name, weight, lead in (
        ("without the headline and opening-sentence rule (HEADLINE_WEIGHT 0)", 0.0, False),
        ("the headline rule alone (no opening sentence)", distinct_rules.HEADLINE_WEIGHT, False),
    ):
        without = ranked_without(triplets, weight, lead)
        shown["distinct"][name] = {aid: v[:DISTINCT_CAP] for aid, v in without.items()}
    splits = {"tune 2010-2012": TUNE_YEARS, "held-out 2013-2014": None}
    for key, kind in (("distinct", "inf"), ("loaded", "lex")):
        print(f"\n{key} against BASIL {'informational' if kind == 'inf' else 'lexical'} bias")
        print(f"{'variant':70s} " + "  ".join(f"{s:>26s}" for s in splits))
        for name, lists in shown[key].items():
            cells = []
            for tune_years in splits.values():
                ids = [a for a in gold if (years[a] in TUNE_YEARS) == (tune_years is not None)]
                found = score(
                    {a: [(i["start"], i["end"]) for i in lists.get(a, [])] for a in ids},
                    {a: gold[a][kind] for a in ids},
                )
                cells.append(f"{found['recall']:.3f} / {found['precision']:.3f} ({found['per_article']:.1f})")
            print(f"{name[:70]:70s} " + "  ".join(f"{c:>26s}" for c in cells))
    counts = Counter(len(gold[a]["lex"]) == 0 for a in gold)
    print(f"\narticles without a lexical span: {counts[True]} of {len(gold)}")
    words = sorted(
        (len(a.text.split()), len(gold[a.article_id]["inf"])) for t in triplets for a in t["articles"]
    )
    fifth = len(words) // 5
    for at in range(0, 5 * fifth, fifth):
        part = words[at : at + fifth]
        spans = sum(n for _, n in part) / len(part)
        print(f"articles of {part[0][0]}-{part[-1][0]} words: {spans:.1f} informational spans each")


if __name__ == "__main__":
    main()
