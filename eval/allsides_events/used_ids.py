"""Write the AllSides article ids that any file under eval/ already uses (standalone; no newsprism code).

Every 16-character id of the corpus found anywhere in the text of a file under ``eval/`` counts as
used, whatever its field name (``allsides_id``, ``id``, a note, a pick list), so a new set drawn with
``--exclude`` of this list shares no article with any earlier set.

    python3 used_ids.py --out /tmp/d46/used_ids.txt
"""

import argparse
import gzip
import json
import re
from pathlib import Path

from sample import SRC

EVAL = Path(__file__).resolve().parent.parent


def used_ids() -> list[str]:
    ids = {json.loads(line)["id"] for line in gzip.open(SRC, "rt")}
    found = set()
    for path in sorted(EVAL.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="ignore")
            found.update(m for m in re.findall(r"[A-Za-z0-9_-]{16}", text) if m in ids)
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    Path(args.out).write_text("".join(i + "\n" for i in used_ids()), encoding="utf-8")


if __name__ == "__main__":
    main()
