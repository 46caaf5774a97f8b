#!/bin/sh
# Pick script of allsides_events_blind31 (seed 2026125003): run from this directory.
# Same procedure as blind30: skips every article/sentence of every gold file in eval/ that carries
# AllSides ids (blind30 included), the articles of events_participants42 (its labels.SOURCES) and
# the 200-sentence reads of events_actors_blind6..8 (regenerated into /tmp/ev50a/af, ag, ah with
# their seeds and prefixes and today's exclusions).
# Writes sample_raw.jsonl here (corpus text, not kept in the repository).
set -e
HERE=$(pwd)
mkdir -p /tmp/ev50a/af /tmp/ev50a/ag /tmp/ev50a/ah
python3 -c "
import importlib.util, json
spec = importlib.util.spec_from_file_location('l', '../events_participants42/labels.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
for k, (aid, _) in sorted(m.SOURCES.items()):
    print(json.dumps({'allsides_id': aid}))
" > /tmp/ev50a/participants42_ids.jsonl
cd ../allsides_events
GOLD=$(grep -l allsides_id -r .. --include='*.jsonl' | grep -v 'allsides_events_blind31/blind.jsonl' | sort)
for spec in "2026124402 af-" "2026124501 ag-" "2026124604 ah-"; do
  set -- $spec
  python3 sample.py --seed $1 --n 200 --prefix $2 --out /tmp/ev50a/${2%-} --exclude $GOLD
done
python3 sample.py --seed 2026125003 --n 100 --prefix ate- --out "$HERE" \
  --exclude $GOLD /tmp/ev50a/participants42_ids.jsonl /tmp/ev50a/af/sample_raw.jsonl \
  /tmp/ev50a/ag/sample_raw.jsonl /tmp/ev50a/ah/sample_raw.jsonl
