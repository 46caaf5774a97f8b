"""List the WRONG-speaker quotes of every real split and BASIL (issue 17: a wrong name is graver
than none), on the cached parses of ``span_errors.py``.

WRONG: a matched quote whose predicted name is not the gold's (the gold names someone); EXTRA: a
name where the gold has none; BASIL: a name that is not the annotated person's (named notes only).
Prints the per-split counts, with ``--errors`` every line with the mention the name came from, and
with ``--missing`` every named quote found without a speaker (the without-speaker share).

    PYTHONPATH=src python3 eval/allsides_quotes/speaker_errors.py [--errors] [--missing]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from span_errors import _docs, _splits  # noqa: E402

from newsprism.config import Settings  # noqa: E402
from newsprism.evaluation.quotes import MIN_JACCARD, best_match, gold_speaker_ok, score_basil, score_gold  # noqa: E402
from newsprism.evaluation.real_quotes import unattributed  # noqa: E402
from newsprism.quotes.extract import extract_quotes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong speaker")
    parser.add_argument("--missing", action="store_true", help="list every named quote left unnamed")
    args = parser.parse_args()
    real, invented, basil = _splits()
    texts = {a.article_id: a.text for part in real.values() for a in part}
    texts |= {f"inv:{a.article_id}": a.text for part in invented.values() for a in part}  # the cache key
    texts |= {f"basil:{i}": t for i, t, _ in basil}
    docs = _docs(texts, Settings.load().model)
    predict = {
        key: extract_quotes(doc, key.split(":", 1)[-1])
        for key, doc in docs.items()
        if not key.startswith("inv:")
    }
    lines, missing, total = [], [], {"WRONG": 0, "EXTRA": 0}
    for split, part in real.items():
        count = {"WRONG": 0, "EXTRA": 0}
        for article in part:
            predicted, used = predict[article.article_id], set()
            for gold in article.quotes:
                score, index = best_match(gold, predicted, used)
                if score < MIN_JACCARD:
                    continue
                used.add(index)
                q = predicted[index]
                if not q.speaker or gold_speaker_ok(q.speaker, gold.speaker):
                    continue
                kind = "WRONG" if gold.speaker else "EXTRA"
                count[kind] += 1
                lines.append(
                    f"{kind} {split} {article.article_id} {q.speaker!r} ({q.speaker_mention!r}) "
                    f"gold {gold.speaker!r}: {gold.text[:90]!r}"
                )
        total = {k: total[k] + count[k] for k in total}
        both, share = score_gold(part, predict)["span_speaker"][2], unattributed(part, predict)
        if args.missing:
            missing += [f"MISSING {split} {line}" for line in share["missing"]]
        print(
            f"{split:20} +spk F1 {both:.4f} nospk {share['named_without_speaker']:3}/{share['named_found']:3}"
            f" wrong {count['WRONG']:3} extra {count['EXTRA']:3}"
        )
    pooled = [a for part in real.values() for a in part]
    both, share = score_gold(pooled, predict)["span_speaker"][2], unattributed(pooled, predict)
    nospk = f"{share['named_without_speaker']:3}/{share['named_found']:3}"
    print(
        f"{'REAL pooled':20} +spk F1 {both:.4f} nospk {nospk}"
        f" wrong {total['WRONG']:3} extra {total['EXTRA']:3}"
    )
    if basil:
        b = score_basil(basil, {k.split(":", 1)[1]: v for k, v in predict.items() if k.startswith("basil:")})
        wrong = [
            m for m in b["misses"] if ": SPEAKER " in m and not m.split(": SPEAKER ", 1)[1].startswith("None")
        ]
        print(f"BASIL named-person right speaker {b['person_recall_with_speaker']:.4f} wrong {len(wrong)}")
        lines += [f"BASIL {m}" for m in wrong]
    for line in lines if args.errors else []:
        print(line)
    for line in missing:
        print(line)


if __name__ == "__main__":
    main()
