"""Rebuilds unseen6.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A seventh people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 200 articles, about 50 people): the killing of Jamal Khashoggi (2018-10-02 - 11-05), the first
weeks of the coronavirus emergency in the US (2020-03-12 - 03-22), and Tara Reade's accusation
against Joe Biden with the dropping of the case against Michael Flynn (2020-04-25 - 05-20); about 20
distractors from each window. No earlier people set used these windows or topics. The people, their
forms, the masks and the per-article decisions below were written by reading the articles (every
bare form grepped in context) BEFORE newsprism was run on them. Run: PYTHONPATH=src python3
eval/allsides_people/build_unseen6.py (writes unseen6.json next to it). The counting rule is the one
of build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "khashoggi_2018": (
        ("2018-10-02", "2018-11-05"),
        r"Khashoggi",
        4,
        r"Khashoggi|Saudi|Salman|Istanbul",
        20181016,
    ),
    "coronavirus_march_2020": (
        ("2020-03-12", "2020-03-22"),
        r"coronavirus|COVID|Fauci|Cuomo",
        8,
        r"coronavirus|Coronavirus|COVID|virus|pandemic|Fauci|Cuomo|outbreak",
        20200316,
    ),
    "reade_flynn_2020": (
        ("2020-04-25", "2020-05-20"),
        r"Tara Reade|Reade\b|Flynn",
        5,
        r"Reade|Flynn|Biden|Obamagate|unmask",
        20200507,
    ),
}

selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Ivanka Trump",
    "Melania Trump",
    "Fred Trump",
    "Eric Trump",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr",
    "Obama administration",
    "Obama Administration",
    "Obama Admin",
    "Obama-era",
    "Obama-Era",
    "Michelle Obama",
    "Mrs. Obama",
    "Hunter Biden",
    "Jill Biden",
    "Larry King Live",  # the programme, not the host
    "King County",
    "Burger King",
    "King Features",
    "Martin Luther King",
    "Shaun King",  # an activist, in a Reade article
    "Steve King",  # the congressman
    "Salman Rushdie",
    "Sasha Baker",  # a Pentagon aide, in a coronavirus article
    "Minda Sanchez",  # a resident quoted in a coronavirus article
    "Ford O’Connell",  # a strategist
    "Ford O'Connell",
    "Scott Kelly",  # the astronaut
    "Terri Kelly",
    "Kelly Magsamen",
    "John Kelly",
    "Jerome Powell",  # the Fed chair (Sidney Powell is listed)
    "Condoleezza Rice",
    "Anita Hill",
    "Elliott Abrams",  # a former diplomat, in a Khashoggi article
    "Hoover Biden",  # a columnist's mocking name for Hunter Biden
    "Trump card",
]

# Bare "Trump" is not scored where another Trump (Ivanka, Melania, Donald Jr., Eric, Fred) is named.
TRUMP_SKIP = sorted(
    i
    for i, t in TEXTS.items()
    if re.search(r"Trump Jr|Don Jr|Donald Jr|Ivanka|Melania|Eric Trump|Fred Trump", t)
)
# Bare "Biden" is not scored where his wife or a son is named.
BIDEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Hunter Biden|Jill Biden|Beau Biden", t))
# Bare "Obama" is not scored where Michelle Obama is named.
OBAMA_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Michelle Obama|Mrs\. Obama", t))
# Bare "Pence" is not scored where Karen Pence is named.
PENCE_SKIP = sorted(i for i, t in TEXTS.items() if "Karen Pence" in t)
# Bare "Salman": read per article. The crown prince is "(Mohammed) bin Salman"; bare "Salman" is King
# Salman (his father) in every Khashoggi article but 2CHmeys77UK6gWtx, where it is the crown prince
# ("He said that he has told Salman ..." of Kushner's friend), and 2qkpXXKNrD2sxDZS, where Pompeo met
# both and "meetings with Salman" cannot be told: skipped.
SALMAN_MBS = ["2CHmeys77UK6gWtx"]
SALMAN_UNCLEAR = ["2qkpXXKNrD2sxDZS"]
SALMAN_NOT_MBS = sorted(i for i in TEXTS if i not in SALMAN_MBS)
# Bare "Page": Carter Page in Vg0KHlW86z5vPYzU; Lisa Page in X0FwJrEhSfNj8DVS, lE0etxG3s19o3ynm and
# ot7AbKyKO5GRA6AH (texts with Strzok).
PAGE_CARTER = ["Vg0KHlW86z5vPYzU"]
PAGE_LISA = ["X0FwJrEhSfNj8DVS", "lE0etxG3s19o3ynm", "ot7AbKyKO5GRA6AH"]

# name -> (forms, articles where a form is somebody else's and is skipped). Hover-card forms ("Steven
# Terner Mnuchin", "Addison (Mitch) Mitchell McConnell") are the person's legal names.
PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Jared Kushner": (["Jared Kushner", "Jared Corey Kushner", "Kushner"], {}),
    "Steven Mnuchin": (["Steven Mnuchin", "Steve Mnuchin", "Steven Terner Mnuchin", "Mnuchin"], {}),
    "Mitch McConnell": (
        ["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "Mitchell McConnell", "McConnell"],
        {},
    ),
    "Nancy Pelosi": (["Nancy Pelosi", "Nancy Patricia D'Alesandro Pelosi", "Pelosi"], {}),
    # Khashoggi.
    "Jamal Khashoggi": (["Jamal Khashoggi", "Khashoggi"], {}),
    "Mohammed bin Salman": (
        [
            "Mohammed bin Salman",
            "Mohammad bin Salman",
            "Mohammed Bin Salman",
            "bin Salman",
            "Bin Salman",
            "MBS",
            "Salman",
        ],
        {"Salman": SALMAN_NOT_MBS},
    ),
    "King Salman": (["Salman"], {"Salman": SALMAN_MBS + SALMAN_UNCLEAR}),
    "Mike Pompeo": (["Mike Pompeo", "Michael (Mike) Richard Pompeo", "Pompeo"], {}),
    "Hatice Cengiz": (["Hatice Cengiz", "Cengiz"], {}),
    "Heather Nauert": (["Heather Nauert", "Nauert"], {}),
    "Adel al-Jubeir": (["Adel al-Jubeir", "al-Jubeir", "Jubeir"], {}),
    "Recep Tayyip Erdogan": (["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan"], {}),
    # The coronavirus emergency.
    "Anthony Fauci": (["Anthony Fauci", "Fauci"], {}),
    "Andrew Cuomo": (["Andrew Cuomo", "Cuomo"], {}),
    "Mike Pence": (["Mike Pence", "Michael Pence", "Pence"], {"Pence": PENCE_SKIP}),
    "Deborah Birx": (["Deborah Birx", "Birx"], {}),
    "Larry Kudlow": (["Larry Kudlow", "Kudlow"], {}),
    "Richard Burr": (["Richard Burr", "Richard Mauze Burr", "Burr"], {}),
    "Kelly Loeffler": (["Kelly Loeffler", "Loeffler"], {}),
    "Bill de Blasio": (["Bill de Blasio", "de Blasio"], {}),
    "Charlie Baker": (["Charlie Baker", "Baker"], {}),
    "Tedros Adhanom Ghebreyesus": (["Tedros Adhanom Ghebreyesus", "Tedros"], {}),
    # Reade and Flynn.
    "Joe Biden": (
        ["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Joseph Robinette Biden", "Biden"],
        {"Biden": BIDEN_SKIP},
    ),
    "Tara Reade": (["Tara Reade", "Alexandra Tara Reade", "Reade"], {}),
    "Michael Flynn": (["Michael Flynn", "Michael T. Flynn", "Mike Flynn", "Flynn"], {}),
    "Lynda LaCasse": (["Lynda LaCasse", "LaCasse"], {}),
    "Lorraine Sanchez": (["Lorraine Sanchez", "Sanchez"], {}),
    "Marianne Baker": (["Marianne Baker", "Baker"], {}),
    "Collin Moulton": (["Collin Moulton", "Moulton"], {}),
    "Jeanette Altimus": (["Jeanette Altimus", "Altimus"], {}),
    "Kate Bedingfield": (["Kate Bedingfield", "Bedingfield"], {}),
    "Larry King": (["Larry King", "King"], {}),
    "Megyn Kelly": (["Megyn Kelly", "Kelly"], {}),
    "Christine Blasey Ford": (["Christine Blasey Ford", "Blasey Ford", "Ford"], {}),
    "Brett Kavanaugh": (["Brett Kavanaugh", "Brett M. Kavanaugh", "Kavanaugh"], {}),
    "Stacey Abrams": (["Stacey Abrams", "Abrams"], {}),
    "Sidney Powell": (["Sidney Powell", "Powell"], {}),
    "Emmet Sullivan": (["Emmet Sullivan", "Emmet G. Sullivan", "Sullivan"], {}),
    "William Barr": (["William Barr", "Bill Barr", "WIlliam Barr", "William Pelham Barr", "Barr"], {}),
    "James Comey": (["James Comey", "James B. Comey", "James Brien Comey", "Comey"], {}),
    "Peter Strzok": (["Peter Strzok", "Strzok"], {}),
    "Lisa Page": (["Lisa Page", "Page"], {"Page": PAGE_CARTER}),
    "Carter Page": (["Carter Page", "Page"], {"Page": PAGE_LISA}),
    "Sergey Kislyak": (["Sergey Kislyak", "Sergei Kislyak", "Kislyak"], {}),
    "Sally Yates": (["Sally Yates", "Sally Caroline Yates", "Yates"], {}),
    "James Clapper": (["James Clapper", "Clapper"], {}),
    "Susan Rice": (["Susan Rice", "Rice"], {}),
    "Andrew McCabe": (["Andrew McCabe", "McCabe"], {}),
    "Richard Grenell": (["Richard Grenell", "Ric Grenell", "Grenell"], {}),
    "Chuck Todd": (["Chuck Todd", "Todd"], {}),
}
# These people's bare surname is also another person's or a common word: an article counts for them
# only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "King Salman": r"King Salman|Saudi King|the king",
    "Larry King": r"Larry King",
    "Charlie Baker": r"Charlie Baker",
    "Marianne Baker": r"Marianne",
    "Lorraine Sanchez": r"Lorraine",
    "Megyn Kelly": r"Megyn",
    "Christine Blasey Ford": r"Blasey",
    "Sidney Powell": r"Sidney Powell",
    "Emmet Sullivan": r"Emmet",
    "Lisa Page": r"Lisa Page",
    "Carter Page": r"Carter Page",
    "Susan Rice": r"Susan Rice",
    "Chuck Todd": r"Chuck Todd",
    "Collin Moulton": r"Collin Moulton",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen6",
    "Sixth unseen people set",
    event_entries(EVENTS, selected),
    distractors,
    MASKS,
    people,
)
