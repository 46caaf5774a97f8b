"""List the articles of the hand-grouped AllSides days of August 2017 (issue 19, branch ``stories50b``).

    python3 eval/allsides_stories_aug2017/pick.py

Not drawn: the lead read the stories output of 2017-08-14..27 and saw the Tuesday press
conference of 15 August ("both sides") and the Phoenix rally of Tuesday 22 August split into
single-outlet stories. The set is every AllSides article of those two Tuesdays and the
two days after the first (Reuters dates its "both sides" report Thursday) and the Wednesday after the second (``DAYS``), ids from the shared file, sorted. Prints the ids; writes
nothing.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DAYS = ("2017-08-15", "2017-08-16", "2017-08-17", "2017-08-22", "2017-08-23")


def main() -> None:
    ids = []
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if (row.get("published") or "")[:10] in DAYS:
                ids.append(row["id"])
    print(f"{', '.join(DAYS)}: {len(ids)} articles")
    print("\n".join(sorted(ids)))


if __name__ == "__main__":
    main()
