"""One outlet's row of a story's comparison (``compare.py``): its articles, headlines, length and
first report, whom it quotes, its labels, what only it carries and what it leaves out, and its
ranked, capped differences: **distinct** statements (``distinct.py``) and **loaded** words
(``loaded.py``), at most ``DISTINCT_PER_ARTICLE`` and ``LOADED_PER_ARTICLE`` per article unless
``full``; ``more`` counts them all.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsprism.models import Article
from newsprism.stories.compare_actors import StemsElsewhere
from newsprism.stories.compare_context import StoryContext
from newsprism.stories.compare_events import events_left_out, events_only_here
from newsprism.stories.compare_labels import labels_in, quoted_labels_json, top_phrases
from newsprism.stories.compare_names import names_left_out, names_only_here
from newsprism.stories.compare_text import word_family
from newsprism.stories.distinct import (
    distinct_statements,
    new_to_outlet,
    shown_statements,
    statement_stems,
)
from newsprism.stories.distinct_roles import ClauseSubjects
from newsprism.stories.loaded import ArticleWords, loaded_words, once_per_outlet, shortlist

DISTINCT_PER_ARTICLE = 5
LOADED_PER_ARTICLE = 10
TOP_NAMES = 10  # speakers and names counted per outlet by default


def outlet_row(
    story: StoryContext, outlet: str, arts: list[Article], full: bool, limit: int | None
) -> dict[str, Any]:
    """The comparison's row for one outlet and its articles."""
    group_of, outlet_of, articles = story.group_of, story.outlet_of, story.articles
    own_groups = {group_of[a.article_id] for a in arts}
    others = [
        a for a in articles if outlet_of[a.article_id] != outlet and group_of[a.article_id] not in own_groups
    ]
    distinct, loaded, more = _differences(story, outlet, arts, others, own_groups, full)
    quoted = story.quoting[outlet]
    mentions_of, name_of, names, actor_ids = story.mentions_of, story.name_of, story.names, story.actor_ids
    named = Counter(name_of(m) for a in arts for m in mentions_of[a.article_id])
    top_names = None if full else TOP_NAMES
    return {
        "outlet": outlet,
        "articles": [a.article_id for a in arts],
        "copies_of": {a.article_id: a.duplicate_of for a in arts if a.duplicate_of},
        "headlines": [a.title for a in arts if a.title],
        "length": sum(a.word_count for a in arts),
        "first_reported": min((a.published for a in arts if a.published), default=None),
        "quotes_by_speaker": {s["speaker"]: s["quotes"] for s in quoted["sources"][:top_names]},
        "entities": dict(named.most_common(top_names)),
        "labels": labels_json(story.labels, outlet, names, actor_ids, full),
        "quoted_labels": quoted_labels_json(story.quoted_labels, outlet, names, actor_ids, full, TOP_NAMES),
        "only_here": {
            "quotes": quoted["exclusive"],
            "entities": names_only_here(
                story.carriers,
                story.no_actor,
                mentions_of,
                arts,
                outlet,
                name_of,
                limit,
                "\n".join(a.text for a in others),
            ),
            "events": events_only_here(
                story.events_of, arts, others, names, story.event_keys, actor_ids, limit
            ),
        },
        "missing_here": {
            "quotes": quoted["missing"],
            "entities": names_left_out(
                story.carriers,
                story.no_actor,
                mentions_of,
                arts,
                len(story.by_outlet),
                outlet,
                name_of,
                limit,
                story.label_of_name,
                story.named_first,
            ),
            "events": events_left_out(
                story.events_of, arts, story.by_outlet, outlet, names, story.event_keys, limit
            ),
        },
        "distinct": distinct,
        "loaded": loaded,
        "sources": quoted["sources"] if full else quoted["sources"][:TOP_NAMES],
        "last_word": quoted["last_word"],
        "paraphrases": quoted["paraphrases"],
        "more": {
            "distinct": more["distinct"],
            "loaded": more["loaded"],
            "quotes_only_here": quoted["total_exclusive"],
            "quotes_missing_here": quoted["total_missing"],
            "paraphrases": quoted["total_paraphrases"],
            "sources": len(quoted["sources"]),
        },
    }


def _differences(story: StoryContext, outlet, arts, others, own_groups, full):
    """The outlet's distinct statements and loaded words (capped per article unless ``full``), and
    how many there are in all."""
    group_of, outlet_of = story.group_of, story.outlet_of
    counts_of, quotes_of, mentions_of = story.counts_of, story.quotes_of, story.mentions_of
    excluded: Counter = Counter()  # how many of this outlet's articles and their copies use each stem
    for article in story.articles:
        if outlet_of[article.article_id] == outlet or group_of[article.article_id] in own_groups:
            excluded.update(counts_of[article.article_id].keys())
    other_stems = StemsElsewhere(story.articles_using, excluded)
    own_stems = set().union(*(counts_of[a.article_id] for a in arts))
    own_families = story.families_of[outlet]
    family_of, family_outlets, outlets_using = story.family_of, story.family_outlets, story.outlets_using
    other_outlets = story.other_outlets

    def used_elsewhere(key: str) -> float:
        """The share of the other outlets that use the word (0 when none does), or failing that
        a word of its family ("obstruction" for "obstructed")."""
        if key not in other_stems:
            family = family_of.get(key) or word_family(key)
            return min(1.0, max(0, family_outlets[family] - (family in own_families)) / other_outlets)
        return min(1.0, (outlets_using[key] - (key in own_stems)) / other_outlets)

    other_labels = {
        entity_id: {p.lower() for o, phrases in by.items() if o != outlet for p in phrases}
        for entity_id, by in story.labels.items()
    }
    shared = set().union(*(story.printed[a.article_id] for a in others))  # sentences others print too
    actor_ids, speaker, lexicon = story.actor_ids, story.speaker, story.lexicon
    distinct, loaded, more = [], [], Counter()
    listed: list[set[str]] = []  # the content stems of the outlet's statements shown so far
    for article in arts if others else []:  # alone on the story, an outlet differs from no one
        aid = article.article_id
        spans = [(q.start, q.end) for q in quotes_of[aid] if q.kind != "indirect"]
        actor_mentions = [
            (m.start, m.end, actor_ids[m.entity_id], m.entity_id)
            for m in mentions_of[aid]
            if m.entity_id in actor_ids
        ]
        found = story.sentences_of[aid]
        evaluative, strengths = lexicon.both_matches(article.text)
        statements = distinct_statements(
            [s for s, key in zip(found, story.keys_of[aid], strict=True) if key not in shared],
            other_stems,
            spans,
            [m[:3] for m in actor_mentions],
            strengths,
            article.text,
            headline=article.title,
            lead=found[0].text if found else None,
            shared_quotes=story.carried.get(aid, []),
            subjects=ClauseSubjects(
                article.word_roles,
                [m[:2] for m in actor_mentions]
                + [(m.start, m.end) for m in mentions_of[aid] if m.label == "PERSON"],
                article.text,
            ),
        )
        labelled = labels_in(article, mentions_of[aid])
        words = ArticleWords(aid, article.text, found, spans, actor_mentions, labelled, evaluative)
        words.shared_quotes = story.carried.get(aid, [])
        words.counts, words.word_roles = counts_of[aid], article.word_roles
        words.outlets = len(story.by_outlet)
        words.said_spans = [
            (q.start, q.end)
            for q in quotes_of[aid]
            if q.kind != "indirect" and (q.speaker or q.speaker_mention or q.cue)
        ]
        words.speakers = [
            (q.start, q.end, speaker(q)) for q in quotes_of[aid] if q.kind != "indirect" and speaker(q)
        ]
        wording = loaded_words(words, used_elsewhere, other_labels, lexicon, limit=None)
        more["distinct"] += len(statements)
        more["loaded"] += len(wording)
        statements = new_to_outlet(statements, listed)
        shown = statements if full else shown_statements(statements, DISTINCT_PER_ARTICLE)
        listed += [statement_stems(item) for item in shown]
        distinct += shown
        loaded += wording if full else once_per_outlet(loaded, shortlist(wording, LOADED_PER_ARTICLE))
    return distinct, loaded, more


def labels_json(labels, outlet, names, actor_ids, full) -> dict[str, dict[str, int]]:
    """This outlet's labels per entity name: main actors first, then the rest (capped)."""
    rows = []
    for entity_id, by_outlet in labels.items():
        phrases = by_outlet.get(outlet)
        if phrases:
            rows.append(
                (entity_id not in actor_ids, -sum(phrases.values()), names.get(entity_id, entity_id), phrases)
            )
    rows.sort(key=lambda row: row[:3])
    rows = rows if full else rows[:TOP_NAMES]
    return {name: top_phrases(p, None if full else 3) for *_, name, p in rows}
