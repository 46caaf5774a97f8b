"""newsprism's quotes stage side by side with textacy's ``direct_quotations`` on the same parses.

    python3 benchmarks/quotes_vs_textacy.py [--basil PATH] [--gold PATH]

Both systems read the same spaCy docs and are scored by the same code
(newsprism.evaluation.quotes): BASIL recall with the right speaker, and gold-set P/R/F1.
textacy is in pyproject's ``bench`` extra; without it the script says so and stops.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsprism.config import Settings
from newsprism.evaluation import quotes as quote_eval
from newsprism.models import Quote
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes

MARKS = "\"“”‘’' ,"


def textacy_quotes(doc, article_id: str, direct_quotations) -> list[Quote]:
    """textacy's triples as Quote objects: content without its marks, speaker tokens joined.

    textacy refuses an article with an odd number of quotation marks: it then finds nothing there.
    """
    found = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on an article with an unclosed quotation
        return found
    for triple in triples:
        text = triple.content.text
        start = triple.content.start_char + (len(text) - len(text.lstrip(MARKS)))
        end = triple.content.end_char - (len(text) - len(text.rstrip(MARKS)))
        speaker = " ".join(t.text for t in triple.speaker) or None
        found.append(Quote(article_id, doc.text[start:end], start, end, "direct", speaker=speaker))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=quote_eval.DEFAULT_BASIL)
    parser.add_argument("--gold", type=Path, default=quote_eval.DEFAULT_GOLD)
    args = parser.parse_args()
    console = Console()
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        console.print("textacy is not installed (pip install -e '.[bench]'): nothing to compare")
        return 0
    nlp = load_model(Settings.load().model)
    table = Table(title="Quotes: newsprism vs textacy direct_quotations (same parses, same scoring)")
    for column in ("data", "measure", "newsprism", "textacy"):
        table.add_column(column, justify="right" if column in ("newsprism", "textacy") else "left")

    if args.basil.is_dir():
        articles = quote_eval.load_basil(args.basil)
        docs = dict(zip([a for a, _, _ in articles], nlp.pipe(t for _, t, _ in articles), strict=True))
        ours = quote_eval.score_basil(articles, {a: extract_quotes(d, a) for a, d in docs.items()})
        theirs = quote_eval.score_basil(
            articles, {a: textacy_quotes(d, a, direct_quotations) for a, d in docs.items()}
        )
        for key, label in (
            ("span_recall", "span recall (all)"),
            ("named_recall_with_speaker", "recall with right speaker (named)"),
            ("person_recall_with_speaker", "recall with right speaker (named person)"),
        ):
            table.add_row("BASIL", label, f"{ours[key]:.3f}", f"{theirs[key]:.3f}")
    else:
        console.print(f"BASIL not found at {args.basil}: skipped")

    gold_files = [args.gold] if args.gold.is_file() else sorted(args.gold.glob("*.jsonl"))
    for path in gold_files:
        articles = quote_eval.load_gold(path)
        docs = {a.article_id: nlp(a.text) for a in articles}
        ours = quote_eval.score_gold(articles, {a: extract_quotes(d, a) for a, d in docs.items()})
        theirs = quote_eval.score_gold(
            articles, {a: textacy_quotes(d, a, direct_quotations) for a, d in docs.items()}
        )
        for key, label in (("span", "span F1"), ("span_speaker", "span+speaker F1")):
            table.add_row(f"gold/{path.stem}", label, f"{ours[key][2]:.3f}", f"{theirs[key][2]:.3f}")
        direct = "direct"
        table.add_row(
            f"gold/{path.stem}",
            "direct quotes: span+speaker recall",
            f"{ours[direct]['span_speaker'][1]:.3f}",
            f"{theirs[direct]['span_speaker'][1]:.3f}",
        )
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
