"""``newsprism eval quotes --ablate``: what each named quote rule group is worth, on each data set.

Every gold split (and BASIL, when present) is parsed once; the quote stage then runs on the parsed
documents with all rule groups on, and again with each group off in turn (``quotes.rules``). The
report gives, per group and per split, how much span+speaker F1 falls without it (BASIL: recall
with the right speaker for quotes of named persons). A group that only one split needs is a rule
fitted to that split.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from spacy.tokens import Doc

from newsprism.config import Settings
from newsprism.evaluation import quotes as quote_eval
from newsprism.evaluation import real_quotes
from newsprism.evaluation.allsides import corpus_path
from newsprism.models import Quote
from newsprism.nlp.model import load_model
from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes


def _parse(texts: dict[str, str], model: str) -> dict[str, Doc]:
    nlp = load_model(model)
    ids = list(texts)
    return dict(zip(ids, nlp.pipe((texts[i] for i in ids), batch_size=16), strict=True))


def _extract(docs: dict[str, Doc]) -> dict[str, list[Quote]]:
    return {article_id: extract_quotes(doc, article_id) for article_id, doc in docs.items()}


def _gold_figure(articles: list, docs: dict[str, Doc]) -> float:
    return quote_eval.score_gold(articles, _extract(docs))["span_speaker"][2]


def _scorers(gold_dir: Path, basil_dir: Path, model: str) -> dict:
    """Split name -> a function scoring the quote stage as it now stands on that split."""
    scorers = {}
    pooled: list = []
    pooled_docs: dict[str, Doc] = {}
    for path in sorted(gold_dir.glob("*.jsonl")) if gold_dir.is_dir() else [gold_dir]:
        articles = quote_eval.load_gold(path)
        docs = _parse({a.article_id: a.text for a in articles}, model)
        pooled += articles
        pooled_docs.update(docs)
        scorers[path.stem] = lambda a=articles, d=docs: _gold_figure(a, d)
    if len(scorers) > 1:
        scorers["all"] = lambda: _gold_figure(pooled, pooled_docs)
    real_news = _real_news_splits() if gold_dir == quote_eval.DEFAULT_GOLD else {}
    for split, articles in real_news.items():  # the AllSides splits with the default gold sets
        docs = _parse({a.article_id: a.text for a in articles}, model)
        scorers[split] = lambda a=articles, d=docs: _gold_figure(a, d)
    if basil_dir.exists():
        basil = quote_eval.load_basil(basil_dir)
        docs = _parse({a: t for a, t, _ in basil}, model)
        scorers["basil"] = lambda: quote_eval.score_basil(basil, _extract(docs))["person_recall_with_speaker"]
    return scorers


def _real_news_splits() -> dict[str, list]:
    """The real-news gold splits (``evaluation.real_quotes``) by name; none without the corpus."""
    corpus = corpus_path()
    if corpus is None:
        return {}
    splits = real_quotes.split_held_out(real_quotes.load_allsides_gold(real_quotes.DEFAULT_SET, corpus))
    for name, path in real_quotes.UNSEEN_SETS.items():
        if path.exists():
            splits[name] = real_quotes.load_allsides_gold(path, corpus)
    return splits


def ablate(gold_dir: Path, basil_dir: Path, model: str) -> dict[str, dict[str, float]]:
    """{"": {split: figure with every group on}, group: {split: drop without that group}}."""
    scorers = _scorers(gold_dir, basil_dir, model)
    with rules.switched_off([]):
        base = {split: score() for split, score in scorers.items()}
    found: dict[str, dict[str, float]] = {"": base}
    for group in rules.GROUPS:
        with rules.switched_off([group]):
            found[group] = {split: base[split] - score() for split, score in scorers.items()}
    return found


def run(
    data: Path | None = None,
    verbose: bool = False,
    console: Console | None = None,
    gold: Path | None = None,
    model: str | None = None,
) -> dict:
    """Print the ablation table (BASIL from ``data``, the gold splits from ``gold``) and return it."""
    console = console or Console()
    model = model or Settings.load().model
    basil_dir = Path(data) if data else quote_eval.DEFAULT_BASIL
    found = ablate(Path(gold) if gold else quote_eval.DEFAULT_GOLD, basil_dir, model)
    splits = list(found[""])
    # plain fixed-width lines: a table this wide must not be cropped to the terminal
    width = max(len(g) for g in found) + 2
    lines = [
        "Quote rule groups: span+speaker F1 lost without each group, per gold split",
        "(basil: recall with the right speaker, quotes of named persons; 0: no change)",
        "".ljust(width) + "".join(split[-7:].rjust(8) for split in splits),
        "all groups on".ljust(width) + "".join(f"{found[''][s]:8.3f}" for s in splits),
    ]
    for group, drops in found.items():
        if group:
            lines.append(
                group.ljust(width)
                + "".join((f"{drops[s]:+8.3f}" if drops[s] else "0".rjust(8)) for s in splits)
            )
    lines += [""] + [f"{group}: {description}" for group, description in rules.GROUPS.items()]
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    return found
