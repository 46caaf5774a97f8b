"""What a story's comparison reads once before it compares the outlets (``compare.py``).

``story_context`` groups the story's rows per article and outlet, settles whom each quote is by
(``compare_quotes.py``), which names and events each outlet carries, the words each article and
outlet uses (for "used elsewhere"), the labels each outlet gives each actor, and each article's
sentences. ``compare_outlet.py`` then reads this per outlet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from newsprism.models import Article, Event, Mention, Quote
from newsprism.quotes.group_form import group_form
from newsprism.stories.compare_actors import main_actors
from newsprism.stories.compare_debris import embedded_posts, gallery_spans, in_spans, outside_galleries
from newsprism.stories.compare_events import event_key
from newsprism.stories.compare_labels import labels_by_entity
from newsprism.stories.compare_names import first_named, fragments, name_labels, named_carriers
from newsprism.stories.compare_quotes import (
    cluster_quotes,
    counted_not_named,
    document_voices,
    sources_by_outlet,
)
from newsprism.stories.compare_shared import shared_quotes
from newsprism.stories.compare_text import WORD, sentences, stem, word_family
from newsprism.stories.distinct import sentence_key
from newsprism.stories.features import stopwords
from newsprism.stories.loaded import evaluative_lexicon

UNKNOWN_OUTLET = "unknown"


class StoryContext:
    """The story-wide facts each outlet's row is drawn from: the rows per article (``quotes_of``,
    ``mentions_of``, ``events_of``), ``outlet_of`` and ``group_of`` (the copy group) per article,
    the articles per outlet (``by_outlet``, oldest first), whom a quote is by (``speaker``), a
    mention's display name (``name_of``), and the rest ``story_context`` sets."""

    def __init__(
        self,
        articles,
        names,
        outlet_of,
        group_of,
        by_outlet,
        quotes_of,
        mentions_of,
        events_of,
        speaker,
        name_of,
    ):
        self.articles, self.names = articles, names
        self.outlet_of, self.group_of, self.by_outlet = outlet_of, group_of, by_outlet
        self.quotes_of, self.mentions_of, self.events_of = quotes_of, mentions_of, events_of
        self.speaker: Callable[[Quote], str] = speaker
        self.name_of: Callable[[Mention], str] = name_of


def without_galleries(articles: list[Article], quotes, mentions, events):
    """The story's rows minus those inside a gallery's captions (no statement, quote, name or event
    of the outlet), and each article's gallery spans."""
    galleries = {a.article_id: gallery_spans(a.text) for a in articles}
    if any(galleries.values()):
        quotes, mentions, events = (
            [r for r in rows if not in_spans(galleries.get(r.article_id, []), r.start, r.end)]
            for rows in (quotes, mentions, events)
        )
    return galleries, quotes, mentions, events


def story_context(
    articles: list[Article],
    quotes: list[Quote],
    mentions: list[Mention],
    events: list[Event],
    names: dict[str, str],
    limit: int | None,
) -> StoryContext:
    """Everything the per-outlet comparison reads, computed once for the story."""
    galleries, quotes, mentions, events = without_galleries(articles, quotes, mentions, events)
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
            found = group_form(quote.speaker_mention) or ""
        return found if any(w.lower() not in stop for w in WORD.findall(found)) else ""

    speakers = {id(q): who(q) for q in quotes}

    def speaker(quote: Quote) -> str:
        return speakers[id(quote)] if id(quote) in speakers else who(quote)

    display = {id(m): names.get(m.entity_id or "", "") or m.local_name or m.text for m in mentions}

    def name_of(mention: Mention) -> str:
        return display[id(mention)]

    context = StoryContext(
        articles, names, outlet_of, group_of, by_outlet, quotes_of, mentions_of, events_of, speaker, name_of
    )
    context.quotes, context.events, context.galleries = quotes, events, galleries
    context.event_keys = {id(e): event_key(e, names) for e in events}
    context.carriers = named_carriers(mentions, outlet_of, name_of)
    context.label_of_name = name_labels(mentions, name_of)
    context.named_first = first_named(mentions, {a.article_id: a.published for a in articles}, name_of)
    context.no_actor = fragments(mentions, set(outlet_of.values()), name_of, [a.text for a in articles])

    actors = main_actors(mentions, outlet_of, name_of)
    actor_weight = {a["name"]: 1.0 / (rank + 1) for rank, a in enumerate(actors)}
    context.actors, context.actor_weight = actors, actor_weight
    context.actor_ids = {a["entity_id"]: a["name"] for a in actors}
    clusters = cluster_quotes(quotes, speaker)
    posted = document_voices(clusters, speaker)  # "a subsequent post" another carrier gives a person
    if posted:
        speakers.update(posted)
        clusters = cluster_quotes(quotes, speaker)
    context.clusters = clusters
    outlet_texts = {o: "\n".join(a.text for a in arts) for o, arts in by_outlet.items()}
    context.quoting = sources_by_outlet(
        clusters,
        outlet_of,
        group_of,
        speaker,
        lambda name: actor_weight.get(name, 0.0),
        limit,
        outlet_texts,
        {a.article_id: a.published for a in articles},
    )
    _labels(context, clusters)
    context.carried = shared_quotes(
        clusters, outlet_of, group_of, {a.article_id: len(a.text) for a in articles}
    )
    _word_counts(context)
    context.lexicon = evaluative_lexicon()
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
    context.sentences_of, context.keys_of = sentences_of, keys_of
    context.printed = {aid: set(keys) for aid, keys in keys_of.items()}
    return context


def _labels(context: StoryContext, clusters) -> None:
    """The labels each outlet gives each entity, and those inside quotations (the speaker's word)."""
    speaker, name_of = context.speaker, context.name_of
    voice = {id(q): speaker(c.longest) for c in clusters for q in c.quotes}  # who says the quotation
    said_of = {  # a label inside a quotation is the speaker's word (another carrier's), not the outlet's
        aid: [(q.start, q.end, speaker(q) or voice.get(id(q), "")) for q in found if q.kind != "indirect"]
        for aid, found in context.quotes_of.items()
    }
    for article in context.articles:  # and so is one inside a post the page embeds
        people = [
            (m.start, m.end, name_of(m))
            for m in context.mentions_of[article.article_id]
            if m.label == "PERSON"
        ]
        said_of.setdefault(article.article_id, []).extend(embedded_posts(article.text, sorted(people)))
    quoted_labels: dict[str, dict[str, Counter]] = {}
    context.labels = labels_by_entity(
        context.articles, context.mentions_of, context.outlet_of, said_of, quoted_labels
    )
    context.quoted_labels = quoted_labels


def _word_counts(context: StoryContext) -> None:
    """Each article's word stems, and how many articles and outlets use each stem and word family."""
    counts_of = {a.article_id: Counter(stem(w) for w in WORD.findall(a.text)) for a in context.articles}
    articles_using: Counter = Counter()  # stem -> how many articles use it
    for counts in counts_of.values():
        articles_using.update(counts.keys())
    outlets_using: Counter = Counter()  # stem -> how many outlets use it
    for arts in context.by_outlet.values():
        outlets_using.update(set().union(*(counts_of[a.article_id] for a in arts)))
    family_of = {key: word_family(key) for key in articles_using}  # once per word of the story
    families_of = {  # outlet -> the word families it writes
        o: {family_of[k] for a in arts for k in counts_of[a.article_id]}
        for o, arts in context.by_outlet.items()
    }
    context.counts_of, context.articles_using, context.outlets_using = (
        counts_of,
        articles_using,
        outlets_using,
    )
    context.family_of, context.families_of = family_of, families_of
    context.family_outlets = Counter(f for found in families_of.values() for f in found)  # family -> outlets
    context.other_outlets = max(1, len(context.by_outlet) - 1)
