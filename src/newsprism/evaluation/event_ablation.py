"""``newsprism eval events --ablate``: what each named events rule group is worth, on each data set.

Every sentence is parsed once; the events stage then runs on the parsed sentences with all rule
groups on (``events.rules``), and again with each group off in turn. The report gives, per group,
how each figure changes when the group is switched off: PLOVER macro-F1, the macro-F1 of the own
and real-actors sets, the false events of the no-event sets, on each random real set
the share of called events that are events (P), of event-free sentences kept quiet (Q) and of
events typed right (T), and the date cases. A group whose removal costs nothing on the sets it
was not written from is a rule fitted to one set.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from spacy.tokens import Doc

from newsprism.config import Settings
from newsprism.evaluation import events as event_eval
from newsprism.events import rules
from newsprism.nlp.model import load_model


class ParsedOnce:
    """Stands in for the spaCy pipeline: each text is parsed once, then served from memory."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.docs: dict[str, Doc] = {}

    def pipe(self, texts):
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.docs]
        self.docs.update(zip(missing, self.nlp.pipe(missing), strict=True))
        return [self.docs[t] for t in texts]


def _real_sets() -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    if event_eval.ALLSIDES_SENTENCES.exists():
        records = sorted(event_eval.load_records(event_eval.ALLSIDES_SENTENCES), key=lambda r: r["id"])
        sets["real-dev"] = records[: -event_eval.HELD_OUT]
        sets["real-held-out"] = records[-event_eval.HELD_OUT :]
    for name, path in event_eval.real_blind_sets():
        if path.exists():
            sets[name] = event_eval.load_records(path)
    return sets


def figures(plover: Path, parser: ParsedOnce) -> dict[str, float]:
    """Every figure of the events stage as it now stands, by name."""
    found: dict[str, float] = {}
    if plover.exists():
        found["plover F1"] = event_eval.score_types(event_eval.load_records(plover), parser)["macro_f1"]
    typed = (
        ("own", event_eval.OWN_SENTENCES),
        ("own-holdout", event_eval.HOLDOUT_SENTENCES),
        ("own-blind", event_eval.BLIND_SENTENCES),
        ("own-blind2", event_eval.BLIND2_SENTENCES),
        ("own-blind3", event_eval.BLIND3_SENTENCES),
        ("actors", event_eval.ACTORS_BLIND),
        ("actors2", event_eval.ACTORS_BLIND2),
        ("actors3", event_eval.ACTORS_BLIND3),
        ("actors4", event_eval.ACTORS_BLIND4),
        *((f"actors{k}", event_eval.REPO / f"eval/events_actors_blind{k}/events.jsonl") for k in "56789"),
    )
    for name, path in typed:  # the typed sets: a group that moves one of them moves types or actors
        if path.exists():
            found[f"{name} F1"] = event_eval.score_types(event_eval.load_records(path), parser)["macro_f1"]
    quiet = (("no-event", event_eval.NO_EVENT_SENTENCES), ("no-event-blind", event_eval.NO_EVENT_BLIND))
    for name, path in quiet:
        if path.exists():
            scored = event_eval.score_no_events(event_eval.load_records(path), parser)
            found[f"{name} false"] = scored["false_events"]
    for name, records in _real_sets().items():
        real = event_eval.score_real(records, parser)
        short = name.removeprefix("real-")
        found[f"{short} P"] = real["event_precision"]
        found[f"{short} Q"] = real["none_quiet"]
        found[f"{short} T"] = real["type_accuracy"]
    for name, path in (
        ("dates", event_eval.DATE_CASES),
        ("dates-blind", event_eval.DATE_CASES_BLIND),
        ("dates-real", event_eval.ALLSIDES_DATES),
        ("dates-told", event_eval.DATE_CASES_TOLD),
        ("dates-blind2", event_eval.DATE_CASES_BLIND2),
        ("dates-blind3", event_eval.DATE_CASES_BLIND3),
        ("dates-blind4", event_eval.DATE_CASES_BLIND4),
        ("dates-blind5", event_eval.DATE_CASES_BLIND5),
        ("dates-blind6", event_eval.DATE_CASES_BLIND6),
        ("dates-blind7", event_eval.DATE_CASES_BLIND7),
        ("dates-blind8", event_eval.DATE_CASES_BLIND8),
    ):
        if path.exists():
            found[name] = event_eval.score_dates(event_eval.load_records(path), parser)["accuracy"]
    return found


def ablate(plover: Path, model: str) -> dict[str, dict[str, float]]:
    """{"": figures with every group on, group: {figure: change when that group is off}}."""
    parser = ParsedOnce(load_model(model))
    with rules.switched_off([]):
        base = figures(plover, parser)
    found: dict[str, dict[str, float]] = {"": base}
    for group in rules.GROUPS:
        with rules.switched_off([group]):
            off = figures(plover, parser)
        found[group] = {name: off[name] - base[name] for name in base}
    return found


def run(data: Path | None = None, verbose: bool = False, console: Console | None = None) -> dict:
    """Print, per rule group, the figures that change when it is off; return the table."""
    console = console or Console()
    found = ablate(Path(data) if data else event_eval.DEFAULT_PLOVER, Settings.load().model)
    lines = ["Event rule groups: change of each figure with the group off (P precision of called",
             "events, Q share of event-free sentences kept quiet, T type accuracy; unchanged left out)",
             "all groups on: " + ", ".join(f"{k} {v:.3f}" for k, v in found[""].items())]  # fmt: skip
    for group, changes in found.items():
        if group:
            moved = [f"{k} {v:+.3f}" for k, v in changes.items() if abs(v) > 1e-9]
            lines.append(f"{group}: " + (", ".join(moved) if moved else "no change"))
    lines += [""] + [f"{group}: {description}" for group, description in rules.GROUPS.items()]
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    return found
