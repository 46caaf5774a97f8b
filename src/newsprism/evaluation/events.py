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
  and eval/allsides_events_blind22 (100, labelled at the start of the twentieth round before any run)
  and eval/allsides_events_blind23 (100, labelled at the start of the twenty-first round before any run)
  and eval/allsides_events_blind24 (100, labelled at the start of the twenty-second round before any run)
  and eval/allsides_events_blind25 (100, labelled at the start of the twenty-third round before any run)
  and eval/allsides_events_blind26 (100, labelled at the start of the twenty-fourth round before any run)
  and eval/allsides_events_blind27 (100, labelled at the start of the twenty-fifth round before any run)
  and eval/allsides_events_blind28 (100, labelled at the start of the twenty-sixth round before any run)
  and eval/allsides_events_blind29 (100, labelled at the start of the twenty-seventh round before any run)
  and eval/allsides_events_blind30 (100, labelled at the start of the twenty-eighth round before any run)
  and eval/allsides_events_blind31 (100, labelled at the start of the twenty-ninth round before any run)
  and eval/allsides_events_blind32 (100, labelled at the start of the thirtieth round before any run).
* Dates on eval/dates_cases.jsonl (and the blind and real AllSides cases): publication date,
  sentence, expected date and granularity; right when the main event's date and granularity both
  equal the expected ones (a sentence without an event is dated by its main clause).
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsprism.config import Settings
from newsprism.evaluation.event_scores import (  # the scorers, also read from here by other modules
    TYPES,  # noqa: F401
    load_records,
    name_recalled,  # noqa: F401
    score_dates,
    score_no_events,
    score_real,
    score_types,
)
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
DATE_CASES_TOLD = REPO / "eval" / "dates_cases_told.jsonl"  # "the next day": from the date told before
DATE_CASES_BLIND = REPO / "eval" / "dates_cases_blind.jsonl"  # written after dates.py, other pub dates
DATE_CASES_BLIND2 = REPO / "eval" / "dates_cases_blind2.jsonl"  # 35 real sentences, labelled before any run
DATE_CASES_BLIND3 = REPO / "eval" / "dates_cases_blind3.jsonl"  # 37 more (stop 46), labelled before any run
DATE_CASES_BLIND4 = REPO / "eval" / "dates_cases_blind4.jsonl"  # 36 more (stop 47), labelled before any run
DATE_CASES_BLIND5 = REPO / "eval" / "dates_cases_blind5.jsonl"  # 38 more (stop 48), labelled before any run
DATE_CASES_BLIND6 = REPO / "eval" / "dates_cases_blind6.jsonl"  # 38 more (stop 49), labelled before any run
DATE_CASES_BLIND7 = REPO / "eval" / "dates_cases_blind7.jsonl"  # 43 more (stop 50), labelled before any run
DATE_CASES_BLIND8 = REPO / "eval" / "dates_cases_blind8.jsonl"  # 42 more (stop 51), labelled before any run
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
# 100 more, labelled at the start of the twenty-first round before any run.
ALLSIDES_BLIND23 = REPO / "eval" / "allsides_events_blind23" / "blind.jsonl"
# 100 more, labelled at the start of the twenty-second round before any run.
ALLSIDES_BLIND24 = REPO / "eval" / "allsides_events_blind24" / "blind.jsonl"
# 100 more, labelled at the start of the twenty-third round before any run.
ALLSIDES_BLIND25 = REPO / "eval" / "allsides_events_blind25" / "blind.jsonl"
# 100 more, labelled at the start of the twenty-fourth round before any run.
ALLSIDES_BLIND26 = REPO / "eval" / "allsides_events_blind26" / "blind.jsonl"
# 100 more, labelled at the start of the twenty-fifth round before any run.
ALLSIDES_BLIND27 = REPO / "eval" / "allsides_events_blind27" / "blind.jsonl"
ALLSIDES_BLIND28 = REPO / "eval" / "allsides_events_blind28" / "blind.jsonl"
ALLSIDES_BLIND29 = REPO / "eval" / "allsides_events_blind29" / "blind.jsonl"
ALLSIDES_BLIND30 = REPO / "eval" / "allsides_events_blind30" / "blind.jsonl"
ALLSIDES_BLIND31 = REPO / "eval" / "allsides_events_blind31" / "blind.jsonl"
ALLSIDES_BLIND32 = REPO / "eval" / "allsides_events_blind32" / "blind.jsonl"
BLIND_NUMBERS = ("", *(str(k) for k in range(2, 33)))  # real-blind, real-blind2 .. real-blind32


def real_blind_sets() -> list[tuple[str, Path]]:
    """Every blind real set by its name, read from this module at call time (tests swap the paths)."""
    return [(f"real-blind{k}", globals()[f"ALLSIDES_BLIND{k}"]) for k in BLIND_NUMBERS]


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
        ("real-actors6", REPO / "eval" / "events_actors_blind6" / "events.jsonl"),  # 28 more (types44)
        ("real-actors7", REPO / "eval" / "events_actors_blind7" / "events.jsonl"),  # 28 more (actors45)
        ("real-actors8", REPO / "eval" / "events_actors_blind8" / "events.jsonl"),  # 26 more (actors46)
        ("real-actors9", REPO / "eval" / "events_actors_blind9" / "events.jsonl"),  # 30 more (actors47)
        ("real-actors10", REPO / "eval" / "events_actors_blind10" / "events.jsonl"),  # 30 more (actors48)
        ("real-actors11", REPO / "eval" / "events_actors_blind11" / "events.jsonl"),  # 28 more (dates50a)
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
        for name, path in real_blind_sets():
            if path.exists():
                halves += ((name, load_records(path)),)
        for name, part in halves:
            real = score_real(part, nlp)
            results[name] = {k: v for k, v in real.items() if k != "misses"}
            _print_real(console, name, real, verbose)
    for name, path in (
        ("dates", DATE_CASES),
        ("dates-blind", DATE_CASES_BLIND),
        ("dates-real", ALLSIDES_DATES),
        ("dates-told", DATE_CASES_TOLD),
        ("dates-blind2", DATE_CASES_BLIND2),
        ("dates-blind3", DATE_CASES_BLIND3),
        ("dates-blind4", DATE_CASES_BLIND4),
        ("dates-blind5", DATE_CASES_BLIND5),
        ("dates-blind6", DATE_CASES_BLIND6),
        ("dates-blind7", DATE_CASES_BLIND7),
        ("dates-blind8", DATE_CASES_BLIND8),
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
