"""Round 51's checks of issue 18 point 6 on BASIL dev: where the BASIL spans the lists miss stand,
and re-rankings or new candidates meant to reach them, each scored on both year halves (2010-2012,
2013-2014) against the shipped rules; an idea is kept only when it helps both held-out halves.

(a) census: the rank of the best item overlapping each informational span (none: no candidate,
    and why: shared word for word, a fragment, too short), and the loaded spans with no candidate
    (in the lexicon but weighed out, in no lexicon, inside a quotation);
(b) distinct, one cue at a time x0.7-1.6: a characterising verb of saying ("claimed", "accused",
    "denied"), a motive ("in order to", "designed to"), a contrast, a partial quotation, the
    article's second half, a paragraph's first sentence, "said"/"told", background (a perfect
    tense, "previously"), the first person, a question;
(c) distinct, candidates: short quotations (3-4 content words, inside quotation marks) kept;
    a sentence next to one already shown weighed down (diversity); a sentence restating another
    outlet's headline or lead weighed down;
(d) loaded, a word inside one of the article's k best statements weighed x0.5-1.5 (BASIL gives a
    span one kind: a word of a marked statement is seldom marked lexical);
(e) rare words: a lower-case word in under t of the AllSides corpus' articles (``news df``, counted
    here) and in no lexicon, as a loaded candidate (adjectives, verbs, adverbs by the stored parse)
    at weight w, or as evaluative strength s of a distinct statement;
(f) two wording classes the lexicons miss, counted: hyphenated compounds, a degree word + adjective.

    python benchmarks/compare_recall51.py [--data ../shared/data/basil-dev]

Parsing comes from the evaluation's cache (``eval compare`` fills it); counting the corpus' words
takes about 2 min once (cached in the temp directory), the rest about 4 min. Nothing here is
shipped; results and reading in ``docs/measured/compare.md`` (round 51).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from newsprism.evaluation.compare import DEFAULT_BASIL, load_basil, score
from newsprism.nlp.lexicon import words
from newsprism.stories import distinct as distinct_rules
from newsprism.stories.compare_text import WORD, content_stems, inside, opens_sentence, sentences, stem
from newsprism.stories.distinct import sentence_key
from newsprism.stories.evaluative import evaluative_lexicon
from newsprism.stories.loaded import shortlist

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "compare_sets"))
from compare_variants import load, ranked  # noqa: E402

HALVES = {"2010-2012": ("2010", "2011", "2012"), "2013-2014": ("2013", "2014")}
UNSEEN = {"compare_unseen41-51 pooled": ("unseen",)}
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "allsides" / "articles.jsonl.gz"
QUOTE_MARKS = '"“”'
CUES = {
    "say_verb": re.compile(
        r"\b(claim(?:ed|s)?|insist(?:ed|s)?|accus(?:ed|es)|charg(?:ed|es)|blast(?:ed|s)|slamm?(?:ed|s)|"
        r"critici[sz](?:ed|es)|den(?:ied|ies)|admit(?:ted|s)|conced(?:ed|es)|boast(?:ed|s)|"
        r"complain(?:ed|s)|warn(?:ed|s)|argu(?:ed|es)|contend(?:ed|s)|acknowledg(?:ed|es)|"
        r"attack(?:ed|s)|defend(?:ed|s)|touted|mocked|dismiss(?:ed|es)|rejected|called)\b",
        re.I,
    ),
    "motive": re.compile(
        r"\b(in order to|so that|because|aimed at|designed to|seeking to|sought to|in an effort to|"
        r"hoping to|attempt to|bid to|effort to|intended to)\b",
        re.I,
    ),
    "contrast": re.compile(r"\b(but|however|although|though|yet|despite|instead|even as)\b", re.I),
    "said_told": re.compile(r"\b(said|says|told)\b", re.I),
    "background": re.compile(
        r"\b(has|have|had) (been |long )?\w+ed\b|\b(last year|previously|earlier|in the past|former|once)\b",
        re.I,
    ),
    "first_person": re.compile(r"\b(I|we|my|our|us|me)\b"),
    "question": re.compile(r"\?"),
}


def overlaps(item: dict, spans) -> bool:
    return any(item["start"] < e and s < item["end"] for s, e in spans)


def scored(shown: dict, gold: dict, kind: str, years) -> str:
    ids = [a for a in gold if gold[a]["year"] in years]
    result = score({a: shown.get(a, []) for a in ids}, {a: gold[a][kind] for a in ids})
    return f"{result['recall']:.3f} / {result['precision']:.3f} ({result['items']})"


def both(shown: dict, gold: dict, kind: str) -> str:
    """The figure on each BASIL half, or on the pooled story sets when ``gold`` holds those."""
    halves = UNSEEN if any(g["year"] == "unseen" for g in gold.values()) else HALVES
    return "  ".join(f"{half} {scored(shown, gold, kind, years)}" for half, years in halves.items())


def top_distinct(lists: dict, key=None) -> dict:
    out = {}
    for a, items in lists.items():
        chosen = sorted(items, key=lambda i: (key(a, i), i["start"]))[:5] if key else items[:5]
        out[a] = [(i["start"], i["end"]) for i in chosen]
    return out


def shown_loaded(lists: dict, keep=None) -> dict:
    return {
        a: [(i["start"], i["end"]) for i in shortlist([i for i in items if not keep or keep(a, i)], 10)]
        for a, items in lists.items()
    }


def cue_on(name: str, article: str, item: dict, text: dict) -> bool:
    if name == "partial_quote":
        marks = sum(item["text"].count(c) for c in QUOTE_MARKS)
        return marks >= 2 and item["text"].lstrip()[:1] not in QUOTE_MARKS
    if name == "second_half":
        return item["start"] / max(1, len(text[article])) > 0.5
    if name == "paragraph_start":
        return item["start"] == 0 or "\n" in text[article][max(0, item["start"] - 2) : item["start"]]
    return bool(CUES[name].search(item["text"]))


def census(distinct: dict, loaded: dict, gold: dict, text: dict, triplet: dict) -> None:
    keys = {a: {sentence_key(s.text) for s in sentences(a, text[a])} for a in text}
    lexicon = evaluative_lexicon()
    for half, years in HALVES.items():
        ranks, missing, lex = Counter(), Counter(), Counter()
        for a in (a for a in gold if gold[a]["year"] in years):
            items = distinct.get(a, [])
            others = set().union(*[keys[b] for b in text if triplet[b] == triplet[a] and b != a])
            for s, e in gold[a]["inf"]:
                best = next((k for k, i in enumerate(items) if overlaps(i, [(s, e)])), None)
                ranks["none" if best is None else "0-4" if best < 5 else "5-9" if best < 10 else "10+"] += 1
                if best is None:
                    for sent in (x for x in sentences(a, text[a]) if x.start < e and s < x.end):
                        shared = sentence_key(sent.text) in others
                        short = len(content_stems(sent.text)) < 5
                        missing[
                            "shared"
                            if shared
                            else "fragment"
                            if not opens_sentence(sent.text)
                            else "short"
                            if short
                            else "other"
                        ] += 1
            for s, e in gold[a]["lex"]:
                if any(overlaps(i, [(s, e)]) for i in loaded.get(a, [])):
                    continue
                found = WORD.findall(text[a][s:e])
                lex[
                    "hand list"
                    if any(lexicon.characterises(stem(w)) for w in found)
                    else "lexicon, weighed out"
                    if any(lexicon.weights.get(stem(w), 0) for w in found)
                    else "no lexicon"
                ] += 1
        print(f"{half}: informational spans by best rank {dict(ranks)}; no candidate: {dict(missing)}")
        print(f"{half}: lexical spans with no candidate: {dict(lex)}")


def distinct_cues(distinct: dict, gold: dict, text: dict) -> None:
    print(
        "\n(b) distinct, one cue x w (recall / precision (items) per half); shipped:",
        both(top_distinct(distinct), gold, "inf"),
    )
    for name in list(CUES) + ["partial_quote", "second_half", "paragraph_start"]:
        for w in (0.7, 0.85, 1.15, 1.3, 1.6):
            key = lambda a, i, w=w, name=name: -i["score"] * (w if cue_on(name, a, i, text) else 1.0)  # noqa: E731
            print(f"  {name} x{w}: {both(top_distinct(distinct, key), gold, 'inf')}")


def diversity(distinct: dict, gold: dict, weight: float, gap: int) -> dict:
    def near(i, j) -> bool:
        return 0 <= j["start"] - i["end"] < gap or 0 <= i["start"] - j["end"] < gap

    out = {}
    for a, items in distinct.items():
        shown, pool = [], list(items)
        while pool and len(shown) < 5:
            best = max(
                pool,
                key=lambda i: (i["score"] * (weight if any(near(i, j) for j in shown) else 1), -i["start"]),
            )
            shown.append(best)
            pool.remove(best)
        out[a] = [(i["start"], i["end"]) for i in shown]
    return out


def short_quotes(triplets: list, gold: dict, least: int, boost: float) -> str:
    plain = distinct_rules.score_sentence

    def patched(sentence, other_stems, quote_spans, *args, **keys):
        stems = content_stems(sentence.text)
        quoted = inside(quote_spans, sentence.start, sentence.end) / max(1, sentence.end - sentence.start)
        if least <= len(stems) < distinct_rules.MIN_CONTENT_WORDS and quoted > 0.8:
            old, distinct_rules.MIN_CONTENT_WORDS = distinct_rules.MIN_CONTENT_WORDS, least
            try:
                found = plain(sentence, other_stems, quote_spans, *args, **keys)
            finally:
                distinct_rules.MIN_CONTENT_WORDS = old
            return (found[0] * boost, found[1]) if found else found
        return plain(sentence, other_stems, quote_spans, *args, **keys)

    distinct_rules.score_sentence = patched
    try:
        return both(top_distinct(ranked(triplets)[0]), gold, "inf")
    finally:
        distinct_rules.score_sentence = plain


def news_df() -> tuple[int, Counter]:
    cache = Path(tempfile.gettempdir()) / "newsprism-news-df51.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    counts, n = Counter(), 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            n += 1
            counts.update({stem(w) for w in WORD.findall(json.loads(line)["text"]) if w.islower()})
    cache.write_bytes(pickle.dumps((n, counts)))
    return n, counts


def rare_words(triplets: list, gold: dict, text: dict) -> None:
    n, df = news_df()
    lexicon = evaluative_lexicon()
    weights, strengths = dict(lexicon.weights), dict(lexicon.strengths)
    stems = sorted({stem(w) for a in text for w in WORD.findall(text[a]) if w.islower()})
    roles = {
        a.article_id: {r[0]: r[1] for r in (a.word_roles or [])} for t in triplets for a in t["articles"]
    }
    print("\n(e) rare words (lower case, in under t of the corpus' articles, at least 3, in no lexicon)")
    try:
        for share, w in (
            (0.001, 0.3),
            (0.001, 0.6),
            (0.003, 0.12),
            (0.003, 0.2),
            (0.003, 0.3),
            (0.01, 0.12),
            (0.01, 0.2),
        ):
            rare = {k for k in stems if k not in weights and 3 <= df.get(k, 0) < share * n}
            lexicon.weights = dict(weights) | {k: w for k in rare}
            lexicon._memo.clear()
            loaded = ranked(triplets)[1]
            for pos in (("ADJ", "VERB", "ADV"), ("ADJ",)):

                def keep(a, i, pos=pos, rare=rare):  # noqa: E306
                    return stem(i["text"].split()[-1]) not in rare or roles[a].get(i["start"]) in pos

                print(
                    f"  loaded, t {share} w {w} {'/'.join(pos)}:",
                    both(shown_loaded(loaded, keep), gold, "lex"),
                )
        lexicon.weights = weights
        for share, s in ((0.001, 0.15), (0.001, 0.3), (0.003, 0.15), (0.003, 0.3), (0.01, 0.15), (0.01, 0.3)):
            lexicon.strengths = dict(strengths) | {
                k: s for k in stems if k not in strengths and 3 <= df.get(k, 0) < share * n
            }
            lexicon._memo.clear()
            print(
                f"  distinct strength, t {share} s {s}:", both(top_distinct(ranked(triplets)[0]), gold, "inf")
            )
    finally:
        lexicon.weights, lexicon.strengths = weights, strengths
        lexicon._memo.clear()


def unseen() -> None:
    """The shipped lists and the round's options that came nearest on BASIL, on the pooled
    compare_unseen story sets (densely marked: recall, not precision, is what they lack)."""
    from pooled import EVAL, story_set  # eval/compare_sets (the path ``pooled`` sets up)

    sets = [story_set(here) for here in sorted(EVAL.glob("compare_unseen*")) if (here / "ids.jsonl").exists()]
    gold = {a: dict(g, year="unseen") for t in sets for a, g in t["gold"].items()}
    text = {a.article_id: a.text for t in sets for a in t["articles"]}
    distinct, loaded, _ = ranked(sets)
    print(
        "shipped: distinct",
        both(top_distinct(distinct), gold, "inf"),
        " loaded",
        both(shown_loaded(loaded), gold, "lex"),
    )
    for name, w in (("first_person", 1.3), ("partial_quote", 1.15), ("say_verb", 1.15)):
        key = lambda a, i, w=w, name=name: -i["score"] * (w if cue_on(name, a, i, text) else 1.0)  # noqa: E731
        print(f"  distinct, {name} x{w}: {both(top_distinct(distinct, key), gold, 'inf')}")
    rare_words(sets, gold, text)


def phrase_classes(triplets: list, gold: dict, text: dict, loaded: dict) -> None:
    """Two classes of wording the lexicons miss, counted before any rule: a lower-case hyphenated
    compound ("late-in-life", no number or plain particle in it) and a degree word before an
    adjective ("even broader", "already extensive"): (on a lexical span, a candidate) -> count."""
    roles = {
        a.article_id: {r[0]: r[1] for r in (a.word_roles or [])} for t in triplets for a in t["articles"]
    }
    plain = re.compile(
        r"(one|two|three|four|five|six|seven|eight|nine|ten|year|old|time|term|day|week|month|"
        r"hour|party|state|run|up|out|in|on|off|based|owned)"
    )
    degree = words("intensifiers.txt") | {"even", "already", "strongly", "far", "much"}
    compound, word = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b"), re.compile(r"[A-Za-z]+")
    for half, years in HALVES.items():
        found = {"hyphenated compound": Counter(), "degree word + adjective": Counter()}
        for a in (a for a in gold if gold[a]["year"] in years):
            spans, items = gold[a]["lex"], loaded.get(a, [])
            for m in compound.finditer(text[a]):
                if not any(plain.fullmatch(p) for p in m.group().split("-")):
                    at = [{"start": m.start(), "end": m.end()}]
                    found["hyphenated compound"][
                        (overlaps(at[0], spans), any(overlaps(i, [(m.start(), m.end())]) for i in items))
                    ] += 1
            found_words = list(word.finditer(text[a]))
            for x, y in zip(found_words, found_words[1:], strict=False):
                if (
                    x.group().lower() in degree
                    and roles[a].get(y.start()) == "ADJ"
                    and text[a][x.end() : y.start()] == " "
                ):
                    at = {"start": x.start(), "end": y.end()}
                    found["degree word + adjective"][
                        (overlaps(at, spans), any(overlaps(i, [(x.start(), y.end())]) for i in items))
                    ] += 1
        for name, counts in found.items():
            print(f"  {half} {name}: {dict(sorted(counts.items()))}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--unseen", action="store_true", help="the story sets only (compare_unseen41-51)")
    args = parser.parse_args()
    if args.unseen:
        unseen()
        return
    triplets = load(args.data)
    records, _ = load_basil(args.data)
    triplet = {r["id"]: r["triplet"] for r in records}
    titles = {r["id"]: r["title"] or "" for r in records}
    distinct, loaded, _ = ranked(triplets)
    gold, text = {}, {}
    for t in triplets:
        for a in t["articles"]:
            gold[a.article_id] = dict(t["gold"][a.article_id], year=t["year"])
            text[a.article_id] = a.text
    print("(a) census")
    census(distinct, loaded, gold, text, triplet)
    distinct_cues(distinct, gold, text)
    print("\n(c) distinct candidates")
    for least, boost in ((3, 1.0), (4, 1.0), (3, 1.5), (4, 1.5)):
        print(
            f"  short quotations of {least}+ content words x{boost}:",
            short_quotes(triplets, gold, least, boost),
        )
    for gap in (3, 200):
        for w in (0.9, 0.8, 0.6, 0.4, 1.2):
            print(
                f"  next to a shown one (within {gap} characters) x{w}:",
                both(diversity(distinct, gold, w, gap), gold, "inf"),
            )
    leads = {}
    for a in text:
        found = sentences(a, text[a])
        leads[a] = [
            s
            for s in (set(content_stems(found[0].text)) if found else set(), set(content_stems(titles[a])))
            if s
        ]

    def restated(a, i) -> float:
        own = set(content_stems(i["text"]))
        return max(
            [len(own & s) / len(s) for b in text if triplet[b] == triplet[a] and b != a for s in leads[b]]
            or [0]
        )

    for w in (0.15, 0.3, 0.5, -0.2):
        key = lambda a, i, w=w: -i["score"] * (1 - w * restated(a, i))  # noqa: E731
        print(
            f"  restating another outlet's headline or lead x(1 - {w} share):",
            both(top_distinct(distinct, key), gold, "inf"),
        )
    print("\n(d) loaded, shipped:", both(shown_loaded(loaded), gold, "lex"))
    for k in (3, 5):
        for w in (0.9, 0.8, 0.7, 0.5, 1.2, 1.5):

            def weighed(items, a, k=k, w=w):
                tops = distinct.get(a, [])[:k]
                out = [
                    dict(
                        i,
                        score=i["score"]
                        * (w if any(x["start"] <= i["start"] and i["end"] <= x["end"] for x in tops) else 1),
                    )
                    for i in items
                ]
                return sorted(out, key=lambda i: (-i["score"], i["start"]))

            print(
                f"  a word inside one of the {k} best statements x{w}:",
                both(shown_loaded({a: weighed(v, a) for a, v in loaded.items()}), gold, "lex"),
            )
    print("\n(f) wording classes the lexicons miss: (on a lexical span, a candidate) -> count")
    phrase_classes(triplets, gold, text, loaded)
    rare_words(triplets, gold, text)


if __name__ == "__main__":
    main()
