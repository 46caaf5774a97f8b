"""Rebuilds unseen21.json from /work/shared/data/allsides/articles.jsonl.gz: week draw, selection and
mention counting.

A twenty-second people set, unseen, in the shape of issue 17's goal (three dense events plus
distractors). Unlike earlier sets the three weeks were drawn by seed: ``random.Random(2026124809)``
samples three of the Monday-Sunday weeks holding at least 100 AllSides articles that overlap no
window of an earlier people set and no dated analyst read (``READ_WINDOWS``). The draw gave
2013-04-29 (the Senate gun vote's aftermath: Kelly Ayotte's town halls, the NRA convention), 2019-09-09
(the third Democratic debate, John Bolton's firing) and 2019-12-09 (the Justice Department inspector
general's report on the Russia probe and the articles of impeachment); each week's dense event and its
query were then chosen by reading the week's titles. 10 distractors per week (seeded shuffles, the
same seed), and every article any set under eval/ already uses is left out. The people, their forms,
the masks and the per-article decisions below were written by reading
the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen21.py (writes unseen21.json next to it).
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

SEED = 2026124809
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


def earlier_windows() -> list[tuple[str, str]]:
    """Every event window of the other people sets, plus the dated reads."""
    windows = list(READ_WINDOWS)
    for path in sorted(HERE.glob("*.json")):
        if path.name == "unseen21.json":
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
DRAWN = [("2013-04-29", "2013-05-05"), ("2019-09-09", "2019-09-15"), ("2019-12-09", "2019-12-15")]
assert WEEKS == DRAWN, WEEKS

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "guns_nra_2013": (
        WEEKS[0],
        r"NRA|background check|gun|Gun|Ayotte|Manchin|LaPierre|Toomey",
        4,
        r"NRA|background check|gun|Gun|Ayotte|Manchin|LaPierre|Toomey|firearm|shooting",
        SEED,
    ),
    "dem_debate_2019": (
        WEEKS[1],
        r"debate|Biden|Warren|Sanders|Harris|O'Rourke|Buttigieg|Democratic primary",
        4,
        r"debate|Biden|Warren|Sanders|Harris|O'Rourke|Buttigieg|Democratic primary",
        SEED,
    ),
    "ig_impeachment_2019": (
        WEEKS[2],
        r"Horowitz|impeach|Impeach|FISA|Nadler|Judiciary Committee",
        4,
        r"Horowitz|impeach|Impeach|FISA|Nadler|Judiciary Committee",
        SEED,
    ),
}
DISTRACTORS = 10


def used_elsewhere() -> set[str]:
    """Every 16-character article id any other set under eval/ names."""
    used: set[str] = set()
    for path in sorted(HERE.parent.rglob("*.json*")):
        if path.name != "unseen21.json":
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
    "Trump campaign",
    "Trump family",
    "Trump Organization",
    "Trump Tower",
    "Kenneth Trump",
    "Bill Clinton",
    "President Clinton",
    "Hunter Biden",
    "Biden campaign",
    "Lisa Page",
    "Clarence Page",
    "Steele dossier",
    "Steele Dossier",
    "Susan Collins",
    "Sean Collins",
    "Fort Collins",
    "Francine Graham",
    "Mark Harris",
    "Joaquin Castro",
    "Katie Porter",
    "Adam Bennett",
    "Bloomberg Businessweek",
    "Bloomberg News",
    "Mark Kelly",
    "Warren, N.H.",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
TRUMP_SKIP = having(r"Melania|Ivanka|Trump,? Jr|Don Jr|Eric Trump|Barron|Kenneth Trump")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Chelsea")
OBAMA_SKIP = having(r"Michelle Obama")
BIDEN_SKIP = having(r"Hunter Biden|Jill Biden|Beau Biden")
PAGE_SKIP = having(r"Lisa Page|Clarence Page")
HARRIS_SKIP = having(r"Mark Harris")
CASTRO_SKIP = having(r"Joaquin Castro")
COLLINS_SKIP = having(r"Susan Collins|Sean Collins")
PORTER_SKIP = having(r"Katie Porter")

PEOPLE = {
    # The Senate gun vote, the NRA convention and Kelly Ayotte's town halls, April-May 2013
    "Barack Obama": (["Barack Obama", "Barack H. Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Kelly Ayotte": (["Kelly Ayotte", "Ayotte"], {}),
    "Wayne LaPierre": (["Wayne LaPierre", "LaPierre"], {}),
    "Joe Manchin": (["Joe Manchin", "Joseph Manchin", "Manchin"], {}),
    "Pat Toomey": (["Pat Toomey", "Patrick Toomey", "Toomey"], {}),
    "Erica Lafferty": (["Erica Lafferty", "Lafferty"], {}),
    "Dawn Hochsprung": (["Dawn Hochsprung", "Hochsprung"], {}),
    "Rick Perry": (["Rick Perry", "Perry"], {}),
    "Sarah Palin": (["Sarah Palin", "Palin"], {}),
    "Gabrielle Giffords": (["Gabrielle Giffords", "Gabby Giffords", "Giffords"], {}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "Bobby Jindal": (["Bobby Jindal", "Jindal"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "Michael Bloomberg": (["Michael Bloomberg", "Michael Rubens Bloomberg", "Bloomberg"], {}),
    "Jim Porter": (["Jim Porter", "James Porter", "Porter"], {"Porter": PORTER_SKIP}),
    # The third Democratic debate and the campaign around it, September 2019
    "Joe Biden": (["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Biden"], {"Biden": BIDEN_SKIP}),
    "Bernie Sanders": (["Bernie Sanders", "Sanders"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Liz Warren", "Warren"], {}),
    "Kamala Harris": (["Kamala Harris", "Kamala Devi Harris", "Harris"], {"Harris": HARRIS_SKIP}),
    "Pete Buttigieg": (["Pete Buttigieg", "Buttigieg"], {}),
    "Cory Booker": (["Cory Booker", "Booker"], {}),
    "Beto O'Rourke": (["Beto O’Rourke", "Beto O'Rourke", "O’Rourke", "O'Rourke"], {}),
    "Julián Castro": (["Julián Castro", "Julian Castro", "Castro"], {"Castro": CASTRO_SKIP}),
    "Amy Klobuchar": (["Amy Klobuchar", "Klobuchar"], {}),
    "Andrew Yang": (["Andrew Yang", "Yang"], {}),
    "Tom Steyer": (["Tom Steyer", "Steyer"], {}),
    "Steve Bullock": (["Steve Bullock", "Bullock"], {}),
    "Michael Bennet": (["Michael Bennet", "Bennet"], {}),
    "John Bolton": (["John Bolton", "Bolton"], {}),
    "Hillary Clinton": (["Hillary Clinton", "Hillary Rodham Clinton", "Clinton"], {"Clinton": CLINTON_SKIP}),
    # The Justice Department inspector general's report and the articles of impeachment, December 2019
    "Donald Trump": (["Donald Trump", "Donald J. Trump", "Trump"], {"Trump": TRUMP_SKIP}),
    "Michael Horowitz": (["Michael Horowitz", "Michael E. Horowitz", "Horowitz"], {}),
    "Carter Page": (["Carter Page", "Page"], {"Page": PAGE_SKIP}),
    "Jeff Van Drew": (["Jeff Van Drew", "Jefferson Van Drew", "Van Drew"], {}),
    "Christopher Steele": (["Christopher Steele", "Steele"], {}),
    "William Barr": (["William Barr", "Bill Barr", "William P. Barr", "Barr"], {}),
    "Jerry Nadler": (["Jerry Nadler", "Jerrold Nadler", "Nadler"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "James Comey": (["James Comey", "Jim Comey", "Comey"], {}),
    "Doug Collins": (["Doug Collins", "Collins"], {"Collins": COLLINS_SKIP}),
    "John Durham": (["John Durham", "Durham"], {}),
    "Adam Schiff": (["Adam Schiff", "Schiff"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Graham"], {}),
    "Volodymyr Zelensky": (
        ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymy Zelensky", "Zelensky", "Zelenskiy"],
        {},
    ),
    "Robert Mueller": (["Robert Mueller", "Robert S. Mueller", "Mueller"], {}),
    "Matt Gaetz": (["Matt Gaetz", "Gaetz"], {}),
    "Christopher Wray": (["Christopher Wray", "Wray"], {}),
    "Jim Jordan": (["Jim Jordan", "Jordan"], {}),
    "Daniel Goldman": (["Daniel Goldman", "Goldman"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph Giuliani", "Giuliani"], {}),
}
# These people's bare surname is also another person's name, a place, an outlet or a common word: an
# article counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Michael Bloomberg": r"Michael (?:Rubens )?Bloomberg",
    "Jim Porter": r"(?:Jim|James) Porter",
    "Carter Page": r"Carter Page",
    "Doug Collins": r"Doug Collins",
    "Lindsey Graham": r"Lindsey Graham",
    "Jim Jordan": r"Jim Jordan",
    "Daniel Goldman": r"Daniel Goldman",
    "John Durham": r"John Durham",
    "Harry Reid": r"Harry Reid",
    "Rick Perry": r"Rick Perry",
    "Kamala Harris": r"Kamala",
    "Julián Castro": r"Juli[áa]n Castro",
    "Hillary Clinton": r"Hillary",
    "Ted Cruz": r"Ted Cruz",
    "Andrew Yang": r"Andrew Yang",
    "Christopher Steele": r"Christopher Steele|Steele dossier",
}

# Role check (issue 17 item 5), written by reading the titles, appositions and copular phrases each
# person has in these articles BEFORE any run (same rule as unseen20: right when, after its last
# possessive, the role contains one of these phrases as whole words, case-insensitive).
ROLE_WORDS = {
    "Barack Obama": ["president", "commander in chief", "democrat"],
    "Kelly Ayotte": ["senator", "sen.", "republican", "lawmaker"],
    "Wayne LaPierre": ["executive vice president", "vice president", "ceo", "chief", "leader", "head"],
    "Joe Manchin": ["senator", "sen.", "democrat"],
    "Pat Toomey": ["senator", "sen.", "republican"],
    "Erica Lafferty": ["daughter"],
    "Dawn Hochsprung": ["principal", "mother"],
    "Rick Perry": ["governor", "gov.", "republican"],
    "Sarah Palin": ["governor", "gov.", "candidate", "nominee", "republican"],
    "Gabrielle Giffords": ["rep.", "representative", "congresswoman", "wife"],
    "Ted Cruz": ["senator", "sen.", "republican"],
    "Bobby Jindal": ["governor", "gov.", "republican"],
    "Jay Carney": ["press secretary", "spokesman", "secretary"],
    "Harry Reid": ["leader", "majority leader", "senator", "sen.", "democrat"],
    "Michael Bloomberg": ["mayor", "billionaire", "businessman", "cofounder", "co-founder", "candidate"],
    "Jim Porter": ["president", "first vice president", "vice president"],
    "Joe Biden": ["vice president", "candidate", "front-runner", "frontrunner", "democrat", "rival"],
    "Bernie Sanders": ["senator", "sen.", "candidate", "independent", "democrat", "rival"],
    "Elizabeth Warren": ["senator", "sen.", "candidate", "democrat", "rival"],
    "Kamala Harris": ["senator", "sen.", "candidate", "democrat", "rival"],
    "Pete Buttigieg": ["mayor", "candidate", "democrat", "rival"],
    "Cory Booker": ["senator", "sen.", "candidate", "democrat", "rival"],
    "Beto O'Rourke": ["rep.", "representative", "congressman", "candidate", "democrat", "rival"],
    "Julián Castro": ["secretary", "hud secretary", "candidate", "democrat", "mayor", "rival"],
    "Amy Klobuchar": ["senator", "sen.", "candidate", "democrat", "rival"],
    "Andrew Yang": ["entrepreneur", "businessman", "candidate", "democrat", "rival"],
    "Tom Steyer": ["billionaire", "activist", "candidate", "democrat", "businessman"],
    "Steve Bullock": ["governor", "gov.", "candidate", "democrat"],
    "Michael Bennet": ["senator", "sen.", "candidate", "democrat"],
    "John Bolton": ["national security adviser", "national security advisor", "adviser", "advisor", "hawk"],
    "Hillary Clinton": ["secretary of state", "secretary", "candidate", "democrat", "nominee"],
    "Donald Trump": ["president", "commander in chief", "republican", "candidate"],
    "Michael Horowitz": ["inspector general", "inspector-general", "inspector", "watchdog", "ig"],
    "Carter Page": ["adviser", "advisor", "aide", "official", "associate", "target"],
    "Jeff Van Drew": ["rep.", "representative", "congressman", "democrat", "lawmaker", "freshman"],
    "Christopher Steele": [
        "spy",
        "agent",
        "officer",
        "intelligence officer",
        "author",
        "source",
        "operative",
    ],
    "William Barr": ["attorney general", "ag"],
    "Jerry Nadler": ["chairman", "chair", "rep.", "representative", "democrat"],
    "Nancy Pelosi": ["speaker", "democrat", "leader"],
    "James Comey": ["director", "fbi director"],
    "Doug Collins": ["rep.", "representative", "ranking member", "ranking", "republican"],
    "John Durham": ["attorney", "u.s. attorney", "prosecutor"],
    "Adam Schiff": ["chairman", "chair", "rep.", "representative", "democrat"],
    "Mitch McConnell": ["leader", "majority leader", "senator", "sen.", "republican"],
    "Lindsey Graham": ["chairman", "chair", "senator", "sen.", "republican", "ally"],
    "Volodymyr Zelensky": ["president", "leader", "counterpart"],
    "Robert Mueller": ["special counsel", "counsel", "director"],
    "Matt Gaetz": ["rep.", "representative", "republican", "congressman", "ally"],
    "Christopher Wray": ["director", "fbi director"],
    "Jim Jordan": ["rep.", "representative", "republican", "ranking member"],
    "Daniel Goldman": ["counsel", "lawyer", "attorney", "prosecutor"],
    "Rudy Giuliani": ["lawyer", "attorney", "personal lawyer", "mayor"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen21", "Twenty-second unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
