"""Rebuilds unseen4.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A fifth people set, unseen: the end of the Mueller investigation, Barr's summary letter and the
redacted report (2019-03-22 - 2019-04-25), 106 event articles plus 30 distractors from the same
window. The people, their forms, the masks and the per-article decisions below were written by
reading the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
python3 build_unseen4.py (writes unseen4.json next to it). The counting rule is the one of
build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, select_articles, write_gold

WINDOW = ("2019-03-22", "2019-04-25")
QUERY, MIN_MATCHES = r"Mueller|Barr\b", 5
EXCLUDE = r"Mueller|Barr\b|Rosenstein|collusion|obstruction|special counsel|Manafort|Nadler"

event, distractors, TEXTS = select_articles(WINDOW, QUERY, MIN_MATCHES, EXCLUDE, 20190418)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Ivanka Trump",
    "Melania Trump",
    "Eric Trump",
    "Lara Trump",
    "Steve Cohen",  # a congressman (hover card "Stephen (Steve) Ira Cohen")
    "Ira Cohen",
    "Richard Cohen",  # the Southern Poverty Law Center's president, in a distractor
    "Earl Warren",  # the Chief Justice
    "Rolling Stone",  # the magazine
    "Lisa Page",
    "Susan Page",
    "On Page",  # "On Page 4 of Mueller's report"
    "Susan Collins",
    "Eliza Collins",  # a reporter's byline
    "Gail Collins",
    "Michael Collins",  # a reporter's byline
    "Michelle Obama",
    "Obama administration",  # as "Trump administration": the government, not the person
    "Obama-administration",
    "Obama White House",
    "Matthew Miller",
    "Andrew Miller",
    # Corrections after the first run (the first-run figure was taken without them): a USA TODAY
    # byline, and a page of the report, not Carter Page.
    "William Cummings",
    "Page 158",
]

# Bare "Trump" is not scored where another Trump (Donald Jr., Ivanka, Melania, Eric, Lara) is named.
TRUMP_SKIP = sorted(
    i
    for i, t in TEXTS.items()
    if re.search(r"Trump Jr|Don Jr|Donald Jr|Ivanka|Melania|Eric Trump|Lara Trump", t)
)
# Bare "Clinton" is Hillary's except where Bill Clinton is named ("President Clinton" is Bill in 2019).
# "Clinton-Lewinsky" and "former presidents Clinton and Nixon" are Bill too.
CLINTON_SKIP = sorted(
    i for i, t in TEXTS.items() if re.search(r"Bill Clinton|[Pp]residents? .{0,30}Clinton|Lewinsky", t)
)
# Bare "Sanders" is Bernie's except where Sarah (Huckabee) Sanders is named.
# Correction after the first run: "White House press secretary Sanders" (s4n8fPxU3nUsLWuz) is Sarah.
SANDERS_SKIP = sorted(
    i for i, t in TEXTS.items() if re.search(r"Sarah Sanders|Huckabee|secretary Sanders", t)
)
# Bare "Conway" is Kellyanne's except where George Conway is named.
CONWAY_SKIP = sorted(i for i, t in TEXTS.items() if "George Conway" in t)
# Bare "Cohen" and "Collins" where another Cohen / Collins is named.
COHEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Steve Cohen|Richard Cohen", t))
COLLINS_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Susan Collins|Gail Collins", t))

# name -> (forms, articles where a bare form is somebody else's and is skipped). Hover-card forms
# ("William Pelham Barr", "Jerrold Lewis Nadler") are the person's legal names.
PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Donald Trump Jr.": (
        [
            "Donald Trump Jr.",
            "Donald Trump Jr",
            "Donald J. Trump Jr.",
            "Trump Jr.",
            "Trump Jr",
            "Don Jr.",
            "Don Jr",
        ],
        {},
    ),
    "Robert Mueller": (
        [
            "Robert Mueller",
            "Robert S. Mueller",
            "Robert S. Mueller III",
            "Robert Swan Mueller",
            "Bob Mueller",
            "Mueller",
        ],
        {},
    ),
    "William Barr": (
        ["William Barr", "William P. Barr", "William Pelham Barr", "Bill Barr", "Barr"],
        {},
    ),
    "Rod Rosenstein": (["Rod Rosenstein", "Rod J. Rosenstein", "Rosenstein"], {}),
    "Jerrold Nadler": (["Jerrold Nadler", "Jerry Nadler", "Jerrold Lewis Nadler", "Nadler"], {}),
    "Don McGahn": (
        ["Don McGahn", "Donald McGahn", "Donald F. McGahn", "Donald (Don) F. McGahn", "McGahn"],
        {},
    ),
    "Michael Cohen": (["Michael Cohen", "Michael Dean Cohen", "Cohen"], {"Cohen": COHEN_SKIP}),
    "Paul Manafort": (["Paul Manafort", "Manafort"], {}),
    "James Comey": (["James Comey", "James B. Comey", "James Brien Comey", "Jim Comey", "Comey"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton"], {}),
    "Michael Flynn": (["Michael Flynn", "Michael T. Flynn", "Mike Flynn", "Flynn"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph Giuliani", "Rudolph W. Giuliani", "Giuliani"], {}),
    "Jeff Sessions": (["Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions", "Sessions"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Roger Stone": (["Roger Stone", "Stone"], {}),
    "Corey Lewandowski": (["Corey Lewandowski", "Lewandowski"], {}),
    "Carter Page": (["Carter Page", "Page"], {}),
    "Jared Kushner": (["Jared Kushner", "Kushner"], {}),
    "Kellyanne Conway": (["Kellyanne Conway", "Conway"], {"Conway": CONWAY_SKIP}),
    "George Conway": (["George Conway"], {}),
    "Adam Schiff": (["Adam Schiff", "Adam B. Schiff", "Adam Bennett Schiff", "Schiff"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Sarah Sanders": (["Sarah Sanders", "Sarah Huckabee Sanders", "Huckabee Sanders"], {}),
    "Jay Sekulow": (["Jay Sekulow", "Sekulow"], {}),
    "Steve Bannon": (["Steve Bannon", "Stephen K. Bannon", "Stephen Bannon", "Bannon"], {}),
    "George Papadopoulos": (["George Papadopoulos", "Papadopoulos"], {}),
    "Lindsey Graham": (["Lindsey Graham", "Lindsey Olin Graham", "Graham"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Elizabeth Ann Warren", "Warren"], {}),
    "Joe Biden": (["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Biden"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Doug Collins": (["Doug Collins", "Douglas (Doug) Allen Collins", "Collins"], {"Collins": COLLINS_SKIP}),
    "Matt Taibbi": (["Matt Taibbi", "Taibbi"], {}),
    "Elijah Cummings": (["Elijah Cummings", "Elijah E. Cummings", "Elijah Eugene Cummings", "Cummings"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {}),
    "Steven Mnuchin": (["Steven Mnuchin", "Steven T. Mnuchin", "Mnuchin"], {}),
}
# A bare form counts only in the event articles (read), never in a distractor.
NEEDS_FULL: dict[str, str] = {}


people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)

write_gold(
    "unseen4",
    "Fourth unseen people set",
    "mueller_report_2019",
    (WINDOW, QUERY, event, distractors),
    MASKS,
    people,
)
