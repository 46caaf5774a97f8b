"""Rebuilds junk44.json from /work/shared/data/allsides/articles.jsonl.gz: the selection of a types set.

Issue 17 items 1 and 5 (no junk people; common non-persons typed right), helper junk44: 60 random AllSides
articles published in April 2018 (no earlier people set used that month), text >= 1,000 characters,
one copy per title, drawn with random.Random(2026124403) (a seed no set used). The lists below were written
by reading the articles (every capitalised run at a sentence start, every storm, disease, platform, media
company and place name read in context) BEFORE newsprism was run on them. Run:
python3 eval/allsides_people/build_junk44.py (writes junk44.json next to it; does not import newsprism).
"""

import gzip
import json
import random
from pathlib import Path

CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")
WINDOW = ("2018-04-01", "2018-04-30")
SEED = 2026124403
COUNT = 60

# Surface forms that name no person in these articles: no mention with this text (a possessive "'s" aside)
# may sit in a PERSON entity. Kinds: slogan (a slogan, label or tweet word), imperative (a verb opening a
# line: furniture or a command), headline (a headline's words), furniture (a site's widgets and newsletter
# names), work (a show, book, podcast, performance or product), platform, media (a news company or outlet),
# company, body (a government body, group or law), building, place.
NOT_PERSON = {
    "slogan": ["Mission Accomplished", "Never Trump", "Never Trumpers", "SICK", "GREAT", "KOREAN WAR TO END"],
    "imperative": [
        "Click Here Now",
        "Read or Share",
        "Sign up",
        "Manage Newsletters",
        "Add CNN",
        "Blame the Critics",
        "Call Them Names",
        "Remember sailor",
    ],
    "headline": [
        "Impeaching Trump",
        "Trump Team Blasts Comey",
        "Trump Tariffs",
        "Comey Got Petty",
        "Total Witch Hunt",
        "No Thanks",
        "Communities Unite",
        "Feds Raid Office",
        "NEW POLL",
    ],
    "furniture": [
        "Story Continued Below",
        "SEE ALSO",
        "NEXT STEPS",
        "Hillicon Valley",
        "Overnight Health Care",
        "Overnight Energy",
        "On The Money",
        "The Hill's Morning Report",
        "Daily Newsletters",
    ],
    "work": [
        "Doggie Hamlet",
        "Morning Joe",
        "Access Hollywood",
        "Face the Nation",
        "Slow Burn",
        "Gone With the Wind",
        "Honda Accord",
        "Tomahawk",
        "Inside EPA",
    ],
    "platform": ["Facebook", "YouTube", "Twitter", "Google", "TikTok", "Alphabet"],
    "media": [
        "CNN",
        "Fox News",
        "Reuters",
        "Politico",
        "NPR",
        "Buzzfeed",
        "Buzzfeed News",
        "Daily Mail",
        "Mercury News",
        "Yonhap",
    ],
    "company": [
        "Cambridge Analytica",
        "Lockheed Martin",
        "Moody's Analytics",
        "Carl's Jr.",
        "P.F. Chang's",
        "Ringling Bros.",
        "Big Apple Circus",
        "Trump Organization",
    ],
    "body": ["Obamacare", "ISIS", "Blue House", "Border Patrol", "FBI", "EPA"],
    "building": ["Trump Tower", "Air Force One", "Capitol Hill"],
    "place": [
        "Douma",
        "Ghouta",
        "Damascus",
        "Syria",
        "Pyongyang",
        "Seoul",
        "Mountain View",
        "San Bruno",
        "El Centro",
        "Yuma",
        "Prague",
        "Menlo Park",
        "Cedar Rapids",
        "Lake Havasu",
        "Arkansas",
        "Honduras",
        "Kabul",
        "Havana",
        "Palm Beach",
        "College Station",
        "Moscow",
        "Mexico",
    ],
}

# Names no PERSON entity may bear (the mention may still belong to the person it describes: "Animal
# Assad" is Assad, but "Animal Assad" is no person's name).
NOT_PERSON_NAME = [
    "Animal Assad",
    "Slippery James Comey",
    "Doctor Ron Jackson",
    "White House Doctor Ronny Jackson",
]

# Entities that must exist with one of these types: the entity holding most mentions of the form.
TYPED = {
    "ORG": [
        "Facebook",
        "YouTube",
        "Twitter",
        "Google",
        "CNN",
        "Fox News",
        "Reuters",
        "Politico",
        "NPR",
        "Cambridge Analytica",
        "Buzzfeed News",
        "Daily Mail",
        "Lockheed Martin",
        "Alphabet",
        "ISIS",
    ],
    "GPE LOC": [
        "Syria",
        "Douma",
        "Ghouta",
        "Damascus",
        "Pyongyang",
        "Seoul",
        "Mountain View",
        "San Bruno",
        "El Centro",
        "Yuma",
        "Prague",
        "Menlo Park",
        "Mexico",
        "Cuba",
        "Sweden",
        "Arizona",
        "Honduras",
        "Afghanistan",
        "Kabul",
        "Moscow",
        "Iowa",
        "Arkansas",
    ],
}


def select() -> list[dict]:
    """The 60 articles: in the window, long enough, one per title, in seeded random order."""
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    pool = [
        r
        for r in sorted(records, key=lambda r: r["id"])
        if WINDOW[0] <= (r.get("published") or "")[:10] <= WINDOW[1] and len(r.get("text") or "") >= 1000
    ]
    random.Random(SEED).shuffle(pool)
    chosen, titles = [], set()
    for record in pool:
        title = (record.get("title") or "").strip().lower()
        if title in titles:
            continue
        titles.add(title)
        chosen.append(record)
        if len(chosen) == COUNT:
            break
    return chosen


if __name__ == "__main__":
    import sys

    chosen = select()
    if sys.argv[1:] == ["--jsonl"]:  # the input the run reads
        for record in chosen:
            print(json.dumps(record, ensure_ascii=False))
        sys.exit(0)
    texts = {r["id"]: f"{r.get('title') or ''}\n{r.get('text') or ''}" for r in chosen}

    def where(form: str) -> list[str]:
        """The articles writing the form (case-sensitive, straight or curly apostrophe)."""
        forms = {form, form.replace("'", "\u2019")}
        return sorted(i for i, t in texts.items() if any(f in t for f in forms))

    gold = {
        "window": list(WINDOW),
        "seed": SEED,
        "articles": [r["id"] for r in chosen],
        "not_person": [
            {"form": f, "kind": k, "articles": where(f)} for k, fs in NOT_PERSON.items() for f in fs
        ],
        "not_person_name": NOT_PERSON_NAME,
        "typed": [
            {"form": f, "types": t.split(), "articles": where(f)} for t, fs in TYPED.items() for f in fs
        ],
    }
    missing = [e["form"] for e in gold["not_person"] + gold["typed"] if not e["articles"]]
    assert not missing, missing
    out = Path(__file__).with_name("junk44.json")
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out, len(gold["not_person"]), len(gold["typed"]))
