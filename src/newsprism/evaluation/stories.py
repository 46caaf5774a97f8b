"""Score the stories stage: ``newsprism eval stories``.

BASIL (``--data``, default ../shared/data/basil-dev) has events each reported by three outlets;
articles sharing a ``triplet-uuid`` are one story. The articles go through the real pipeline
pieces (clean, spaCy parse, per-article extraction, store, entity linking, stories) in a
shuffled order and in small batches, so the score also shows that incremental assignment holds
up. Measures:

* story clustering of the BASIL articles: adjusted Rand index and pairwise precision, recall, F1;
* re-post detection: synthetic re-posts of real articles (boilerplate lines added, a few words
  changed, sometimes a paragraph dropped) mixed into the stream. Recall is the share of re-posts
  put in their original's duplicate group; precision is the share of ``duplicate_of`` links that
  join copies of the same article (a link between two different BASIL articles is false).
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations
from pathlib import Path
from tempfile import TemporaryDirectory

from rich.console import Console
from rich.table import Table

from newsprism.config import Settings
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.story_data import extracted, load_basil, make_repost
from newsprism.models import Article, Extraction
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories
from newsprism.stories.timeline import build_timeline

REPO = Path(__file__).resolve().parents[3]
DEFAULT_BASIL = REPO.parent / "shared" / "data" / "basil-dev"
SEED = 13
BATCH = 12  # articles per assign_stories call: many small increments
REPOSTS = 60
ORDER_RUNS = 5  # the order-stability figure: newest first, in this many runs


def adjusted_rand_score(gold: list[str], predicted: list[str]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labelings of the same items (1.0: identical)."""

    def pairs(count: int) -> float:
        return count * (count - 1) / 2

    together = sum(pairs(n) for n in Counter(zip(gold, predicted, strict=True)).values())
    gold_pairs = sum(pairs(n) for n in Counter(gold).values())
    predicted_pairs = sum(pairs(n) for n in Counter(predicted).values())
    expected = gold_pairs * predicted_pairs / pairs(len(gold)) if len(gold) > 1 else 0.0
    best = (gold_pairs + predicted_pairs) / 2
    if best == expected:  # both put everything together or everything apart
        return 1.0
    return (together - expected) / (best - expected)


def _link_entities(store: Store, ids: list[str]) -> None:
    from newsprism.entities import link_articles

    link_articles(store, ids)


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of articles put in one story."""
    ids = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def timeline_figures(store: Store, gold: dict[str, str]) -> dict[str, float]:
    """Per gold story (the story most of its articles are in): whether its default timeline has
    a row told by two or more outlets; the share of its shown event rows whose actor is a named
    (linked) entity; and, before that filter, the share of event rows with a named actor."""
    stored = {a.article_id: a.story_id for a in store.articles(ids=sorted(gold))}
    names = {e.name for e in store.entities()}
    by_gold: dict[str, Counter] = {}
    for aid, triplet in gold.items():
        by_gold.setdefault(triplet, Counter())[stored.get(aid)] += 1
    told_twice = named = rows = named_before = every = 0
    for counts in by_gold.values():
        story_id = counts.most_common(1)[0][0]
        if not story_id:
            continue
        shown = build_timeline(store, story_id=story_id, limit=30)
        told_twice += any(len(r.outlets) >= 2 for r in shown)
        rows += len(shown)
        named += sum(any(a in names for a in r.actors) for r in shown)
        every_row = build_timeline(store, story_id=story_id, unnamed=True)
        every += len(every_row)
        named_before += sum(any(a in names for a in r.actors) for r in every_row)
    return {
        "timeline_stories_with_2_outlet_row": told_twice / max(1, len(by_gold)),
        "timeline_rows_per_story": rows / max(1, len(by_gold)),
        "timeline_shown_rows_naming_actor": named / max(1, rows),
        "timeline_all_rows_naming_actor": named_before / max(1, every),
    }


def _stage_run(
    pairs: list[tuple[Article, Extraction]],
    batches: list[list[str]],
    settings: Settings,
    tmp: str,
    name: str,
    gold: dict[str, str] | None = None,
) -> tuple[dict[str, Article], dict[str, float]]:
    """Store the parsed articles batch by batch, linking entities and stories after each batch,
    as ``analyze`` does; every stored article back, and the timeline figures when ``gold`` is given."""
    by_id = {article.article_id: (article, extraction) for article, extraction in pairs}
    store = Store(str(Path(tmp) / f"{name}.db"))
    try:
        for ids in batches:
            for aid in ids:
                store.save_article(*by_id[aid])
            _link_entities(store, ids)
            assign_stories(store, ids, settings)
        return {a.article_id: a for a in store.articles()}, (timeline_figures(store, gold) if gold else {})
    finally:
        store.close()


def _ari_of(gold: dict[str, str], stored: dict[str, Article], ids: list[str]) -> float:
    return adjusted_rand_score([gold[a] for a in ids], [stored[a].story_id or f"none:{a}" for a in ids])


def run(data: Path | None, verbose: bool, console: Console) -> dict:
    data = data or DEFAULT_BASIL
    if not (data / "articles").is_dir():
        from newsprism.errors import InputError

        raise InputError(str(data), "no BASIL articles/ folder here")
    settings = Settings.load()
    rng = random.Random(SEED)
    basil = load_basil(data)
    triplet_of = {raw.given_id: triplet for raw, triplet in basil}
    year_of = {raw.given_id: (raw.published or "0000")[:4] for raw, _ in basil}
    originals = [raw for raw, _ in basil]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, REPOSTS))]
    source_of = {raw.given_id: raw.given_id for raw in originals}
    source_of.update({r.given_id: r.given_id.split("-of-", 1)[1] for r in reposts})
    pairs = extracted(originals + reposts, settings)
    ids = [article.article_id for article, _ in pairs]
    shuffled = list(ids)
    rng.shuffle(shuffled)  # not in date order: stories must come out right whatever the order
    published = {article.article_id: article.published or "" for article, _ in pairs}
    newest_first = sorted(ids, key=lambda aid: (published[aid], aid), reverse=True)
    size = -(-len(ids) // ORDER_RUNS)
    with TemporaryDirectory() as tmp:
        batches = [shuffled[i : i + BATCH] for i in range(0, len(ids), BATCH)]
        gold = {aid: triplet_of[aid] for aid in triplet_of}
        stored, timeline = _stage_run(pairs, batches, settings, tmp, "a", gold)
        at_once, _ = _stage_run(pairs, [ids], settings, tmp, "b")
        in_runs, _ = _stage_run(
            pairs, [newest_first[i : i + size] for i in range(0, len(ids), size)], settings, tmp, "c"
        )

    gold = {aid: triplet_of[aid] for aid in triplet_of}
    predicted = {aid: stored[aid].story_id or f"none:{aid}" for aid in gold}
    ari = _ari_of(gold, stored, list(gold))
    precision, recall, f1 = pairwise(gold, predicted)
    one_run = {aid: at_once[aid].story_id or f"none:{aid}" for aid in ids}
    order_ari = _ari_of(one_run, in_runs, ids)

    def group(aid: str) -> str:
        return stored[aid].duplicate_of or aid

    caught = sum(group(r.given_id) == group(source_of[r.given_id]) for r in reposts)
    links = [(aid, a.duplicate_of) for aid, a in stored.items() if a.duplicate_of]
    true_links = sum(source_of[a] == source_of[b] for a, b in links)
    repost_recall = caught / len(reposts)
    repost_precision = true_links / len(links) if links else 1.0
    false_links = [(a, b) for a, b in links if source_of[a] != source_of[b]]
    in_story = sum(stored[r.given_id].story_id == stored[source_of[r.given_id]].story_id for r in reposts)

    result = {
        "articles": len(gold),
        "stories_gold": len(set(gold.values())),
        "stories_found": len(set(predicted.values())),
        "ari": ari,
        "ari_2010_2012": _ari_of(gold, stored, [a for a in gold if year_of[a] <= "2012"]),
        "ari_2013_2014": _ari_of(gold, stored, [a for a in gold if year_of[a] >= "2013"]),
        "pair_precision": precision,
        "pair_recall": recall,
        "pair_f1": f1,
        "order_stability_ari": order_ari,
        "reposts": len(reposts),
        "repost_recall": repost_recall,
        "repost_precision": repost_precision,
        "false_duplicates": len(false_links),
        "reposts_in_original_story": in_story / len(reposts),
        **timeline,
    }
    result.update(allsides_stories.run(settings, adjusted_rand_score))
    for week, gold_file in allsides_stories.WEEKS.items():
        prefix = f"allsides_{week}"
        result.update(allsides_stories.run(settings, adjusted_rand_score, gold_file=gold_file, prefix=prefix))
    title = (
        f"Stories on {data.name} ({len(gold)} articles + {REPOSTS} re-posts, shuffled, batches of {BATCH})"
    )
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in result.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    console.print(
        f"order_stability_ari: all articles in one run against newest first in {ORDER_RUNS} runs",
        markup=False,
    )
    if verbose:
        _show_errors(console, gold, predicted, stored, false_links)
        for r in reposts:
            if group(r.given_id) != group(source_of[r.given_id]):
                console.print(f"missed re-post: {r.given_id}", markup=False)
    return result


def _show_errors(console: Console, gold, predicted, stored, false_links) -> None:
    """Gold stories split over several found stories, found stories mixing gold ones, false copies."""
    by_gold: dict[str, list[str]] = {}
    for aid, triplet in gold.items():
        by_gold.setdefault(triplet, []).append(aid)
    for triplet, ids in sorted(by_gold.items()):
        found = Counter(predicted[a] for a in ids)
        mixed = {s for s in found if any(predicted[o] == s and gold[o] != triplet for o in gold)}
        if len(found) > 1 or mixed:
            console.print(f"[bold]{triplet}[/] split={len(found)} mixed={len(mixed)}")
            for aid in ids:
                a = stored[aid]
                console.print(f"   {a.published} {a.outlet:4} {predicted[aid][:12]} {a.title}", markup=False)
    for a, b in false_links:
        console.print(f"false duplicate: {a} -> {b}", markup=False)
