"""Score every quote split on cached parses and list the span errors, for reading by kind.

Parses the 21 real AllSides splits, the invented gold splits and BASIL once (a DocBin in the temp
folder, keyed by the model and the texts), then runs only the quote stage on them, so a rule can
be checked on every set in a minute. Prints per split: span P/R/F1, span+speaker F1 and the
named-speaker quotes left without a speaker (the figures of ``newsprism eval quotes``), BASIL's
span recall and named-person recall with the right speaker, the pooled real figure, and with
``--errors`` every span error: FALSE (predicted, no gold), MISSED (gold, no match; the nearest
predicted span shown when they overlap: a mis-cut) and CUT (matched, boundaries differ).

    PYTHONPATH=src python3 eval/allsides_quotes/span_errors.py [--errors] [--split NAME]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from pathlib import Path

from spacy.tokens import DocBin

from newsprism.config import Settings
from newsprism.evaluation.quotes import (
    DEFAULT_BASIL,
    DEFAULT_GOLD,
    MIN_JACCARD,
    _jaccard,
    best_match,
    load_basil,
    load_gold,
    score_basil,
    score_gold,
)
from newsprism.evaluation.real_quotes import (
    DEFAULT_SET,
    UNSEEN_SETS,
    load_allsides_gold,
    split_held_out,
    unattributed,
)
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes


def _splits() -> tuple[dict, dict, list]:
    real = split_held_out(load_allsides_gold(DEFAULT_SET))
    for name, path in UNSEEN_SETS.items():
        real[name] = load_allsides_gold(path)
    invented = {p.stem: load_gold(p) for p in sorted(DEFAULT_GOLD.glob("*.jsonl"))}
    basil = load_basil(DEFAULT_BASIL) if DEFAULT_BASIL.exists() else []
    return real, invented, basil


def _docs(texts: dict[str, str], model: str) -> dict:
    nlp = load_model(model)
    ids = sorted(texts)
    key = hashlib.sha256((model + "\0".join(i + texts[i] for i in ids)).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"newsprism-quote-docs-{key}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((texts[i] for i in ids), batch_size=16))
        DocBin(store_user_data=True, docs=docs).to_disk(path)
    return dict(zip(ids, docs, strict=True))


def _span_errors(split: str, articles, predictions) -> list[str]:
    lines = []
    for article in articles:
        predicted = predictions[article.article_id]
        used: set[int] = set()
        for gold in article.quotes:
            score, index = best_match(gold, predicted, used)
            if score >= MIN_JACCARD:
                used.add(index)
                q = predicted[index]
                if (q.start, q.end) != (gold.start, gold.end):
                    cut = f"CUT {score:.2f} gold={gold.text!r} pred={q.text!r}"
                    lines.append(f"{split} {article.article_id} {cut}")
                continue
            near = max(
                ((_jaccard((gold.start, gold.end), (q.start, q.end)), q.text) for q in predicted),
                default=(0.0, ""),
            )
            extra = f" NEAR {near[0]:.2f} pred={near[1]!r}" if near[0] > 0 else ""
            lines.append(f"{split} {article.article_id} MISSED [{gold.kind}] {gold.text!r}{extra}")
        for i, q in enumerate(predicted):
            if i not in used:
                lines.append(f"{split} {article.article_id} FALSE [{q.kind}, {q.speaker}] {q.text!r}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every span error")
    parser.add_argument("--split", action="append", help="only these splits' errors")
    args = parser.parse_args()
    model = Settings.load().model
    real, invented, basil = _splits()
    texts = {a.article_id: a.text for part in real.values() for a in part}
    texts |= {f"inv:{a.article_id}": a.text for part in invented.values() for a in part}
    texts |= {f"basil:{i}": t for i, t, _ in basil}
    docs = _docs(texts, model)
    predict = {key: extract_quotes(doc, key.split(":", 1)[-1]) for key, doc in docs.items()}
    errors: list[str] = []
    pooled_articles = []
    for split, part in real.items():
        scored = score_gold(part, predict)
        share = unattributed(part, predict)
        span, both = scored["span"], scored["span_speaker"]
        print(
            f"{split:20} gold {scored['gold']:4} pred {scored['predicted']:4} span P/R/F1 "
            f"{span[0]:.3f}/{span[1]:.3f}/{span[2]:.3f} +spk F1 {both[2]:.4f} "
            f"nospk {share['named_without_speaker']}/{share['named_found']}"
        )
        pooled_articles += part
        if not args.split or split in args.split:
            errors += _span_errors(split, part, predict)
    scored = score_gold(pooled_articles, predict)
    share = unattributed(pooled_articles, predict)
    print(
        f"{'REAL pooled':20} gold {scored['gold']:4} pred {scored['predicted']:4} span P/R/F1 "
        f"{scored['span'][0]:.4f}/{scored['span'][1]:.4f}/{scored['span'][2]:.4f} "
        f"+spk F1 {scored['span_speaker'][2]:.4f} "
        f"nospk {share['named_without_speaker']}/{share['named_found']}"
    )
    inv_predict = {k.split(":", 1)[1]: v for k, v in predict.items() if k.startswith("inv:")}
    for split, part in invented.items():
        scored = score_gold(part, inv_predict)
        print(f"invented {split:11} span F1 {scored['span'][2]:.4f} +spk F1 {scored['span_speaker'][2]:.4f}")
    if basil:
        b = score_basil(basil, {k.split(":", 1)[1]: v for k, v in predict.items() if k.startswith("basil:")})
        recall, right = b["span_recall"], b["person_recall_with_speaker"]
        print(f"BASIL span recall {recall:.4f} named-person right speaker {right:.4f}")
    for line in errors if args.errors else []:
        print(line)


if __name__ == "__main__":
    main()
