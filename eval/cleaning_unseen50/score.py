"""Score the cleaner against the hand labels of this set (labels.jsonl).

Runs ``clean_text`` on each article's raw text (with its title, as ``clean_article`` does) and
reads back which labelled lines survive as paragraphs of the clean text, by an ordered alignment
(``aligned_flags``: a paragraph equals a line, joins a run of lines, or is cut from a line); the
earlier scorers' rule (a line of 30+ characters is kept when a paragraph shares its first or last
60 characters, which counts a restated summary line as kept and a line cut at both ends as cut)
is ``--match ends``. Prints, pooled and per article: furniture kept (removal recall), headings
kept, news lines cut (what cleaning must never do), and mixed lines whose furniture fragment is
still in the text. ``--json`` writes the figures as one JSON object.
Usage: PYTHONPATH=src python eval/cleaning_unseen50/score.py [labels.jsonl] [--json] [--lines] [--match ends]
"""

import argparse
import gzip
import json
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from newsprism.ingest.clean import clean_text

HERE = Path(__file__).parent
CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")
MATCH = "aligned"


def _norm(text: str) -> str:
    return " ".join(text.split())


def kept_flags(lines: list[str], clean: str) -> list[bool]:
    """Whether each labelled line survives, by the 60-character match of the earlier scorers
    (``--match ends``) or by an ordered alignment (``--match aligned``, the default): see
    ``aligned_flags``."""
    if MATCH == "ends":
        return ends_flags(lines, clean)
    return aligned_flags(lines, clean)


def ends_flags(lines: list[str], clean: str) -> list[bool]:
    paragraphs = Counter(_norm(p) for p in clean.split("\n\n") if p.strip())
    heads = Counter(p[:60] for p in paragraphs.elements() if len(p) >= 30)
    tails = Counter(p[-60:] for p in paragraphs.elements() if len(p) >= 30)
    flags = []
    for line in lines:
        if paragraphs[line] > 0:
            paragraphs[line] -= 1
            flags.append(True)
        elif len(line) >= 30 and (heads[line[:60]] > 0 or tails[line[-60:]] > 0):
            flags.append(True)
        else:
            flags.append(False)
    return flags


def aligned_flags(lines: list[str], clean: str) -> list[bool]:
    """The clean text's paragraphs walked in order against the raw lines (cleaning keeps the order
    and cuts whole lines or pieces of a line): a paragraph is the next line that equals it, a run
    of lines it joins (a hard-wrapped tail re-joined), or a line it is cut from (every character of
    the paragraph found in order in the line: a person card or a link cut inside it). Lines passed
    over are cut. A restated summary line that shares only its opening with a body paragraph, or a
    line whose both ends were cut, is judged by what the text holds, not by 60 characters."""
    flags = [False] * len(lines)
    start = 0
    for paragraph in (_norm(p) for p in clean.split("\n\n") if p.strip()):
        found = _next_match(lines, start, paragraph)
        if found is None:
            continue
        first, last = found
        for i in range(first, last + 1):
            flags[i] = True
        start = last + 1
    return flags


def _next_match(lines: list[str], start: int, paragraph: str) -> tuple[int, int] | None:
    """The first line from ``start`` on that the paragraph equals, starts a run of joined lines
    of, or is cut from: (first line, last line)."""
    words = set(paragraph.split())
    for i in range(start, len(lines)):
        line = lines[i]
        if line == paragraph:
            return i, i
        if paragraph.startswith(line + " "):
            joined, j = line, i
            while j + 1 < len(lines) and len(joined) < len(paragraph):
                j += 1
                joined += " " + lines[j]
            if joined == paragraph:
                return i, j
        if len(line) > len(paragraph) and len(words - set(line.split())) <= 2:
            blocks = SequenceMatcher(None, line, paragraph, autojunk=False).get_matching_blocks()
            if sum(block.size for block in blocks) == len(paragraph):
                return i, i
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("labels", nargs="?", default=str(HERE / "labels.jsonl"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lines", action="store_true", help="print every wrong line")
    parser.add_argument("--match", choices=("aligned", "ends"), default="aligned")
    args = parser.parse_args()
    global MATCH
    MATCH = args.match
    rows = [json.loads(line) for line in Path(args.labels).open(encoding="utf-8")]
    wanted = {row["id"] for row in rows}
    raw = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                raw[article["id"]] = article
    total: Counter = Counter()
    per_article = []
    for row in rows:
        article = raw[row["id"]]
        clean = clean_text(article["text"], title=article.get("title")).text
        lines = [item["text"] for item in row["lines"]]
        flags = kept_flags(lines, clean)
        counts: Counter = Counter()
        for item, kept in zip(row["lines"], flags, strict=True):
            label = item["label"]
            counts[label] += 1
            if label == "furniture" and kept:
                counts["furniture_kept"] += 1
            if label == "heading" and kept:
                counts["heading_kept"] += 1
            if label in ("news", "mixed") and not kept:
                counts["news_cut"] += 1
            if label == "mixed" and kept and item["fragment"] in _norm(clean):
                counts["fragment_kept"] += 1
            wrong = (label == "furniture" and kept) or (label in ("news", "mixed") and not kept)
            if args.lines and (wrong or (label == "heading" and kept)):
                state = "KEPT" if kept else "CUT"
                print(f"{row['id']} {item['i']:3d} {label}/{item['kind']} {state}: {item['text'][:140]}")
        total.update(counts)
        per_article.append({"id": row["id"], "outlet": row["outlet"], **counts})
    news = total["news"] + total["mixed"]
    summary = {
        "articles": len(rows),
        "furniture": total["furniture"],
        "furniture_kept": total["furniture_kept"],
        "furniture_removal_recall": round(1 - total["furniture_kept"] / max(1, total["furniture"]), 3),
        "headings": total["heading"],
        "headings_kept": total["heading_kept"],
        "news_lines": news,
        "news_cut": total["news_cut"],
        "news_kept_share": round(1 - total["news_cut"] / max(1, news), 4),
        "mixed": total["mixed"],
        "mixed_fragment_kept": total["fragment_kept"],
        "articles_with_furniture_kept": sum(1 for a in per_article if a.get("furniture_kept")),
        "articles_with_news_cut": sum(1 for a in per_article if a.get("news_cut")),
    }
    if args.json:
        print(json.dumps({"summary": summary, "articles": per_article}, indent=1))
        return
    for article in per_article:
        if article.get("furniture_kept") or article.get("news_cut") or article.get("fragment_kept"):
            print(
                f"{article['id']} {article['outlet'][:22]:22s} furniture kept {article.get('furniture_kept', 0)}"
                f"/{article.get('furniture', 0)}  news cut {article.get('news_cut', 0)}"
                f"  fragments kept {article.get('fragment_kept', 0)}"
            )
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
