"""Rebuilds unseen5.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A sixth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 250 articles, 40 people): the El Paso and Dayton shootings (2019-08-03 - 08-20), the US
withdrawal from northern Syria, Turkey's offensive and the raid that killed al-Baghdadi
(2019-10-06 - 11-03), and the Democratic primaries from the Nevada caucuses to Super Tuesday
(2020-02-22 - 03-05); 22 distractors from each window. No earlier people set used these windows.
The people, their forms, the masks and the per-article decisions below were written by reading the
articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
python3 build_unseen5.py (writes unseen5.json next to it). The counting rule is the one of
build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "el_paso_dayton_2019": (
        ("2019-08-03", "2019-08-20"),
        r"El Paso|Dayton|Crusius|Betts|mass shooting",
        4,
        r"El Paso|Dayton|Crusius|Betts|shooting|gunman|Gilroy",
        20190804,
    ),
    "syria_withdrawal_2019": (
        ("2019-10-06", "2019-11-03"),
        r"Syria|Kurd|Erdogan|Turkey|Turkish|Baghdadi",
        6,
        r"Syria|Kurd|Erdogan|Turkey|Turkish|Baghdadi|ISIS|Islamic State",
        20191013,
    ),
    "democratic_primaries_2020": (
        ("2020-02-22", "2020-03-05"),
        r"Bloomberg|Buttigieg|Klobuchar|Sanders|Biden|Warren|Steyer",
        10,
        r"Bloomberg|Buttigieg|Klobuchar|Sanders|Biden|Warren|Steyer|primary|primaries|caucus|Super Tuesday",
        20200303,
    ),
}

selected, TEXTS, event, distractors = select_events(EVENTS, 22)

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
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr",
    "Obama administration",
    "Obama Administration",
    "Obama-administration",
    "Obama White House",
    "Michelle Obama",
    "Bill Clinton",
    "Hunter Biden",
    "Jill Biden",
    "Beau Biden",
    "Sarah Huckabee Sanders",
    "Sarah Sanders",
    "Bloomberg News",
    "Bloomberg Opinion",
    "Bloomberg Philanthropies",
    "Bloomberg LP",
    "Bloomberg L.P.",
    "Bloomberg Businessweek",
    "Bloomberg report",
    "Robert Mueller",  # the special counsel, in distractors
    "Anna Mueller",  # a sociologist
    "Carl Mueller",  # Kayla Mueller's father
    "Marsha Mueller",  # her mother
    "Assad regime",  # the government, as "Trump administration"
    "Assad government",
    "Eric Harris",  # Columbine
    "Brian Harris",  # a witness in Dayton
    "David Harris",  # of the American Jewish Committee
    "Harris County",
    "Harris Kretzer",  # a blogger "C. J . Harris Kretzer"
    "Lynnell Graham",  # a protester in El Paso
    "Graham Olson",  # hover card "Peter (Pete) Graham Olson"
    "Graham & Parks",  # a school
    "Mike Turner",  # an Ohio congressman
    "Turner Diaries",
    "Castro Vega",  # a student in Puerto Rico
    "George Conway",  # Kellyanne Conway's husband
]

# Bare "Trump" is not scored where another Trump (Ivanka, Melania, Donald Jr., Eric, Lara) is named.
TRUMP_SKIP = sorted(
    i
    for i, t in TEXTS.items()
    if re.search(r"Trump Jr|Don Jr|Donald Jr|Ivanka|Melania|Eric Trump|Lara Trump", t)
)
# Bare "Biden" is not scored where his wife or a son is named.
BIDEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Hunter Biden|Jill Biden|Beau Biden", t))
# Bare "Clinton" is Hillary's except where Bill Clinton is named or meant ("President Clinton").
CLINTON_SKIP = sorted(
    i for i, t in TEXTS.items() if re.search(r"Bill Clinton|[Pp]residents? .{0,30}Clinton|Lewinsky", t)
)
# Bare "Sanders" is Bernie's except where Sarah Huckabee Sanders is named.
SANDERS_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Huckabee|Sarah Sanders", t))
# Bare "Conway" is Kellyanne's except where George Conway is named.
CONWAY_SKIP = sorted(i for i, t in TEXTS.items() if "George Conway" in t)
# Bare "Castro": read per article. In 1ZDrEFc20i8HMhTU it is Joaquin Castro (who tweeted the donor
# list; his twin Julián is named once); in 51bc9hMXLtjo8XkM, Lrio431GmN51wlQq and fihkoIydK4LnGEJ1 it
# is Julián; in the primaries articles it is Fidel.
CASTRO_JOAQUIN = ["1ZDrEFc20i8HMhTU"]
CASTRO_JULIAN = ["51bc9hMXLtjo8XkM", "Lrio431GmN51wlQq", "fihkoIydK4LnGEJ1"]
# Bare "Mueller" in 4Oa3f3BPedx185Lu is Kayla and twice her father Carl ("Mueller said"): skipped.
MUELLER_SKIP = ["4Oa3f3BPedx185Lu"]
# Bare "Harris": Brian Harris's wife ("Ms. Harris") in NH92iVgftL4BWAdQ.
HARRIS_SKIP = ["NH92iVgftL4BWAdQ"]
# Bare "Graham": Lynnell Graham in 0A3J5yQxO2fQ8ZZs.
GRAHAM_SKIP = ["0A3J5yQxO2fQ8ZZs"]

# name -> (forms, articles where a bare form is somebody else's and is skipped). Hover-card forms
# ("Peter (Pete) Paul Buttigieg", "Addison (Mitch) Mitchell McConnell") are the person's legal names.
PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    # The Democratic primaries.
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Joe Biden": (
        ["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Biden"],
        {"Biden": BIDEN_SKIP},
    ),
    "Pete Buttigieg": (["Pete Buttigieg", "Peter (Pete) Paul Buttigieg", "Buttigieg"], {}),
    "Elizabeth Warren": (["Elizabeth Warren", "Elizabeth Ann Warren", "Warren"], {}),
    "Michael Bloomberg": (
        ["Michael Bloomberg", "Mike Bloomberg", "Michael R. Bloomberg", "Bloomberg"],
        {},
    ),
    "Tom Steyer": (["Tom Steyer", "Tom Fahr Steyer", "Steyer"], {}),
    "Amy Klobuchar": (["Amy Klobuchar", "Amy Jean Klobuchar", "Klobuchar"], {}),
    "Jim Clyburn": (["Jim Clyburn", "James Clyburn", "James E. Clyburn", "Clyburn"], {}),
    "Tulsi Gabbard": (["Tulsi Gabbard", "Gabbard"], {}),
    "Kamala Harris": (["Kamala Harris", "Kamala Devi Harris", "Harris"], {"Harris": HARRIS_SKIP}),
    "Andrew Yang": (["Andrew Yang", "Yang"], {}),
    "Nina Turner": (["Nina Turner", "Turner"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {}),
    "Fidel Castro": (["Fidel Castro", "Castro"], {"Castro": CASTRO_JOAQUIN + CASTRO_JULIAN}),
    "Julián Castro": (["Julián Castro", "Julian Castro", "Castro"], {"Castro": CASTRO_JOAQUIN}),
    # Syria, Turkey and al-Baghdadi.
    "Recep Tayyip Erdogan": (
        [
            "Recep Tayyip Erdogan",
            "Recep Tayyip Erdoğan",
            "Tayyip Erdogan",
            "Tayyip Erogdan",
            "Erdogan",
            "Erdoğan",
        ],
        {},
    ),
    "Abu Bakr al-Baghdadi": (
        ["Abu Bakr al-Baghdadi", "Abu Bakr Al-Baghdadi", "al-Baghdadi", "Al-Baghdadi", "Baghdadi"],
        {},
    ),
    "Lindsey Graham": (
        ["Lindsey Graham", "Linsey Graham", "Lindsey Olin Graham", "Graham"],
        {"Graham": GRAHAM_SKIP},
    ),
    "Mike Pompeo": (["Mike Pompeo", "Michael (Mike) Richard Pompeo", "Pompeo"], {}),
    "Mark Esper": (["Mark Esper", "Mark T. Esper", "Esper"], {}),
    "Mike Pence": (["Mike Pence", "Michael Pence", "Pence"], {}),
    "Nikki Haley": (["Nikki Haley", "Nimrata (Nikki) Haley", "Haley"], {}),
    "Bashar al-Assad": (["Bashar al-Assad", "Bashar Assad", "Bashar", "al-Assad", "Assad"], {}),
    "Dan Scavino": (["Dan Scavino", "Scavino"], {}),
    "Kayla Mueller": (["Kayla Mueller", "Mueller"], {"Mueller": MUELLER_SKIP}),
    "Mark Milley": (["Mark Milley", "Mark A. Milley", "Milley"], {}),
    "Mazloum Abdi": (["Mazloum Abdi", "Mazloum Kobani", "Mazloum"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    # El Paso and Dayton.
    "Patrick Crusius": (["Patrick Crusius", "Patrick Wood Crusius", "Crusius"], {}),
    "Connor Betts": (["Connor Betts", "Connor Stephen Betts", "Betts"], {}),
    "Beto O'Rourke": (["Beto O'Rourke", "Beto O’Rourke", "O'Rourke", "O’Rourke"], {}),
    "Joaquin Castro": (["Joaquin Castro", "Castro"], {"Castro": CASTRO_JULIAN}),
    "Tucker Carlson": (["Tucker Carlson", "Carlson"], {}),
    "Kellyanne Conway": (["Kellyanne Conway", "Conway"], {"Conway": CONWAY_SKIP}),
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
    "Mick Mulvaney": (["Mick Mulvaney", "John (Mick) Michael Mulvaney", "Mulvaney"], {}),
    "Christopher Wray": (["Christopher Wray", "Chris Wray", "Wray"], {}),
}
# A bare form counts only in the event articles (read), never in a distractor; these people also
# need their full name in the article (their bare surname names a namesake elsewhere).
NEEDS_FULL = {
    "Julián Castro": r"Juli[aá]n Castro",
    "Joaquin Castro": r"Joaquin Castro",
    "Kayla Mueller": r"Kayla",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen5",
    "Fifth unseen people set",
    event_entries(EVENTS, selected),
    distractors,
    MASKS,
    people,
)
