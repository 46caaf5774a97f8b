"""How each outlet told one story: ``newsprism compare STORY``.

``compare_story`` gathers, per outlet, its articles and headlines, length, first report, whom it
quotes and how much, and then the differences that matter, ranked and capped so one screen shows
them: its **distinct** statements (what it reports and the others do not, ``distinct.py``), its
**loaded** words (how it characterises actors where the others word it otherwise, ``loaded.py``),
the quotes only it carries, those it paraphrases, who has the last word (``compare_quotes.py``),
and what it leaves out that most other outlets carry. ``full=True`` (``--all``) lifts every cap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Mention, Quote, Story
from newsprism.store.store import Store
from newsprism.stories.brief import render_compare_html, render_compare_table, render_markdown
from newsprism.stories.compare_actors import StemsElsewhere, main_actors
from newsprism.stories.compare_debris import embedded_posts, gallery_spans, in_spans, outside_galleries
from newsprism.stories.compare_events import event_key, events_left_out, events_only_here, key_events
from newsprism.stories.compare_labels import (
    label_before,
    label_differences,
    labels_by_entity,
    labels_in,
    quoted_labels_json,
    top_phrases,
)
from newsprism.stories.compare_names import (
    first_named,
    fragments,
    name_labels,
    named_carriers,
    names_left_out,
    names_only_here,
)
from newsprism.stories.compare_quotes import (
    cluster_quotes,
    counted_not_named,
    document_voices,
    is_statement,
    sources_by_outlet,
)
from newsprism.stories.compare_shared import shared_quotes, speaker_turns
from newsprism.stories.compare_text import WORD, sentences, stem, word_family
from newsprism.stories.distinct import (
    distinct_statements,
    new_to_outlet,
    sentence_key,
    shown_statements,
    statement_stems,
)
from newsprism.stories.distinct_roles import ClauseSubjects
from newsprism.stories.features import stopwords
from newsprism.stories.loaded import (
    ArticleWords,
    evaluative_lexicon,
    loaded_words,
    once_per_outlet,
    shortlist,
)

__all__ = [
    "compare_articles",
    "compare_loaded",
    "compare_story",
    "label_before",
    "render_compare_html",
    "render_compare_table",
    "render_markdown",
]

UNKNOWN_OUTLET = "unknown"
DISTINCT_PER_ARTICLE = 5
LOADED_PER_ARTICLE = 10
TOP = 5  # quotes, names and events listed per outlet in each difference list by default
TOP_NAMES = 10  # speakers and names counted per outlet by default


def compare_story(store: Store, story_id: str, full: bool = False) -> dict[str, Any]:
    """The per-outlet comparison of one story, as plain JSON-ready data."""
    story = next(store.stories(ids=[story_id]), None)
    if story is None:
        raise NotFoundError(f"no story {story_id!r} (see 'newsprism stories')")
    articles = list(store.articles(ids=story.articles))
    ids = [a.article_id for a in articles]
    quotes = list(store.quotes(article_ids=ids))
    mentions = list(store.mentions(article_ids=ids))
    events = list(store.events(article_ids=ids))
    entity_ids = {m.entity_id for m in mentions if m.entity_id}
    entity_ids |= {q.speaker_entity_id for q in quotes if q.speaker_entity_id}
    names = {e.entity_id: e.name for e in store.entities(ids=sorted(entity_ids))} if entity_ids else {}
    return compare_loaded(story, articles, quotes, mentions, events, names, full=full)


def compare_loaded(
    story: Story, articles, quotes, mentions, events, names, full: bool = False
) -> dict[str, Any]:
    """``compare_story`` on rows the caller already read (the story page reads them once)."""
    data = compare_articles(articles, quotes, mentions, events, names, full=full)
    return {
        "story_id": story.story_id,
        "title": story.title,
        "first_published": story.first_published,
        "last_published": story.last_published,
    } | data


def compare_articles(
    articles: list[Article],
    quotes: list[Quote],
    mentions: list[Mention],
    events: list[Event],
    names: dict[str, str],
    full: bool = False,
) -> dict[str, Any]:
    """The comparison of a set of articles about one story (no store needed: the eval uses it)."""
    limit = None if full else TOP
    galleries = {a.article_id: gallery_spans(a.text) for a in articles}
    if any(galleries.values()):  # a gallery's captions are no statement, quote, name or event of the outlet
        quotes, mentions, events = (
            [r for r in rows if not in_spans(galleries.get(r.article_id, []), r.start, r.end)]
            for rows in (quotes, mentions, events)
        )
    outlet_of = {a.article_id: a.outlet or UNKNOWN_OUTLET for a in articles}
    group_of = {a.article_id: a.duplicate_of or a.article_id for a in articles}
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.article_id)):
        by_outlet[outlet_of[article.article_id]].append(article)
    quotes_of, mentions_of, events_of = defaultdict(list), defaultdict(list), defaultdict(list)
    for quote in quotes:
        quotes_of[quote.article_id].append(quote)
    for mention in mentions:
        mentions_of[mention.article_id].append(mention)
    for found in events:
        events_of[found.article_id].append(found)

    stop = stopwords()

    def who(quote: Quote) -> str:
        """Who is quoted; an unresolved pronoun ("they", "That") or count ("712", "about
        two-thirds") counts as unattributed."""
        found = names.get(quote.speaker_entity_id or "", "") or quote.speaker or ""
        if not found and quote.speaker_mention and not counted_not_named(quote.speaker_mention):
            found = quote.speaker_mention
        return found if any(w.lower() not in stop for w in WORD.findall(found)) else ""

    speakers = {id(q): who(q) for q in quotes}

    def speaker(quote: Quote) -> str:
        return speakers[id(quote)] if id(quote) in speakers else who(quote)

    display = {id(m): names.get(m.entity_id or "", "") or m.local_name or m.text for m in mentions}

    def name_of(mention: Mention) -> str:
        return display[id(mention)]

    event_keys = {id(e): event_key(e, names) for e in events}
    carriers = named_carriers(mentions, outlet_of, name_of)
    label_of_name = name_labels(mentions, name_of)
    named_first = first_named(mentions, {a.article_id: a.published for a in articles}, name_of)
    no_actor = fragments(mentions, set(outlet_of.values()), name_of, [a.text for a in articles])

    actors = main_actors(mentions, outlet_of, name_of)
    actor_weight = {a["name"]: 1.0 / (rank + 1) for rank, a in enumerate(actors)}
    clusters = cluster_quotes(quotes, speaker)
    posted = document_voices(clusters, speaker)  # "a subsequent post" another carrier gives a person
    if posted:
        speakers.update(posted)
        clusters = cluster_quotes(quotes, speaker)
    outlet_texts = {o: "\n".join(a.text for a in arts) for o, arts in by_outlet.items()}
    quoting = sources_by_outlet(
        clusters,
        outlet_of,
        group_of,
        speaker,
        lambda name: actor_weight.get(name, 0.0),
        limit,
        outlet_texts,
        {a.article_id: a.published for a in articles},
    )
    voice = {id(q): speaker(c.longest) for c in clusters for q in c.quotes}  # who says the quotation
    said_of = {  # a label inside a quotation is the speaker's word (another carrier's), not the outlet's
        aid: [(q.start, q.end, speaker(q) or voice.get(id(q), "")) for q in found if q.kind != "indirect"]
        for aid, found in quotes_of.items()
    }
    for article in articles:  # and so is one inside a post the page embeds
        people = [
            (m.start, m.end, name_of(m)) for m in mentions_of[article.article_id] if m.label == "PERSON"
        ]
        said_of.setdefault(article.article_id, []).extend(embedded_posts(article.text, sorted(people)))
    quoted_labels: dict[str, dict[str, Counter]] = {}
    labels = labels_by_entity(articles, mentions_of, outlet_of, said_of, quoted_labels)
    carried = shared_quotes(clusters, outlet_of, group_of, {a.article_id: len(a.text) for a in articles})
    counts_of = {a.article_id: Counter(stem(w) for w in WORD.findall(a.text)) for a in articles}
    articles_using: Counter = Counter()  # stem -> how many articles use it
    for counts in counts_of.values():
        articles_using.update(counts.keys())
    other_outlets = max(1, len(by_outlet) - 1)
    outlets_using: Counter = Counter()  # stem -> how many outlets use it
    for arts in by_outlet.values():
        outlets_using.update(set().union(*(counts_of[a.article_id] for a in arts)))
    family_of = {key: word_family(key) for key in articles_using}  # once per word of the story
    families_of = {  # outlet -> the word families it writes
        o: {family_of[k] for a in arts for k in counts_of[a.article_id]} for o, arts in by_outlet.items()
    }
    family_outlets = Counter(f for found in families_of.values() for f in found)  # family -> outlets
    lexicon = evaluative_lexicon()
    actor_ids = {a["entity_id"]: a["name"] for a in actors}
    sentences_of = {
        a.article_id: [
            s
            for found in sentences(
                a.article_id,
                a.text,
                quotes_of[a.article_id],
                mentions_of[a.article_id],
                events_of[a.article_id],
            )
            if (s := outside_galleries(found, galleries[a.article_id], a.text)) is not None
        ]
        for a in articles
    }
    keys_of = {aid: [sentence_key(s.text) for s in found] for aid, found in sentences_of.items()}
    printed = {aid: set(keys) for aid, keys in keys_of.items()}

    outlets = []
    for outlet, arts in by_outlet.items():
        own_groups = {group_of[a.article_id] for a in arts}
        others = [
            a
            for a in articles
            if outlet_of[a.article_id] != outlet and group_of[a.article_id] not in own_groups
        ]
        excluded: Counter = Counter()  # how many of this outlet's articles and their copies use each stem
        for article in articles:
            if outlet_of[article.article_id] == outlet or group_of[article.article_id] in own_groups:
                excluded.update(counts_of[article.article_id].keys())
        other_stems = StemsElsewhere(articles_using, excluded)
        own_stems = set().union(*(counts_of[a.article_id] for a in arts))

        own_families = families_of[outlet]

        def used_elsewhere(
            key: str, own_stems=own_stems, other_stems=other_stems, own_families=own_families
        ) -> float:
            """The share of the other outlets that use the word (0 when none does), or failing that
            a word of its family ("obstruction" for "obstructed")."""
            if key not in other_stems:
                family = family_of.get(key) or word_family(key)
                return min(1.0, max(0, family_outlets[family] - (family in own_families)) / other_outlets)
            return min(1.0, (outlets_using[key] - (key in own_stems)) / other_outlets)

        other_labels = {
            entity_id: {p.lower() for o, phrases in by.items() if o != outlet for p in phrases}
            for entity_id, by in labels.items()
        }
        shared = set().union(*(printed[a.article_id] for a in others))  # sentences others print too
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
            found = sentences_of[aid]
            evaluative, strengths = lexicon.both_matches(article.text)
            statements = distinct_statements(
                [s for s, key in zip(found, keys_of[aid], strict=True) if key not in shared],
                other_stems,
                spans,
                [m[:3] for m in actor_mentions],
                strengths,
                article.text,
                headline=article.title,
                lead=found[0].text if found else None,
                shared_quotes=carried.get(aid, []),
                subjects=ClauseSubjects(
                    article.word_roles,
                    [m[:2] for m in actor_mentions]
                    + [(m.start, m.end) for m in mentions_of[aid] if m.label == "PERSON"],
                    article.text,
                ),
            )
            labelled = labels_in(article, mentions_of[aid])
            words = ArticleWords(aid, article.text, found, spans, actor_mentions, labelled, evaluative)
            words.shared_quotes = carried.get(aid, [])
            words.counts, words.word_roles = counts_of[aid], article.word_roles
            words.outlets = len(by_outlet)
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
        quoted = quoting[outlet]
        named = Counter(name_of(m) for a in arts for m in mentions_of[a.article_id])
        top_names = None if full else TOP_NAMES
        outlets.append(
            {
                "outlet": outlet,
                "articles": [a.article_id for a in arts],
                "copies_of": {a.article_id: a.duplicate_of for a in arts if a.duplicate_of},
                "headlines": [a.title for a in arts if a.title],
                "length": sum(a.word_count for a in arts),
                "first_reported": min((a.published for a in arts if a.published), default=None),
                "quotes_by_speaker": {s["speaker"]: s["quotes"] for s in quoted["sources"][:top_names]},
                "entities": dict(named.most_common(top_names)),
                "labels": _labels_json(labels, outlet, names, actor_ids, full),
                "quoted_labels": quoted_labels_json(quoted_labels, outlet, names, actor_ids, full, TOP_NAMES),
                "only_here": {
                    "quotes": quoted["exclusive"],
                    "entities": names_only_here(
                        carriers,
                        no_actor,
                        mentions_of,
                        arts,
                        outlet,
                        name_of,
                        limit,
                        "\n".join(a.text for a in others),
                    ),
                    "events": events_only_here(events_of, arts, others, names, event_keys, actor_ids, limit),
                },
                "missing_here": {
                    "quotes": quoted["missing"],
                    "entities": names_left_out(
                        carriers,
                        no_actor,
                        mentions_of,
                        arts,
                        len(by_outlet),
                        outlet,
                        name_of,
                        limit,
                        label_of_name,
                        named_first,
                    ),
                    "events": events_left_out(events_of, arts, by_outlet, outlet, names, event_keys, limit),
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
        )
    outlets.sort(key=lambda row: (row["first_reported"] or "9999", row["outlet"]))
    shared = sorted(
        (
            c
            for c in clusters
            if len({outlet_of[q.article_id] for q in c.quotes}) >= 2 and is_statement(c.longest)
        ),
        key=lambda c: (
            -len({outlet_of[q.article_id] for q in c.quotes}),
            -actor_weight.get(speaker(c.longest), 0),
        ),
    )
    return {
        "outlets": outlets,
        "label_differences": label_differences(labels, names, actor_ids, full),
        "main_actors": actors,
        "key_events": key_events(
            events, outlet_of, names, [a.published for a in articles], {a.article_id: a for a in articles}
        ),
        "shared_quotes": [
            {
                "speaker": speaker(c.longest) or "(unattributed)",
                "speaker_entity_id": next(  # another carrier's, when the longest is a post's
                    (
                        q.speaker_entity_id
                        for q in [c.longest, *c.quotes]
                        if q.speaker_entity_id and speaker(q) == speaker(c.longest)
                    ),
                    None,
                ),
                "text": c.longest.text,
                "article_id": c.longest.article_id,
                "start": c.longest.start,
                "end": c.longest.end,
                "kind": c.longest.kind,  # "indirect": a paraphrase, not the speaker's words
                "outlets": sorted({outlet_of[q.article_id] for q in c.quotes}),
            }
            for c in (shared if full else speaker_turns(shared, lambda c: speaker(c.longest), TOP * 2))
        ],
    }


def _labels_json(labels, outlet, names, actor_ids, full) -> dict[str, dict[str, int]]:
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
