"""Share of valid participant strings: python3 score.py EVENTS.jsonl (output of dump.py).

A marked string the code no longer gives is not counted; a string it now gives that was not
marked is listed to be marked by hand."""

import json
import sys

from labels import MARKS


def main(path):
    got = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        got[(r["id"], r["k"])] = r["actors"] + r["recipients"]
    valid = total = 0
    for key, marks in sorted(MARKS.items()):
        for name in got.get(key, []):
            if name in marks:
                total += 1
                valid += marks[name]
            else:
                print("unmarked:", key, name)
    print(
        f"valid {valid}/{total} = {valid / total:.3f}; before: "
        f"{sum(v for m in MARKS.values() for v in m.values())}/{sum(len(m) for m in MARKS.values())}"
    )


if __name__ == "__main__":
    main(sys.argv[1])
