"""Score "What happened" of compare briefs against the hand happenings of ``happenings.yaml``.

Usage: python eval/brief50/score.py DIR [DIR ...]  (DIR/WEEK/STORY.md: `newsprism compare STORY
--format markdown` output). Prints, per story, hand happenings covered by the brief's lines and lines
that cover no hand happening ("other": background, trivia, or a happening the hand list lacks).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml


def what_happened(markdown: str) -> list[str]:
    """The item lines under the "What happened" heading."""
    lines, inside = [], False
    for line in markdown.splitlines():
        if line.startswith("## "):
            inside = line.strip() == "## What happened"
        elif inside and line.startswith("- "):
            lines.append(re.sub(r"\[[^\]]*\]\([^)]*\)", "", line))  # links out
    return lines


def covers(line: str, terms: list[str]) -> bool:
    return all(re.search(term, line, re.IGNORECASE) for term in terms)


def main(dirs: list[str]) -> None:
    hand = yaml.safe_load((Path(__file__).parent / "happenings.yaml").read_text())
    for folder in dirs:
        total = covered = lines_all = other_all = 0
        print(f"# {folder}")
        for week, stories in hand.items():
            for story, happenings in stories.items():
                path = Path(folder) / week / f"{story}.md"
                if not path.exists():
                    continue
                lines = what_happened(path.read_text())
                hit = [name for name, terms in happenings.items() if any(covers(l, terms) for l in lines)]
                other = [l for l in lines if not any(covers(l, t) for t in happenings.values())]
                total, covered = total + len(happenings), covered + len(hit)
                lines_all, other_all = lines_all + len(lines), other_all + len(other)
                print(f"{week} {story}: {len(hit)}/{len(happenings)} covered, {len(lines)} lines, {len(other)} other")
        print(f"TOTAL {covered}/{total} covered, {lines_all} lines, {other_all} other\n")


if __name__ == "__main__":
    main(sys.argv[1:])
