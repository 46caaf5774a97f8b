"""The events evaluation's scorers: type macro-F1 on gold sentences, false events on sentences
that report none, the three shares on random real sentences, and date cases. Kept apart from the
sets and the printing (``evaluation/events.py``) so that each stays a module of its own size."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsprism.events.extract import clause_date, extract_events
from newsprism.events.lexicon import load_lexicon
from newsprism.events.told import Telling
from newsprism.events.told_anchor import anchor_of
from newsprism.ingest.layout import layout_of
from newsprism.models import Article, Event

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STOP_WORDS = frozenset("the a an of in on at to for and from by with 's".split())
_WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*\.?")


def load_records(path: Path) -> list[dict]:
    """PLOVER-style records from a JSON list or a JSONL file."""
    text = path.read_text("utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


def _words(name: str) -> set[str]:
    return {w.rstrip(".") for w in _WORD.findall(name.lower()) if w not in STOP_WORDS}


def name_recalled(gold: str, predicted: list[str]) -> bool:
    """A gold name is found when it shares a content word with one predicted name."""
    gold_words = _words(gold)
    return any(gold_words & _words(p) for p in predicted)


def sides(record: dict, main: Event) -> tuple[list[str], list[str]]:
    """The predicted actors and recipients a gold record's are looked for in. In talks and joint
    work (PLOVER's symmetric types, no one-sided mode) the extractor names every side an actor, as
    PLOVER's gold records do; a label that wrote the partner as the recipient is found among them."""
    lex = load_lexicon()
    if record["event"] in lex.symmetric_types and record.get("mode") not in lex.one_sided_modes:
        both = [*main.actors, *main.recipients]
        return both, both
    return main.actors, main.recipients


def score_types(records: list[dict], nlp) -> dict:
    """Type macro-F1, per-type P/R/F1, actor and recipient recall, and the misses."""
    texts = [r["text"].strip().strip("{}") for r in records]
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    mode_hits = mode_total = context_hits = context_total = 0
    misses = []
    for record, doc in zip(records, nlp.pipe(texts), strict=True):
        article = Article(
            article_id=record["id"], source=record["id"], text=doc.text, dateline=_dateline(doc.text)
        )
        found = extract_events(doc, article)
        main: Event | None = found[0] if found else None
        gold, predicted = record["event"], main.type if main else None
        if predicted == gold:
            counts[gold]["tp"] += 1
            if record.get("mode"):
                mode_total += 1
                mode_hits += main.mode == record["mode"]
            if record.get("context"):
                context_total += 1
                context_hits += bool(_contexts(record["context"]) & _contexts(main.context))
            actors, recipients = sides(record, main)
            for name in record.get("actors") or []:
                actor_total += 1
                actor_hits += name_recalled(name, actors)
            for name in record.get("recipients") or []:
                recipient_total += 1
                recipient_hits += name_recalled(name, recipients)
        else:
            counts[gold]["fn"] += 1
            if predicted in counts:
                counts[predicted]["fp"] += 1
        if predicted != gold or not all(name_recalled(n, main.actors) for n in record.get("actors") or []):
            misses.append((record["id"], gold, predicted, record["text"], main))
    per_type = {}
    for event_type, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[event_type] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": c["tp"] + c["fn"],
        }
    present = [t for t in TYPES if per_type[t]["support"] or counts[t]["fp"]]
    return {
        "sentences": len(records),
        "accuracy": sum(c["tp"] for c in counts.values()) / len(records) if records else 0.0,
        "macro_f1": sum(per_type[t]["f1"] for t in present) / len(present) if present else 0.0,
        "actor_recall": actor_hits / actor_total if actor_total else 0.0,
        "recipient_recall": recipient_hits / recipient_total if recipient_total else 0.0,
        # on sentences typed right: the gold mode given, and a gold context shared
        "mode_accuracy": mode_hits / mode_total if mode_total else None,
        "context_agreement": context_hits / context_total if context_total else None,
        "per_type": per_type,
        "misses": misses,
    }


def _contexts(text: str | None) -> set[str]:
    """PLOVER contexts as a set; the GSR writes "resources" and "politics" for two of them."""
    aliases = {"resources": "resource", "politics": "political", "elections": "election"}
    return {aliases.get(c.strip(), c.strip()) for c in (text or "").split(",") if c.strip()}


def score_no_events(records: list[dict], nlp) -> dict:
    """How many sentences that report no event (opinions, forecasts) still give one."""
    found = []
    texts = [r["text"] for r in records]
    for record, doc in zip(records, nlp.pipe(texts), strict=True):
        events = extract_events(
            doc,
            Article(
                article_id=record["id"], source=record["id"], text=doc.text, dateline=_dateline(doc.text)
            ),
        )
        if events:
            found.append((record["id"], record["text"], events[0]))
    return {"sentences": len(records), "false_events": len(found), "found": found}


def score_real(records: list[dict], nlp) -> dict:
    """On random real sentences: of the sentences given an event, the share that report one;
    of the sentences reporting none, the share given none; of those reporting one, the share
    whose main event has the gold main type."""
    predicted_events = true_predicted = quiet = none_total = typed_right = event_total = 0
    misses = []
    texts = [r["text"] for r in records]
    for record, doc in zip(records, nlp.pipe(texts), strict=True):
        article = Article(
            article_id=record["id"],
            source=record["id"],
            text=doc.text,
            published=record.get("published"),
            dateline=_dateline(doc.text),
        )
        found = extract_events(doc, article)
        gold = record["event"]
        predicted = found[0].type if found else None
        if found:
            predicted_events += 1
            true_predicted += gold is not None
        if gold is None:
            none_total += 1
            quiet += not found
        else:
            event_total += 1
            typed_right += predicted == gold
        if predicted != gold:
            misses.append((record["id"], gold, predicted, record["text"], found[0] if found else None))
    return {
        "sentences": len(records),
        "event_precision": true_predicted / predicted_events if predicted_events else 0.0,
        "predicted_events": predicted_events,
        "none_quiet": quiet / none_total if none_total else 0.0,
        "none_sentences": none_total,
        "type_accuracy": typed_right / event_total if event_total else 0.0,
        "event_sentences": event_total,
        "misses": misses,
    }


def score_dates(cases: list[dict], nlp) -> dict:
    """Share of date cases whose main event gets the expected date and granularity; a case
    whose expected date is null is right when the event finds no date of its own. A case with
    ``before`` (the sentences told just before it) is scored on its own sentence's main event."""
    right = no_event = 0
    wrong = []
    texts = (f"{c['before']} {c['sentence']}" if c.get("before") else c["sentence"] for c in cases)
    for i, (case, doc) in enumerate(zip(cases, nlp.pipe(texts), strict=True)):
        article = Article(
            article_id=f"d{i}",
            source="dates",
            text=doc.text,
            published=case.get("published"),
            dateline=_dateline(doc.text),
        )
        begin = len(case["before"]) + 1 if case.get("before") else 0
        found = [e for e in extract_events(doc, article) if e.start >= begin]
        main = [e for e in found if _in_main_clause(doc, e)]
        if main:
            got, date_text = (main[0].date, main[0].date_granularity), main[0].date_text
        else:  # no event: the date its main clause would give, so that dates are scored alone
            no_event += 1
            if article.dateline is not None:  # "TALLAHASSEE —" parsed as a sentence of its own
                begin = max(begin, article.dateline[1])
            sent = next(s for s in doc.sents if s.end_char > begin)
            anchor = _told_anchor(doc, article, begin)
            date, granularity, date_text = clause_date(sent, case.get("published"), anchor)
            got = (date, granularity)  # a relative clause's dated act ("The minister, who resigned
            # last week, will testify") never dates the sentence: one convention in every date set
        undated = case["date"] is None and date_text is None
        if got == (case["date"], case["granularity"]) or undated:
            right += 1
        else:
            wrong.append((case, got))
    accuracy = right / len(cases) if cases else 0.0
    return {"cases": len(cases), "accuracy": accuracy, "no_event": no_event, "wrong": wrong}


# How a clause joins the main clause it tells with: as its conjunct, its complement, a clause set
# beside it. An adverbial or relative clause ("as the gunman whose rampage left three wounded",
# "noting that others offered counsel") tells of another act than the one the sentence dates.
_MAIN_JOINS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "parataxis"})


def _in_main_clause(doc, event: Event) -> bool:
    """Whether an event's trigger is the main clause of its sentence or joined to it as a
    conjunct or complement: the event a date case dates. Scored on another (a wounding in an
    as-clause) the case would score a secondary act the sentence gives no date."""
    if event.trigger_start is None:
        return True
    span = doc.char_span(
        event.trigger_start, event.trigger_start + len(event.trigger), alignment_mode="expand"
    )
    if span is None or not len(span):
        return True
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.dep_ not in _MAIN_JOINS and token.head.i != token.i:
        token = token.head  # an event noun: the clause it sits in
    while token.head.i != token.i:
        if token.dep_ not in _MAIN_JOINS:
            return False
        token = token.head
    return True


def _told_anchor(doc, article: Article, begin: int) -> tuple[str, str] | None:
    """The date of the last happening told before character ``begin`` (as extract_events keeps it)."""
    events = extract_events(doc, article)
    telling, day = Telling(), article.published
    for sent in doc.sents:
        if sent.end_char > begin:
            break
        told = [e for e in events if sent.start_char <= e.start < sent.end_char]
        telling.settle(told, day, lambda s=sent: anchor_of(s, article.published, telling.anchor, clause_date))
    return telling.anchor


def _dateline(text: str) -> tuple[int, int] | None:
    """The dateline cleaning would store for this text (ingest.layout), as the pipeline's articles carry."""
    return layout_of(text).dateline
