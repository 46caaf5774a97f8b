"""Rebuilds unseen24.json from /work/shared/data/allsides/articles.jsonl.gz: week draw, selection and
mention counting.

A twenty-fifth people set, unseen, in the shape of issue 17's goal (three dense events plus
distractors), built by unseen23's procedure with ``random.Random(2026125102)``: three of the
Monday-Sunday weeks holding at least 100 AllSides articles that no other set under eval/ uses and that
overlap no window of an earlier people set and no dated analyst read (``READ_WINDOWS``). The draw gave
2012-06-11 (Obama's order deferring deportation of young immigrants; the House's contempt move against
Holder over Fast and Furious; the leak inquiries), 2012-10-22 (the third Obama-Romney debate, on foreign
policy; the Benghazi e-mails) and 2020-04-13 (Trump's claim of "total" authority to reopen the country,
the governors' pacts and reopening plans, "LIBERATE" and the WHO funding halt); each week's events and
query were chosen by reading the week's titles. 10 distractors per week (seeded shuffles, the same seed),
and every article any set under eval/ already uses is left out. The people, their forms, the masks and
the per-article decisions below were written by reading capitalised-name frequency lists and the
articles (every bare form of an ambiguous surname grepped in context) BEFORE newsprism was run on them.
Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen24.py (writes unseen24.json next to it).
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

SEED = 2026125102
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
        if path.name != "unseen24.json":
            used |= set(re.findall(r'"([A-Za-z0-9]{16})"', path.read_text(encoding="utf-8", errors="ignore")))
    return used


def earlier_windows() -> list[tuple[str, str]]:
    """Every event window of the other people sets, plus the dated reads."""
    windows = list(READ_WINDOWS)
    for path in sorted(HERE.glob("*.json")):
        if path.name == "unseen24.json":
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
DRAWN = [("2012-06-11", "2012-06-17"), ("2012-10-22", "2012-10-28"), ("2020-04-13", "2020-04-19")]
assert WEEKS == DRAWN, WEEKS

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "immigration_order_holder_contempt_2012": (
        WEEKS[0],
        r"immigra|Immigra|deport|Holder|contempt|leak|Fast and Furious|Issa",
        3,
        r"immigra|Immigra|deport|Holder|contempt|leak|Fast and Furious|Issa",
        SEED,
    ),
    "final_debate_benghazi_2012": (
        WEEKS[1],
        r"debate|Debate|Benghazi|Libya|foreign policy",
        3,
        r"debate|Debate|Benghazi|Libya|foreign policy",
        SEED,
    ),
    "reopening_authority_liberate_2020": (
        WEEKS[2],
        r"reopen|Reopen|governors|Governors|LIBERATE|liberate|authority|World Health|WHO\b|Fauci",
        3,
        r"reopen|Reopen|governors|Governors|LIBERATE|liberate|authority|World Health|WHO\b|Fauci",
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
    "Obama administration",
    "Obama Administration",
    "Obama White House",
    "Obama-era",
    "Obamacare",
    "ObamaCare",
    "Obama campaign",
    "Team Obama",
    "Romney campaign",
    "Romney family",
    "Team Romney",
    "Trump administration",
    "Trump Administration",
    "Trump campaign",
    "Trump-proof",
    "Clinton administration",
    "Clinton campaign",
    "Bill Clinton",
    "President Clinton",
    "Bush administration",
    "Bush family",
    "Bush tax cuts",
    "Bush v. Gore",
    "Bush White House",
    "Bush-era",
    "Bush-Cheney",
    "Laura Bush",
    "Jeb Bush",
    "Stuart Stevens",
    "John Bel Edwards",
    "Elizabeth Edwards",
    "John Carney",
    "Michael Ryan",
    "Ryan Lovelace",
    "Chris Cuomo",
    "Hogan Gidley",
    "Abbott Laboratories",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: in the Jeb Bush article "Mr. Bush" is now Jeb, now his brother, now their father: not scored.
BUSH_SKIP = having(r"Jeb Bush Questions")

PEOPLE = {
    # Obama's deferred-deportation order, Holder's contempt fight and the leak inquiries, June 2012
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {}),
    "Mitt Romney": (["Mitt Romney", "Willard Mitt Romney", "Romney"], {}),
    "Eric Holder": (["Eric Holder", "Eric H. Holder Jr.", "Eric H. Holder", "Holder"], {}),
    "Darrell Issa": (["Darrell Issa", "Darrell E. Issa", "Issa"], {}),
    "Janet Napolitano": (["Janet Napolitano", "Napolitano"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "David Plouffe": (["David Plouffe", "Plouffe"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "George W. Bush": (["George W. Bush", "Bush"], {"Bush": BUSH_SKIP}),
    "Alberto Gonzales": (["Alberto Gonzales", "Gonzales"], {}),
    "Chuck Grassley": (["Chuck Grassley", "Charles E. Grassley", "Charles Grassley", "Grassley"], {}),
    "Joe Lieberman": (["Joe Lieberman", "Joseph Lieberman", "Lieberman"], {}),
    "John Edwards": (["John Edwards", "Edwards"], {}),
    # The third presidential debate (foreign policy) and the Benghazi e-mails, October 2012
    "Bob Schieffer": (["Bob Schieffer", "Schieffer"], {}),
    "Christopher Stevens": (
        ["J. Christopher Stevens", "Christopher Stevens", "Chris Stevens", "Stevens"],
        {},
    ),
    "Hillary Clinton": (["Hillary Rodham Clinton", "Hillary Clinton", "Clinton"], {}),
    "Susan Rice": (["Susan Rice", "Rice"], {}),
    "Leon Panetta": (["Leon Panetta", "Panetta"], {}),
    "Joe Biden": (["Joe Biden", "Joseph R. Biden Jr.", "Joseph R. Biden", "Biden"], {}),
    "Paul Ryan": (["Paul Ryan", "Ryan"], {}),
    "David Axelrod": (["David Axelrod", "Axelrod"], {}),
    "Osama bin Laden": (
        ["Osama bin Laden", "Usama bin Laden", "Osama Bin Laden", "bin Laden", "Bin Laden"],
        {},
    ),
    "Muammar Qaddafi": (["Muammar Qaddafi", "Moammar Gadhafi", "Qaddafi", "Gadhafi"], {}),
    "David Gergen": (["David Gergen", "Gergen"], {}),
    "Ann Romney": (["Ann Romney"], {}),
    "Michelle Obama": (["Michelle Obama"], {}),
    "Jimmy Carter": (["Jimmy Carter", "Carter"], {}),
    # Trump's "total authority", the governors' reopening plans, "LIBERATE" and the WHO, April 2020
    "Donald Trump": (["Donald John Trump", "Donald J. Trump", "Donald Trump", "Trump"], {}),
    "Anthony Fauci": (["Anthony Fauci", "Fauci"], {}),
    "Andrew Cuomo": (["Andrew Cuomo", "Andrew M. Cuomo", "Cuomo"], {}),
    "Gretchen Whitmer": (["Gretchen Whitmer", "Whitmer"], {}),
    "Jay Inslee": (["Jay Inslee", "Inslee"], {}),
    "Gavin Newsom": (["Gavin Newsom", "Newsom"], {}),
    "Larry Hogan": (["Larry Hogan", "Hogan"], {}),
    "Greg Abbott": (["Greg Abbott", "Abbott"], {}),
    "Kate Brown": (["Kate Brown", "Brown"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
    "Mitch McConnell": (["Addison Mitchell McConnell", "Mitch McConnell", "McConnell"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Chuck Schumer": (["Chuck Schumer", "Charles E. Schumer", "Charles Schumer", "Schumer"], {}),
    "Deborah Birx": (["Deborah Birx", "Birx"], {}),
    "Stephen Moore": (["Stephen Moore", "Moore"], {}),
    "Tedros Adhanom Ghebreyesus": (["Tedros Adhanom Ghebreyesus", "Tedros Adhanom", "Tedros"], {}),
    "Steven Mnuchin": (["Steven Terner Mnuchin", "Steven T. Mnuchin", "Steven Mnuchin", "Mnuchin"], {}),
    "Ralph Northam": (["Ralph Northam", "Northam"], {}),
    "Phil Murphy": (["Phil Murphy", "Murphy"], {}),
    "Ron DeSantis": (["Ron DeSantis", "DeSantis"], {}),
    "Mike DeWine": (["Mike DeWine", "DeWine"], {}),
    "Jared Polis": (["Jared Polis", "Polis"], {}),
    "Asa Hutchinson": (["Asa Hutchinson", "Hutchinson"], {}),
    "Kristi Noem": (["Kristi L. Noem", "Kristi Noem", "Noem"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Sanders"], {}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Jay Carney": r"Jay Carney",
    "John Edwards": r"John Edwards",
    "Christopher Stevens": r"Christopher Stevens|Chris Stevens|Ambassador Stevens",
    "Paul Ryan": r"Paul Ryan",
    "Kate Brown": r"Kate Brown",
    "Susan Rice": r"Susan Rice",
    "Stephen Moore": r"Stephen Moore",
    "Jimmy Carter": r"Jimmy Carter",
}

# Role check (issue 17 item 5), written from the titles and appositions these articles give each person
# (read in the name lists and contexts above) BEFORE any run.
ROLE_WORDS = {
    "Barack Obama": ["president", "commander in chief", "democrat", "candidate", "incumbent"],
    "Mitt Romney": ["governor", "gov.", "nominee", "candidate", "republican", "challenger"],
    "Eric Holder": ["attorney general", "general"],
    "Darrell Issa": ["chairman", "rep.", "representative", "republican"],
    "Janet Napolitano": ["secretary", "homeland security secretary"],
    "Jay Carney": ["press secretary", "spokesman", "secretary"],
    "David Plouffe": ["adviser", "senior adviser", "strategist"],
    "Marco Rubio": ["senator", "sen.", "republican"],
    "John McCain": ["senator", "sen.", "republican", "nominee"],
    "George W. Bush": ["president", "former president", "governor"],
    "Alberto Gonzales": ["attorney general", "general", "judge", "counsel"],
    "Chuck Grassley": ["senator", "sen.", "republican", "ranking member"],
    "Joe Lieberman": ["senator", "sen.", "independent", "chairman"],
    "John Edwards": ["senator", "former senator", "candidate", "nominee"],
    "Bob Schieffer": ["moderator", "correspondent", "host", "anchor"],
    "Christopher Stevens": ["ambassador"],
    "Hillary Clinton": ["secretary of state", "secretary"],
    "Susan Rice": ["ambassador", "u.n. ambassador"],
    "Leon Panetta": ["defense secretary", "secretary"],
    "Joe Biden": ["vice president", "president", "nominee", "candidate", "democrat"],
    "Paul Ryan": ["running mate", "rep.", "representative", "republican", "chairman", "nominee"],
    "David Axelrod": ["adviser", "strategist", "senior adviser"],
    "Osama bin Laden": ["leader", "founder"],
    "Muammar Qaddafi": ["dictator", "leader", "col.", "colonel"],
    "David Gergen": ["analyst", "adviser", "senior political analyst"],
    "Ann Romney": ["wife", "first lady"],
    "Michelle Obama": ["first lady", "wife"],
    "Jimmy Carter": ["president", "former president"],
    "Donald Trump": ["president", "republican", "candidate"],
    "Anthony Fauci": ["director", "expert", "dr.", "doctor", "immunologist"],
    "Andrew Cuomo": ["governor", "gov.", "democrat"],
    "Gretchen Whitmer": ["governor", "gov.", "democrat"],
    "Jay Inslee": ["governor", "gov.", "democrat"],
    "Gavin Newsom": ["governor", "gov.", "democrat"],
    "Larry Hogan": ["governor", "gov.", "republican", "chairman"],
    "Greg Abbott": ["governor", "gov.", "republican"],
    "Kate Brown": ["governor", "gov.", "democrat"],
    "Mike Pence": ["vice president", "president", "chair", "head"],
    "Mitch McConnell": ["majority leader", "leader", "senator", "sen.", "republican"],
    "Nancy Pelosi": ["speaker", "house speaker", "democrat"],
    "Chuck Schumer": ["minority leader", "leader", "senator", "sen.", "democrat"],
    "Deborah Birx": ["coordinator", "dr.", "doctor", "response coordinator"],
    "Stephen Moore": ["economist", "adviser", "fellow"],
    "Tedros Adhanom Ghebreyesus": ["director-general", "director general", "director", "chief", "head"],
    "Steven Mnuchin": ["treasury secretary", "secretary"],
    "Ralph Northam": ["governor", "gov.", "democrat"],
    "Phil Murphy": ["governor", "gov.", "democrat"],
    "Ron DeSantis": ["governor", "gov.", "republican"],
    "Mike DeWine": ["governor", "gov.", "republican"],
    "Jared Polis": ["governor", "gov.", "democrat"],
    "Asa Hutchinson": ["governor", "gov.", "republican"],
    "Kristi Noem": ["governor", "gov.", "republican"],
    "Bernie Sanders": ["senator", "sen.", "candidate", "independent"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen24", "Twenty-fifth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
