"""Quotes on real news: the AllSides gold set (``eval/allsides_quotes``) in ``newsprism eval quotes``.

Each record names an AllSides article by id; the text is read from the shared corpus, and the
quotes are scored exactly like the invented gold splits (span and span+speaker P/R/F1). The set is
split by id order: the first articles are ``allsides`` (looked at while fixing), the last
``HELD_OUT`` are ``allsides_heldout``, kept aside to see whether the fixes generalise.

One more figure: the share of gold quotes with a named speaker whose span was found but which got
no speaker at all - the quotes a reader can attribute and the system left anonymous.
"""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from newsprism.config import Settings
from newsprism.evaluation.allsides import corpus_path, read_texts
from newsprism.evaluation.quotes import (
    MIN_JACCARD,
    GoldArticle,
    GoldQuote,
    _find,
    _predict,
    _print_gold,
    best_match,
    score_gold,
)
from newsprism.models import Quote

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SET = REPO / "eval" / "allsides_quotes" / "dev.jsonl"
UNSEEN_SET = DEFAULT_SET.with_name("unseen.jsonl")  # annotated before any run; never tuned on
UNSEEN2_SET = DEFAULT_SET.with_name("unseen2.jsonl")  # a later round's unseen set, same rules
UNSEEN3_SET = DEFAULT_SET.with_name("unseen3.jsonl")  # issue 17's second round: six more outlets
UNSEEN4_SET = DEFAULT_SET.with_name("unseen4.jsonl")  # issue 17's third round: six more outlets
UNSEEN5_SET = DEFAULT_SET.with_name("unseen5.jsonl")  # issue 17's fourth round: six outlets, new periods
UNSEEN6_SET = DEFAULT_SET.with_name("unseen6.jsonl")  # issue 17's fifth round: nine outlets, exchanges
UNSEEN7_SET = DEFAULT_SET.with_name("unseen7.jsonl")  # issue 17's sixth round: ten outlets
UNSEEN8_SET = DEFAULT_SET.with_name("unseen8.jsonl")  # issue 17's seventh round: nine outlets, new periods
UNSEEN9_SET = DEFAULT_SET.with_name("unseen9.jsonl")  # issue 17's eighth round: twelve outlets
UNSEEN10_SET = DEFAULT_SET.with_name("unseen10.jsonl")  # issue 17's ninth round: ten outlets
UNSEEN11_SET = DEFAULT_SET.with_name("unseen11.jsonl")  # issue 17's tenth round: twelve outlets
UNSEEN12_SET = DEFAULT_SET.with_name("unseen12.jsonl")  # issue 17's eleventh round: ten outlets
UNSEEN13_SET = DEFAULT_SET.with_name("unseen13.jsonl")  # issue 17's twelfth round: twelve outlets
UNSEEN14_SET = DEFAULT_SET.with_name("unseen14.jsonl")  # issue 17's thirteenth round: twelve outlets
UNSEEN15_SET = DEFAULT_SET.with_name("unseen15.jsonl")  # issue 17's fourteenth round: nine outlets
UNSEEN16_SET = DEFAULT_SET.with_name("unseen16.jsonl")  # issue 17's fifteenth round: new months
UNSEEN17_SET = DEFAULT_SET.with_name("unseen17.jsonl")  # issue 17's seventeenth round: new months
UNSEEN18_SET = DEFAULT_SET.with_name("unseen18.jsonl")  # issue 17's eighteenth round: new months
UNSEEN19_SET = DEFAULT_SET.with_name("unseen19.jsonl")  # issue 17's nineteenth round: 25-day periods
UNSEEN20_SET = DEFAULT_SET.with_name("unseen20.jsonl")  # issue 17's twentieth round: 20-day periods
UNSEEN21_SET = DEFAULT_SET.with_name("unseen21.jsonl")  # issue 17, helper quotes43: 20-day periods
UNSEEN22_SET = DEFAULT_SET.with_name("unseen22.jsonl")  # issue 17, helper quotes44: 14-day periods
UNSEEN23_SET = DEFAULT_SET.with_name("unseen23.jsonl")  # issue 17, helper quotes45: 14-day periods
UNSEEN24_SET = DEFAULT_SET.with_name("unseen24.jsonl")  # issue 17, helper quotes46: 14-day periods
UNSEEN25_SET = DEFAULT_SET.with_name("unseen25.jsonl")  # issue 17, helper quotes47: 10-day periods
UNSEEN26_SET = DEFAULT_SET.with_name("unseen26.jsonl")  # issue 17, helper quotes48: 10-day periods
UNSEEN27_SET = DEFAULT_SET.with_name("unseen27.jsonl")  # issue 17, helper quotes49: 10-day periods
UNSEEN28_SET = DEFAULT_SET.with_name("unseen28.jsonl")  # issue 17, helper quotes50a: 10-day periods
UNSEEN29_SET = DEFAULT_SET.with_name("unseen29.jsonl")  # issue 17, helper quotes51: 7-day periods
UNSEEN_SETS = {
    "allsides_unseen": UNSEEN_SET,
    "allsides_unseen2": UNSEEN2_SET,
    "allsides_unseen3": UNSEEN3_SET,
    "allsides_unseen4": UNSEEN4_SET,
    "allsides_unseen5": UNSEEN5_SET,
    "allsides_unseen6": UNSEEN6_SET,
    "allsides_unseen7": UNSEEN7_SET,
    "allsides_unseen8": UNSEEN8_SET,
    "allsides_unseen9": UNSEEN9_SET,
    "allsides_unseen10": UNSEEN10_SET,
    "allsides_unseen11": UNSEEN11_SET,
    "allsides_unseen12": UNSEEN12_SET,
    "allsides_unseen13": UNSEEN13_SET,
    "allsides_unseen14": UNSEEN14_SET,
    "allsides_unseen15": UNSEEN15_SET,
    "allsides_unseen16": UNSEEN16_SET,
    "allsides_unseen17": UNSEEN17_SET,
    "allsides_unseen18": UNSEEN18_SET,
    "allsides_unseen19": UNSEEN19_SET,
    "allsides_unseen20": UNSEEN20_SET,
    "allsides_unseen21": UNSEEN21_SET,
    "allsides_unseen22": UNSEEN22_SET,
    "allsides_unseen23": UNSEEN23_SET,
    "allsides_unseen24": UNSEEN24_SET,
    "allsides_unseen25": UNSEEN25_SET,
    "allsides_unseen26": UNSEEN26_SET,
    "allsides_unseen27": UNSEEN27_SET,
    "allsides_unseen28": UNSEEN28_SET,
    "allsides_unseen29": UNSEEN29_SET,
}
HELD_OUT = 4


def load_allsides_gold(path: Path = DEFAULT_SET, corpus: Path | None = None) -> list[GoldArticle]:
    """The gold articles with their texts from the corpus (empty when the corpus is absent)."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    texts = read_texts((r["allsides_id"] for r in records), corpus)
    articles = []
    for record in records:
        text = texts.get(record["allsides_id"])
        if text is None:
            continue
        article = GoldArticle(record["id"], text)
        cursor = 0
        for item in record["quotes"]:
            quote = GoldQuote(item["text"], item["kind"], item.get("speaker"))
            at = _find(text, quote.text, cursor, quoted=quote.kind != "indirect")
            if at < 0:
                raise ValueError(f"{record['id']}: gold quote not in text: {quote.text!r}")
            quote.start, quote.end = at, at + len(quote.text)
            cursor = at + 1  # the next quote starts later: a repeated phrase is its next occurrence
            article.quotes.append(quote)
        articles.append(article)
    return articles


def split_held_out(articles: list[GoldArticle]) -> dict[str, list[GoldArticle]]:
    """Development and held-out parts, by id order."""
    ordered = sorted(articles, key=lambda a: a.article_id)
    return {"allsides": ordered[:-HELD_OUT], "allsides_heldout": ordered[-HELD_OUT:]}


def unattributed(articles: list[GoldArticle], predictions: dict[str, list[Quote]]) -> dict:
    """Gold quotes with a named speaker: how many were found, and how many of those got no speaker."""
    named = found = anonymous = 0
    missing: list[str] = []
    for article in articles:
        predicted = predictions[article.article_id]
        used: set[int] = set()
        for gold in article.quotes:
            score, index = best_match(gold, predicted, used)
            matched = score >= MIN_JACCARD
            if matched:
                used.add(index)
            if not gold.speaker:
                continue
            named += 1
            if matched:
                found += 1
                if not predicted[index].speaker:
                    anonymous += 1
                    missing.append(
                        f"{article.article_id}: NO SPEAKER (should be {gold.speaker!r}): {gold.text[:70]}"
                    )
    return {
        "named": named,
        "named_found": found,
        "named_without_speaker": anonymous,
        "without_speaker_share": anonymous / found if found else 0.0,
        "missing": missing,
    }


def run(
    corpus: Path | None = None,
    verbose: bool = False,
    console: Console | None = None,
    model: str | None = None,
    path: Path = DEFAULT_SET,
) -> dict:
    """Score the AllSides splits; print like the other gold splits and return the figures."""
    console = console or Console()
    if corpus_path(corpus) is None:
        console.print("AllSides corpus not found: the allsides quote splits are skipped", markup=False)
        return {}
    splits = split_held_out(load_allsides_gold(path, corpus))
    for name, unseen in UNSEEN_SETS.items():
        if path == DEFAULT_SET and unseen.exists():
            splits[name] = load_allsides_gold(unseen, corpus)
    articles = [a for part in splits.values() for a in part]
    predictions = _predict({a.article_id: a.text for a in articles}, model or Settings.load().model)
    results: dict = {}
    for split, part in splits.items():
        scored = score_gold(part, predictions)
        scored["unattributed"] = unattributed(part, predictions)
        results[f"gold_{split}"] = scored
        _print_gold(console, split, scored, verbose)
        share = scored["unattributed"]
        console.print(
            f"{split}: named-speaker quotes found without a speaker: {share['named_without_speaker']}"
            f"/{share['named_found']} = {share['without_speaker_share']:.3f}",
            markup=False,
            highlight=False,
        )
        if verbose:
            for line in share["missing"]:
                console.print(line, markup=False, highlight=False)
    return results
