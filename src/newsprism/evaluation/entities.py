"""Entity evaluation: B-cubed of person clusters, on our gold set and on BASIL's main entities.

Everything goes through the real pipeline parts: the configured spaCy model, ``extract_mentions``
and ``link_articles`` over a temporary SQLite store.

1. Gold set (``eval/entities_gold/<split>/*.txt``, articles written for the project): every
   person mention is marked ``[[name as written|cluster]]``; the same cluster id in two articles
   is the same person. Scored per split: B-cubed precision/recall/F1 over the gold mentions, a
   mention's predicted cluster being the entity of the predicted mention overlapping it (no
   mention or no entity: a cluster of its own). ``dev`` is what the rules were tuned on;
   ``heldout`` was scored once, then its errors were looked at; ``heldout2`` never was.
2. BASIL (``--data``, default ../shared/data/basil-dev): each article's ``main-entities`` that
   look like a person's name (two or three capitalised words, no organisation noun or place,
   found in the text) must come out as exactly one entity holding the full name, with every
   mention written as the full name or the bare surname linked to it. Reports the share
   satisfied, and B-cubed over those mentions across the corpus (gold cluster: the main entity).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from newsprism.config import Settings
from newsprism.entities import extract_mentions, link_articles
from newsprism.models import Article, Extraction, Mention
from newsprism.nlp import lexicon
from newsprism.nlp.model import load_model
from newsprism.people.names import name_rules, plain
from newsprism.people.place_names import is_known_place
from newsprism.people.role_words import title_words
from newsprism.store.store import Store

REPO = Path(__file__).resolve().parents[3]
GOLD = REPO / "eval" / "entities_gold"
DEFAULT_DATA = REPO.parent / "shared" / "data" / "basil-dev"
_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def parse_gold(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip ``[[name|cluster]]`` marks: the clean text and its ``(start, end, cluster)`` spans.

    A mark may hold a title ("Mr. Trump"); the span then covers the name after the title.
    """
    text, spans, last = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[last : match.start()]
        text.append(before)
        length += len(before)
        written, cluster = match.group(1), match.group(2).strip()
        words = written.split()
        skip = 0
        while len(words) > 1 and words[0].lower().rstrip(".") in _title_words():
            skip += len(words.pop(0)) + 1
        spans.append((length + skip, length + len(written), cluster))
        text.append(written)
        length += len(written)
        last = match.end()
    text.append(marked[last:])
    return "".join(text), spans


def _title_words() -> set[str]:
    return {w.rstrip(".") for w in title_words()}


def b_cubed(gold: dict, predicted: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` against ``gold`` (item -> cluster)."""
    if not gold:
        return 0.0, 0.0, 0.0
    by_gold: dict = {}
    by_pred: dict = {}
    for item, cluster in gold.items():
        by_gold.setdefault(cluster, set()).add(item)
        by_pred.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in gold:
        g, p = by_gold[gold[item]], by_pred[predicted[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def process_articles(nlp, store: Store, articles: list[Article]) -> dict[str, list[Mention]]:
    """The real per-article and cross-article entity stages; the stored mentions per article."""
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        store.save_article(article, Extraction(mentions=extract_mentions(doc, article)))
    link_articles(store, [a.article_id for a in articles])
    found: dict[str, list[Mention]] = {}
    for mention in store.mentions(article_ids=[a.article_id for a in articles]):
        found.setdefault(mention.article_id, []).append(mention)
    return found


def _overlapping(mentions: Iterable[Mention], start: int, end: int) -> Mention | None:
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_overlap or (overlap == best_overlap > 0 and mention.label == "PERSON"):
            best, best_overlap = mention, overlap
    return best


def score_gold_split(nlp, folder: Path, verbose: bool, console) -> dict:
    """B-cubed of person clusters on one folder of marked-up articles."""
    articles, spans = [], {}
    for path in sorted(folder.glob("*.txt")):
        text, marks = parse_gold(path.read_text("utf-8"))
        article_id = f"{folder.name}-{path.stem}"
        articles.append(Article(article_id=article_id, source=str(path), text=text, outlet="gold"))
        spans[article_id] = marks
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "gold.db"))
        found = process_articles(nlp, store, articles)
        store.close()
    gold, predicted, detected = {}, {}, 0
    errors = []
    for article in articles:
        for i, (start, end, cluster) in enumerate(spans[article.article_id]):
            item = (article.article_id, i)
            gold[item] = cluster
            mention = _overlapping(found.get(article.article_id, []), start, end)
            if mention is not None and mention.entity_id:
                predicted[item] = mention.entity_id
                detected += 1
            else:
                predicted[item] = ("none", item)
            errors.append((item, article.text[start:end], cluster, mention))
    precision, recall, f1 = b_cubed(gold, predicted)
    result = {
        "articles": len(articles),
        "mentions": len(gold),
        "clusters": len(set(gold.values())),
        "linked_share": detected / len(gold) if gold else 0.0,
        "b3_precision": precision,
        "b3_recall": recall,
        "b3_f1": f1,
    }
    if verbose:
        _show_gold_errors(console, folder.name, gold, predicted, errors)
    return result


def _show_gold_errors(console, name: str, gold: dict, predicted: dict, rows: list) -> None:
    """Gold clusters split over several entities, and entities holding several gold clusters."""
    entities_of: dict[str, set] = {}
    clusters_of: dict = {}
    for item, cluster in gold.items():
        entities_of.setdefault(cluster, set()).add(predicted[item])
        clusters_of.setdefault(predicted[item], set()).add(cluster)
    for item, written, cluster, mention in rows:
        pred = predicted[item]
        if len(entities_of[cluster]) > 1 or len(clusters_of[pred]) > 1:
            got = (
                f"{mention.text!r} {mention.label} -> {mention.local_name!r} {mention.entity_id}"
                if mention
                else "-"
            )
            console.print(f"  {name} {item[0]}: {written!r} gold={cluster} got {got}", markup=False)


# ---- BASIL ---------------------------------------------------------------------------------------


def _org_words() -> set[str]:
    return set(lexicon.words("org_nouns.txt"))


def person_like(name: str, text: str) -> bool:
    """A main entity we can check as a person: 2-3 capitalised words, not an organisation or place."""
    words = name.split()
    if not 2 <= len(words) <= 3 or name not in text:
        return False
    if not all(w[0].isupper() and not w.isupper() for w in words):
        return False
    org_words = _org_words()
    if any(w.lower() in org_words or is_known_place(w) for w in words):
        return False
    return not words[-1].endswith("s")  # "Senate Republicans"


def _surname_unambiguous(name: str, text: str) -> bool:
    """No other given name stands before this surname in the text ("Sandra Jackson", "Dick Cheney").

    Otherwise a bare surname in the article may be someone else, and only full names are checked.
    """
    given, surname = name.split()[0], name.split()[-1]
    before = re.findall(r"([A-Z][a-z]+)\.? (?:[A-Z]\. )*" + re.escape(surname) + r"\b", text)
    titles = _title_words()
    common = set(re.findall(r"\b[a-z]+\b", text)) | STOP_WORDS  # "But Obama said": not a name
    nickname_of = name_rules()["nickname_of"]
    given = nickname_of.get(given.lower(), given.lower())
    allowed = titles | common
    return all(nickname_of.get(w.lower(), w.lower()) == given or w.lower() in allowed for w in before)


def _basil_articles(folder: Path) -> list[tuple[Article, list[str]]]:
    found = []
    for path in sorted((folder / "articles").rglob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        text = "\n\n".join(" ".join(sentences) for sentences in data.get("body-paragraphs", []))
        article = Article(
            article_id=path.stem,
            source=str(path),
            text=text,
            outlet=data.get("source"),
            title=data.get("title"),
        )
        found.append((article, list(data.get("main-entities", []))))
    return found


def score_basil(nlp, folder: Path, verbose: bool, console) -> dict:
    items = _basil_articles(folder)
    articles = [article for article, _ in items]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "basil.db"))
        found = process_articles(nlp, store, articles)
        names_of = {
            e.entity_id: {plain(a) for a in [e.name, *e.aliases]} for e in store.entities(type="PERSON")
        }
        store.close()
    checked = satisfied = 0
    gold: dict = {}
    predicted: dict = {}
    for article, main_entities in items:
        mentions = found.get(article.article_id, [])
        for name in main_entities:
            if not person_like(name, article.text):
                continue
            checked += 1
            full, surname = plain(name), plain(name.split()[-1])
            holders = {m.entity_id for m in mentions if m.entity_id and full in names_of.get(m.entity_id, ())}
            written = (full, surname) if _surname_unambiguous(name, article.text) else (full,)
            used = [m for m in mentions if plain(m.text) in written]
            ok = len(holders) == 1 and all(m.entity_id in holders for m in used)
            satisfied += ok
            for m in used:
                gold[(article.article_id, m.start)] = full
                predicted[(article.article_id, m.start)] = m.entity_id or (
                    "none",
                    article.article_id,
                    m.start,
                )
            if verbose and not ok:
                got = sorted({(m.text, m.label, m.entity_id) for m in used}, key=str)
                console.print(
                    f"  basil {article.article_id}: {name!r} entities={len(holders)} {got}", markup=False
                )
    precision, recall, f1 = b_cubed(gold, predicted)
    return {
        "articles": len(articles),
        "main_entities_checked": checked,
        "main_entities_satisfied": satisfied / checked if checked else 0.0,
        "mentions": len(gold),
        "b3_precision": precision,
        "b3_recall": recall,
        "b3_f1": f1,
    }


def run(data: Path | None, verbose: bool, console, gold: Path | None = None) -> dict:
    """Score the gold splits and BASIL; print a summary and return every figure."""
    nlp = load_model(Settings.load().model)
    results: dict = {}
    gold = gold or GOLD
    for folder in sorted(p for p in gold.glob("*") if p.is_dir()):
        results[f"gold_{folder.name}"] = score_gold_split(nlp, folder, verbose, console)
    basil = data or DEFAULT_DATA
    if (basil / "articles").is_dir():
        results["basil"] = score_basil(nlp, basil, verbose, console)
    elif data is not None:
        console.print(f"{basil}: no articles/ folder; BASIL part skipped", markup=False)
    for name, figures in results.items():
        shown = ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        console.print(f"{name}: {shown}", markup=False, highlight=False)
    return results
