"""Rebuilds unseen8.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A ninth people set, unseen, smaller than the goal's shape for lack of time (two dense events plus
distractors, 122 articles, 34 people): the Republican National Convention of July 2016 (published
2016-07-15 - 07-22) and the Democratic National Convention that followed (2016-07-23 - 07-31), when
the corpus has about ten articles a day; 40 distractors from 2016-07-01 - 08-15 that name neither
convention. No earlier people set used these windows. What it tests: a first lady named first and
most in her articles (Melania Trump; Michelle Obama), spouses (Hillary / Bill Clinton), the nominee's
children (Eric, Ivanka), a father, mother and son sharing "Khan", surnames that are words or given
names (Warren, Christie, Booker, Fudge, Brazile), page furniture (photo galleries' "Hide Caption",
insider lists). The people, their forms, the masks and the per-article decisions below were written
by reading the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen8.py (writes unseen8.json next to it). The
counting rule is the one of build_dev.py / README.md (longest non-overlapping case-sensitive
matches, masks count for nobody).
"""

import re

from people_counting import count_people, select_articles, write_gold_events

EVENTS = {
    "rnc_2016": (("2016-07-15", "2016-07-22"), r"[Cc]onvention|Cleveland|Melania|Pence|RNC", 6),
    "dnc_2016": (("2016-07-23", "2016-07-31"), r"[Cc]onvention|Philadelphia|DNC|Kaine|Wasserman", 6),
}
DISTRACTOR_WINDOW = ("2016-07-01", "2016-08-15")
DISTRACTOR_EXCLUDE = (
    r"[Cc]onvention|Cleveland|Philadelphia|Melania|Pence|Kaine|RNC|DNC|Wasserman|nominee|nomination"
    r"|Orlando|Mateen"
)

TEXTS: dict[str, str] = {}
selected = {}
for key, (window, query, minimum) in EVENTS.items():
    ids, _, found = select_articles(window, query, minimum, "x", 1, 0)
    selected[key] = ids
    TEXTS.update(found)
# No article matches the query below: select_articles then only draws the distractors.
_, distractors, found = select_articles(
    DISTRACTOR_WINDOW, "NEVER-MATCHES", 1, DISTRACTOR_EXCLUDE, 20160725, 40
)
TEXTS.update(found)
event = [i for ids in selected.values() for i in ids]
# select_articles with no distractors wanted returns texts of its whole window's pool too: count
# only in the set's own articles (correction after the first run: people's ``articles`` and
# ``mention_counts`` had included articles outside the set, which the scorer never read).
TEXTS = {i: TEXTS[i] for i in event + distractors}

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Organization",
    "Trump Tower",
    "Trump University",
    "Trump Taj Mahal",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Tiffany Trump",
    "Fred Trump",
    "Obama administration",
    "Obama Administration",
    "Clinton administration",
    "Clinton Foundation",
    "Clinton Cash",
    "Chelsea Clinton",
    "Michelle White",  # insider lists
    "Michelle Meyer",
    "Heidi Cruz",
    "Eric Schultz",  # a White House spokesman
    "Dave Wasserman",
    "Ghazala Khan",
    "Humayun Khan",
    "Humayun S. M. Khan",
    "Captain Khan",  # the Khans' son
    "Anne Holton",
    "Linwood Holton",
]

TRUMP_SKIP = sorted(
    i
    for i, t in TEXTS.items()
    if re.search(r"Melania|Ivanka|Eric Trump|Tiffany|Don Jr|Donald Trump Jr|Barron|Fred Trump|Ivana", t)
)
OBAMA_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Michelle Obama|Mrs\. Obama|Michelle", t))
CLINTON_BOTH = sorted(
    i
    for i, t in TEXTS.items()
    if "Hillary" in t
    and re.search(r"Bill Clinton|President Clinton|William Jefferson Clinton|Mr\. Clinton", t)
)
KHAN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Ghazala|Humayun|Captain Khan", t))

PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Melania Trump": (["Melania Trump", "Melania Knauss Trump", "Melania"], {}),
    "Eric Trump": (["Eric Trump"], {}),
    "Ivanka Trump": (["Ivanka Trump", "Ivanka"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Michelle Obama": (["Michelle Obama", "Michelle LaVaughn Robinson Obama", "Michelle"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_BOTH},
    ),
    "Bill Clinton": (["Bill Clinton", "William Jefferson Clinton", "Clinton"], {"Clinton": CLINTON_BOTH}),
    "Mike Pence": (["Mike Pence", "Michael Pence", "Michael Richard Pence", "Pence"], {}),
    "Tim Kaine": (["Tim Kaine", "Timothy Kaine", "Timothy Michael Kaine", "Kaine"], {}),
    "Ted Cruz": (["Ted Cruz", "Rafael Edward Cruz", "Rafael (Ted) Edward Cruz", "Cruz"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {}),
    "Debbie Wasserman Schultz": (
        ["Debbie Wasserman Schultz", "Debbie Wasserman Shultz", "Wasserman Schultz", "Wasserman"],
        {},
    ),
    "Paul Manafort": (["Paul Manafort", "Paul J. Manafort", "Manafort"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Warren"], {}),
    "Roger Ailes": (["Roger Ailes", "Ailes"], {}),
    "Chris Christie": (["Chris Christie", "Christopher Christie", "Christie"], {}),
    "Robby Mook": (["Robby Mook", "Mook"], {}),
    "John Podesta": (["John Podesta", "Podesta"], {}),
    "Khizr Khan": (["Khizr Khan", "Khizr", "Khan"], {"Khan": KHAN_SKIP}),
    "Cory Booker": (["Cory Booker", "Booker"], {}),
    "Joe Biden": (["Joe Biden", "Joseph Biden", "Joseph R. Biden", "Biden"], {}),
    "John Kasich": (["John Kasich", "Kasich"], {}),
    "Marcia Fudge": (["Marcia Fudge", "Fudge"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Putin"], {}),
    "Donna Brazile": (["Donna Brazile", "Brazile"], {}),
    "James Comey": (["James Comey", "James B. Comey", "Comey"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "John McCain": (["John McCain", "McCain"], {}),
    "Sarah Silverman": (["Sarah Silverman", "Silverman"], {}),
    "Tom Vilsack": (["Tom Vilsack", "Vilsack"], {}),
    "Newt Gingrich": (["Newt Gingrich", "Gingrich"], {}),
    "Danielle Kurtzleben": (["Danielle Kurtzleben", "Kurtzleben"], {}),
    "Caitlyn Jenner": (["Caitlyn Jenner", "Jenner"], {}),
}
# These people's bare surname is also another person's or a common word: an article counts for them
# only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Bill Clinton": r"Bill Clinton|President Clinton|William Jefferson Clinton",
    "Elizabeth Warren": r"Elizabeth Warren",
    "Chris Christie": r"Chris Christie",
    "Cory Booker": r"Cory Booker",
    "Khizr Khan": r"Khizr",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
entries = [
    {"name": key, "window": list(EVENTS[key][0]), "query": EVENTS[key][1], "ids": ids}
    for key, ids in selected.items()
]
write_gold_events("unseen8", "Eighth unseen people set", entries, distractors, MASKS, people)
