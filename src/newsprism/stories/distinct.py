"""Distinct statements: sentences one outlet reports that the other outlets covering the story do not.

A sentence is a candidate when a good share of its content words appear in none of the other
outlets' articles (novelty). Candidates are ranked by salience to the story, the way a media
researcher would read them: a statement about the story's main actors, carrying evaluation in the
writer's own voice, counts more than trivia or a quotation (quotes are compared on their own), and
sentences too short to state anything are dropped.
"""

from __future__ import annotations

import math
from collections.abc import Collection

from newsprism.stories.compare_text import Sentence, content_stems, inside
from newsprism.stories.loaded import evaluative_in

MIN_CONTENT_WORDS = 5  # shorter sentences are datelines, captions or fragments
MIN_NOVEL_SHARE = 0.15  # at least this share of its content words must be absent from the others
MIN_NOVEL_WORDS = 2
QUOTED_SHARE = 0.3  # a sentence this much inside quotation marks is mostly a quote, ranked lower
QUOTE_WEIGHT = 0.3
ACTOR_BONUS = 0.25  # per main-actor mention (up to two)


def distinct_statements(
    sentences: list[Sentence],
    other_stems: Collection[str],
    quote_spans: list[tuple[int, int]],
    actor_mentions: list[tuple[int, int, str]],
    evaluative: list[tuple[int, int, float]],
    text: str,
) -> list[dict]:
    """One article's sentences that the other outlets do not carry, best first, as JSON items.

    ``other_stems``: content stems of every other outlet's articles; ``quote_spans``: direct
    quotations in this article; ``actor_mentions``: (start, end, name) of the story's main actors;
    ``evaluative``: the evaluative lexicon's matches in the article's ``text``.
    """
    items = []
    for sentence in sentences:
        scored = score_sentence(sentence, other_stems, quote_spans, actor_mentions, evaluative, text)
        if scored is None:
            continue
        score, why = scored
        items.append(
            {
                "article_id": sentence.article_id,
                "start": sentence.start,
                "end": sentence.end,
                "text": sentence.text,
                "why": why,
                "score": round(score, 3),
            }
        )
    items.sort(key=lambda item: (-item["score"], item["start"]))
    return items


def score_sentence(
    sentence: Sentence,
    other_stems: Collection[str],
    quote_spans: list[tuple[int, int]],
    actor_mentions: list[tuple[int, int, str]],
    evaluative: list[tuple[int, int, float]],
    text: str,
) -> tuple[float, str] | None:
    """(salience, reason) of one sentence as a distinct statement, or None when it is not one."""
    stems = content_stems(sentence.text)
    if len(stems) < MIN_CONTENT_WORDS:
        return None
    novel = [s for s in stems if s not in other_stems]
    share = len(novel) / len(stems)
    if share < MIN_NOVEL_SHARE or len(novel) < MIN_NOVEL_WORDS:
        return None
    quoted = inside(quote_spans, sentence.start, sentence.end) / max(1, sentence.end - sentence.start)
    actors = sorted({name for start, _, name in actor_mentions if sentence.start <= start < sentence.end})
    own_voice = [
        (start, end)
        for start, end in _unquoted(sentence, quote_spans)
        if end > start  # stretches of the sentence outside quotation marks
    ]
    evaluative = evaluative_in(evaluative, text, sentence, own_voice)
    strength = sum(weight for *_, weight in evaluative)
    score = (0.5 + share) * math.log1p(len(novel))
    score *= 1 + ACTOR_BONUS * min(len(actors), 2)
    score *= 1 + strength
    if quoted > QUOTED_SHARE:
        score *= QUOTE_WEIGHT
    reasons = [f"{len(novel)} of {len(stems)} content words in no other outlet"]
    if actors:
        reasons.append("about " + ", ".join(actors[:2]))
    if evaluative:
        words = sorted({sentence.text[s - sentence.start : e - sentence.start] for s, e, _ in evaluative})
        reasons.append("evaluative: " + ", ".join(f"“{w}”" for w in words[:3]))
    if quoted > QUOTED_SHARE:
        reasons.append("largely a quotation")
    return score, "; ".join(reasons)


def _unquoted(sentence: Sentence, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the sentence outside the given quotations."""
    parts, cursor = [], sentence.start
    for start, end in sorted(quote_spans):
        if end <= cursor or start >= sentence.end:
            continue
        parts.append((cursor, max(cursor, start)))
        cursor = max(cursor, end)
    parts.append((cursor, sentence.end))
    return parts
