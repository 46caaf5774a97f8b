"""Rebuilds unseen3.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A fourth people set, unseen: the House impeachment inquiry's public hearings of November 2019
(Sondland, Vindman, Yovanovitch, Fiona Hill, ...; 2019-11-06 - 2019-11-23) plus 30 distractors from the
same window. The people, their forms, the masks and the per-article decisions below were written by
reading the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
python3 build_unseen3.py (writes unseen3.json next to it). The counting rule is the one of
build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, select_articles, write_gold

WINDOW = ("2019-11-06", "2019-11-23")
QUERY, MIN_MATCHES = r"Sondland|Yovanovitch|Vindman|[Ii]mpeach|Zelensk|Schiff", 4
EXCLUDE = r"Sondland|Yovanovitch|Vindman|[Ii]mpeach|Zelensk|Schiff|Ukrain|Giuliani|Burisma"

event, distractors, TEXTS = select_articles(WINDOW, QUERY, MIN_MATCHES, EXCLUDE, 20191115)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr.",
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "The Hill",  # the outlet
    "the Hill",  # Capitol Hill, or the outlet
    "Capitol Hill",
    "Anita Hill",
    "James Taylor",  # the singer, in a live blog on the hearings
    "Scott Perry",  # a congressman, in the same live blog
    "Yevgeny Vindman",  # Alexander Vindman's twin brother, named once
    "Jill Biden",
    "Morgan Williams",  # correction after the first run (see README): a business council's head
]

# The live blog 4e22CbFb0iq6cxLv: bare "Taylor" there is James Taylor, bare "Perry" Rep. Scott Perry.
LIVE_BLOG = "4e22CbFb0iq6cxLv"
# Bare "Biden" is not scored where Hunter Biden (or Jill Biden) is named: it can be either.
BIDEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"\bHunter\b|Jill Biden", t))
# Bare "Trump" is not scored where Donald Trump Jr. is named.
TRUMP_SKIP = sorted(i for i, t in TEXTS.items() if "Trump Jr" in t)

# name -> (forms, articles where a bare form is somebody else's and is skipped). Decided by reading
# every bare surname in context: "Hill" outside the masks is Fiona Hill in every event article ("Dr.
# Hill" in A42U9ODsmrwaU3P5), "Cooper" is Laura Cooper, "Kent" George Kent, "Williams" Jennifer
# Williams, "Jordan" Rep. Jim Jordan, "Hale" David Hale, "Stone" Roger Stone, "Hunter" Hunter Biden.
PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Donald (Don) John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Gordon Sondland": (["Gordon Sondland", "Sondland"], {}),
    "Adam Schiff": (["Adam Schiff", "Adam B. Schiff", "Adam Bennett Schiff", "Schiff"], {}),
    "Alexander Vindman": (["Alexander Vindman", "Alex Vindman", "Vindman"], {}),
    "Kurt Volker": (["Kurt Volker", "Volker"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph W. Giuliani", "Rudolph Giuliani", "Giuliani"], {}),
    "Devin Nunes": (["Devin Nunes", "Nunes"], {}),
    "William Taylor": (
        ["William Taylor", "Bill Taylor", "William B. Taylor", "Taylor"],
        {"Taylor": [LIVE_BLOG]},
    ),
    "Marie Yovanovitch": (["Marie Yovanovitch", "Marie Louise Yovanovitch", "Yovanovitch"], {}),
    "Volodymyr Zelensky": (
        [
            "Volodymyr Zelensky",
            "Volodymyr Zelenskiy",
            "Volodymyr Zelenskyy",
            "Vlodymyr Zelensky",
            "Zelensky",
            "Zelenskiy",
            "Zelenskyy",
        ],
        {},
    ),
    "Tim Morrison": (["Tim Morrison", "Timothy Morrison", "Morrison"], {}),
    "Rick Perry": (["Rick Perry", "Perry"], {"Perry": [LIVE_BLOG]}),
    "David Holmes": (["David Holmes", "Holmes"], {}),
    "John Bolton": (["John Bolton", "Bolton"], {}),
    "Fiona Hill": (["Fiona Hill", "Hill"], {}),
    "George Kent": (["George Kent", "Kent"], {}),
    # Correction after the first run: bare "Williams" in 5mTrunXcCnddI7B5 is Morgan Williams, and
    # Jennifer Williams is not named there (the first-run figure was taken with it counted for her).
    "Jennifer Williams": (["Jennifer Williams", "Williams"], {"Williams": ["5mTrunXcCnddI7B5"]}),
    "Jim Jordan": (["Jim Jordan", "James (Jim) Daniel Jordan", "Jordan"], {}),
    "Lev Parnas": (["Lev Parnas", "Parnas"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "John (Mick) Michael Mulvaney", "Mulvaney"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
    "Laura Cooper": (["Laura Cooper", "Cooper"], {}),
    "David Hale": (["David Hale", "Hale"], {}),
    "Mike Pompeo": (
        ["Mike Pompeo", "Michael Pompeo", "Michael (Mike) Richard Pompeo", "Pompeo"],
        {},
    ),
    "Joe Biden": (["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Biden"], {"Biden": BIDEN_SKIP}),
    "Hunter Biden": (["Hunter Biden", "Hunter"], {}),
    "Roger Stone": (["Roger Stone", "Roger Jason Stone", "Stone"], {}),
    "Petro Poroshenko": (["Petro Poroshenko", "Poroshenko"], {}),
    "Viktor Shokin": (["Viktor Shokin", "Victor Shokin", "Shokin"], {}),
    "Michael Bleyzer": (["Michael Bleyzer", "Bleyzer"], {}),
    "Joseph Bondy": (["Joseph A. Bondy", "Joseph Bondy", "Bondy"], {}),
}
# A bare form counts only in the event articles (read), never in a distractor; Fiona Hill's bare
# "Hill" only where the article is about the hearings (every event article, checked).
NEEDS_FULL: dict[str, str] = {}


people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)

write_gold(
    "unseen3",
    "Third unseen people set",
    "impeachment_hearings_2019",
    (WINDOW, QUERY, event, distractors),
    MASKS,
    people,
)
