#!/bin/sh
# Pick script of allsides_events_blind32 (seed 2026125103): run from this directory.
# Same procedure as blind31: skips every article/sentence of every gold file in eval/ that carries
# AllSides ids (blind31 included), the articles of events_participants42 (its labels.SOURCES) and
# the 200-sentence reads of events_actors_blind6..8 (regenerated into /tmp/ev51/af, ag, ah with
# their seeds and prefixes and today's exclusions).
# Writes sample_raw.jsonl here (corpus text, not kept in the repository).
set -e
HERE=$(pwd)
mkdir -p /tmp/ev51/af /tmp/ev51/ag /tmp/ev51/ah
python3 -c "
import importlib.util, json
spec = importlib.util.spec_from_file_location('l', '../events_participants42/labels.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
for k, (aid, _) in sorted(m.SOURCES.items()):
    print(json.dumps({'allsides_id': aid}))
" > /tmp/ev51/participants42_ids.jsonl
cd ../allsides_events
GOLD=$(grep -l allsides_id -r .. --include='*.jsonl' | grep -v 'allsides_events_blind32/blind.jsonl' | sort)
for spec in "2026124402 af-" "2026124501 ag-" "2026124604 ah-"; do
  set -- $spec
  python3 sample.py --seed $1 --n 200 --prefix $2 --out /tmp/ev51/${2%-} --exclude $GOLD
done
python3 sample.py --seed 2026125103 --n 100 --prefix atf- --out "$HERE" \
  --exclude $GOLD /tmp/ev51/participants42_ids.jsonl /tmp/ev51/af/sample_raw.jsonl \
  /tmp/ev51/ag/sample_raw.jsonl /tmp/ev51/ah/sample_raw.jsonl
