"""Rebuilds unseen23.json from /work/shared/data/allsides/articles.jsonl.gz: week draw, selection and
mention counting.

A twenty-fourth people set, unseen, in the shape of issue 17's goal (three dense events plus
distractors), built by unseen22's procedure with ``random.Random(2026125002)``: three of the
Monday-Sunday weeks holding at least 100 AllSides articles that no other set under eval/ uses and that
overlap no window of an earlier people set and no dated analyst read (``READ_WINDOWS``). The draw gave
2012-06-04 (Walker survives the Wisconsin recall; Holder's leak prosecutors), 2013-03-18 (Obama's trip
to Israel, the West Bank and Jordan; Syria; the RNC's "autopsy") and 2013-04-08 (the Senate gun bill
and the Manchin-Toomey background checks; North Korea's threats); each week's events and query were
chosen by reading the week's titles. 10 distractors per week (seeded shuffles, the same seed), and
every article any set under eval/ already uses is left out. The people, their forms, the masks and
the per-article decisions below were written by reading the capitalised-name frequency lists and the
articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen23.py (writes unseen23.json next to it).
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

SEED = 2026125002
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
        if path.name != "unseen23.json":
            used |= set(re.findall(r'"([A-Za-z0-9]{16})"', path.read_text(encoding="utf-8", errors="ignore")))
    return used


def earlier_windows() -> list[tuple[str, str]]:
    """Every event window of the other people sets, plus the dated reads."""
    windows = list(READ_WINDOWS)
    for path in sorted(HERE.glob("*.json")):
        if path.name == "unseen23.json":
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
DRAWN = [("2012-06-04", "2012-06-10"), ("2013-03-18", "2013-03-24"), ("2013-04-08", "2013-04-14")]
assert WEEKS == DRAWN, WEEKS

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "wisconsin_recall_leaks_2012": (
        WEEKS[0],
        r"Wisconsin|Walker|recall|Recall|Barrett|leak|Holder",
        4,
        r"Wisconsin|Walker|recall|Recall|Barrett|leak|Holder",
        SEED,
    ),
    "obama_israel_gop_autopsy_2013": (
        WEEKS[1],
        r"Israel|Netanyahu|Abbas|Palestinian|Jerusalem|Peres|Syria|autopsy|Priebus",
        4,
        r"Israel|Netanyahu|Abbas|Palestinian|Jerusalem|Peres|Syria|autopsy|Priebus",
        SEED,
    ),
    "gun_bill_north_korea_2013": (
        WEEKS[2],
        r"gun|Gun|background check|Manchin|Toomey|filibuster|North Korea|Kim Jong",
        4,
        r"gun|Gun|background check|Manchin|Toomey|filibuster|North Korea|Kim Jong",
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
    "ObamaCare",
    "Obama campaign",
    "Romney campaign",
    "Clinton administration",
    "Hillary Clinton",
    "Hillary Rodham Clinton",
    "Ted Barrett",
    "Jill Biden",
    "Wilson Cruz",
    "Erica Ryan",
    "Reid Hoffman",
    "Reid J. Epstein",
    "Ron Paul",
    "Paul Ryan",
    "Paul D. Ryan",
    "St. Paul",
    "John Paul",
    "Hyeonseo Lee",
    "Jared Lee Loughner",
    "Jean H. Lee",
    "Robert E. Lee",
    "Judith Miller",
    "Martin Luther King",
    "Loretta King",
    "John King",
    "King College",
    "King George",
    "Hussein bin Abdullah",
    "Kim Il Sung",
    "Kim Il-sung",
    "Kim Jong Il",
    "Kim Jong-il",
    "Kim regime",
    "Kim family",
    "Kim Kwang Chon",
    "Kim Sung-han",
    "Kim Yang Gon",
    "Assad regime",
    "Assad government",
    "Carol Thatcher",
    "Denis Thatcher",
    "Thatcher years",
    "Thatcher Foundation",
    "Thatcher period",
    "Mayors Against Illegal Guns",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle Obama")
CLINTON_SKIP = having(r"Hillary|Chelsea")
KIM_SKIP = having(r"Kim Sung-han|Kim Yang Gon")  # there a bare "Kim" is the analyst or the official

PEOPLE = {
    # The Wisconsin recall of Gov. Walker and the national-security leaks inquiry, June 2012
    "Scott Walker": (["Scott Walker", "Walker"], {}),
    "Tom Barrett": (["Tom Barrett", "Barrett"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Mitt Romney": (["Mitt Romney", "Willard Mitt Romney", "Romney"], {}),
    "Eric Holder": (["Eric Holder", "Eric H. Holder Jr.", "Eric H. Holder", "Holder"], {}),
    "Rebecca Kleefisch": (["Rebecca Kleefisch", "Kleefisch"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "Ronald Machen": (["Ronald Machen", "Ronald C. Machen Jr.", "Ronald C. Machen", "Machen"], {}),
    "Rod Rosenstein": (["Rod Rosenstein", "Rod J. Rosenstein", "Rosenstein"], {}),
    "Dianne Feinstein": (["Dianne Feinstein", "Feinstein"], {}),
    "Saxby Chambliss": (["Saxby Chambliss", "Chambliss"], {}),
    "Mike Rogers": (["Mike Rogers", "Rogers"], {}),
    "Jay Carney": (["Jay Carney", "Carney"], {}),
    "Chris Christie": (["Chris Christie", "Christie"], {}),
    "Bill Clinton": (["Bill Clinton", "William Jefferson Clinton", "Clinton"], {"Clinton": CLINTON_SKIP}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Darrell Issa": (["Darrell Issa", "Darrell E. Issa", "Issa"], {}),
    "Debbie Wasserman Schultz": (
        ["Debbie Wasserman Schultz", "Debbie Wasserman-Schultz", "Wasserman Schultz", "Schultz"],
        {},
    ),
    # Obama's trip to Israel, the West Bank and Jordan; Syria; the RNC's 'autopsy', March 2013
    "Benjamin Netanyahu": (["Benjamin Netanyahu", "Binyamin Netanyahu", "Netanyahu"], {}),
    "Shimon Peres": (["Shimon Peres", "Peres"], {}),
    "Mahmoud Abbas": (["Mahmoud Abbas", "Mahmud Abbas", "Abbas"], {}),
    "John Kerry": (["John Kerry", "John F. Kerry", "Kerry"], {}),
    "Bashar al-Assad": (["Bashar al-Assad", "Bashar Assad", "al-Assad", "Assad"], {}),
    "Recep Tayyip Erdogan": (["Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan"], {}),
    "Mike Huckabee": (["Mike Huckabee", "Huckabee"], {}),
    "Aaron David Miller": (["Aaron David Miller", "Miller"], {}),
    "Salam Fayyad": (["Salam Fayyad", "Fayyad"], {}),
    "King Abdullah": (["Abdullah II", "Abdullah"], {}),
    # The Senate gun bill (Manchin-Toomey background checks) and North Korea's threats, April 2013
    "Joe Manchin": (["Joe Manchin", "Joe Manchin III", "Joseph Manchin", "Manchin"], {}),
    "Pat Toomey": (["Pat Toomey", "Patrick J. Toomey", "Patrick Toomey", "Toomey"], {}),
    "Kim Jong Un": (["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim"], {"Kim": KIM_SKIP}),
    "Harry Reid": (["Harry Reid", "Reid"], {}),
    "Joe Biden": (["Joe Biden", "Joseph R. Biden Jr.", "Joseph R. Biden", "Joseph Biden", "Biden"], {}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {}),
    "Rand Paul": (["Rand Paul", "Paul"], {}),
    "Mike Lee": (["Mike Lee", "Lee"], {}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Chuck Schumer": (["Chuck Schumer", "Charles E. Schumer", "Charles Schumer", "Schumer"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Mark Begich": (["Mark Begich", "Begich"], {}),
    "Mark Pryor": (["Mark Pryor", "Mark L. Pryor", "Pryor"], {}),
    "Tom Coburn": (["Tom Coburn", "Coburn"], {}),
    "Gabrielle Giffords": (["Gabrielle Giffords", "Gabby Giffords", "Giffords"], {}),
    "Martin Dempsey": (["Martin Dempsey", "Martin E. Dempsey", "Dempsey"], {}),
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Ryan"], {}),
    "Peter King": (["Peter King", "King"], {}),
    "Michael Bloomberg": (["Michael Bloomberg", "Mike Bloomberg", "Bloomberg"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Graham"], {}),
    "Margaret Thatcher": (["Margaret Thatcher", "Thatcher"], {}),
    "Andrew Cuomo": (["Andrew Cuomo", "Andrew M. Cuomo", "Cuomo"], {}),
    "Chuck Hagel": (["Chuck Hagel", "Hagel"], {}),
    "Xi Jinping": (["Xi Jinping", "Xi"], {}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Bill Clinton": r"Bill Clinton|President Clinton",
    "Rand Paul": r"Rand Paul",
    "Mike Lee": r"Mike Lee",
    "Aaron David Miller": r"Aaron David Miller",
    "Peter King": r"Peter King|Rep\. King",
    "King Abdullah": r"King Abdullah",
    "Debbie Wasserman Schultz": r"Wasserman",
}

# Role check (issue 17 item 5), written from the titles and appositions these articles give each person
# (read in the name lists and contexts above) BEFORE any run.
ROLE_WORDS = {
    "Scott Walker": ["governor", "gov.", "republican"],
    "Tom Barrett": ["mayor", "democrat", "challenger", "candidate"],
    "Barack Obama": ["president", "commander in chief", "democrat", "candidate"],
    "Mitt Romney": ["governor", "gov.", "nominee", "candidate", "republican", "challenger"],
    "Eric Holder": ["attorney general", "general"],
    "Rebecca Kleefisch": ["lieutenant governor", "lt. gov.", "gov.", "republican"],
    "John McCain": ["senator", "sen.", "republican", "nominee"],
    "Ronald Machen": ["attorney", "u.s. attorney", "prosecutor"],
    "Rod Rosenstein": ["attorney", "u.s. attorney", "prosecutor"],
    "Dianne Feinstein": ["senator", "sen.", "chairman", "chairwoman", "democrat"],
    "Saxby Chambliss": ["senator", "sen.", "republican", "vice chairman", "member"],
    "Mike Rogers": ["chairman", "rep.", "representative", "republican"],
    "Jay Carney": ["press secretary", "spokesman", "secretary"],
    "Chris Christie": ["governor", "gov.", "republican"],
    "Bill Clinton": ["president", "former president", "surrogate", "democrat"],
    "Reince Priebus": ["chairman", "chair", "rnc chairman"],
    "Darrell Issa": ["chairman", "rep.", "representative", "republican"],
    "Debbie Wasserman Schultz": ["chairman", "chairwoman", "chair", "rep.", "congresswoman", "democrat"],
    "Benjamin Netanyahu": ["prime minister", "minister", "leader"],
    "Shimon Peres": ["president", "israeli president"],
    "Mahmoud Abbas": ["president", "leader"],
    "John Kerry": ["secretary of state", "secretary"],
    "Bashar al-Assad": ["president", "leader", "dictator"],
    "Recep Tayyip Erdogan": ["prime minister", "minister", "premier"],
    "Mike Huckabee": ["governor", "gov.", "host", "republican"],
    "Aaron David Miller": ["negotiator", "vice president", "analyst", "hand", "adviser"],
    "Salam Fayyad": ["prime minister", "minister"],
    "King Abdullah": ["king", "monarch"],
    "Joe Manchin": ["senator", "sen.", "democrat"],
    "Pat Toomey": ["senator", "sen.", "republican"],
    "Kim Jong Un": ["leader", "dictator"],
    "Harry Reid": ["majority leader", "leader", "senator", "sen.", "democrat"],
    "Joe Biden": ["vice president", "president", "democrat"],
    "Ted Cruz": ["senator", "sen.", "republican"],
    "Rand Paul": ["senator", "sen.", "republican"],
    "Mike Lee": ["senator", "sen.", "republican"],
    "Marco Rubio": ["senator", "sen.", "republican"],
    "Chuck Schumer": ["senator", "sen.", "democrat"],
    "Mitch McConnell": ["minority leader", "leader", "senator", "sen.", "republican"],
    "Mark Begich": ["senator", "sen.", "democrat"],
    "Mark Pryor": ["senator", "sen.", "democrat"],
    "Tom Coburn": ["senator", "sen.", "republican"],
    "Gabrielle Giffords": ["congresswoman", "rep.", "representative", "former congresswoman", "survivor"],
    "Martin Dempsey": ["chairman", "general", "gen."],
    "John Boehner": ["speaker", "republican", "house speaker"],
    "Paul Ryan": ["chairman", "rep.", "representative", "republican", "running mate"],
    "Peter King": ["rep.", "representative", "republican", "congressman"],
    "Michael Bloomberg": ["mayor"],
    "Lindsey Graham": ["senator", "sen.", "republican"],
    "Margaret Thatcher": ["prime minister", "minister", "baroness", "lady", "leader"],
    "Andrew Cuomo": ["governor", "gov."],
    "Chuck Hagel": ["secretary", "defense secretary", "secretary of defense"],
    "Xi Jinping": ["president", "leader"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen23", "Twenty-fourth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
