"""Rebuilds unseen20.json from /work/shared/data/allsides/articles.jsonl.gz: week draw, selection and
mention counting.

A twenty-first people set, unseen, in the shape of issue 17's goal (three dense events plus
distractors). Unlike earlier sets the three weeks were drawn by seed: ``random.Random(2026124702)``
samples three of the Monday-Sunday weeks holding at least 100 AllSides articles that overlap no
window of an earlier people set and no dated analyst read (``READ_WINDOWS``). The draw gave
2013-05-13 (the IRS, Benghazi and AP phone-records scandals), 2020-03-23 (the $2 trillion coronavirus
relief bill) and 2020-03-30 (the White House coronavirus task force, its projections and briefings);
each week's dense event and its query were then chosen by reading the week's titles. 10 distractors
per week (seeded shuffles, the same seed), and every article any set under eval/ already uses is left
out. The people, their forms, the masks and the per-article decisions below were written by reading
the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen20.py (writes unseen20.json next to it).
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

SEED = 2026124702
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
]


def earlier_windows() -> list[tuple[str, str]]:
    """Every event window of the other people sets, plus the dated reads."""
    windows = list(READ_WINDOWS)
    for path in sorted(HERE.glob("*.json")):
        if path.name == "unseen20.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            windows += [tuple(e["window"]) for e in data.get("events", [])]
            if "window" in data:
                windows.append(tuple(data["window"]))
    return windows


def drawn_weeks() -> list[tuple[str, str]]:
    """Three weeks of >= 100 articles, none overlapping an earlier window, drawn with SEED."""
    weeks: Counter = Counter()
    for line in gzip.open(CORPUS, "rt", encoding="utf-8"):
        published = (json.loads(line).get("published") or "")[:10]
        if len(published) == 10:
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
DRAWN = [("2013-05-13", "2013-05-19"), ("2020-03-23", "2020-03-29"), ("2020-03-30", "2020-04-05")]
assert WEEKS == DRAWN, WEEKS

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "irs_benghazi_ap_2013": (
        WEEKS[0],
        r"Benghazi|IRS|Holder|phone records",
        10,
        r"Benghazi|IRS|Holder|phone records|Associated Press|Internal Revenue",
        SEED,
    ),
    "relief_bill_2020": (
        WEEKS[1],
        r"stimulus|relief|CARES|Mnuchin|trillion|McConnell|Pelosi|Schumer",
        4,
        r"stimulus|relief|CARES|Mnuchin|trillion|McConnell|Pelosi|Schumer",
        SEED,
    ),
    "task_force_2020": (
        WEEKS[2],
        r"Fauci|Birx|task force|briefing|Pence|projection|ventilator|Cuomo",
        3,
        r"Fauci|Birx|task force|briefing|Pence|projection|ventilator|Cuomo",
        SEED,
    ),
}
DISTRACTORS = 10


def used_elsewhere() -> set[str]:
    """Every 16-character article id any other set under eval/ names."""
    used: set[str] = set()
    for path in sorted(HERE.parent.rglob("*.json*")):
        if path.name != "unseen20.json":
            used |= set(re.findall(r'"([A-Za-z0-9]{16})"', path.read_text(encoding="utf-8", errors="ignore")))
    return used


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
    "Obama administration",
    "Obama Administration",
    "Obama White House",
    "Obama-era",
    "Michelle Obama",
    "Trump administration",
    "Trump Administration",
    "Trump family",
    "Trump campaign",
    "Melania Trump",
    "Bill Clinton",
    "Chris Cuomo",
    "Joshua Kushner",
    "Harry Powell",
    "Tom Cole",
    "George H.W. Bush",
    "Bush administration",
    "George McGovern",
    "George Washington",
    "George Mason",
    "George Stephanopoulos",
    "Zeke Miller",
    "Michael Miller",
    "Joe Miller",
    "Matt Miller",
    "William Miller",
    "St. Paul",
    "Paul Ryan",
    "Scott Paul",
    "Paul Krugman",
    "Paul Joseph Watson",
    "Paul Steinhauser",
    "Paul Winfree",
    "Paul Demko",
    "Dan Levin",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
TRUMP_SKIP = having(r"Melania|Ivanka|Trump,? Jr|Don Jr|Eric Trump|Barron")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Chelsea")
OBAMA_SKIP = having(r"Michelle Obama")
CUOMO_SKIP = having(r"Chris Cuomo")
KUSHNER_SKIP = having(r"Joshua Kushner")
SANDER_LEVIN_SKIP = having(r"Carl Levin")
CARL_LEVIN_SKIP = having(r"Sander (?:M\. )?Levin|Sandy Levin")
MILLER_SKIP = having(r"(?:Matt|William|Joe|Zeke|Michael) Miller")
COLE_SKIP = having(r"Tom Cole")

PEOPLE = {
    # The IRS, Benghazi and AP phone-records scandals, May 2013
    "Barack Obama": (["Barack Obama", "Barack H. Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Eric Holder": (["Eric Holder", "Eric H. Holder", "Eric H. Holder Jr", "Holder"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "Lois Lerner": (["Lois Lerner", "Lois G. Lerner", "Lerner"], {}),
    "Steven Miller": (["Steven Miller", "Steve Miller", "Miller"], {"Miller": MILLER_SKIP}),
    "Douglas Shulman": (["Douglas Shulman", "Doug Shulman", "Shulman"], {}),
    "Dave Camp": (["Dave Camp", "Camp"], {}),
    "Darrell Issa": (["Darrell Issa", "Darrell E. Issa", "Issa"], {}),
    "John Boehner": (["John Boehner", "Boehner"], {}),
    "Russell George": (["J. Russell George", "Russell George", "George"], {}),
    "Max Baucus": (["Max Baucus", "Baucus"], {}),
    "Michele Bachmann": (["Michele Bachmann", "Bachmann"], {}),
    "Patrick Leahy": (["Patrick Leahy", "Leahy"], {}),
    "Susan Rice": (["Susan Rice", "Susan E. Rice", "Rice"], {}),
    "Jack Lew": (["Jack Lew", "Jacob Lew", "Lew"], {}),
    "Hillary Clinton": (["Hillary Clinton", "Hillary Rodham Clinton", "Clinton"], {"Clinton": CLINTON_SKIP}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "James Cole": (["James Cole", "James M. Cole", "Jim Cole", "Cole"], {"Cole": COLE_SKIP}),
    "Gary Pruitt": (["Gary Pruitt", "Pruitt"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Sander Levin": (
        ["Sander Levin", "Sander M. Levin", "Sandy Levin", "Levin"],
        {"Levin": SANDER_LEVIN_SKIP},
    ),
    "Carl Levin": (["Carl Levin", "Levin"], {"Levin": CARL_LEVIN_SKIP}),
    "Orrin Hatch": (["Orrin Hatch", "Orrin G. Hatch", "Hatch"], {}),
    "Kathleen Sebelius": (["Kathleen Sebelius", "Sebelius"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "Dan Pfeiffer": (["Dan Pfeiffer", "Pfeiffer"], {}),
    "George W. Bush": (["George W. Bush", "Bush"], {}),
    # The coronavirus relief bill, March 2020
    "Mitch McConnell": (["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "McConnell"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Chuck Schumer": (
        [
            "Chuck Schumer",
            "Charles Schumer",
            "Charles E. Schumer",
            "Charles (Chuck) Ellis Schumer",
            "Schumer",
        ],
        {},
    ),
    "Steven Mnuchin": (["Steven Mnuchin", "Steve Mnuchin", "Mnuchin"], {}),
    "Kevin McCarthy": (["Kevin McCarthy", "McCarthy"], {}),
    "Steny Hoyer": (["Steny Hoyer", "Hoyer"], {}),
    "Thomas Massie": (["Thomas Massie", "Massie"], {}),
    "Jerome Powell": (["Jerome Powell", "Powell"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Sanders"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Graham"], {}),
    "Joe Biden": (["Joe Biden", "Biden"], {}),
    "Andrew Cuomo": (["Andrew Cuomo", "Andrew M. Cuomo", "Cuomo"], {"Cuomo": CUOMO_SKIP}),
    # The White House coronavirus task force, March-April 2020
    "Donald Trump": (["Donald Trump", "Donald J. Trump", "Trump"], {"Trump": TRUMP_SKIP}),
    "Anthony Fauci": (["Anthony Fauci", "Anthony S. Fauci", "Fauci"], {}),
    "Deborah Birx": (["Deborah Birx", "Deborah L. Birx", "Birx"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
    "Larry Hogan": (["Larry Hogan", "Hogan"], {}),
    "Jared Kushner": (["Jared Kushner", "Kushner"], {"Kushner": KUSHNER_SKIP}),
    "Michael Atkinson": (["Michael Atkinson", "Atkinson"], {}),
    "Andy Beshear": (["Andy Beshear", "Beshear"], {}),
    "Ron DeSantis": (["Ron DeSantis", "DeSantis"], {}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Steven Miller": r"Stev(?:e|en) Miller",
    "Russell George": r"Russell George",
    "Susan Rice": r"Susan (?:E\. )?Rice",
    "Hillary Clinton": r"Hillary",
    "Rand Paul": r"Rand Paul",
    "James Cole": r"James (?:M\. )?Cole|Jim Cole",
    "Sander Levin": r"Sander (?:M\. )?Levin|Sandy Levin",
    "Carl Levin": r"Carl Levin",
    "Orrin Hatch": r"Orrin",
    "Harry Reid": r"Harry Reid",
    "George W. Bush": r"George W\. Bush",
    "Jerome Powell": r"Jerome Powell",
    "Lindsey Graham": r"Lindsey Graham",
    "Michael Atkinson": r"Michael Atkinson",
    "Larry Hogan": r"Larry Hogan",
    "Dave Camp": r"Dave Camp",
}

# Role check (issue 17 item 5), written by reading the titles, appositions and copular phrases each
# person has in these articles BEFORE any run: a role the system gives the person's main entity is
# right when, after its last possessive, it contains one of these phrases as whole words
# (case-insensitive). An honorific ("Mr."), a fragment, another person's title, a place or a whole
# appositive clause with a place in it is wrong only when it contains none of them.
ROLE_WORDS = {
    "Barack Obama": ["president", "commander in chief", "democrat"],
    "Eric Holder": ["attorney general", "ag"],
    "Jay Carney": ["press secretary", "spokesman", "secretary"],
    "Lois Lerner": ["director", "official", "head", "heads"],
    "Steven Miller": ["commissioner", "acting commissioner", "official", "witness"],
    "Douglas Shulman": ["commissioner", "appointee"],
    "Dave Camp": ["chairman", "chair", "rep.", "representative", "republican"],
    "Darrell Issa": ["chairman", "rep.", "representative", "republican"],
    "John Boehner": ["speaker", "rep.", "republican"],
    "Russell George": ["inspector general", "inspector-general", "inspector", "watchdog"],
    "Max Baucus": ["chairman", "senator", "sen.", "democrat"],
    "Michele Bachmann": ["rep.", "representative", "congresswoman", "republican"],
    "Patrick Leahy": ["chairman", "senator", "sen.", "democrat"],
    "Susan Rice": ["ambassador", "envoy", "adviser"],
    "Jack Lew": ["treasury secretary", "secretary", "chief of staff"],
    "Hillary Clinton": ["secretary of state", "secretary", "candidate", "democrat", "nominee"],
    "Rand Paul": ["senator", "sen.", "republican", "lawmaker"],
    "James Cole": ["deputy attorney general", "attorney general", "deputy"],
    "Gary Pruitt": ["president", "chief executive", "ceo", "executive", "head"],
    "Marco Rubio": ["senator", "sen.", "republican"],
    "Sander Levin": ["rep.", "representative", "democrat", "ranking"],
    "Carl Levin": ["senator", "sen.", "chair", "chairman", "democrat"],
    "Orrin Hatch": ["senator", "sen.", "ranking", "republican"],
    "Kathleen Sebelius": ["secretary", "health secretary", "hhs secretary"],
    "Reince Priebus": ["chairman", "chair", "rnc"],
    "Harry Reid": ["leader", "senator", "sen.", "democrat"],
    "Dan Pfeiffer": ["adviser", "advisor", "senior adviser", "aide"],
    "George W. Bush": ["president"],
    "Mitch McConnell": ["leader", "majority leader", "senator", "sen.", "republican"],
    "Nancy Pelosi": ["speaker", "democrat", "leader"],
    "Chuck Schumer": ["leader", "minority leader", "senator", "sen.", "democrat"],
    "Steven Mnuchin": ["treasury secretary", "secretary", "negotiator"],
    "Kevin McCarthy": ["leader", "minority leader", "republican", "rep."],
    "Steny Hoyer": ["leader", "majority leader", "democrat", "rep."],
    "Thomas Massie": ["rep.", "representative", "congressman", "republican", "lawmaker"],
    "Jerome Powell": ["chair", "chairman", "fed chair"],
    "Bernie Sanders": ["senator", "sen.", "candidate", "independent", "democrat"],
    "Lindsey Graham": ["senator", "sen.", "republican", "ally"],
    "Joe Biden": ["vice president", "candidate", "front-runner", "frontrunner", "nominee", "democrat"],
    "Andrew Cuomo": ["governor", "gov.", "democrat"],
    "Donald Trump": ["president", "commander in chief", "republican"],
    "Anthony Fauci": ["director", "dr.", "doctor", "expert", "member", "immunologist", "scientist"],
    "Deborah Birx": ["coordinator", "dr.", "doctor", "response coordinator", "member", "expert"],
    "Mike Pence": ["vice president", "head", "chair", "leader"],
    "Larry Hogan": ["governor", "gov.", "republican", "chairman"],
    "Jared Kushner": ["adviser", "advisor", "senior adviser", "son-in-law"],
    "Michael Atkinson": ["inspector general", "watchdog", "inspector"],
    "Andy Beshear": ["governor", "gov.", "democrat"],
    "Ron DeSantis": ["governor", "gov.", "republican"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen20", "Twenty-first unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
