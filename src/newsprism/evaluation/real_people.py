"""People on real news: the AllSides people set (``eval/allsides_people``) in ``newsprism eval entities``.

248 real articles (three dense events and distractors) are run through the real entity stages as
one corpus; 40 hand-listed people with every form the articles name them by are scored by the
set's rule (eval/allsides_people/README.md): a person's mentions are the occurrences of their
unambiguous forms in their articles (case-sensitive, longest non-overlapping matches, mask strings
count for nobody); each goes to the entity whose mention covers it; the main entity holds the most.
The person is right when the main entity holds no other listed person's mentions and every other
entity holds at most a tenth as many. Set score: share of mentions in the main entity, counted only
for people who are right, weighted by mentions.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from newsprism.config import Settings
from newsprism.evaluation.allsides import corpus_path, read_texts
from newsprism.evaluation.real_roles import role_check
from newsprism.models import Article, Entity, Mention
from newsprism.nlp.model import load_model
from newsprism.store.store import Store

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SET = REPO / "eval" / "allsides_people" / "dev.json"
UNSEEN_SET = REPO / "eval" / "allsides_people" / "unseen.json"
UNSEEN2_SET = REPO / "eval" / "allsides_people" / "unseen2.json"  # issue 17's third round, before any run
UNSEEN3_SET = REPO / "eval" / "allsides_people" / "unseen3.json"  # issue 17's fifth round, before any run
UNSEEN4_SET = REPO / "eval" / "allsides_people" / "unseen4.json"  # issue 17's sixth round, before any run
UNSEEN5_SET = REPO / "eval" / "allsides_people" / "unseen5.json"  # three events, 40 people, before any run
UNSEEN6_SET = (
    REPO / "eval" / "allsides_people" / "unseen6.json"
)  # three new events, 52 people, before any run
UNSEEN7_SET = (
    REPO / "eval" / "allsides_people" / "unseen7.json"
)  # three new events, 50 people, before any run
UNSEEN8_SET = (
    REPO / "eval" / "allsides_people" / "unseen8.json"
)  # two conventions of July 2016, 34 people, before any run
UNSEEN9_SET = (
    REPO / "eval" / "allsides_people" / "unseen9.json"
)  # shutdown 2019, ACA repeal 2017, Paris 2015: 41 people, before any run
UNSEEN10_SET = (
    REPO / "eval" / "allsides_people" / "unseen10.json"
)  # Access Hollywood 2016, Ebola 2014, Cohen / Manafort / McCain 2018: 51 people, before any run
UNSEEN11_SET = (
    REPO / "eval" / "allsides_people" / "unseen11.json"
)  # Sandy Hook 2012, Snowden 2013, Scalia / Garland 2016: 61 people, before any run
UNSEEN12_SET = REPO / "eval" / "allsides_people" / "unseen12.json"  # 64 people, before any run
UNSEEN13_SET = REPO / "eval" / "allsides_people" / "unseen13.json"  # 75 people, before any run
UNSEEN14_SET = (
    REPO / "eval" / "allsides_people" / "unseen14.json"
)  # speaker race 2015, San Bernardino 2015, Las Vegas 2017: 59 people, before any run
UNSEEN15_SET = (
    REPO / "eval" / "allsides_people" / "unseen15.json"
)  # Charlottesville 2017, Freddie Gray 2015, Flynn 2017: 63 people, before any run
UNSEEN16_SET = (
    REPO / "eval" / "allsides_people" / "unseen16.json"
)  # Zimmerman verdict 2013, Singapore summit 2018, Hurricane Maria 2017: 52 people, before any run
UNSEEN17_SET = (
    REPO / "eval" / "allsides_people" / "unseen17.json"
)  # Syria strike 2017, health care bill 2017, Helsinki summit 2018: 40 people, before any run
UNSEEN18_SET = (
    REPO / "eval" / "allsides_people" / "unseen18.json"
)  # Hanoi summit 2019, China trade war 2019, Iran deal / Jerusalem embassy 2018: 43 people, before any run
UNSEEN19_SET = (
    REPO / "eval" / "allsides_people" / "unseen19.json"
)  # Squad tweets 2019, shutdown 2018, Comey hearing 2017: 48 people, before any run
UNSEEN20_SET = (
    REPO / "eval" / "allsides_people" / "unseen20.json"
)  # weeks drawn by seed: IRS/Benghazi/AP 2013, relief bill and task force 2020: 49 people, before any run
PEOPLE_SETS = (
    DEFAULT_SET,
    UNSEEN_SET,
    UNSEEN2_SET,
    UNSEEN3_SET,
    UNSEEN4_SET,
    UNSEEN5_SET,
    UNSEEN6_SET,
    UNSEEN7_SET,
    UNSEEN8_SET,
    UNSEEN9_SET,
    UNSEEN10_SET,
    UNSEEN11_SET,
    UNSEEN12_SET,
    UNSEEN13_SET,
    UNSEEN14_SET,
    UNSEEN15_SET,
    UNSEEN16_SET,
    UNSEEN17_SET,
    UNSEEN18_SET,
    UNSEEN19_SET,
    UNSEEN20_SET,
)
SPLIT_RATIO = 10  # another entity may hold at most a tenth of the main entity's mentions


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    form: str


def occurrences(text: str, strings: set[str]) -> list[Occurrence]:
    """Longest non-overlapping case-sensitive matches; a one-word form may not run into a letter,
    a longer one may run into a capital (hover-card text glued to the next headline)."""
    found = []
    for string in strings:
        multi = " " in string
        at = text.find(string)
        while at >= 0:
            end = at + len(string)
            after = text[end : end + 1]
            left_ok = at == 0 or not text[at - 1].isalnum()
            right_ok = not after or not (
                after.isdigit() or after.islower() or (after.isupper() and not multi)
            )
            if left_ok and right_ok:
                found.append(Occurrence(at, end, string))
            at = text.find(string, at + 1)
    found.sort(key=lambda o: (-(o.end - o.start), o.start))
    taken: list[Occurrence] = []
    for occurrence in found:
        if all(occurrence.end <= t.start or occurrence.start >= t.end for t in taken):
            taken.append(occurrence)
    return sorted(taken, key=lambda o: o.start)


def article_text(title: str | None, text: str) -> str:
    """The text the set was counted in: the title line, then the body."""
    return f"{title or ''}\n{text}"


def read_articles(ids: list[str], corpus: Path | None = None) -> list[Article]:
    """The set's articles (title line + body, as counted), in the set's order."""
    path = corpus_path(corpus)
    if path is None:
        return []
    titles = _read_titles(set(ids), path)
    texts = read_texts(ids, path)
    return [
        Article(
            article_id=i,
            source=f"allsides:{i}",
            text=article_text(titles.get(i), texts[i]),
            outlet="allsides",
        )
        for i in ids
        if i in texts
    ]


def _read_titles(ids: set[str], path: Path) -> dict[str, str]:
    import gzip

    titles = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") in ids:
                titles[record["id"]] = record.get("title") or ""
    return titles


def gold_mentions(gold: dict, texts: dict[str, str]) -> dict[str, list[tuple[str, Occurrence]]]:
    """Each listed person's scored mentions: (article id, occurrence) of their unambiguous forms."""
    strings = set(gold["mask_strings"])
    for person in gold["people"]:
        strings |= set(person["forms"]) | set(person["ambiguous_forms"])
    found = {i: occurrences(t, strings) for i, t in texts.items()}
    mentions = {}
    for person in gold["people"]:
        forms = set(person["forms"])
        skipped = {f: set(ids) for f, ids in person.get("skip_form_articles", {}).items()}
        mentions[person["name"]] = [
            (i, o)
            for i in person["articles"]
            if i in found
            for o in found[i]
            if o.form in forms and i not in skipped.get(o.form, ())
        ]
    return mentions


def _covering(mentions: list[Mention], occurrence: Occurrence) -> Mention | None:
    """The tightest system mention whose span covers the occurrence (overlapping is not enough)."""
    covering = [
        m for m in mentions if m.entity_id and m.start <= occurrence.start and m.end >= occurrence.end
    ]
    return min(covering, key=lambda m: (m.end - m.start, m.label != "PERSON"), default=None)


def score(
    gold: dict, texts: dict[str, str], found: dict[str, list[Mention]], entities: dict[str, Entity]
) -> dict:
    """Per person: share in the main entity, right or not; the set's weighted and plain figures."""
    mentions = gold_mentions(gold, texts)
    holder: dict[str, Counter] = {}
    for name, items in mentions.items():
        counts: Counter = Counter()
        for article_id, occurrence in items:
            mention = _covering(found.get(article_id, []), occurrence)
            counts[mention.entity_id if mention else None] += 1
        holder[name] = counts
    rows = []
    for name, counts in holder.items():
        total = sum(counts.values())
        held = Counter({e: n for e, n in counts.items() if e is not None})
        main, main_count = held.most_common(1)[0] if held else (None, 0)
        merged = sorted(other for other, c in holder.items() if other != name and main and c.get(main))
        second = max((n for e, n in held.items() if e != main), default=0)
        split = bool(main) and second * SPLIT_RATIO > main_count
        entity = entities.get(main) if main else None
        rows.append(
            {
                "name": name,
                "mentions": total,
                "share": main_count / total if total else 0.0,
                "right": bool(main) and not merged and not split,
                "main_entity": f"{entity.name} [{entity.type}]" if entity else None,
                "main_id": main,
                "entities": len(held),
                "unassigned": counts.get(None, 0),
                "second": second,
                "merged_with": merged,
                "holders": [
                    (entities[e].name if e in entities else e, entities[e].type if e in entities else "?", n)
                    for e, n in held.most_common(4)
                ],
            }
        )
    total = sum(r["mentions"] for r in rows)
    weighted = sum(r["share"] * r["right"] * r["mentions"] for r in rows) / total if total else 0.0
    return {
        "articles": len(texts),
        "people": len(rows),
        "people_right": sum(r["right"] for r in rows),
        "mentions": total,
        "weighted_score": weighted,
        "mean_share": sum(r["share"] for r in rows) / len(rows) if rows else 0.0,
        "rows": rows,
    }


def junk_candidates(entities: dict[str, Entity], gold: dict, limit: int = 25) -> list[Entity]:
    """The biggest PERSON entities that are none of the listed people: where junk shows first."""
    listed = {f for p in gold["people"] for f in [p["name"], *p["forms"], *p["ambiguous_forms"]]}
    others = [e for e in entities.values() if e.type == "PERSON" and e.name not in listed]
    return sorted(others, key=lambda e: -e.mentions)[:limit]


def run(corpus: Path | None = None, verbose: bool = False, console=None, path: Path | None = None) -> dict:
    """Score each real-news people set (dev, then the unseen ones) as its own corpus; the dev result
    is returned with the others under ``"splits"``."""
    console = console or Console()
    if corpus_path(corpus) is None:
        console.print("AllSides corpus not found: the real-news people set is skipped", markup=False)
        return {}
    paths = [path] if path else [p for p in PEOPLE_SETS if p.is_file()]
    results = {p.stem: run_set(p, corpus, verbose, console) for p in paths}
    first = dict(next(iter(results.values())))
    first["splits"] = results
    return first


def run_set(path: Path, corpus: Path | None, verbose: bool, console) -> dict:
    """Run the entity stages over one set as one corpus and print the person scores."""
    from newsprism.evaluation.entities import process_articles  # the same real stages as the other sets

    nlp = load_model(Settings.load().model)
    gold = json.loads(path.read_text("utf-8"))
    articles = read_articles(gold["articles"], corpus)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "allsides_people.db"))
        found = process_articles(nlp, store, articles)
        entities = {e.entity_id: e for e in store.entities()}
        store.close()
    result = score(gold, {a.article_id: a.text for a in articles}, found, entities)
    if any(p.get("role_words") for p in gold["people"]):
        result["role_check"] = role_check(gold, result["rows"], entities)
    console.print(
        f"allsides_people {path.stem}: people right {result['people_right']}/{result['people']}, "
        f"mention-weighted score {result['weighted_score']:.3f}, mean share {result['mean_share']:.3f} "
        f"({result['mentions']} mentions in {result['articles']} articles)",
        markup=False,
        highlight=False,
    )
    checked = result.get("role_check")
    if checked:
        console.print(
            f"  roles of the listed people: {checked['roles_right']}/{checked['roles']} right "
            f"({checked['role_share']:.3f})",
            markup=False,
            highlight=False,
        )
    if verbose:
        _show(console, result, junk_candidates(entities, gold))
        for name, role in (checked or {}).get("wrong", []):
            console.print(f"    wrong role: {name}: {role!r}", markup=False, highlight=False)
    return result


def _show(console, result: dict, junk: list[Entity]) -> None:
    for row in sorted(result["rows"], key=lambda r: (r["right"], -r["mentions"])):
        mark = "ok " if row["right"] else "BAD"
        merged = f" merged with {', '.join(row['merged_with'])}" if row["merged_with"] else ""
        console.print(
            f"  {mark} {row['name']:<26} {row['mentions']:>4} share {row['share']:.2f} "
            f"main={row['main_entity']!s} entities={row['entities']} second={row['second']} "
            f"unassigned={row['unassigned']}{merged}",
            markup=False,
            highlight=False,
        )
        if row["right"]:
            continue
        console.print(
            "      held by: " + "; ".join(f"{name!r} {kind} {n}" for name, kind, n in row["holders"]),
            markup=False,
            highlight=False,
        )
    console.print("  largest unlisted PERSON entities:", markup=False)
    for entity in junk:
        console.print(
            f"    {entity.name!r} {entity.mentions} mentions, {entity.articles} articles", markup=False
        )
