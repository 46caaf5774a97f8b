"""Which events rule groups move no sentence: every sentence of every events set (PLOVER dev, the
own and real-actors sets, the no-event sets, real dev and blind.., the date cases) is parsed once,
the events stage runs with all groups on, recording which groups each sentence asks about
(``rules.enabled``); then each group is switched off on the sentences that asked about it (on
the others it cannot change anything). A sentence moves when any of its events (type, mode,
trigger, actors, recipients, date) differs. Prints, per group, how many sentences asked about it
and how many move, with the first few ids; the groups that move none are candidates for pruning.

    PYTHONPATH=src nice python3 benchmarks/event_rule_reach.py [--examples 3]
"""

from __future__ import annotations

import argparse

from newsprism.config import Settings
from newsprism.evaluation import events as event_eval
from newsprism.evaluation.event_ablation import ParsedOnce, _real_sets
from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model


def sentences() -> list[tuple[str, str, str | None]]:
    """(set:id, text, publication date) of every sentence the events evaluation reads."""
    found = []
    typed = [("plover", event_eval.DEFAULT_PLOVER), ("own", event_eval.OWN_SENTENCES)]
    typed += [("own-holdout", event_eval.HOLDOUT_SENTENCES), ("own-blind", event_eval.BLIND_SENTENCES)]
    typed += [("own-blind2", event_eval.BLIND2_SENTENCES), ("own-blind3", event_eval.BLIND3_SENTENCES)]
    typed += [(f"actors{k}", getattr(event_eval, f"ACTORS_BLIND{k}")) for k in ("", "2", "3", "4")]
    later = (event_eval.REPO / "eval" / f"events_actors_blind{k}" / "events.jsonl" for k in (5, 6, 7, 8, 9))
    typed += [(f"actors{k}", path) for k, path in zip((5, 6, 7, 8, 9), later, strict=True)]
    typed += [("no-event", event_eval.NO_EVENT_SENTENCES), ("no-event-blind", event_eval.NO_EVENT_BLIND)]
    for name, path in typed:
        if path.exists():
            found += [
                (f"{name}:{r['id']}", r["text"].strip().strip("{}"), None)
                for r in event_eval.load_records(path)
            ]
    for name, records in _real_sets().items():
        found += [(f"{name}:{r['id']}", r["text"], r.get("published")) for r in records]
    for name in ("DATE_CASES", "DATE_CASES_BLIND", "ALLSIDES_DATES"):
        path = getattr(event_eval, name)
        if path.exists():
            cases = event_eval.load_records(path)
            found += [(f"{path.stem}:{i}", c["sentence"], c.get("published")) for i, c in enumerate(cases)]
    return found


def signatures(items, docs) -> list[tuple]:
    out = []
    for (key, _, published), doc in zip(items, docs, strict=True):
        article = Article(article_id=key, source=key, text=doc.text, published=published)
        events = extract_events(doc, article)
        out.append(
            tuple((e.type, e.mode, e.trigger, tuple(e.actors), tuple(e.recipients), e.date) for e in events)
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    items = sentences()
    parsed = ParsedOnce(load_model(Settings.load().model))
    docs = parsed.pipe(text for _, text, _ in items)
    asked: dict[str, set[int]] = {group: set() for group in rules.GROUPS}
    enabled, current = rules.enabled, [0]

    def recording(group: str) -> bool:
        asked[group].add(current[0])
        return enabled(group)

    rules.enabled = recording
    base = []
    for i in range(len(items)):
        current[0] = i
        base += signatures(items[i : i + 1], docs[i : i + 1])
    rules.enabled = enabled
    print(f"{len(items)} sentences, {len(rules.GROUPS)} rule groups (group: sentences asking, moving, ids)")
    for group in sorted(rules.GROUPS, key=lambda g: (len(asked[g]), g)):  # the cheap ones first
        where = sorted(asked[group])
        with rules.switched_off([group]):
            off = signatures([items[i] for i in where], [docs[i] for i in where])
        moved = [items[i][0] for i, sig in zip(where, off, strict=True) if sig != base[i]]
        print(f"{group}: {len(where)} {len(moved)} " + " ".join(moved[: args.examples]), flush=True)


if __name__ == "__main__":
    main()
