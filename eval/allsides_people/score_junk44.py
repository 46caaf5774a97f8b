"""Scores a database made from junk44.json's articles against its lists (issue 17 items 1 and 5).

Run: newsprism analyze <the set's JSON Lines> --db DB, then python3 eval/allsides_people/score_junk44.py DB
(the input: python3 eval/allsides_people/build_junk44.py --jsonl). Reads the database with sqlite3 only.

- not_person: a form is right when no mention written with it sits in a PERSON entity.
- not_person_name: right when no PERSON entity bears that name.
- typed: right when the entity holding most of the form's mentions has one of the listed types (a form in
  no entity is wrong).
"""

import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path


def plain(text: str) -> str:
    """A mention's text compared with a form: straight apostrophe, no leading "the", no possessive."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"^[Tt]he ", "", text)
    return re.sub(r"'s?$", "", text)


def score(db: str, gold: dict) -> dict:
    con = sqlite3.connect(db)
    types = dict(con.execute("SELECT entity_id, type FROM entities"))
    names = {n for (n,) in con.execute("SELECT name FROM entities WHERE type = 'PERSON'")}
    held: dict[str, Counter] = {}
    for text, entity in con.execute("SELECT text, entity_id FROM mentions WHERE entity_id IS NOT NULL"):
        held.setdefault(plain(text), Counter())[entity] += 1
    rows = []
    for item in gold["not_person"]:
        form = plain(item["form"])
        person = sum(n for e, n in held.get(form, Counter()).items() if types.get(e) == "PERSON")
        rows.append(("not_person", item["kind"], item["form"], person == 0, f"{person} in PERSON"))
    for name in gold["not_person_name"]:
        rows.append(("not_person_name", "name", name, name not in names, ""))
    for item in gold["typed"]:
        counts = held.get(plain(item["form"]), Counter())
        main = max(sorted(counts), key=lambda e: counts[e]) if counts else None
        got = types.get(main, "none")
        rows.append(("typed", "/".join(item["types"]), item["form"], got in item["types"], got))
    return {"rows": rows}


if __name__ == "__main__":
    gold = json.loads(Path(__file__).with_name("junk44.json").read_text(encoding="utf-8"))
    result = score(sys.argv[1], gold)
    verbose = "--verbose" in sys.argv
    for part in ("not_person", "not_person_name", "typed"):
        rows = [r for r in result["rows"] if r[0] == part]
        right = sum(r[3] for r in rows)
        print(f"{part}: {right}/{len(rows)}")
        for r in rows:
            if verbose or not r[3]:
                print(f"  {'ok ' if r[3] else 'BAD'} {r[1]:10} {r[2]!r:40} {r[4]}")
