"""The counting step the unseen people sets share: which articles name each listed person, and
how often each of their forms occurs there (build_dev.py / README.md's rule: longest
non-overlapping case-sensitive matches, masks count for nobody)."""

import gzip
import json
import random
import re
from pathlib import Path

from newsprism.evaluation import real_people

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "allsides" / "articles.jsonl.gz"
if not CORPUS.is_file():
    CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")


def text_of(record: dict) -> str:
    """The text a set is counted in: the title line, then the body."""
    return f"{record.get('title') or ''}\n{record.get('text') or ''}"


def select_articles(
    window: tuple[str, str], query: str, min_matches: int, exclude: str, seed: int, distractors: int = 30
) -> tuple[list[str], list[str], dict[str, str]]:
    """A dense event's articles in a date window (long enough, naming the event ``min_matches``
    times; cross-posted copies once) and ``distractors`` random long articles of the same window
    that do not touch it: (event ids, distractor ids, id -> text)."""
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    in_window = [r for r in records if window[0] <= (r.get("published") or "")[:10] <= window[1]]
    event, titles = [], set()
    for record in sorted(in_window, key=lambda r: r["id"]):
        if len(record.get("text") or "") < 800 or len(re.findall(query, text_of(record))) < min_matches:
            continue
        title = text_of(record).split("\n")[0].lower()
        if title not in titles:  # cross-posted copies once
            titles.add(title)
            event.append(record["id"])
    pool = [
        r
        for r in in_window
        if r["id"] not in set(event)
        and len(r.get("text") or "") >= 1500
        and not re.search(exclude, text_of(r))
    ]
    random.Random(seed).shuffle(pool)
    chosen = []
    for record in pool:
        title = text_of(record).split("\n")[0].lower()
        if title not in titles:
            titles.add(title)
            chosen.append(record["id"])
        if len(chosen) == distractors:
            break
    texts = {r["id"]: text_of(r) for r in records if r["id"] in set(event) | set(chosen)}
    return event, chosen, texts


def select_events(
    events: dict[str, tuple[tuple[str, str], str, int, str, int]], distractors: int
) -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, str], list[str], list[str]]:
    """``select_articles`` for each event of ``events`` (key -> window, query, minimum matches,
    distractor exclusion, seed): (key -> (event ids, distractor ids), id -> text, all event ids,
    all distractor ids)."""
    selected, texts = {}, {}
    for key, (window, query, min_matches, exclude, seed) in events.items():
        event_ids, distractor_ids, found = select_articles(
            window, query, min_matches, exclude, seed, distractors
        )
        selected[key] = (event_ids, distractor_ids)
        texts.update(found)
    event = [i for ids, _ in selected.values() for i in ids]
    chosen = [i for _, ids in selected.values() for i in ids]
    return selected, texts, event, chosen


def event_entries(
    events: dict[str, tuple[tuple[str, str], str, int, str, int]],
    selected: dict[str, tuple[list[str], list[str]]],
) -> list[dict]:
    """The ``events`` list of a set's JSON (name, window, query, ids) from ``select_events``."""
    return [
        {"name": key, "window": list(events[key][0]), "query": events[key][1], "ids": ids}
        for key, (ids, _) in selected.items()
    ]


def occurrences(text: str, strings: set[str]) -> list[tuple[int, int, str]]:
    """Longest non-overlapping case-sensitive matches: the set's scorer's own rule."""
    return [(o.start, o.end, o.form) for o in real_people.occurrences(text, strings)]


def count_people(
    texts: dict[str, str],
    event: list[str],
    people: dict[str, tuple[list[str], dict[str, list[str]]]],
    masks: list[str],
    needs_full: dict[str, str],
) -> list[dict]:
    """The gold entry of each listed person: an article names them with a full form, or with a
    bare form only in an event article (never a distractor) and, for ``needs_full`` people, only
    where its pattern is found; ``skips`` (form -> article ids) drop a form's matches there."""
    strings = set(masks) | {f for forms, _ in people.values() for f in forms}
    found = {i: occurrences(t, strings) for i, t in texts.items()}
    entries = []
    for name, (forms, skips) in people.items():
        full = [f for f in forms if " " in f]
        articles = []
        for article_id, text in texts.items():
            named = [o for o in found[article_id] if o[2] in forms]
            if not named:
                continue
            if name in needs_full and not re.search(needs_full[name], text):
                continue
            bare_only = not any(o[2] in full for o in named)
            if bare_only and article_id not in event:
                continue
            if all(article_id in skips.get(o[2], ()) for o in named):
                continue
            articles.append(article_id)
        counts: dict[str, int] = {}
        for article_id in articles:
            for _, _, form in found[article_id]:
                if form in forms and article_id not in skips.get(form, ()):
                    counts[form] = counts.get(form, 0) + 1
        person = {
            "name": name,
            "type": "PERSON",
            "forms": forms,
            "ambiguous_forms": [],
            "articles": sorted(articles),
            "mention_counts": counts,
            "ambiguous_mention_counts": {},
        }
        if any(skips.values()):
            person["skip_form_articles"] = {form: ids for form, ids in skips.items() if ids}
        entries.append(person)
    return entries


def write_gold(
    name: str,
    description: str,
    event_name: str,
    selection: tuple[tuple[str, str], str, list[str], list[str]],
    masks: list[str],
    people: list[dict],
) -> None:
    """Write a set of one event; ``selection`` is (window, query, event ids, distractor ids)."""
    window, query, event, distractors = selection
    events = [{"name": event_name, "window": list(window), "query": query, "ids": event}]
    write_gold_events(name, description, events, distractors, masks, people)


def write_gold_events(
    name: str,
    description: str,
    events: list[dict],
    distractors: list[str],
    masks: list[str],
    people: list[dict],
) -> None:
    """Write ``name``.json next to these scripts in the sets' one layout and print what it holds;
    ``events`` are dicts of name, window, query and ids."""
    event = [i for e in events for i in e["ids"]]
    gold = {
        "description": f"{description} on real AllSides articles (ids refer to "
        "/work/shared/data/allsides/articles.jsonl.gz), annotated before any run. See README.md.",
        "articles": sorted(event) + distractors,
        "events": events,
        "mask_strings": masks,
        "distractors": distractors,
        "people": people,
    }
    out = Path(__file__).with_name(f"{name}.json")
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(gold['articles'])} articles ({len(event)} event, {len(distractors)} distractors)")
    for person in people:
        print(
            f"  {person['name']:<22} {len(person['articles']):>3} articles",
            f"{sum(person['mention_counts'].values()):>4} {person['mention_counts']}",
        )
