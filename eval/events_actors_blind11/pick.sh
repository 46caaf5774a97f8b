#!/bin/sh
# Pick script of events_actors_blind11 (seed 2026125008): run from this directory.
# Excludes every article/sentence of every gold file in eval/ that carries allsides ids, plus the
# articles of events_participants42 (kept as SOURCES in its labels.py, no jsonl), plus any other
# helper's raw sample on disk. Writes sample_raw.jsonl here (corpus text, not kept in the repository).
set -e
python3 -c "
import importlib.util, json
spec = importlib.util.spec_from_file_location('l', '../events_participants42/labels.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
for k, (aid, _) in sorted(m.SOURCES.items()):
    print(json.dumps({'allsides_id': aid}))
" > /tmp/actors50a_participants42_ids.jsonl
cd ../allsides_events
python3 sample.py --seed 2026125008 --n 200 --prefix aj- --out ../events_actors_blind11 \
  --exclude $(grep -l allsides_id -r .. --include='*.jsonl' | sort) /tmp/actors50a_participants42_ids.jsonl \
  $(ls /tmp/*/sample_raw.jsonl /tmp/*/*/sample_raw.jsonl 2>/dev/null | grep -v events_actors_blind11 || true)
