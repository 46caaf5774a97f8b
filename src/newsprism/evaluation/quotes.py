"""Score the quotes stage: ``newsprism eval quotes``.

Two measures, each on its own data:

* BASIL (``--data``, default ../shared/data/basil-dev): only quotes that carry bias are
  annotated, so it gives span recall and speaker accuracy, not precision. A gold quote is found
  when a predicted quote overlaps its text; the speaker is right when the predicted speaker's
  last name is one of the gold ``First_Last`` words. ``other_*`` speakers count for span recall only.
* The project's gold set (``--gold``, default eval/quotes_gold/): invented articles with every
  quote annotated, so precision, recall and F1 of spans and of span+speaker, overall and per kind,
  on each split (every *.jsonl there: dev, test, test2).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsprism.config import Settings
from newsprism.models import Quote
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parents[3]
DEFAULT_BASIL = REPO.parent / "shared" / "data" / "basil-dev"
DEFAULT_GOLD = REPO / "eval" / "quotes_gold"
KINDS = ("direct", "partial", "mixed", "indirect")
MARKS = "\"“”‘’'«» "
QUOTE_MARKS = "\"“”‘’'«»"
MIN_JACCARD = 0.5  # gold set: predicted and gold spans must share half their characters
# BASIL names groups the same way as people ("Tea_Party", "Republican_Lawmakers"); a gold speaker
# counts as a named person when every word is capitalised and the last is not one of these.
GROUP_WORDS = frozenset({"party", "lawmakers", "republicans", "democrats", "officials", "now", "naacp"})


# ---- shared helpers ------------------------------------------------------------------------

_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Donald Trump Jr." is not Donald Trump


def _strip_marks(text: str) -> str:
    return text.strip().strip(MARKS + ",").strip()


def _initials(words: list[str]) -> str:
    """A body's initials, as its acronym spells them: "food and drug administration" -> "fda"."""
    return "".join(w[0] for w in words if w not in ("and", "of", "for", "on", "in")) if len(words) > 2 else ""


def _name_words(name: str | None) -> list[str]:
    if not name:
        return []
    # one spelling of one name: "Stéphanie" composed or as e + accent (the corpus keeps both)
    name = unicodedata.normalize("NFC", name)
    words = re.sub(r"['’]s\b", "", name.lower().replace("_", " ")).split()
    # "Steven (Steve) Arnold King", a link card's full name: the bracketed nickname is a name word
    return [w.strip(".,()") for w in words if w not in ("the",)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---- BASIL ---------------------------------------------------------------------------------


def load_basil(data: Path) -> list[tuple[str, str, list[dict]]]:
    """(article id, text, quote annotations) for every BASIL article with its annotation file."""
    articles = []
    for path in sorted((data / "articles").glob("*/*.json")):
        ann_path = data / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not ann_path.exists():
            continue
        body = json.loads(path.read_text("utf-8"))["body-paragraphs"]
        text = "\n\n".join(" ".join(sentences) for sentences in body)
        notes = json.loads(ann_path.read_text("utf-8"))["phrase-level-annotations"]
        quotes = [n for n in notes if n.get("quote") == "yes"]
        articles.append((path.stem, text, quotes))
    return articles


def is_person_speaker(gold: str) -> bool:
    words = gold.split("_")
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in GROUP_WORDS


def basil_speaker_ok(predicted: str | None, gold: str) -> bool:
    """The predicted speaker's last name is one of the gold ``First_Last`` words."""
    words = _name_words(predicted)
    return bool(words) and words[-1] in _name_words(gold)


def score_basil(articles, predictions: dict[str, list[Quote]]) -> dict:
    counts = Counter()
    misses: list[str] = []
    for article_id, text, notes in articles:
        found = predictions[article_id]
        for note in notes:
            gold_text = _strip_marks(note["txt"])
            named = bool(note["speaker"]) and not note["speaker"].startswith("other")
            counts["gold"] += 1
            person = named and is_person_speaker(note["speaker"])
            counts["gold_named"] += named
            counts["gold_person"] += person
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(gold_text), text)] or [(-1, -1)]
            best, best_overlap = None, 0
            for quote in found:
                overlap = max(_overlap(span, (quote.start, quote.end)) for span in spans)
                if overlap > best_overlap:
                    best, best_overlap = quote, overlap
            if best is None:
                misses.append(f"{article_id}: MISSED [{note['speaker']}] {gold_text[:100]}")
                continue
            counts["found"] += 1
            if named:
                counts["found_named"] += 1
                counts["found_person"] += person
                if basil_speaker_ok(best.speaker, note["speaker"]):
                    counts["speaker_ok"] += 1
                    counts["person_ok"] += person
                else:
                    misses.append(
                        f"{article_id}: SPEAKER {best.speaker!r} ({best.speaker_mention!r}) "
                        f"for {note['speaker']}: {gold_text[:80]}"
                    )
    return {
        "quotes": counts["gold"],
        "named_quotes": counts["gold_named"],
        "span_recall": counts["found"] / max(1, counts["gold"]),
        "named_span_recall": counts["found_named"] / max(1, counts["gold_named"]),
        "speaker_accuracy": counts["speaker_ok"] / max(1, counts["found_named"]),
        "named_recall_with_speaker": counts["speaker_ok"] / max(1, counts["gold_named"]),
        "person_quotes": counts["gold_person"],
        "person_span_recall": counts["found_person"] / max(1, counts["gold_person"]),
        "person_speaker_accuracy": counts["person_ok"] / max(1, counts["found_person"]),
        "person_recall_with_speaker": counts["person_ok"] / max(1, counts["gold_person"]),
        "misses": misses,
    }


# ---- the project's gold set ----------------------------------------------------------------


@dataclass
class GoldQuote:
    text: str
    kind: str
    speaker: str | None
    start: int = -1
    end: int = -1


@dataclass
class GoldArticle:
    article_id: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold JSONL file; each quote is located in the text in annotation order."""
    articles = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record.get("text") or (path.parent / record["text_file"]).read_text("utf-8")
        article = GoldArticle(record["id"], text)
        cursor = 0
        for item in record["quotes"]:
            quote = GoldQuote(item["text"], item["kind"], item.get("speaker"))
            at = _find(text, quote.text, cursor, quoted=quote.kind != "indirect")
            if at < 0:
                at = text.find(quote.text)
            if at < 0:
                raise ValueError(f"{record['id']}: gold quote not in text: {quote.text!r}")
            quote.start, quote.end = at, at + len(quote.text)
            cursor = at
            article.quotes.append(quote)
        articles.append(article)
    return articles


def _find(text: str, words: str, cursor: int, quoted: bool) -> int:
    """The first place of ``words`` from ``cursor``; for a quotation, the first one that follows a
    quotation mark ("research" sonar, not the research ships a sentence before)."""
    at = text.find(words, cursor)
    if quoted:
        marked = at
        while marked >= 0 and text[max(0, marked - 1) : marked] not in QUOTE_MARKS:
            marked = text.find(words, marked + 1)
        at = marked if marked >= 0 else at
    return at


def gold_speaker_ok(predicted: str | None, gold: str | None) -> bool:
    """Same speaker: both None, or the same name (a shorter form must share the last word), or the
    gold name with more words after it: a reader takes "Lindt Chocolat Cafe" for the "Lindt" a
    sentence names (a body's fuller name; a person's gold name is already the fullest form)."""
    if not predicted or not gold:
        return not predicted and not gold
    p, g = _name_words(predicted), _name_words(gold)
    if _initials(p) == "".join(g) or _initials(g) == "".join(p):
        return True  # "FDA" for the "Food and Drug Administration" the article also names
    fuller = len(p) > len(g) and p[: len(g)] == g and not set(p[len(g) :]) & _NAME_SUFFIXES
    return p == g or fuller or (p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p)))


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return _overlap(a, b) / union if union > 0 else 0.0


def best_match(gold: GoldQuote, predicted: list[Quote], used: set[int]) -> tuple[float, int]:
    """The predicted quote not matched yet whose span is most like the gold one: (Jaccard of the
    spans, its index), (0.0, -1) when none is left."""
    scored = [
        (_jaccard((gold.start, gold.end), (q.start, q.end)), i)
        for i, q in enumerate(predicted)
        if i not in used
    ]
    return max(scored, default=(0.0, -1))


def score_gold(articles: list[GoldArticle], predictions: dict[str, list[Quote]]) -> dict:
    """Greedy one-to-one matching of gold and predicted spans; counts per kind."""
    counts: Counter = Counter()
    problems: list[str] = []
    for article in articles:
        predicted = list(predictions[article.article_id])
        used: set[int] = set()
        for gold in article.quotes:
            score, index = best_match(gold, predicted, used)
            counts["gold"] += 1
            counts[f"gold:{gold.kind}"] += 1
            if score < MIN_JACCARD:
                problems.append(
                    f"{article.article_id}: MISSED [{gold.kind}, {gold.speaker}] {gold.text[:80]}"
                )
                continue
            used.add(index)
            quote = predicted[index]
            counts["span"] += 1
            counts[f"span:{gold.kind}"] += 1
            counts[f"pspan:{quote.kind}"] += 1
            counts["kind_ok"] += quote.kind == gold.kind
            if gold_speaker_ok(quote.speaker, gold.speaker):
                counts["both"] += 1
                counts[f"both:{gold.kind}"] += 1
                counts[f"pboth:{quote.kind}"] += 1
            else:
                problems.append(
                    f"{article.article_id}: SPEAKER {quote.speaker!r} ({quote.speaker_mention!r}) "
                    f"should be {gold.speaker!r}: {gold.text[:70]}"
                )
        for i, quote in enumerate(predicted):
            counts["pred"] += 1
            counts[f"pred:{quote.kind}"] += 1
            if i not in used:
                problems.append(
                    f"{article.article_id}: FALSE [{quote.kind}, {quote.speaker}] {quote.text[:90]}"
                )
    result: dict = {"articles": len(articles), "gold": counts["gold"], "predicted": counts["pred"]}
    result["span"] = _prf(counts["span"], counts["pred"], counts["gold"])
    result["span_speaker"] = _prf(counts["both"], counts["pred"], counts["gold"])
    result["kind_accuracy"] = counts["kind_ok"] / max(1, counts["span"])
    for kind in KINDS:
        result[kind] = {
            "gold": counts[f"gold:{kind}"],
            "predicted": counts[f"pred:{kind}"],
            "span": _prf(counts[f"pspan:{kind}"], counts[f"pred:{kind}"], 0)[:1]
            + _prf(counts[f"span:{kind}"], 0, counts[f"gold:{kind}"])[1:2],
            "span_speaker": _prf(counts[f"pboth:{kind}"], counts[f"pred:{kind}"], 0)[:1]
            + _prf(counts[f"both:{kind}"], 0, counts[f"gold:{kind}"])[1:2],
        }
    result["problems"] = problems
    return result


# ---- running -------------------------------------------------------------------------------


def _predict(texts: dict[str, str], model: str) -> dict[str, list[Quote]]:
    nlp = load_model(model)
    ids = list(texts)
    return {
        article_id: extract_quotes(doc, article_id)
        for article_id, doc in zip(ids, nlp.pipe((texts[i] for i in ids), batch_size=16), strict=True)
    }


def _f(x: float) -> str:
    return f"{x:.3f}"


def run(
    data: Path | None = None,
    verbose: bool = False,
    console: Console | None = None,
    gold: Path | None = None,
    model: str | None = None,
) -> dict:
    """Score on BASIL (recall, speaker accuracy) and on the gold splits (P/R/F1); print and return."""
    console = console or Console()
    model = model or Settings.load().model
    results: dict = {}
    basil_dir = Path(data) if data else DEFAULT_BASIL
    if basil_dir.exists():
        articles = load_basil(basil_dir)
        predictions = _predict({a: t for a, t, _ in articles}, model)
        basil = score_basil(articles, predictions)
        results["basil"] = basil
        table = Table(title=f"Quotes on BASIL ({len(articles)} articles, {basil['quotes']} annotated quotes)")
        table.add_column("measure")
        table.add_column("value", justify="right")
        table.add_row("span recall (all quotes)", _f(basil["span_recall"]))
        table.add_row(f"span recall (named speaker, {basil['named_quotes']})", _f(basil["named_span_recall"]))
        table.add_row("speaker accuracy (named, found)", _f(basil["speaker_accuracy"]))
        table.add_row("recall with right speaker (named)", _f(basil["named_recall_with_speaker"]))
        persons = basil["person_quotes"]
        table.add_row(f"span recall (named person, {persons})", _f(basil["person_span_recall"]))
        table.add_row("speaker accuracy (named person, found)", _f(basil["person_speaker_accuracy"]))
        table.add_row("recall with right speaker (named person)", _f(basil["person_recall_with_speaker"]))
        console.print(table)
        if verbose:
            for line in basil["misses"]:
                console.print(line, markup=False, highlight=False)
    else:
        console.print(f"BASIL data not found at {basil_dir}: skipped")
    gold_dir = Path(gold) if gold else DEFAULT_GOLD
    gold_files = [gold_dir] if gold_dir.is_file() else sorted(gold_dir.glob("*.jsonl"))
    pooled_articles: list[GoldArticle] = []
    pooled_predictions: dict[str, list[Quote]] = {}
    for path in gold_files:
        split = path.stem
        articles = load_gold(path)
        predictions = _predict({a.article_id: a.text for a in articles}, model)
        scored = score_gold(articles, predictions)
        results[f"gold_{split}"] = scored
        _print_gold(console, split, scored, verbose)
        pooled_articles += articles
        pooled_predictions.update(predictions)
    if len(gold_files) > 1:  # every split together: the figure to compare across versions
        scored = score_gold(pooled_articles, pooled_predictions)
        results["gold_all"] = scored
        _print_gold(console, "all splits", scored, verbose=False)
    if not gold_files:
        console.print(f"no gold files (*.jsonl) at {gold_dir}: skipped")
    return results


def _print_gold(console: Console, split: str, scored: dict, verbose: bool) -> None:
    table = Table(
        title=f"Quotes on gold/{split} ({scored['articles']} articles, {scored['gold']} gold, "
        f"{scored['predicted']} predicted; kind accuracy {_f(scored['kind_accuracy'])})"
    )
    for column in ("kind", "gold", "pred", "span P", "span R", "span F1", "+spk P", "+spk R", "+spk F1"):
        table.add_column(column, justify="right")
    span, both = scored["span"], scored["span_speaker"]
    table.add_row("all", str(scored["gold"]), str(scored["predicted"]), *map(_f, span), *map(_f, both))
    for kind in KINDS:
        row = scored[kind]
        p, r = row["span"]
        bp, br = row["span_speaker"]
        table.add_row(
            kind, str(row["gold"]), str(row["predicted"]),
            _f(p), _f(r), _f(_prf_from(p, r)), _f(bp), _f(br), _f(_prf_from(bp, br)),
        )  # fmt: skip
    console.print(table)
    if verbose:
        for line in scored["problems"]:
            console.print(line, markup=False, highlight=False)


def _prf_from(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
