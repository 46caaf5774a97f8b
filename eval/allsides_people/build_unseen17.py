"""Rebuilds unseen17.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

An eighteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors):
the US missile strike on Syria after the Khan Sheikhoun gas attack (2017-04-04 - 04-16), the House
Republicans' failed health care bill (2017-03-06 - 03-31) and the Trump-Putin Helsinki summit with the
Strzok hearing and the Butina arrest (2018-07-10 - 07-28); 10 distractors from each window. No earlier
people set used these windows or seeds. The people, their forms, the masks and the per-article
decisions below were written by reading the articles (every bare form grepped in context) BEFORE
newsprism was run on them. Run: PYTHONPATH=src python3 eval/allsides_people/build_unseen17.py
(writes unseen17.json next to it). The counting rule is the one of build_dev.py / README.md (longest
non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "syria_strike_2017": (
        ("2017-04-04", "2017-04-16"),
        r"Syria|Assad|chemical",
        4,
        r"Syria|Assad|chemical|Russia",
        2026124401,
    ),
    "health_care_2017": (
        ("2017-03-06", "2017-03-31"),
        r"health care|Obamacare|AHCA|Ryan",
        4,
        r"health|Obamacare|AHCA|Ryan|Medicaid",
        2026124402,
    ),
    "helsinki_summit_2018": (
        ("2018-07-10", "2018-07-28"),
        r"Putin|Helsinki|Russia",
        6,
        r"Putin|Helsinki|Russia|Strzok|Butina",
        2026124403,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 10)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Obama Foundation",
    "Melania Trump",
    "Ivanka Trump",
    "Barron Trump",
    "Donald Trump Jr.",
    "Trump administration",
    "Trump Administration",
    "Trump Tower",
    "Clinton administration",
    "Clinton Campaign",
    "Chelsea Clinton",
    "Ryan Lizza",
    "Ryan Costello",
    "Ryan Enos",
    "Paul Manafort",
    "Paul Singer",
    "Paul Gosar",
    "Paul Erickson",
    "Paul Pate",
    "Haley Byrd",
    "Ned Price",
    "Vernon Jordan",
    "Kelly McEvers",
    "Ashley May",
    "Hafez al-Assad",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname may be theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle|Malia")
TRUMP_SKIP = having(r"Melania|Ivanka|Trump Jr|Eric Trump|Barron|Ms\. Trump|Fred Trump")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|Chelsea|Clinton administration|\(Bill\)")
SANDERS_SKIP = having(r"Bernie|Bernard Sanders")  # "Sanders" may be Bernie there
MCCAIN_SKIP = having(r"Meghan McCain|Cindy McCain")

PEOPLE = {
    # The Syria strike, April 2017
    "Bashar al-Assad": (
        [
            "Bashar al-Assad",
            "Bashar Al Assad",
            "Bashar al Assad",
            "Bashar Hafez al-Assad",
            "Bashar Assad",
            "Assad",
        ],
        {},
    ),
    "Rex Tillerson": (["Rex Tillerson", "Rex W. Tillerson", "Rex Wayne Tillerson", "Tillerson"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Vladimir V. Putin", "Valadimir Putin", "Putin"], {}),
    "Sergey Lavrov": (["Sergey Lavrov", "Sergei Lavrov", "Lavrov"], {}),
    "Nikki Haley": (["Nikki Haley", "Nikki R. Haley", "Haley"], {}),
    "Sean Spicer": (["Sean Spicer", "Spicer"], {}),
    "H.R. McMaster": (["H.R. McMaster", "H. R. McMaster", "HR McMaster", "McMaster"], {}),
    "Jim Mattis": (["James Mattis", "Jim Mattis", "James Norman Mattis", "Mattis"], {}),
    "Steve Bannon": (["Steve Bannon", "Stephen Bannon", "Bannon"], {}),
    "Jared Kushner": (["Jared Kushner", "Kushner"], {}),
    "Xi Jinping": (["Xi Jinping", "Xi Xinping", "Xi"], {}),
    # Named across the events
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Barack Obama": (["Barack Obama", "Barack H. Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton", "William (Bill) Jefferson Clinton"], {}),
    # The health care bill, March 2017
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Paul Davis Ryan", "Ryan"], {}),
    "Mark Meadows": (["Mark Meadows", "Meadows"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Tom Price": (["Tom Price", "Price"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "Mulvaney"], {}),
    "Mitch McConnell": (["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "McConnell"], {}),
    "Justin Amash": (["Justin Amash", "Amash"], {}),
    "Jim Jordan": (["Jim Jordan", "Jordan"], {}),
    "Mike Pence": (["Mike Pence", "Pence"], {}),
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
    "Neil Gorsuch": (["Neil Gorsuch", "Gorsuch"], {}),
    "Rand Paul": (["Rand Paul", "Randal (Rand) Howard Paul", "Paul"], {}),
    # The Helsinki summit, July 2018
    "Dan Coats": (["Dan Coats", "Coats"], {}),
    "Robert Mueller": (["Robert Mueller", "Robert (Bob) Swan Mueller", "Mueller"], {}),
    "Maria Butina": (["Maria Butina", "Mariia Butina", "Butina"], {}),
    "John Bolton": (["John Bolton", "John R. Bolton", "Bolton"], {}),
    "Mike Pompeo": (["Mike Pompeo", "Michael (Mike) Richard Pompeo", "Pompeo"], {}),
    "Sarah Sanders": (["Sarah Huckabee Sanders", "Sarah Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders"], {}),
    "Rod Rosenstein": (["Rod Rosenstein", "Rosenstein"], {}),
    "Peter Strzok": (["Peter Strzok", "Strzok"], {}),
    "Carter Page": (["Carter Page", "Page"], {}),
    "Lisa Page": (["Lisa Page", "Page"], {}),
    "Theresa May": (["Theresa May"], {}),
    "John McCain": (["John McCain", "John Sidney McCain", "McCain"], {"McCain": MCCAIN_SKIP}),
}
# These people's bare surname is also another person's name, a place or a common word: an article
# counts for them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Hillary Clinton": r"Hillary",
    "Tom Price": r"Tom Price",
    "Jim Jordan": r"Jim Jordan",
    "Rand Paul": r"Rand(?:al)? (?:\(Rand\) Howard )?Paul",
    "Sarah Sanders": r"Sarah (?:Huckabee )?Sanders",
    "Carter Page": r"Carter Page",
    "Lisa Page": r"Lisa Page",
    "Paul Ryan": r"Paul (?:D\. |Davis )?Ryan|Speaker Ryan",
    "Xi Jinping": r"Xi Jinping|President Xi",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen17", "Eighteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
