"""Analyse each timeline_rows set's articles alone into a fresh database and print every story's
default timeline (one line a row: set, story, date, type, summary, outlets), so the rows sets
42..51 can be re-read after a change. Not a scorer: the happenings are matched by reading.

    PYTHONPATH=src python3 eval/timeline_rows50/run_sets.py OUT_DIR [42 43 ...]
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
SETS = {
    "42": "hL3Pp7qTthCcRCDG VPS1LXeunzGJdtkw 0t2wFHxkEHIEvBd0 gdCOErbClhRNJ51j",
    "43": "2bwspneeJmF0HwcM 5hn8jaHsdN43VswQ a7ywgWQEStNq2Z2X PxymR5Z0OkgU4hiS aV2eBdysSkZJePX6"
    " cUneAP2eNmKGQUN1 1zSsKtVdJH19sFnk VzizQouy1jgDOl67",
    "44": "7DxifrIf8lvUFsjS ycpV24uAZMEKlZ5C B71JHcxPAiuDgWG7 vHVaHY1xQNXnlhm1 S5yutQEPQB1OgHmQ"
    " lQkLVhCQIL0VQXTA",
    "45": "5blr7lABXYdnwdEI flKczYr2LzmVMxBa g5TRJkui8BbebBVV Pjaoy6eagXezw28y Ul37Vg41NQlsAfTM"
    " pbUV9hG3e2mBYjRK CIaBKE2PQqXGgyyz pJGtDgwkOrYNLIpK tamJPlgT7S7tJcuO",
    "46": "9GCbRToiYgD48AfE OODCgqXfMsErdtBC rvZVwltNa8OYMGR7 a8CAxiOl6hrIPbAP oiga8USYMltEiB37"
    " ubM5n9nAtunu2NlX 3JVWxj2byhpVg1uM JNEcVMGCCwy7hzou egyQ7UPYlvuNRhLw",
    "47": "2sv0RBNDdTaqPNUs e8MHC3kwPNWgcD8s jsOcUkKSPKcafmkK Ob3pA2spPrhx5cHg cbWba6IogGxgUQg2"
    " hsE8We6zUxKfi4Zo DQcZfvP6JCZnTvpQ hB6RQ3sAl7HrbZGm li8E7owpXS9FONkU",
    "48": "5vaPDhRWgOwhKfph FpNOuXi7jEC1iSYe Gl5cqTkl71zsniTF A8EZYT97V327S1BV VAkRvABuKiyH1CXh"
    " r7vivSgOSAddAzlq P0T9HdPVrKSlWPKs i7JNCsUrpR8m9fFp t39nhX2vWDJwpu7p",
    "49": "Lsd79QrjnsoavAlY c6dYErLbd6T1P8si hQRgZIergIvZY1ak g0oPy8jQbsIP5lkU mgirvsF54MT3k2pp"
    " o6v8virJzKFTWhr4 deyKPVRPojnt9OkJ mmLJkwf8VISinIHZ tFJ0p1QBAjELS8rJ",
    "50": "e4peecyGojpukDEO pIx0uydseiZtJnW7 qSAo9eWZXm4R9Zij Cv545EZwEA9OMrZ3 CwZ2Z7aKTMr4mkKj"
    " GqnPd5kKuGQHJFoO SZGLHMy49pfn8F8w 0iDoyh9ohVd48MRB CKtkoQgAwj8NBwWF wZf5f9tkb8zVFFJr",
    "51": "BNZjdwnnHdMBESID D7lwrJukH5JOB4K9 hvLSPJJMGdYkR930 LXJ4YPltUMvyvcDg cfqv77Qr47Uy84XY"
    " l0scCKILYdqftscH 6WsuAy2pYiNe1Lx7 9i3AWEx4M53c9eSI IiXRMw6PvkJdFGHP xmnGmyqtmO106Sf5",
}


def _run(*args: str) -> str:
    return subprocess.run(["newsprism", *args], check=True, capture_output=True, text=True).stdout


def main() -> None:
    out = Path(sys.argv[1])
    wanted = sys.argv[2:] or sorted(SETS)
    out.mkdir(parents=True, exist_ok=True)
    ids = {i for name in wanted for i in SETS[name].split()}
    records = {}
    with gzip.open(SHARED, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                keys = ("id", "title", "text", "outlet", "published")
                records[record["id"]] = {k: record.get(k) for k in keys}
    for name in wanted:
        db = out / f"rows{name}.db"
        db.unlink(missing_ok=True)
        source = out / f"rows{name}.jsonl"
        lines = [json.dumps(records[i]) for i in SETS[name].split()]
        source.write_text("\n".join(lines) + "\n", "utf-8")
        _run("analyze", str(source), "--db", str(db), "-p", "1")
        stories = [json.loads(x) for x in _run("stories", "--db", str(db)).splitlines() if x.strip()]
        with (out / f"rows{name}.txt").open("w", encoding="utf-8") as rows_out:
            for story in sorted(stories, key=lambda s: s["story_id"]):
                story_id = story["story_id"]
                timeline = _run("timeline", "--db", str(db), "--story", story_id, "--format", "jsonl")
                for line in timeline.splitlines():
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    outlets = ",".join(row.get("outlets", []))
                    print(
                        name,
                        story["title"][:30],
                        row["date"],
                        row["type"],
                        row["summary"],
                        f"[{outlets}]",
                        sep=" | ",
                        file=rows_out,
                    )


if __name__ == "__main__":
    main()
