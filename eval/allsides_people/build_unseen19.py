"""Rebuilds unseen19.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A twentieth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors),
this time three Washington weeks: Trump's "go back" tweets at four congresswomen ("the Squad",
2019-07-12 - 07-26), the January 2018 government shutdown over DACA (2018-01-12 - 01-24) and James
Comey's Senate testimony after his firing (2017-06-01 - 06-15); 10 distractors from each window. No
earlier people set used these windows or seeds, and every article any set under eval/ already uses is
left out (ids read from their JSON files). The people, their forms, the masks and the per-article
decisions below were written by reading the articles (every bare form grepped in context) BEFORE
newsprism was run on them. Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen19.py (writes
unseen19.json next to it). The counting rule is the one of build_dev.py / README.md (longest
non-overlapping case-sensitive matches, masks count for nobody).
"""

import re
from pathlib import Path

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "squad_tweets_2019": (
        ("2019-07-12", "2019-07-26"),
        r"Omar|Tlaib|Pressley|Ocasio-Cortez|[Ss]quad",
        5,
        r"Omar|Tlaib|Pressley|Ocasio|[Ss]quad|Mueller|go back",
        2026124601,
    ),
    "shutdown_2018": (
        ("2018-01-12", "2018-01-24"),
        r"shutdown|DACA|Durbin|Schumer",
        6,
        r"shutdown|DACA|Durbin|Schumer|immigra|Dreamer",
        2026124602,
    ),
    "comey_hearing_2017": (
        ("2017-06-01", "2017-06-15"),
        r"Comey",
        6,
        r"Comey|Russia|FBI",
        2026124603,
    ),
}
DISTRACTORS = 10
HERE = Path(__file__).resolve().parent


def used_elsewhere() -> set[str]:
    """Every 16-character article id any other set under eval/ names."""
    used: set[str] = set()
    for path in sorted(HERE.parent.rglob("*.json*")):
        if path.name != "unseen19.json":
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
    "Melania Trump",
    "Ivanka Trump",
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Trump campaign",
    "Obama administration",
    "Obama-era",
    "Michelle Obama",
    "Clinton Foundation",
    "Clinton campaign",
    "Megyn Kelly",
    "Erin Kelly",
    "Chris Collins",
    "Christopher (Chris) Carl Collins",
    "Doug Collins",
    "Eliza Collins",
    "Michael Collins",
    "Jim Acosta",
    "Michelle Ruiz",
    "Ryan Saavedra",
    "Ryan Nobles",
    "Ryan Mahoney",
    "Ryan Struyk",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
TRUMP_SKIP = having(r"Melania|Ivanka|Trump,? Jr|Don Jr|Eric Trump|Barron")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|William \(Bill\)|Chelsea")
SANDERS_SKIP = having(r"Bernie|Bernard Sanders")
OBAMA_SKIP = having(r"Michelle Obama")
COLLINS_SKIP = having(r"(?:Chris|Doug|Eliza|Michael) Collins|Two Collins")
KELLY_SKIP = having(r"McSally|Megyn|Erin Kelly")  # "Kelly, McSally ... Arizona" is Mark Kelly

PEOPLE = {
    # The Squad, July 2019
    "Ilhan Omar": (["Ilhan Omar", "Omar"], {}),
    "Alexandria Ocasio-Cortez": (["Alexandria Ocasio-Cortez", "Ocasio-Cortez"], {}),
    "Rashida Tlaib": (["Rashida Tlaib", "Rashida Harbi Tlaib", "Tlaib"], {}),
    "Ayanna Pressley": (["Ayanna Pressley", "Ayana Pressley", "Pressley"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Tucker Carlson": (["Tucker Carlson", "Carlson"], {}),
    "Kevin McCarthy": (["Kevin McCarthy", "Kevin Owen McCarthy", "McCarthy"], {}),
    # The shutdown, January 2018
    "Chuck Schumer": (
        ["Chuck Schumer", "Charles Schumer", "Charles E. Schumer", "Charles (Chuck) Ellis Schumer", "Schumer"],
        {},
    ),
    "Mitch McConnell": (["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "McConnell"], {}),
    "Dick Durbin": (
        [
            "Dick Durbin",
            "Richard Durbin",
            "Richard J. Durbin",
            "Richard (Dick) Joseph Durbin",
            "Durbin",
        ],
        {},
    ),
    "Lindsey Graham": (["Lindsey Graham", "Lindsey Olin Graham", "Graham", "Lindsey"], {}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Paul Davis Ryan", "Ryan"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "John (Mick) Michael Mulvaney", "Mulvaney"], {}),
    "John Kelly": (["John Kelly", "John F. Kelly", "Kelly"], {"Kelly": KELLY_SKIP}),
    "John Cornyn": (["John Cornyn", "Cornyn"], {}),
    "Jeff Flake": (["Jeff Flake", "Jeffrey (Jeff) Lane Flake", "Flake"], {}),
    "Sarah Sanders": (["Sarah Sanders", "Sarah Huckabee Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Bernie Sanders": (["Bernie Sanders"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Elizabeth Ann Warren", "Warren"], {}),
    "Susan Collins": (
        ["Susan Collins", "Susan M. Collins", "Susan Margaret Collins", "Collins"],
        {"Collins": COLLINS_SKIP},
    ),
    "Steny Hoyer": (["Steny Hoyer", "Steny H. Hoyer", "Steny Hamilton Hoyer", "Hoyer"], {}),
    "Tom Cotton": (["Tom Cotton", "Cotton"], {}),
    # Comey's testimony, June 2017
    "James Comey": (["James Comey", "James B. Comey", "Jim Comey", "Comey"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions", "Sessions"], {}),
    "Michael Flynn": (["Michael Flynn", "Mike Flynn", "Flynn"], {}),
    "Robert Mueller": (["Robert Mueller", "Bob Mueller", "Robert S. Mueller", "Mueller"], {}),
    "Christopher Wray": (["Christopher Wray", "Christopher A. Wray", "Chris Wray", "Wray"], {}),
    "Dan Coats": (["Dan Coats", "Daniel Coats", "Daniel (Dan) Ray Coats", "Coats"], {}),
    "Richard Burr": (["Richard Burr", "Richard Mauze Burr", "Burr"], {}),
    "Mark Warner": (["Mark Warner", "Mark R. Warner", "Mark Robert Warner", "Warner"], {}),
    "Rod Rosenstein": (["Rod Rosenstein", "Rosenstein"], {}),
    "Sergey Kislyak": (["Sergey Kislyak", "Kislyak"], {}),
    "Marc Kasowitz": (["Marc Kasowitz", "Kasowitz"], {}),
    "Loretta Lynch": (["Loretta Lynch", "Lynch"], {}),
    "John McCain": (["John McCain", "John Sidney McCain", "McCain"], {}),
    "Ron Wyden": (["Ron Wyden", "Wyden"], {}),
    "Kamala Harris": (["Kamala Harris", "Kamala Devi Harris", "Harris"], {}),
    "Adam Schiff": (["Adam Schiff", "Adam B. Schiff", "Adam Bennett Schiff", "Schiff"], {}),
    "Daniel Richman": (["Daniel Richman", "Richman"], {}),
    "Mike Rogers": (["Mike Rogers", "Michael S. Rogers", "Rogers"], {}),
    # Named across the windows
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Donald Trump Jr.": (["Donald Trump Jr", "Donald Trump, Jr", "Trump Jr", "Trump, Jr", "Don Jr"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton", "William (Bill) Jefferson Clinton"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    # Distractors
    "Alexander Acosta": (["Alexander Acosta", "Alex Acosta", "Acosta"], {}),
    "Jeffrey Epstein": (["Jeffrey Epstein", "Epstein"], {}),
    "Steve Bannon": (["Steve Bannon", "Bannon"], {}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Sarah Sanders": r"Sarah (?:Huckabee )?Sanders",
    "Elizabeth Warren": r"Elizabeth (?:Ann )?Warren",
    "John Kelly": r"John (?:F\. )?Kelly",
    "Susan Collins": r"Susan (?:M\. |Margaret )?Collins",
    "Hillary Clinton": r"Hillary",
    "Alexander Acosta": r"Alexander Acosta|Alex Acosta|Secretary Acosta",
    "Kamala Harris": r"Kamala",
    "Mike Rogers": r"Mike Rogers|Michael S\. Rogers",
    "Tom Cotton": r"Tom Cotton",
    "Loretta Lynch": r"Loretta Lynch",
    "Tucker Carlson": r"Tucker Carlson",
    "Paul Ryan": r"Paul (?:D\. |Davis )?Ryan",
}

# Role check (issue 17 item 5), written by reading the titles, appositions and copular phrases each
# person has in these articles BEFORE any run: a role the system gives the person's main entity is
# right when, after its last possessive, it contains one of these phrases as whole words
# (case-insensitive). An honorific ("Mr."), a fragment, another person's title, a place or a whole
# appositive clause with a place in it is wrong only when it contains none of them.
ROLE_WORDS = {
    "Ilhan Omar": ["rep.", "representative", "congresswoman", "democrat", "lawmaker", "member", "refugee"],
    "Alexandria Ocasio-Cortez": ["rep.", "representative", "congresswoman", "democrat", "lawmaker", "member"],
    "Rashida Tlaib": ["rep.", "representative", "congresswoman", "democrat", "lawmaker", "member"],
    "Ayanna Pressley": ["rep.", "representative", "congresswoman", "democrat", "lawmaker", "member"],
    "Nancy Pelosi": ["speaker", "leader", "democrat", "rep.", "representative"],
    "Tucker Carlson": ["host", "anchor"],
    "Kevin McCarthy": ["leader", "republican", "rep."],
    "Chuck Schumer": ["leader", "senator", "sen.", "democrat"],
    "Mitch McConnell": ["leader", "senator", "sen.", "republican"],
    "Dick Durbin": ["whip", "senator", "sen.", "democrat"],
    "Lindsey Graham": ["senator", "sen.", "republican", "chairman", "ally"],
    "Paul Ryan": ["speaker", "republican", "rep."],
    "Mick Mulvaney": ["budget director", "director", "chief of staff"],
    "John Kelly": ["chief of staff", "general", "secretary"],
    "John Cornyn": ["whip", "senator", "sen.", "republican"],
    "Jeff Flake": ["senator", "sen.", "republican"],
    "Sarah Sanders": ["press secretary", "secretary", "spokeswoman"],
    "Bernie Sanders": ["senator", "sen.", "independent", "candidate", "democrat"],
    "Elizabeth Warren": ["senator", "sen.", "candidate", "democrat"],
    "Susan Collins": ["senator", "sen.", "republican", "moderate"],
    "Steny Hoyer": ["whip", "leader", "democrat", "rep."],
    "Tom Cotton": ["senator", "sen.", "republican"],
    "James Comey": ["director", "fbi director", "head", "witness", "chief"],
    "Jeff Sessions": ["attorney general", "senator", "ag"],
    "Michael Flynn": ["national security adviser", "national security advisor", "adviser", "advisor", "general"],
    "Robert Mueller": ["special counsel", "counsel", "director", "prosecutor"],
    "Christopher Wray": ["director", "nominee", "pick"],
    "Dan Coats": ["director of national intelligence", "director", "dni"],
    "Richard Burr": ["chairman", "chair", "senator", "sen.", "republican"],
    "Mark Warner": ["vice chairman", "vice chair", "senator", "sen.", "democrat", "ranking"],
    "Rod Rosenstein": ["deputy attorney general", "attorney general", "deputy"],
    "Sergey Kislyak": ["ambassador", "envoy", "diplomat"],
    "Marc Kasowitz": ["lawyer", "attorney", "counsel"],
    "Loretta Lynch": ["attorney general"],
    "John McCain": ["senator", "sen.", "republican", "chairman"],
    "Ron Wyden": ["senator", "sen.", "democrat"],
    "Kamala Harris": ["senator", "sen.", "democrat", "candidate"],
    "Adam Schiff": ["rep.", "representative", "ranking member", "chairman", "democrat"],
    "Daniel Richman": ["professor", "friend", "prof"],
    "Mike Rogers": ["director", "adm.", "admiral", "head"],
    "Donald Trump": ["president", "commander in chief", "republican", "candidate", "businessman"],
    "Donald Trump Jr.": ["son"],
    "Hillary Clinton": ["nominee", "candidate", "secretary of state", "secretary", "democrat", "rival"],
    "Bill Clinton": ["president"],
    "Barack Obama": ["president", "predecessor"],
    "Alexander Acosta": ["labor secretary", "secretary", "prosecutor", "attorney"],
    "Jeffrey Epstein": ["financier", "billionaire", "sex offender", "offender", "investor"],
    "Steve Bannon": ["strategist", "adviser", "advisor", "chairman", "chief"],
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
for person in people:
    person["role_words"] = ROLE_WORDS[person["name"]]
write_gold_events(
    "unseen19", "Twentieth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
