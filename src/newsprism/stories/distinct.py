"""Distinct statements: the sentences of one outlet that sway a reader about the story's actors,
ranked first where the other outlets covering the story do not carry them.

Annotators of media bias (BASIL) mark as informational bias the statements that colour an actor:
opinions, charges and praise, often in a quotation the outlet chose to print, and background that
reflects on someone. So a sentence ranks by its evaluative strength (the evaluative lexicon's raw
weights over all its words, quoted or not), by how much of it is a quotation, by its length (a
longer sentence states more), and by its novelty (the share of its content words that no other
outlet uses). A sentence that restates the words of the headline or of the opening sentence is
the story's main event, not the background or the side remarks that colour it, and ranks lower.
The outlet's own sentence reporting a figure or a schedule is trivia, not a characterisation, and
ranks lower (``distinct_trivia``). A sentence another outlet prints word for word is shared, not
distinct; sentences too short to state anything are dropped. A page's embed debris (links, a
post's byline) is never shown as a statement: the span stops before it, and a sentence closing an
embedded post ranks lower (``compare_debris``). A stretch opening in lower case is a fragment the
cleaning left, not a statement.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import replace

from newsprism.stories.compare_debris import trimmed_statement
from newsprism.stories.compare_shared import SharedQuote, shared_statement
from newsprism.stories.compare_text import Sentence, content_stems, inside, opens_sentence
from newsprism.stories.distinct_roles import ClauseSubjects
from newsprism.stories.distinct_trivia import trivia_weight

MIN_CONTENT_WORDS = 5  # shorter sentences are datelines, captions or fragments
EVALUATIVE_BASE = 1.0  # a sentence with no evaluative word keeps this much (1 + strength otherwise)
MIN_STRENGTH = 0.15  # the lexicon's weakest words ("help", "care") say little about stance
QUOTE_WEIGHT = 1.5  # a sentence fully inside quotation marks counts (1 + this) times (tuned on 2010-2012)
NOVELTY_WEIGHT = 1.0  # a sentence none of whose content words the others use counts (1 + this) times
ACTOR_BONUS = 0.1  # per main-actor mention (up to two)
HEADLINE_WEIGHT = 0.3  # a sentence holding every content word of the headline (or of the
# opening sentence) keeps (1 - this) of its score, for each of the two (tuned on 2010-2012)
EMBEDDED_WEIGHT = 0.5  # a sentence that closed an embedded post is someone's post, not the outlet's prose
QUOTED_SHARE = 0.3  # above this share inside quotation marks, the reason says "a quotation"
REPRINT_SHARE = 0.8  # a statement of an outlet holding this share of another's content stems (or held) is it
THING_WEIGHT = 0.8  # the outlet's own sentence whose main clause is about a thing, not a person
# (distinct_roles.py; 0.8 picked on BASIL 2010-2012: no year and no compare_unseen set loses)


def distinct_statements(
    sentences: list[Sentence],
    other_stems: Collection[str],
    quote_spans: list[tuple[int, int]],
    actor_mentions: list[tuple[int, int, str]],
    evaluative: list[tuple[int, int, float]],
    text: str,
    shared_sentences: Collection[str] = (),
    headline: str | None = None,
    lead: str | None = None,
    shared_quotes: list[SharedQuote] = (),
    subjects: ClauseSubjects | None = None,
) -> list[dict]:
    """One article's statements, best first, as JSON items.

    ``other_stems``: content stems of every other outlet's articles; ``quote_spans``: direct
    quotations in this article; ``actor_mentions``: (start, end, name) of the story's main actors;
    ``evaluative``: (start, end, raw weight) of the evaluative lexicon's words in ``text``;
    ``shared_sentences``: the other outlets' sentences, as ``sentence_key`` gives them;
    ``headline`` and ``lead``: the article's title and opening sentence, which state its main event;
    ``shared_quotes``: its quotations that other outlets carry too (``compare_shared``): a sentence
    largely inside them keeps its rank (annotators mark such quotations in every article printing
    them) but is never passed off as only here: ``why`` opens with who else carries it and
    ``also_carried_by`` names them. ``subjects``: the article's main-clause subjects
    (``distinct_roles``), when its parse is stored.
    """
    items = []
    main_event = [
        found for found in (set(content_stems(headline or "")), set(content_stems(lead or ""))) if found
    ]
    evaluative, actor_mentions = sorted(evaluative), sorted(actor_mentions)
    word_starts, actor_starts = [w[0] for w in evaluative], [m[0] for m in actor_mentions]
    for sentence in sentences:
        if shared_sentences and sentence_key(sentence.text) in shared_sentences:
            continue
        if not opens_sentence(sentence.text):
            continue  # a paragraph opening mid-sentence ("on Tuesday night is ..."): a fragment
        start, end, byline = trimmed_statement(text, sentence.start, sentence.end)
        if (start, end) != (sentence.start, sentence.end):
            sentence = replace(sentence, start=start, end=end, text=text[start:end])
        words = evaluative[bisect_left(word_starts, sentence.start) : bisect_left(word_starts, sentence.end)]
        actors = actor_mentions[
            bisect_left(actor_starts, sentence.start) : bisect_left(actor_starts, sentence.end)
        ]  # only what starts inside the sentence: each sentence reads its own stretch
        reason, carriers = shared_statement(shared_quotes, sentence.start, sentence.end)
        about = subjects.main_subject(sentence.start, sentence.end) if subjects and not reason else None
        scored = score_sentence(sentence, other_stems, quote_spans, actors, words, text, main_event, about)
        if scored is None:
            continue
        score, why = scored
        if byline:
            score, why = score * EMBEDDED_WEIGHT, f"an embedded post by {byline}; {why}"
        item = {
            "article_id": sentence.article_id,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
            "why": f"{reason}; {why}" if reason else why,
            "score": round(score, 3),
        }
        if carriers:
            item["also_carried_by"] = carriers
        items.append(item)
    items.sort(key=lambda item: (-item["score"], item["start"]))
    return items


def shown_statements(items: list[dict], cap: int) -> list[dict]:
    """The default view of one article's ranked statements: its ``cap`` best, those only it
    reports first, then those whose quotation other outlets carry too (each group best first)."""
    return sorted(items[:cap], key=lambda item: "also_carried_by" in item)


def new_to_outlet(statements: list[dict], listed: list[set[str]]) -> list[dict]:
    """The statements not yet shown for an earlier article of the outlet (``listed``: the content
    stems of those shown): its articles of one story often reprint a passage, at times with a word
    changed ("Trump wanted" / "Trump has wanted") or cut short, and a reader wants it once."""
    kept = []
    for item in statements:
        stems = statement_stems(item)  # once per statement, not once per statement listed
        if not any(_reprints(stems, seen) for seen in listed):
            kept.append(item)
    return kept


def statement_stems(item: dict) -> set[str]:
    return set(content_stems(item["text"]))


def _reprints(stems: set[str], seen: set[str]) -> bool:
    return len(stems & seen) >= REPRINT_SHARE * min(len(stems), len(seen))


def sentence_key(text: str) -> str:
    """What two printings of one sentence share: its characters, lower-cased, spaces collapsed."""
    return " ".join(text.lower().split())


def score_sentence(
    sentence: Sentence,
    other_stems: Collection[str],
    quote_spans: list[tuple[int, int]],
    actor_mentions: list[tuple[int, int, str]],
    evaluative: list[tuple[int, int, float]],
    text: str,
    main_event: Collection[set[str]] = (),
    main_subject: str | None = None,
) -> tuple[float, str] | None:
    """(salience, reason) of one sentence as a statement, or None when it is too short to be one.
    ``main_subject``: what its main clause is about ("person", "thing"), when known."""
    stems = content_stems(sentence.text)
    if len(stems) < MIN_CONTENT_WORDS:
        return None
    novel = [s for s in stems if s not in other_stems]
    share = len(novel) / len(stems)
    quoted = inside(quote_spans, sentence.start, sentence.end) / max(1, sentence.end - sentence.start)
    actors = sorted({name for start, _, name in actor_mentions if sentence.start <= start < sentence.end})
    words = [
        (start, end, weight)
        for start, end, weight in evaluative
        if sentence.start <= start and end <= sentence.end and not text[start].isupper()
        if weight >= MIN_STRENGTH
    ]  # a capitalised word is a name ("Love", "Hope") or a sentence's first word, not an evaluation
    strength = sum(weight for *_, weight in words)
    score = (EVALUATIVE_BASE + strength) * (1 + QUOTE_WEIGHT * quoted) * math.log1p(len(stems))
    score *= 1 + NOVELTY_WEIGHT * share
    score *= 1 + ACTOR_BONUS * min(len(actors), 2)
    for (
        event_stems
    ) in main_event:  # BASIL's annotators mark background and side remarks, seldom the main event
        score *= 1 - HEADLINE_WEIGHT * len(event_stems.intersection(stems)) / len(event_stems)
    reasons = [f"{len(novel)} of {len(stems)} content words in no other outlet"]
    if actors:
        reasons.append("about " + ", ".join(actors[:2]))
    if words:
        strongest = {}  # each word once, at its largest weight
        for s, e, weight in words:
            strongest[text[s:e]] = max(weight, strongest.get(text[s:e], 0.0))
        found = sorted(strongest, key=lambda w: (-strongest[w], w.lower()))
        reasons.append("evaluative: " + ", ".join(f"“{w}”" for w in found[:3]))
    if quoted > QUOTED_SHARE:
        reasons.append("largely a quotation")
        return score, "; ".join(reasons)
    if main_subject == "thing":  # the outlet's own report on a figure, a schedule, a process
        score *= THING_WEIGHT
        reasons.append("its main clause is about a thing, not a person")
    trivia, why = trivia_weight(sentence.text)  # the outlet's own figures and schedules (distinct_trivia)
    if why:
        score *= trivia
        reasons.append(why)
    return score, "; ".join(reasons)
