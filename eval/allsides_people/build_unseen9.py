"""Rebuilds unseen9.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A tenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 200 articles, about 40 people): the partial government shutdown over the border wall
(2018-12-22 - 2019-01-25), the Senate's votes to repeal the Affordable Care Act (2017-07-10 - 07-31)
and the Paris attacks of November 2015 with the presidential campaign's response (2015-11-13 -
11-25); 20 distractors from each window. No earlier people set used these windows. The people, their
forms, the masks and the per-article decisions below were written by reading the articles (every
bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen9.py (writes unseen9.json next to it). The
counting rule is the one of build_dev.py / README.md (longest non-overlapping case-sensitive
matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "shutdown_2019": (
        ("2018-12-22", "2019-01-25"),
        r"[Ss]hutdown|border wall|[Ff]urlough",
        8,
        r"[Ss]hutdown|border wall|[Ff]urlough|Pelosi|Schumer|[Ww]all",
        20190115,
    ),
    "health_care_2017": (
        ("2017-07-10", "2017-07-31"),
        r"[Rr]epeal|Obamacare|[Hh]ealth[- ]care|Affordable Care Act|skinny",
        8,
        r"[Rr]epeal|Obamacare|[Hh]ealth[- ]care|Affordable Care|McCain|Medicaid|[Ii]nsurance",
        20170728,
    ),
    "paris_attacks_2015": (
        ("2015-11-13", "2015-11-25"),
        r"Paris|Abaaoud|Abdeslam|Hollande|Bataclan",
        3,
        r"Paris|Abaaoud|Abdeslam|Hollande|Bataclan|France|French|ISIS|Islamic State|refugee|terror",
        20151113,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 20)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Trump University",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr.",
    "Melania Trump",
    "Ivanka Trump",
    "Obama administration",
    "Obama Administration",
    "Clinton administration",
    "Clinton Foundation",
    "Bill Clinton",
    "Chelsea Clinton",
    "Karen Pence",
    "Greg Pence",
    "Charlotte Pence",
    "Heidi Cruz",
    "Bob Graham",
    "Bozell & Graham",
    "Franklin Graham",
    "Graham-Cassidy",
    "Ron Paul",
    "Ron Paul Institute",
    "Paul Manafort",
    "Paul John Manafort",
    "John Paul Jones",
    "Paul Cruickshank",
    "Paul Egerman",
    "Paul Warren",
    "Paul Kirk",
    "the elder Paul",  # Ron Paul, in an article about his son
    "So Paul opposed",  # Ron Paul in 2007, same article
    "Ryan Lizza",
    "Barbara Lee",
    "Washington and Lee",
    "Ned Price",
    "Kaitlan Collins",
    "Michael Collins",
    "Eliza Collins",
    "Matt Miller",
    "Zeke Miller",
    "Aaron David Miller",
    "Mohamed Abdeslam",
    "Brahim Abdeslam",
    "Assad regime",
    "Ryan Zinke",
    "Meghan McCain",
    "Cindy McCain",
    "Charles Kushner",
    "Josh Kushner",
    "Ben Carson Jr.",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


TRUMP_SKIP = having(r"Melania|Ivanka|Eric Trump|Tiffany|Don Jr|Trump Jr|Barron|Fred Trump")
OBAMA_SKIP = having(r"Michelle")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton|William Jefferson Clinton")
PENCE_SKIP = having(r"Karen Pence|Greg Pence|Charlotte Pence")
SANDERS_BOTH = having(r"Sarah (?:Huckabee )?Sanders|Huckabee")
BERNIE = having(r"Bernie|Bernard Sanders")
SANDERS_SKIP = sorted(set(SANDERS_BOTH) & set(BERNIE))
ABDESLAM_SKIP = having(r"Mohamed Abdeslam|Brahim Abdeslam")
MCCAIN_SKIP = having(r"Meghan McCain|Cindy McCain")

PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
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
    "Mitch McConnell": (
        ["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "Mitchell McConnell", "McConnell"],
        {},
    ),
    "Mike Pence": (["Mike Pence", "Michael Pence", "Pence"], {"Pence": PENCE_SKIP}),
    "Mick Mulvaney": (["Mick Mulvaney", "John (Mick) Michael Mulvaney", "Mulvaney"], {}),
    "Jared Kushner": (["Jared Kushner", "Jared Corey Kushner", "Kushner"], {}),
    "Sarah Sanders": (["Sarah Sanders", "Sarah Huckabee Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Lindsey Graham": (["Lindsey Graham", "Lindsey Olin Graham", "Graham"], {}),
    "Kirstjen Nielsen": (["Kirstjen Nielsen", "Kirstjen Michele Nielsen", "Nielsen"], {}),
    "Lisa Murkowski": (["Lisa Murkowski", "Lisa Ann Murkowski", "Murkowski"], {}),
    "Stephen Miller": (["Stephen Miller", "Miller"], {}),
    "John McCain": (
        ["John McCain", "John Sidney McCain", "John S. McCain", "McCain"],
        {"McCain": MCCAIN_SKIP},
    ),
    "Susan Collins": (["Susan Collins", "Susan M. Collins", "Susan Margaret Collins", "Collins"], {}),
    "Rand Paul": (["Rand Paul", "Randal (Rand) Howard Paul", "Paul"], {}),
    "Ted Cruz": (["Ted Cruz", "Rafael (Ted) Edward Cruz", "Rafael Edward Cruz", "Cruz"], {}),
    "Shelley Moore Capito": (["Shelley Moore Capito", "Capito"], {}),
    "Mike Lee": (["Mike Lee", "Michael (Mike) Shumway Lee", "Lee"], {}),
    "Dean Heller": (["Dean Heller", "Dean Arthur Heller", "Heller"], {}),
    "Bill Cassidy": (["Bill Cassidy", "Cassidy"], {}),
    "Rob Portman": (["Rob Portman", "Robert (Rob) Jones Portman", "Portman"], {}),
    "Tom Price": (["Tom Price", "Thomas Price", "Price"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Paul Davis Ryan", "Ryan"], {}),
    "Jerry Moran": (["Jerry Moran", "Moran"], {}),
    "John Cornyn": (["John Cornyn", "Cornyn"], {}),
    "Reince Priebus": (["Reince Priebus", "Priebus"], {}),
    "Kevin Hassett": (["Kevin Hassett", "Hassett"], {}),
    "François Hollande": (["François Hollande", "Francois Hollande", "Hollande"], {}),
    "Abdelhamid Abaaoud": (["Abdelhamid Abaaoud", "Abaaoud"], {}),
    "Salah Abdeslam": (["Salah Abdeslam", "Sala Abdeslam", "Abdeslam"], {"Abdeslam": ABDESLAM_SKIP}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Martin O'Malley": (["Martin O'Malley", "Martin O’Malley", "O'Malley", "O’Malley"], {}),
    "Vladimir Putin": (["Vladimir Putin", "Vladimir V. Putin", "Putin"], {}),
    "Ben Carson": (["Ben Carson", "Carson"], {}),
    "Marco Rubio": (["Marco Rubio", "Marco Antonio Rubio", "Rubio"], {}),
    "Bashar al-Assad": (["Bashar al-Assad", "Bashar Assad", "Assad"], {}),
    "François Molins": (["François Molins", "Francois Molins", "Molins"], {}),
    "John Kerry": (["John Kerry", "Kerry"], {}),
    "Manuel Valls": (["Manuel Valls", "Valls"], {}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Stephen Miller": r"Stephen Miller",
    "Susan Collins": r"Susan (?:M\. |Margaret )?Collins",
    "Rand Paul": r"Rand Paul|Randal \(Rand\)",
    "Mike Lee": r"Mike Lee|Michael \(Mike\) Shumway Lee",
    "Tom Price": r"Tom Price|Thomas Price",
    "Paul Ryan": r"Paul (?:D\. |Davis )?Ryan",
    "Kirstjen Nielsen": r"Kirstjen",
    "Sarah Sanders": r"Sarah (?:Huckabee )?Sanders|Huckabee Sanders",
    "Bernie Sanders": r"Bernie|Bernard Sanders",
    "Hillary Clinton": r"Hillary",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen9", "Tenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
