"""Rebuilds unseen2.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A third people set, unseen: the Alabama Senate race of 2017 after the accusations against Roy Moore
(one dense event, 2017-11-09 - 2017-12-16) plus 20 distractors from the same window. The people, their
forms, the masks and the per-article decisions below were written by reading the articles (every bare
form grepped in context) BEFORE newsprism was run on them. Run: python3 build_unseen2.py (writes
unseen2.json next to it). It does not import newsprism; the counting rule is the one of build_dev.py /
README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import gzip
import json
import random
import re
from pathlib import Path

from people_counting import count_people, write_gold

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "allsides" / "articles.jsonl.gz"
if not CORPUS.is_file():
    CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")
WINDOW = ("2017-11-09", "2017-12-16")
QUERY, MIN_MATCHES = r"Roy Moore|Moore", 4
EXCLUDE = r"Moore|Franken|Alabama|Corfman"  # distractors name none of these


def text_of(record: dict) -> str:
    """The text the set is counted in: the title line, then the body."""
    return f"{record.get('title') or ''}\n{record.get('text') or ''}"


records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
window = [r for r in records if WINDOW[0] <= (r.get("published") or "")[:10] <= WINDOW[1]]
event = sorted(
    r["id"]
    for r in window
    if len(r.get("text") or "") >= 800 and len(re.findall(QUERY, text_of(r))) >= MIN_MATCHES
)
pool = [
    r
    for r in window
    if r["id"] not in set(event) and len(r.get("text") or "") >= 1500 and not re.search(EXCLUDE, text_of(r))
]
random.Random(20171209).shuffle(pool)
distractors, titles = [], set()
for record in pool:
    title = text_of(record).split("\n")[0].lower()
    if title not in titles:
        titles.add(title)
        distractors.append(record["id"])
    if len(distractors) == 20:
        break
TEXTS = {r["id"]: text_of(r) for r in records if r["id"] in set(event) | set(distractors)}

# Strings that contain a listed form but name somebody else or something else: they count for nobody.
MASKS = [
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr.",
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Pete Sessions",  # a Texas congressman in a distractor
    "Nelson Rios",  # a police sergeant, not Beverly Young Nelson
]

# name -> (forms, articles where a bare form is somebody else's and is skipped). Decided by reading:
# bare "Moore" is Roy Moore everywhere except BdwKMP3xHJCk6wOw (Travis Moore of TechCongress; Roy is not
# named there); in the Kayla Moore articles the bare surname is still Roy ("Moore's wife, Kayla").
# Bare "Trump" is Donald Trump except in the six articles that also name Ivanka or Donald Trump Jr.
# Bare "Nelson" counts only where Beverly Young Nelson is named. Every bare "Strange", "Shelby",
# "Ivey", "Jones" and "Sessions" in the event articles was read: all are the listed person.
PEOPLE = {
    "Roy Moore": (["Roy Moore", "Roy S. Moore", "Moore"], {"Moore": ["BdwKMP3xHJCk6wOw"]}),
    "Travis Moore": (["Travis Moore"], {}),
    "Kayla Moore": (["Kayla Moore", "Kayla"], {}),
    "Doug Jones": (["Doug Jones", "Jones"], {}),
    "Al Franken": (["Al Franken", "Franken"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Sessions"], {"Sessions": ["RM12qawm8kzBygCs"]}),
    "Luther Strange": (["Luther Strange", "Strange"], {}),
    "Steve Bannon": (["Steve Bannon", "Stephen Bannon", "Stephen K. Bannon", "Bannon"], {}),
    "Leigh Corfman": (["Leigh Corfman", "Corfman"], {}),
    "Richard Shelby": (["Richard Shelby", "Richard C. Shelby", "Shelby"], {}),
    "Beverly Young Nelson": (["Beverly Young Nelson", "Beverly Nelson", "Nelson"], {}),
    "Gloria Allred": (["Gloria Allred", "Allred"], {}),
    "Kay Ivey": (["Kay Ivey", "Ivey"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Ivanka Trump": (["Ivanka Trump", "Ivanka"], {}),
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Trump"],
        {
            "Trump": [
                "225oahSObStcqGCY",
                "MPDMs9GBGhnLKCxm",
                "WjNme1ZLrqr2Xdl3",
                "oxIBdSbQoL0WAm4Y",
                "XACULsZZexIlKVGC",
                "hn9YBcabZaLXXdoi",
            ]
        },
    ),
}
# The articles a person is named in: those with one of their full forms; for the bare form only,
# the event articles (read), never a distractor, and for Nelson only where Beverly is named.
NEEDS_FULL = {"Beverly Young Nelson": r"Beverly", "Travis Moore": r"Travis Moore", "Kayla Moore": r"Kayla"}


people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)

write_gold(
    "unseen2",
    "Second unseen people set",
    "alabama_senate_2017",
    (WINDOW, QUERY, event, distractors),
    MASKS,
    people,
)
