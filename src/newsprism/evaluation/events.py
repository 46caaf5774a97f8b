"""Score the events stage: ``newsprism eval events``.

* Event type on PLOVER gold sentences (``--data``, default ../shared/data/plover-gsr/dev.json)
  and on the project's own annotated sentences (eval/events_own.jsonl; events_own_holdout.jsonl
  and events_own_blind.jsonl, written later, first scored untuned, then used in round 2 to find
  general fixes; events_own_blind2.jsonl, written in round 2 before the system saw it; same
  format; and eval/events_actors_blind/events.jsonl, 36 real AllSides sentences that report an
  event, labelled before any run, scored as real-actors; eval/events_actors_blind2/events.jsonl,
  35 more drawn and labelled the same way, scored as real-actors2; events_actors_blind3, 32 more,
  real-actors3; events_actors_blind4, 30 more, real-actors4): each
  sentence is one article without a publication date; the predicted type is that of the first
  (main) event extracted, no event is a miss. Macro-F1 over PLOVER's sixteen types, a per-type
  table, and recall of actors and recipients on the sentences whose type is right: a gold name
  is recalled when one of its words (lower-cased, stop words left out) is a word of a predicted
  actor (recipient).
* False events on eval/events_no_event.jsonl: opinions and forecasts that report no event
  ("Most economists agree that ..."); any event extracted from them is counted.
* Random real sentences (eval/allsides_events/dev.jsonl, labelled before any run, most without
  an event; the last 60 by id held out from tuning and reported apart): the share of sentences
  given an event that report one, the share of those reporting none kept quiet, and how often
  the main event has the gold type when there is one. The same on eval/allsides_events_blind
  (50, labelled after the previous round's tuning) and eval/allsides_events_blind2 (100, labelled at the
  start of the issue-20 round before any run, tuned on in its second round) and
  eval/allsides_events_blind3 (100, labelled at the start of the second issue-20 round before any
  run, never tuned on) and eval/allsides_events_blind4 (100, labelled at the start of the third
  issue-20 round before any run, never tuned on) and eval/allsides_events_blind5 (100, labelled
  at the start of the fourth round before any run, then read for its errors) and
  eval/allsides_events_blind6 (100, labelled in that round after its first rules, before any run)
  and eval/allsides_events_blind7 (100, labelled at the start of the fifth round before any run)
  and eval/allsides_events_blind8 (100, labelled at the start of the sixth round before any run)
  and eval/allsides_events_blind9 (100, labelled at the start of the seventh round before any run)
  and eval/allsides_events_blind10 (100, labelled at the start of the eighth round before any run)
  and eval/allsides_events_blind11 (100, labelled at the start of the ninth round before any run)
  and eval/allsides_events_blind12 (100, labelled at the start of the tenth round before any run)
  and eval/allsides_events_blind13 (100, labelled at the start of the eleventh round before any run)
  and eval/allsides_events_blind14 (100, labelled at the start of the twelfth round before any run)
  and eval/allsides_events_blind15 (100, labelled at the start of the thirteenth round before any run)
  and eval/allsides_events_blind16 (100, labelled at the start of the fourteenth round before any run)
  and eval/allsides_events_blind17 (100, labelled at the start of the fifteenth round before any run)
  and eval/allsides_events_blind18 (100, labelled at the start of the sixteenth round before any run)
  and eval/allsides_events_blind19 (100, labelled at the start of the seventeenth round before any run)
  and eval/allsides_events_blind20 (100, labelled at the start of the eighteenth round before any run)
  and eval/allsides_events_blind21 (100, labelled at the start of the nineteenth round before any run)
  and eval/allsides_events_blind22 (100, labelled at the start of the twentieth round before any run).
* Dates on eval/dates_cases.jsonl (and the blind and real AllSides cases): publication date,
  sentence, expected date and granularity; right when the main event's date and granularity both
  equal the expected ones (a sentence without an event is dated by its main clause).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsprism.config import Settings
from newsprism.events.extract import clause_date, extract_events
from newsprism.models import Article, Event
from newsprism.nlp.model import load_model

REPO = Path(__file__).resolve().parents[3]
DEFAULT_PLOVER = REPO.parent / "shared" / "data" / "plover-gsr" / "dev.json"
OWN_SENTENCES = REPO / "eval" / "events_own.jsonl"
# Written after the lexicons, never used to tune them: the fairest check of generalisation.
HOLDOUT_SENTENCES = REPO / "eval" / "events_own_holdout.jsonl"
BLIND_SENTENCES = REPO / "eval" / "events_own_blind.jsonl"  # scored once, at the end
# Written in round 2 before the system was run on them, scored before any tuning.
BLIND2_SENTENCES = REPO / "eval" / "events_own_blind2.jsonl"
BLIND3_SENTENCES = REPO / "eval" / "events_own_blind3.jsonl"  # written after round-2 tuning
# 36 real AllSides sentences with a true event, actors and recipients labelled before any run (events39b)
ACTORS_BLIND = REPO / "eval" / "events_actors_blind" / "events.jsonl"
ACTORS_BLIND2 = REPO / "eval" / "events_actors_blind2" / "events.jsonl"  # 35 more (events40b)
ACTORS_BLIND3 = REPO / "eval" / "events_actors_blind3" / "events.jsonl"  # 32 more (actors41)
ACTORS_BLIND4 = REPO / "eval" / "events_actors_blind4" / "events.jsonl"  # 30 more (types42)
# Opinion and commentary sentences that report no event between actors: any event is a false one.
NO_EVENT_SENTENCES = REPO / "eval" / "events_no_event.jsonl"
NO_EVENT_BLIND = REPO / "eval" / "events_no_event_blind.jsonl"  # written after the opinion rules
DATE_CASES = REPO / "eval" / "dates_cases.jsonl"
DATE_CASES_BLIND = REPO / "eval" / "dates_cases_blind.jsonl"  # written after dates.py, other pub dates
# Random sentences of real AllSides news, labelled before any run (most report no event); the
# last HELD_OUT by id are kept out of tuning and reported apart. Their dated cases give null
# for a sentence whose only dates modify something else: right when no date of its own is found.
ALLSIDES_SENTENCES = REPO / "eval" / "allsides_events" / "dev.jsonl"
ALLSIDES_DATES = REPO / "eval" / "allsides_events" / "dates.jsonl"
# 50 more random real sentences, labelled after the last tuning and scored once (never tuned on).
ALLSIDES_BLIND = REPO / "eval" / "allsides_events_blind" / "blind.jsonl"
# 100 more, labelled at the start of the issue-20 round before any run; read and tuned on in its
# second round (see its README).
ALLSIDES_BLIND2 = REPO / "eval" / "allsides_events_blind2" / "blind.jsonl"
# 100 more, labelled at the start of the second issue-20 round before any run; never tuned on.
ALLSIDES_BLIND3 = REPO / "eval" / "allsides_events_blind3" / "blind.jsonl"
# 100 more, labelled at the start of the third issue-20 round before any run; never tuned on.
ALLSIDES_BLIND4 = REPO / "eval" / "allsides_events_blind4" / "blind.jsonl"
# 100 more, labelled at the start of the fourth issue-20 round before any run; read for its errors.
ALLSIDES_BLIND5 = REPO / "eval" / "allsides_events_blind5" / "blind.jsonl"
# 100 more, drawn and labelled after that round's first rules, before any run on them.
ALLSIDES_BLIND6 = REPO / "eval" / "allsides_events_blind6" / "blind.jsonl"
# 100 more, labelled at the start of the fifth round before any run.
ALLSIDES_BLIND7 = REPO / "eval" / "allsides_events_blind7" / "blind.jsonl"
# 100 more, labelled at the start of the sixth round before any run.
ALLSIDES_BLIND8 = REPO / "eval" / "allsides_events_blind8" / "blind.jsonl"
# 100 more, labelled at the start of the seventh round before any run.
ALLSIDES_BLIND9 = REPO / "eval" / "allsides_events_blind9" / "blind.jsonl"
# 100 more, labelled at the start of the eighth round before any run.
ALLSIDES_BLIND10 = REPO / "eval" / "allsides_events_blind10" / "blind.jsonl"
# 100 more, labelled at the start of the ninth round before any run.
ALLSIDES_BLIND11 = REPO / "eval" / "allsides_events_blind11" / "blind.jsonl"
# 100 more, labelled at the start of the tenth round before any run.
ALLSIDES_BLIND12 = REPO / "eval" / "allsides_events_blind12" / "blind.jsonl"
# 100 more, labelled at the start of the eleventh round before any run.
ALLSIDES_BLIND13 = REPO / "eval" / "allsides_events_blind13" / "blind.jsonl"
# 100 more, labelled at the start of the twelfth round before any run.
ALLSIDES_BLIND14 = REPO / "eval" / "allsides_events_blind14" / "blind.jsonl"
# 100 more, labelled at the start of the thirteenth round before any run.
ALLSIDES_BLIND15 = REPO / "eval" / "allsides_events_blind15" / "blind.jsonl"
# 100 more, labelled at the start of the fourteenth round before any run.
ALLSIDES_BLIND16 = REPO / "eval" / "allsides_events_blind16" / "blind.jsonl"
# 100 more, labelled at the start of the fifteenth round before any run.
ALLSIDES_BLIND17 = REPO / "eval" / "allsides_events_blind17" / "blind.jsonl"
# 100 more, labelled at the start of the sixteenth round before any run.
ALLSIDES_BLIND18 = REPO / "eval" / "allsides_events_blind18" / "blind.jsonl"
# 100 more, labelled at the start of the seventeenth round before any run.
ALLSIDES_BLIND19 = REPO / "eval" / "allsides_events_blind19" / "blind.jsonl"
# 100 more, labelled at the start of the eighteenth round before any run.
ALLSIDES_BLIND20 = REPO / "eval" / "allsides_events_blind20" / "blind.jsonl"
# 100 more, labelled at the start of the nineteenth round before any run.
ALLSIDES_BLIND21 = REPO / "eval" / "allsides_events_blind21" / "blind.jsonl"
# 100 more, labelled at the start of the twentieth round before any run.
ALLSIDES_BLIND22 = REPO / "eval" / "allsides_events_blind22" / "blind.jsonl"
HELD_OUT = 60
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


def score_types(records: list[dict], nlp) -> dict:
    """Type macro-F1, per-type P/R/F1, actor and recipient recall, and the misses."""
    texts = [r["text"].strip().strip("{}") for r in records]
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in TYPES}
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    mode_hits = mode_total = context_hits = context_total = 0
    misses = []
    for record, doc in zip(records, nlp.pipe(texts), strict=True):
        article = Article(article_id=record["id"], source=record["id"], text=doc.text)
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
            for name in record.get("actors") or []:
                actor_total += 1
                actor_hits += name_recalled(name, main.actors)
            for name in record.get("recipients") or []:
                recipient_total += 1
                recipient_hits += name_recalled(name, main.recipients)
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
        events = extract_events(doc, Article(article_id=record["id"], source=record["id"], text=doc.text))
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
            article_id=record["id"], source=record["id"], text=doc.text, published=record.get("published")
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
    whose expected date is null is right when the event finds no date of its own."""
    right = no_event = 0
    wrong = []
    for i, (case, doc) in enumerate(zip(cases, nlp.pipe(c["sentence"] for c in cases), strict=True)):
        article = Article(article_id=f"d{i}", source="dates", text=doc.text, published=case.get("published"))
        found = extract_events(doc, article)
        if found:
            got, date_text = (found[0].date, found[0].date_granularity), found[0].date_text
        else:  # no event: the date its main clause would give, so that dates are scored alone
            no_event += 1
            date, granularity, date_text = clause_date(next(iter(doc.sents)), case.get("published"))
            got = (date, granularity)
        undated = case["date"] is None and date_text is None
        if got == (case["date"], case["granularity"]) or undated:
            right += 1
        else:
            wrong.append((case, got))
    accuracy = right / len(cases) if cases else 0.0
    return {"cases": len(cases), "accuracy": accuracy, "no_event": no_event, "wrong": wrong}


def run(data: Path | None, verbose: bool, console: Console | None = None) -> dict:
    """Score event types on PLOVER and our own sentences, and dates on our date cases."""
    console = console or Console()
    nlp = load_model(Settings.load().model)
    results: dict = {}
    sets = [
        ("plover", Path(data) if data else DEFAULT_PLOVER),
        ("own", OWN_SENTENCES),
        ("own-holdout", HOLDOUT_SENTENCES),
        ("own-blind", BLIND_SENTENCES),
        ("own-blind2", BLIND2_SENTENCES),
        ("own-blind3", BLIND3_SENTENCES),
        ("real-actors", ACTORS_BLIND),
        ("real-actors2", ACTORS_BLIND2),
        ("real-actors3", ACTORS_BLIND3),
        ("real-actors4", ACTORS_BLIND4),
        ("real-actors5", REPO / "eval" / "events_actors_blind5" / "events.jsonl"),  # 21 more (types43)
    ]
    for name, path in sets:
        if not path.exists():
            console.print(f"[yellow]{path} not found: {name} sentences skipped[/yellow]")
            continue
        scores = score_types(load_records(path), nlp)
        results[name] = {k: v for k, v in scores.items() if k != "misses"}
        _print_types(console, name, path, scores, verbose)
    for name, path in (("no-event", NO_EVENT_SENTENCES), ("no-event-blind", NO_EVENT_BLIND)):
        if not path.exists():
            continue
        false_events = score_no_events(load_records(path), nlp)
        results[name] = {k: v for k, v in false_events.items() if k != "found"}
        console.print(
            f"No-event sentences: {false_events['false_events']} of {false_events['sentences']} "
            f"give an event ({path.name})"
        )
        if verbose:
            for record_id, text, event in false_events["found"]:
                console.print(f"  {record_id}: {event.type} '{event.trigger}' | {text}", markup=False)
    if ALLSIDES_SENTENCES.exists():
        records = sorted(load_records(ALLSIDES_SENTENCES), key=lambda r: r["id"])
        halves = (("real-dev", records[:-HELD_OUT]), ("real-held-out", records[-HELD_OUT:]))
        if ALLSIDES_BLIND.exists():
            halves += (("real-blind", load_records(ALLSIDES_BLIND)),)
        if ALLSIDES_BLIND2.exists():
            halves += (("real-blind2", load_records(ALLSIDES_BLIND2)),)
        if ALLSIDES_BLIND3.exists():
            halves += (("real-blind3", load_records(ALLSIDES_BLIND3)),)
        if ALLSIDES_BLIND4.exists():
            halves += (("real-blind4", load_records(ALLSIDES_BLIND4)),)
        if ALLSIDES_BLIND5.exists():
            halves += (("real-blind5", load_records(ALLSIDES_BLIND5)),)
        if ALLSIDES_BLIND6.exists():
            halves += (("real-blind6", load_records(ALLSIDES_BLIND6)),)
        if ALLSIDES_BLIND7.exists():
            halves += (("real-blind7", load_records(ALLSIDES_BLIND7)),)
        if ALLSIDES_BLIND8.exists():
            halves += (("real-blind8", load_records(ALLSIDES_BLIND8)),)
        if ALLSIDES_BLIND9.exists():
            halves += (("real-blind9", load_records(ALLSIDES_BLIND9)),)
        if ALLSIDES_BLIND10.exists():
            halves += (("real-blind10", load_records(ALLSIDES_BLIND10)),)
        if ALLSIDES_BLIND11.exists():
            halves += (("real-blind11", load_records(ALLSIDES_BLIND11)),)
        if ALLSIDES_BLIND12.exists():
            halves += (("real-blind12", load_records(ALLSIDES_BLIND12)),)
        if ALLSIDES_BLIND13.exists():
            halves += (("real-blind13", load_records(ALLSIDES_BLIND13)),)
        if ALLSIDES_BLIND14.exists():
            halves += (("real-blind14", load_records(ALLSIDES_BLIND14)),)
        if ALLSIDES_BLIND15.exists():
            halves += (("real-blind15", load_records(ALLSIDES_BLIND15)),)
        if ALLSIDES_BLIND16.exists():
            halves += (("real-blind16", load_records(ALLSIDES_BLIND16)),)
        if ALLSIDES_BLIND17.exists():
            halves += (("real-blind17", load_records(ALLSIDES_BLIND17)),)
        if ALLSIDES_BLIND18.exists():
            halves += (("real-blind18", load_records(ALLSIDES_BLIND18)),)
        if ALLSIDES_BLIND19.exists():
            halves += (("real-blind19", load_records(ALLSIDES_BLIND19)),)
        if ALLSIDES_BLIND20.exists():
            halves += (("real-blind20", load_records(ALLSIDES_BLIND20)),)
        if ALLSIDES_BLIND21.exists():
            halves += (("real-blind21", load_records(ALLSIDES_BLIND21)),)
        if ALLSIDES_BLIND22.exists():
            halves += (("real-blind22", load_records(ALLSIDES_BLIND22)),)
        for name, part in halves:
            real = score_real(part, nlp)
            results[name] = {k: v for k, v in real.items() if k != "misses"}
            _print_real(console, name, real, verbose)
    for name, path in (
        ("dates", DATE_CASES),
        ("dates-blind", DATE_CASES_BLIND),
        ("dates-real", ALLSIDES_DATES),
    ):
        if not path.exists():
            continue
        dates = score_dates(load_records(path), nlp)
        results[name] = {k: dates[k] for k in ("cases", "accuracy", "no_event")}
        console.print(
            f"Dates: {dates['accuracy']:.3f} right of {dates['cases']} cases ({path.name}; "
            f"{dates['no_event']} without an event dated by their main clause)"
        )
        if verbose:
            for case, got in dates["wrong"]:
                console.print(
                    f"  [red]date[/red] pub {case.get('published')} | {case['sentence']} | "
                    f"expected {case['date']} {case['granularity']} | got {got[0]} {got[1]}",
                    markup=False,
                )
    return results


def _print_types(console: Console, name: str, path: Path, scores: dict, verbose: bool) -> None:
    table = Table(title=f"Event types: {name} ({path.name}, {scores['sentences']} sentences)")
    for column in ("type", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for event_type, row in scores["per_type"].items():
        table.add_row(
            event_type,
            f"{row['precision']:.2f}",
            f"{row['recall']:.2f}",
            f"{row['f1']:.2f}",
            str(row["support"]),
        )
    console.print(table)
    extra = "".join(
        f", {label} {scores[key]:.3f}"
        for key, label in (("mode_accuracy", "mode accuracy"), ("context_agreement", "context agreement"))
        if scores[key] is not None
    )
    console.print(
        f"{name}: macro-F1 {scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f}, "
        f"actor recall {scores['actor_recall']:.3f}, recipient recall {scores['recipient_recall']:.3f}{extra}"
    )
    if verbose:
        for record_id, gold, predicted, text, main in scores["misses"]:
            got = (
                f"{predicted} '{main.trigger}' actors={main.actors} recipients={main.recipients}"
                if main
                else "none"
            )
            console.print(f"  {record_id}: gold {gold}, got {got} | {text}", markup=False)


def _print_real(console: Console, name: str, real: dict, verbose: bool) -> None:
    console.print(
        f"{name} ({real['sentences']} real sentences, {real['none_sentences']} without an event): "
        f"{real['event_precision']:.3f} of {real['predicted_events']} given an event report one; "
        f"{real['none_quiet']:.3f} of sentences without one kept quiet; "
        f"type right for {real['type_accuracy']:.3f} of {real['event_sentences']} events"
    )
    if verbose:
        for record_id, gold, predicted, text, main in real["misses"]:
            got = f"{predicted} '{main.trigger}' actors={main.actors}" if main else "none"
            console.print(f"  {record_id}: gold {gold}, got {got} | {text}", markup=False)
