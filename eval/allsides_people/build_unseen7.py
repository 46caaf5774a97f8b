"""Rebuilds unseen7.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

An eighth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors,
about 230 articles, about 50 people): the Orlando nightclub shooting (2016-06-12 - 06-28), the
separation of migrant families at the border (2018-06-14 - 06-30), and the Senate impeachment trial
of Donald Trump (2020-01-15 - 02-07); 22 distractors from each window. No earlier people set used
these windows. The people, their forms, the masks and the per-article decisions below were written
by reading the articles (every bare form grepped in context) BEFORE newsprism was run on them. Run:
PYTHONPATH=src python3 eval/allsides_people/build_unseen7.py (writes unseen7.json next to it). The
counting rule is the one of build_dev.py / README.md (longest non-overlapping case-sensitive
matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "orlando_2016": (
        ("2016-06-12", "2016-06-28"),
        r"Orlando|Mateen|Pulse",
        4,
        r"Orlando|Mateen|Pulse|shooting|gunman|terror|Islamic State|ISIS",
        20160612,
    ),
    "family_separation_2018": (
        ("2018-06-14", "2018-06-30"),
        r"separat|zero.tolerance|Nielsen|border|asylum|migrant",
        8,
        r"separat|zero.tolerance|Nielsen|border|asylum|migrant|immigra|ICE\b",
        20180620,
    ),
    "impeachment_trial_2020": (
        ("2020-01-15", "2020-02-07"),
        r"impeach|Impeach|Bolton|Schiff|acquit",
        12,
        r"impeach|Impeach|Bolton|Schiff|acquit|Ukrain|Zelensk|Senate trial",
        20200131,
    ),
}

selected, TEXTS, event, distractors = select_events(EVENTS, 22)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Trump administration",
    "Trump Administration",
    "Trump Organization",
    "Trump Tower",
    "Trump University",
    "Trump Plaza",
    "Trump Taj Mahal",
    "Ivanka Trump",
    "Ivana (Ivanka) Marie Trump",
    "Donald (Don) John Trump",
    "Mary Trump",
    "Ivana Zelnicek Trump",
    "Ivana Trump",
    "Fred Trump",
    "Eric Trump",
    "Lara Trump",
    "Donald Trump Jr.",
    "Donald Trump Jr",
    "Trump Jr",
    "Donald Jr",
    "Obama administration",
    "Obama Administration",
    "Obama-era",
    "Obama White House",
    "Michelle Obama",
    "Jill Biden",
    "Beau Biden",
    "Clinton administration",
    "Clinton Foundation",
    "Chelsea Clinton",
    "Billy Graham",
    "Jeb Bush",
    "George H.W. Bush",
    "George H. W. Bush",
    "Bush administration",
    "Mohammed bin Salman",
    "Mohammed Bin Salman",
    "King Salman",
    "Anne Marie Murphy",  # a victim's relative in an Orlando story
    "Kimberly Roberts",
    "Michelle Alexander",
    "Alexander Hamilton",
    "Alexander Vindman",
    "Founding Father Alexander",  # Hamilton
    "Pete Sessions",
    "Tim Miller",
    "Amy Hagstrom Miller",
    "Ryan Miller",
    "Andrew Miller",
    "Greg Miller",
    "Matt Miller",
    "Zeke Miller",
    "John Paul",
    "Ryan White",  # an AIDS patient in a Trump profile
]

# Bare "Trump" is not scored where another Trump is named.
TRUMP_SKIP = sorted(
    i
    for i, t in TEXTS.items()
    if re.search(
        r"Trump Jr|Don Jr|Donald Jr|Ivanka|Melania|Eric Trump|Fred Trump|Mary Trump|Ivana|Lara Trump", t
    )
)
# Bare "Biden" is not scored where Hunter Biden (or another Biden) is named: read, it is used for both.
BIDEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Hunter|Jill Biden|Beau Biden", t))
# Bare "Obama" is not scored where Michelle Obama is named.
OBAMA_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"Michelle Obama|Mrs\. Obama", t))
# Bare "Clinton" is not scored where both Hillary and Bill Clinton are named.
CLINTON_BOTH = sorted(
    i
    for i, t in TEXTS.items()
    if "Hillary" in t
    and re.search(r"Bill Clinton|President Clinton|William Jefferson Clinton|Mr\. Clinton", t)
)
# Bare "Sanders" is not scored where both Bernie Sanders and Sarah Huckabee Sanders are named.
SANDERS_BOTH = sorted(i for i, t in TEXTS.items() if "Bernie" in t and re.search(r"Sarah|Huckabee", t))
# Bare "Graham" is not scored where Lindsey Graham and Franklin or Billy Graham are both named.
GRAHAM_BOTH = sorted(i for i, t in TEXTS.items() if "Lindsey" in t and re.search(r"Franklin|Billy Graham", t))
# Bare "Bush" is not scored where more than one Bush is named (Laura and George W., "George Bush" in a
# story about Laura; George W. and Jeb or George H.W.).
BUSH_NAMES = (r"Laura Bush|Mrs\. Bush", r"George W\.? Bush|George Bush", r"Jeb", r"H\. ?W\.")
BUSH_BOTH = sorted(i for i, t in TEXTS.items() if sum(bool(re.search(n, t)) for n in BUSH_NAMES) > 1)
# Bare "Sessions" is not scored where Rep. Pete Sessions is named (correction after the first run: in
# RpPSRIRJZfXK0Yf9 every bare "Sessions" is Pete Sessions, not Jeff).
SESSIONS_SKIP = sorted(i for i, t in TEXTS.items() if "Pete Sessions" in t)
# Bare "Mateen" is not scored where the gunman's father Seddique Mateen is named (the gunman's own
# legal name, "Omar Mir Seddique Mateen", holds "Seddique" too).
MATEEN_SKIP = sorted(i for i, t in TEXTS.items() if re.search(r"(?<!Mir )Seddique (?:Mir )?Mateen", t))

# name -> (forms, articles where a form is somebody else's and is skipped). Hover-card forms
# ("Addison (Mitch) Mitchell McConnell") are the person's legal names.
PEOPLE = {
    "Donald Trump": (
        ["Donald Trump", "Donald J. Trump", "Donald John Trump", "Trump"],
        {"Trump": TRUMP_SKIP},
    ),
    "Melania Trump": (["Melania Trump", "Melania Knauss-Trump", "Melania"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_BOTH},
    ),
    "Bill Clinton": (["Bill Clinton", "William Jefferson Clinton", "Clinton"], {"Clinton": CLINTON_BOTH}),
    "Joe Biden": (
        ["Joe Biden", "Joseph R. Biden", "Joseph Biden", "Joseph Robinette Biden", "Biden"],
        {"Biden": BIDEN_SKIP},
    ),
    "Hunter Biden": (["Hunter Biden", "Hunter"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Nancy Patricia D'Alesandro Pelosi", "Pelosi"], {}),
    "Mitch McConnell": (
        ["Mitch McConnell", "Addison (Mitch) Mitchell McConnell", "Mitchell McConnell", "McConnell"],
        {},
    ),
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
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Paul Davis Ryan", "Ryan"], {}),
    "Ted Cruz": (["Ted Cruz", "Rafael (Ted) Edward Cruz", "Cruz"], {}),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {"Sanders": SANDERS_BOTH}),
    "Sarah Huckabee Sanders": (
        ["Sarah Huckabee Sanders", "Sarah Sanders", "Huckabee Sanders", "Sanders"],
        {"Sanders": SANDERS_BOTH},
    ),
    "Chris Murphy": (
        ["Chris Murphy", "Christopher Murphy", "Christopher (Chris) Scott Murphy", "Murphy"],
        {},
    ),
    "Lindsey Graham": (
        ["Lindsey Graham", "Lindsey Olin Graham", "Lindsay Graham", "Graham"],
        {"Graham": GRAHAM_BOTH},
    ),
    "Franklin Graham": (["Franklin Graham", "Graham"], {"Graham": GRAHAM_BOTH}),
    "George W. Bush": (["George W. Bush", "George W Bush", "George Bush", "Bush"], {"Bush": BUSH_BOTH}),
    "Laura Bush": (["Laura Bush", "Bush"], {"Bush": BUSH_BOTH}),
    "James Comey": (["James Comey", "James B. Comey", "Comey"], {}),
    # Orlando.
    "Omar Mateen": (
        ["Omar Mateen", "Omar Mir Seddique Mateen", "Omar Mir Saddique Mateen", "Mateen"],
        {"Mateen": MATEEN_SKIP},
    ),
    "Seddique Mateen": (["Seddique Mateen", "Seddique Mir Mateen"], {}),
    "Noor Salman": (["Noor Salman", "Noor Zahi Salman", "Salman"], {}),
    "Sitora Yusufiy": (["Sitora Yusufiy", "Yusufiy"], {}),
    "John Mina": (["John Mina", "Mina"], {}),
    # Family separation.
    "Kirstjen Nielsen": (
        ["Kirstjen Nielsen", "Kristjen Nielsen", "Kirstjien Nielsen", "Kirstjen Michele Nielsen", "Nielsen"],
        {},
    ),
    "Jeff Sessions": (
        ["Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions", "Sessions"],
        {"Sessions": SESSIONS_SKIP},
    ),
    "Stephen Miller": (["Stephen Miller", "Miller"], {}),
    "Corey Lewandowski": (["Corey Lewandowski", "Lewandowski"], {}),
    "Lee Gelernt": (["Lee Gelernt", "Gelernt"], {}),
    "Dana Sabraw": (["Dana Sabraw", "Dana M. Sabraw", "Sabraw"], {}),
    "Stephanie Grisham": (["Stephanie Grisham", "Grisham"], {}),
    # The impeachment trial.
    "John Bolton": (["John Bolton", "John R. Bolton", "Bolton"], {}),
    "Adam Schiff": (["Adam Schiff", "Adam B. Schiff", "Adam Bennett Schiff", "Schiff"], {}),
    "Pat Cipollone": (["Pat Cipollone", "Pasquale Cipollone", "Cipollone"], {}),
    "Jay Sekulow": (["Jay Sekulow", "Jay Alan Sekulow", "Sekulow"], {}),
    "John Roberts": (["John Roberts", "John G. Roberts", "Roberts"], {}),
    "Mitt Romney": (["Mitt Romney", "Willard (Mitt) Mitt Romney", "Romney"], {}),
    "Susan Collins": (["Susan Collins", "Susan M. Collins", "Susan Margaret Collins", "Collins"], {}),
    "Lisa Murkowski": (["Lisa Murkowski", "Lisa Ann Murkowski", "Murkowski"], {}),
    "Lamar Alexander": (["Lamar Alexander", "Andrew (Lamar) Lamar Alexander", "Alexander"], {}),
    "Alan Dershowitz": (["Alan Dershowitz", "Dershowitz"], {}),
    "Lev Parnas": (["Lev Parnas", "Parnas"], {}),
    "Rudy Giuliani": (["Rudy Giuliani", "Rudolph Giuliani", "Rudolph W. Giuliani", "Giuliani"], {}),
    "Jerry Nadler": (["Jerry Nadler", "Jerrold Nadler", "Jerrold (Jerry) Lewis Nadler", "Nadler"], {}),
    "Joe Manchin": (["Joe Manchin", "Joseph Manchin", "Manchin"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "John (Mick) Michael Mulvaney", "Mulvaney"], {}),
    "Volodymyr Zelensky": (
        ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodomyr Zelenskiy", "Zelensky", "Zelenskiy"],
        {},
    ),
    "Jason Crow": (["Jason Crow", "Crow"], {}),
    "Patrick Philbin": (["Patrick Philbin", "Philbin"], {}),
}
# These people's bare surname is also another person's or a common word: an article counts for them
# only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Hillary Clinton": r"Hillary",
    "Bill Clinton": r"Bill Clinton|President Clinton|William Jefferson Clinton",
    "Bernie Sanders": r"Bernie|Bernard Sanders",
    "Sarah Huckabee Sanders": r"Sarah (?:Huckabee )?Sanders|Huckabee Sanders",
    "Paul Ryan": r"Paul (?:D\. |Davis )?Ryan",
    "Chris Murphy": r"Chris(?:topher)? Murphy",
    "Lindsey Graham": r"Lindsey|Lindsay Graham",
    "Franklin Graham": r"Franklin Graham",
    "George W. Bush": r"George W\.? Bush|George Bush",
    "Laura Bush": r"Laura Bush",
    "Stephen Miller": r"Stephen Miller",
    "John Roberts": r"John (?:G\. )?Roberts|Chief Justice",
    "Susan Collins": r"Susan (?:M\. )?Collins",
    "Lamar Alexander": r"Lamar",
    "Jason Crow": r"Jason Crow",
    "Hunter Biden": r"Hunter Biden",
    "John Mina": r"John Mina",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen7", "Seventh unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
