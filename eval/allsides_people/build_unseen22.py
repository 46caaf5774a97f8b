"""Rebuilds unseen22.json from /work/shared/data/allsides/articles.jsonl.gz: week draw, selection and
mention counting.

A twenty-third people set, unseen, in the shape of issue 17's goal (three dense events plus
distractors), built by unseen21's procedure with one change: ``random.Random(2026124902)`` samples
three of the Monday-Sunday weeks holding at least 100 AllSides articles THAT NO OTHER SET UNDER eval/
USES (unseen21 counted every article; with that count this seed drew 2020-04-06, whose 36 event
articles all belong to eval/allsides_stories_apr2020, leaving an empty event) and that overlap no
window of an earlier people set and no dated analyst read (``READ_WINDOWS``). The draw gave
2014-11-03 (the 2014 midterm elections and the Republican Senate takeover), 2020-06-22 (statues
torn down, the Senate police bill, Bolton's book, the Bubba Wallace noose) and 2020-06-29 (the
Russian bounties, Mount Rushmore and July 4, Ghislaine Maxwell's arrest); each week's dense event
and its query were then chosen by reading the week's titles. 10 distractors per week (seeded
shuffles, the same seed), and every article any set under eval/ already uses is left out. The
people, their forms, the masks and the per-article decisions below were written by reading the
articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen22.py (writes unseen22.json next to it).
The counting rule is the one of build_dev.py / README.md (longest non-overlapping case-sensitive
matches, masks count for nobody).
"""

import datetime
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

from people_counting import CORPUS, count_people, event_entries, select_events, write_gold_events

SEED = 2026124902
HERE = Path(__file__).resolve().parent
# Weeks read by hand in earlier rounds (README / docs/measured/people.md) though in no set's JSON.
READ_WINDOWS = [
    ("2018-03-01", "2018-04-30"),
    ("2020-06-01", "2020-06-08"),
    ("2020-07-08", "2020-07-14"),
    ("2020-03-09", "2020-03-14"),
    ("2019-08-03", "2019-08-12"),
    ("2019-10-01", "2019-10-19"),
    ("2016-10-10", "2016-10-16"),
    ("2018-01-01", "2018-01-31"),  # the lead's read of a January 2018 week (stop 48)
]


def used_elsewhere() -> set[str]:
    """Every 16-character article id any other set under eval/ names."""
    used: set[str] = set()
    for path in sorted(HERE.parent.rglob("*.json*")):
        if path.name != "unseen22.json":
            used |= set(re.findall(r'"([A-Za-z0-9]{16})"', path.read_text(encoding="utf-8", errors="ignore")))
    return used


def earlier_windows() -> list[tuple[str, str]]:
    """Every event window of the other people sets, plus the dated reads."""
    windows = list(READ_WINDOWS)
    for path in sorted(HERE.glob("*.json")):
        if path.name == "unseen22.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            windows += [tuple(e["window"]) for e in data.get("events", [])]
            if "window" in data:
                windows.append(tuple(data["window"]))
    return windows


def drawn_weeks() -> list[tuple[str, str]]:
    """Three weeks of >= 100 articles no other set under eval/ uses, overlapping no earlier window,
    drawn with SEED."""
    weeks: Counter = Counter()
    taken = used_elsewhere()
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        record = json.loads(line)
        published = (record.get("published") or "")[:10]
        if len(published) == 10 and record["id"] not in taken:
            day = datetime.date.fromisoformat(published)
            weeks[day - datetime.timedelta(days=day.weekday())] += 1
    used = earlier_windows()
    candidates = []
    for monday, count in sorted(weeks.items()):
        start, end = monday.isoformat(), (monday + datetime.timedelta(days=6)).isoformat()
        if count >= 100 and all(end < a or start > b for a, b in used):
            candidates.append((start, end))
    return sorted(random.Random(SEED).sample(candidates, 3))


WEEKS = drawn_weeks()
DRAWN = [("2014-11-03", "2014-11-09"), ("2020-06-22", "2020-06-28"), ("2020-06-29", "2020-07-05")]
assert WEEKS == DRAWN, WEEKS

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "midterms_2014": (
        WEEKS[0],
        r"midterm|Midterm|McConnell|Senate|election|Election|GOP|Republicans",
        6,
        r"midterm|Midterm|McConnell|Senate|election|Election|GOP|Republicans",
        SEED,
    ),
    "statues_police_bill_2020": (
        WEEKS[1],
        r"statue|Statue|monument|Monument|Jackson|police reform|JUSTICE Act|Bolton|Wallace|noose",
        4,
        r"statue|Statue|monument|Monument|Jackson|police reform|JUSTICE Act|Bolton|Wallace|noose|bount",
        SEED,
    ),
    "bounties_july4_2020": (
        WEEKS[2],
        r"bount|Bount|Russia|Putin|Rushmore|Maxwell|Epstein|statue|monument",
        4,
        r"bount|Bount|Russia|Putin|Rushmore|Maxwell|Epstein|statue|monument",
        SEED,
    ),
}
DISTRACTORS = 10


# Draw three spare distractors per window, then drop every article another set uses.
drawn, TEXTS, _, _ = select_events(EVENTS, DISTRACTORS + 3)
USED = used_elsewhere()
selected = {
    key: ([i for i in ids if i not in USED], [i for i in spare if i not in USED][:DISTRACTORS])
    for key, (ids, spare) in drawn.items()
}
event = [i for ids, _ in selected.values() for i in ids]
distractors = [i for _, ids in selected.values() for i in ids]
TEXTS = {i: TEXTS[i] for i in event + distractors}


# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Obama White House",
    "Obama-era",
    "Obamacare",
    "Bill Clinton",
    "President Clinton",
    "Trump administration",
    "Trump Administration",
    "Trump campaign",
    "Trump Tower",
    "Biden campaign",
    "Romney campaign",
    "Romney 2012 campaign",
    "Mitch Landrieu",
    "Tom Udall",
    "Time Warner",
    "Suhail Shaheen",
    "Colleen Corbett",
    "George Herbert Walker Bush",
    "Ron Paul",
    "Paul family",
    "Paul Begala",
    "Paul Cellucci",
    "Paul Davis",
    "Paul LePage",
    "Paul Ryan",
    "Jerry Brown",
    "Anthony Brown",
    "Lara Brown",
    "Peter A. Brown",
    "Gene Brown",
    "Frederick Brown",
    "Brown University",
    "Francis Scott Key",
    "Scott Olson",
    "J. Scott Applewhite",
    "M. Scott Mahaskey",
    "M.Scott Mahaskey",
    "Scott Horsley",
    "Scott Reed",
    "Scott H. Peters",
    "Fiona Scott Morton",
    "Blain Roberts",
    "Virginia Roberts",
    "Zerlina Maxwell",
    "Sheila Jackson Lee",
    "Jackson, Miss.",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle Obama")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Chelsea")
TRUMP_SKIP = having(r"Melania|Ivanka|Trump,? Jr|Don Jr|Eric Trump|Barron|Mary Trump")
SCOTT_SKIP = [i for i in having(r"Tim Scott|Timothy \(Tim\)") if i in having(r"Rick Scott")]
ROBERTS_SKIP = [i for i in having(r"John Roberts|Justice Roberts") if i in having(r"Pat Roberts")]
JACKSON_SKIP = having(r"Roger (?:J\. )?Stone")

PEOPLE = {
    # The 2014 midterm elections and the Republican Senate takeover, November 2014
    "Barack Obama": (["Barack Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Mitch McConnell": (
        ["Mitch McConnell", "Mitchell McConnell", "Addison (Mitch) Mitchell McConnell", "McConnell"],
        {},
    ),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Joe Biden": (["Joe Biden", "Joseph R. Biden Jr.", "Joseph R. Biden", "Biden"], {}),
    "Hillary Clinton": (["Hillary Clinton", "Hillary Rodham Clinton", "Clinton"], {"Clinton": CLINTON_SKIP}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "Joni Ernst": (["Joni Ernst", "Ernst"], {}),
    "Bill Cassidy": (["Bill Cassidy", "Cassidy"], {}),
    "Mary Landrieu": (["Mary Landrieu", "Landrieu"], {}),
    "Tom Cotton": (["Tom Cotton", "Cotton"], {}),
    "Thom Tillis": (["Thom Tillis", "Tillis"], {}),
    "Kay Hagan": (["Kay Hagan", "Kay R. Hagan", "Hagan"], {}),
    "Mark Udall": (["Mark Udall", "Udall"], {}),
    "Cory Gardner": (["Cory Gardner", "Gardner"], {}),
    "Jeanne Shaheen": (["Jeanne Shaheen", "Shaheen"], {}),
    "Scott Brown": (["Scott Brown", "Brown"], {}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "Mark Pryor": (["Mark Pryor", "Mark L. Pryor", "Pryor"], {}),
    "Greg Orman": (["Greg Orman", "Orman"], {}),
    "Pat Roberts": (["Pat Roberts", "Roberts"], {"Roberts": ROBERTS_SKIP}),
    "Ed Gillespie": (["Ed Gillespie", "Gillespie"], {}),
    "Mark Warner": (["Mark Warner", "Warner"], {}),
    "Alison Lundergan Grimes": (["Alison Lundergan Grimes", "Lundergan Grimes", "Grimes"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Josh Earnest": (["Josh Earnest", "Earnest"], {}),
    "Charlie Crist": (["Charlie Crist", "Crist"], {}),
    "Rick Scott": (["Rick Scott", "Scott"], {"Scott": SCOTT_SKIP}),
    "Tim Scott": (["Tim Scott", "Timothy (Tim) Eugene Scott", "Scott"], {"Scott": SCOTT_SKIP}),
    "Scott Walker": (["Scott Walker", "Walker"], {}),
    "Mitt Romney": (["Mitt Romney", "Romney"], {}),
    "Shelley Moore Capito": (["Shelley Moore Capito", "Shelly Moore Capito", "Capito"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Elise Stefanik": (["Elise Stefanik", "Stefanik"], {}),
    "Loretta Lynch": (["Loretta Lynch", "Lynch"], {}),
    "Ben Sasse": (["Ben Sasse", "Sasse"], {}),
    # Statues, the Senate police bill, Bolton's book, Bubba Wallace; then the Russian bounties and
    # July 4, June-July 2020
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "John Bolton": (["John Bolton", "Bolton"], {}),
    "Bubba Wallace": (["Bubba Wallace", "Wallace"], {}),
    "George Floyd": (["George Floyd", "Floyd"], {}),
    "William Barr": (["William Barr", "William P. Barr", "Bill Barr", "Barr"], {}),
    "Steve Phelps": (["Steve Phelps", "Phelps"], {}),
    "Andrew Jackson": (["Andrew Jackson", "Jackson"], {"Jackson": JACKSON_SKIP}),
    "Roger Stone": (["Roger Stone", "Roger J. Stone", "Stone"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin"], {}),
    "Ghislaine Maxwell": (["Ghislaine Maxwell", "Maxwell"], {}),
    "Jeffrey Epstein": (["Jeffrey Epstein", "Epstein"], {}),
    "John Roberts": (["John Roberts", "Roberts"], {"Roberts": ROBERTS_SKIP}),
    "Mike Pompeo": (["Mike Pompeo", "Pompeo"], {}),
    "Kayleigh McEnany": (["Kayleigh McEnany", "McEnany"], {}),
}
# These people's bare surname is also another person's name, a place, an outlet or a common word: an
# article counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Hillary Clinton": r"Hillary",
    "Mary Landrieu": r"Mary Landrieu",
    "Scott Brown": r"Scott Brown",
    "Rand Paul": r"Rand Paul",
    "Pat Roberts": r"Pat Roberts",
    "John Roberts": r"John Roberts|Chief Justice Roberts",
    "Rick Scott": r"Rick Scott",
    "Tim Scott": r"Tim Scott|Timothy \(Tim\)",
    "Mark Warner": r"Mark Warner",
    "Scott Walker": r"Scott Walker",
    "Jeanne Shaheen": r"Jeanne Shaheen",
    "Roger Stone": r"Roger (?:J\. )?Stone",
    "Ghislaine Maxwell": r"Ghislaine",
    "Andrew Jackson": r"Andrew Jackson|statue",
}

# Role check (issue 17 item 5), written by reading the titles, appositions and copular phrases each
# person has in these articles BEFORE any run (right when, after its last possessive, the role contains
# one of these phrases as whole words, case-insensitive).
ROLE_WORDS = {
    "Barack Obama": ["president", "commander in chief", "democrat"],
    "Mitch McConnell": ["leader", "minority leader", "majority leader", "senator", "sen.", "republican"],
    "Harry Reid": ["leader", "majority leader", "senator", "sen.", "democrat"],
    "John Boehner": ["speaker", "republican", "leader"],
    "Joe Biden": ["vice president", "democrat", "candidate", "nominee", "president"],
    "Hillary Clinton": [
        "secretary of state",
        "secretary",
        "candidate",
        "democrat",
        "nominee",
        "front-runner",
    ],
    "Ted Cruz": ["senator", "sen.", "republican"],
    "Joni Ernst": ["senator", "sen.", "republican", "state senator", "candidate", "sen.-elect", "nominee"],
    "Bill Cassidy": ["rep.", "representative", "congressman", "republican", "challenger", "candidate"],
    "Mary Landrieu": ["senator", "sen.", "democrat", "incumbent"],
    "Tom Cotton": ["rep.", "representative", "congressman", "republican", "sen.-elect", "challenger"],
    "Thom Tillis": ["speaker", "republican", "challenger", "house speaker", "candidate"],
    "Kay Hagan": ["senator", "sen.", "democrat", "incumbent"],
    "Mark Udall": ["senator", "sen.", "democrat", "incumbent"],
    "Cory Gardner": ["rep.", "representative", "congressman", "republican", "challenger", "sen.-elect"],
    "Jeanne Shaheen": ["senator", "sen.", "democrat", "incumbent"],
    "Scott Brown": ["senator", "sen.", "republican", "challenger", "candidate"],
    "Rand Paul": ["senator", "sen.", "republican", "contender", "candidate"],
    "Mark Pryor": ["senator", "sen.", "democrat", "incumbent"],
    "Greg Orman": ["independent", "candidate", "businessman", "challenger"],
    "Pat Roberts": ["senator", "sen.", "republican", "incumbent"],
    "Ed Gillespie": ["republican", "chairman", "candidate", "challenger", "strategist"],
    "Mark Warner": ["senator", "sen.", "democrat", "incumbent"],
    "Alison Lundergan Grimes": ["secretary of state", "secretary", "democrat", "challenger", "candidate"],
    "Reince Priebus": ["chairman", "chair", "rnc chairman"],
    "Josh Earnest": ["press secretary", "spokesman", "secretary"],
    "Charlie Crist": ["governor", "gov.", "democrat", "candidate", "challenger"],
    "Rick Scott": ["governor", "gov.", "republican"],
    "Tim Scott": ["senator", "sen.", "republican", "rep.", "sponsor"],
    "Scott Walker": ["governor", "gov.", "republican"],
    "Mitt Romney": ["governor", "gov.", "nominee", "candidate", "republican"],
    "Shelley Moore Capito": ["rep.", "representative", "republican", "sen.-elect", "congresswoman"],
    "Nancy Pelosi": ["leader", "minority leader", "speaker", "democrat"],
    "Elise Stefanik": ["republican", "candidate", "congresswoman", "member", "rep.-elect"],
    "Loretta Lynch": ["attorney", "u.s. attorney", "attorney general", "nominee", "prosecutor"],
    "Ben Sasse": ["senator", "sen.", "republican", "sen.-elect", "president", "university president"],
    "Donald Trump": ["president", "commander in chief", "republican", "candidate"],
    "John Bolton": ["national security adviser", "national security advisor", "adviser", "advisor", "author"],
    "Bubba Wallace": ["driver", "racer", "nascar driver"],
    "George Floyd": ["man", "black man"],
    "William Barr": ["attorney general", "ag"],
    "Steve Phelps": ["president", "nascar president"],
    "Andrew Jackson": ["president", "general"],
    "Roger Stone": ["adviser", "advisor", "confidant", "ally", "associate", "friend", "operative"],
    "Vladimir Putin": ["president", "leader"],
    "Ghislaine Maxwell": ["socialite", "associate", "confidant", "girlfriend", "companion"],
    "Jeffrey Epstein": ["financier", "offender", "sex offender", "billionaire"],
    "John Roberts": ["chief justice", "justice"],
    "Mike Pompeo": ["secretary of state", "secretary"],
    "Kayleigh McEnany": ["press secretary", "secretary", "spokeswoman"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen22", "Twenty-third unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
