#!/bin/sh
# Pick script of allsides_events_blind27 (seed 2026124703): run from this directory.
# Skips every article/sentence of every gold file in eval/ that carries AllSides ids, the articles of
# events_participants42 (its labels.SOURCES), the 200-sentence reads of events_actors_blind6..8
# (regenerated into /tmp/ev47/af, ag, ah with their seeds and prefixes and today's exclusions, as
# blind26 did) and the articles of a dates helper's draw of the same day (dates47_draw_ids.jsonl, ids
# only). Writes sample_raw.jsonl here (corpus text, not kept in the repository).
set -e
HERE=$(pwd)
mkdir -p /tmp/ev47/af /tmp/ev47/ag /tmp/ev47/ah
python3 -c "
import importlib.util, json
spec = importlib.util.spec_from_file_location('l', '../events_participants42/labels.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
for k, (aid, _) in sorted(m.SOURCES.items()):
    print(json.dumps({'allsides_id': aid}))
" > /tmp/ev47/participants42_ids.jsonl
cd ../allsides_events
GOLD=$(grep -l allsides_id -r .. --include='*.jsonl' | grep -v allsides_events_blind27 | sort)
for spec in "2026124402 af-" "2026124501 ag-" "2026124604 ah-"; do
  set -- $spec
  python3 sample.py --seed $1 --n 200 --prefix $2 --out /tmp/ev47/${2%-} --exclude $GOLD
done
python3 sample.py --seed 2026124703 --n 100 --prefix ata- --out "$HERE" \
  --exclude $GOLD /tmp/ev47/participants42_ids.jsonl /tmp/ev47/af/sample_raw.jsonl \
  /tmp/ev47/ag/sample_raw.jsonl /tmp/ev47/ah/sample_raw.jsonl "$HERE/dates47_draw_ids.jsonl"
