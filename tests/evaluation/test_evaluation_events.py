"""The events evaluation on real sentences: the gold sets are well formed and kept apart, and
the real-news scores count what they say they count."""

from __future__ import annotations

import json

from newsprism.evaluation.events import (
    ALLSIDES_BLIND,
    ALLSIDES_BLIND2,
    ALLSIDES_SENTENCES,
    TYPES,
    load_records,
    score_real,
)


def test_blind2_is_a_separate_well_formed_gold_set():
    records = load_records(ALLSIDES_BLIND2)
    assert len(records) == 100 and len({r["id"] for r in records}) == 100
    assert sum(r["event"] is None for r in records) == 78
    earlier = {r["allsides_id"] for path in (ALLSIDES_SENTENCES, ALLSIDES_BLIND) for r in load_records(path)}
    assert not earlier & {r["allsides_id"] for r in records}  # no article shared with the older sets
    for record in records:
        assert record["event"] is None or record["event"] in TYPES
        for event in [record, *record["other_events"]]:
            for name in event["actors"] + event["recipients"]:
                assert name in record["text"], (record["id"], name)
        if record["event"] is None:
            assert record["actors"] == record["recipients"] == [] and record["other_events"] == []


def test_score_real_counts_precision_quiet_and_type(nlp):
    records = [
        {"id": "r1", "text": "The governor criticized the mayor on Friday.", "event": "ACCUSE"},
        {"id": "r2", "text": "The senator praised the nominee.", "event": "ACCUSE"},  # typed wrong
        {"id": "r3", "text": "Most economists agree that inflation will fall.", "event": None},
        {"id": "r4", "text": "Police arrested three protesters outside the courthouse.", "event": None},
    ]
    scores = score_real([json.loads(json.dumps(r)) for r in records], nlp)
    assert scores["predicted_events"] == 3
    assert scores["event_precision"] == 2 / 3  # r4 has an event its gold says it lacks
    assert scores["none_quiet"] == 0.5 and scores["none_sentences"] == 2
    assert scores["type_accuracy"] == 0.5 and scores["event_sentences"] == 2
    assert {m[0] for m in scores["misses"]} == {"r2", "r4"}
