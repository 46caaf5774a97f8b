"""Rules about where a line stands, not only what it says: a writer's bio at a column's edges, a
summary (dek) glued to the headline in the header. The same words elsewhere are news, so these
are asked of a few lines of an article, each once (cleaning stays linear)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def mark_edge_lines(lines: list[str], reasons: list[str | None], rules: Sequence[Any]) -> None:
    """Rules (clean.Rule) with ``where: edges`` in boilerplate.yaml: a writer's bio opens or closes a column
    ("Jan Roe is a columnist for The Example and the author of ..."), and the same words in the
    middle of a story are news. Asked of the first kept line and the last two, once each."""
    if not rules:
        return
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < 2:
        return  # a one-paragraph text is all body
    for i in sorted({kept[0], *kept[-2:]}):
        words = len(lines[i].split())
        for rule in rules:
            if (rule.max_words is None or words <= rule.max_words) and rule.regex.search(lines[i]):
                reasons[i] = rule.name
                break


def ends_with_title(line: str, title_key: str, key: Callable[[str], str], most_words: int) -> bool:
    """A header line that ends with the headline: a summary (dek) printed with the title glued
    after it ("Since 2008, many groups have shifted focus. Groups Go Quiet on War"); the dek
    before the title is at most ``most_words`` long. ``key`` compares as the title pass does."""
    if len(title_key) < 12 or len(line) <= len(title_key) + 1:
        return False
    folded = key(line)
    head = folded[: -len(title_key)]
    return folded.endswith(title_key) and head.endswith(" ") and len(head.split()) <= most_words
