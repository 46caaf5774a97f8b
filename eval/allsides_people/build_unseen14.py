"""Rebuilds unseen14.json from /work/shared/data/allsides/articles.jsonl.gz: selection + mention counting.

A fifteenth people set, unseen, in the shape of issue 17's goal (three dense events plus distractors):
the House speaker race after John Boehner's resignation (2015-09-25 - 10-23), the San Bernardino
shooting (2015-12-02 - 12-16) and the Las Vegas shooting (2017-10-02 - 10-14); 15 distractors from
each window. No earlier people set used these windows or seeds. The people, their forms, the masks and
the per-article decisions below were written by reading the articles (every bare form grepped in
context) BEFORE newsprism was run on them. Run: PYTHONPATH=src python3
eval/allsides_people/build_unseen14.py (writes unseen14.json next to it). The counting rule is the one
of build_dev.py / README.md (longest non-overlapping case-sensitive matches, masks count for nobody).
"""

import re

from people_counting import count_people, event_entries, select_events, write_gold_events

# key -> (window, query, minimum matches, distractor exclusion, seed)
EVENTS = {
    "speaker_race_2015": (
        ("2015-09-25", "2015-10-23"),
        r"Boehner|Speaker|McCarthy",
        5,
        r"Boehner|Speaker|speaker|McCarthy|Ryan|Freedom Caucus|Webster|Chaffetz",
        2026124101,
    ),
    "san_bernardino_2015": (
        ("2015-12-02", "2015-12-16"),
        r"San Bernardino|Farook|Malik",
        4,
        r"San Bernardino|Farook|Malik|shoot|gun|terror|Muslim",
        2026124102,
    ),
    "las_vegas_2017": (
        ("2017-10-02", "2017-10-14"),
        r"Las Vegas|Paddock|Mandalay",
        4,
        r"Las Vegas|Paddock|Mandalay|shoot|gun|Nevada|Aldean",
        2026124103,
    ),
}
selected, TEXTS, event, distractors = select_events(EVENTS, 15)

# Strings that contain a listed form but name somebody or something else: they count for nobody.
MASKS = [
    "Michelle Obama",
    "Obama administration",
    "Obama Administration",
    "Melania Trump",
    "Ivanka Trump",
    "Trump administration",
    "Trump Administration",
    "Trump Tower",
    "Trump Organization",
    "Clinton Foundation",
    "Clinton administration",
    "George H. W. Bush",
    "George H.W. Bush",
    "Bush administration",
    "Barbara Jordan",
    "Merrill Lynch",
    "Carmen Yulin Cruz",
    "Thomas D. Williams",
    "Desiree Price",
    "Ryan Zinke",
]


def having(pattern: str) -> list[str]:
    """The set's articles whose text matches ``pattern``."""
    return sorted(i for i, t in TEXTS.items() if re.search(pattern, t))


# Read: where a relative or namesake is named, the bare surname is theirs too, so it is not scored.
OBAMA_SKIP = having(r"Michelle")
TRUMP_SKIP = having(r"Melania|Ivanka|Trump Jr|Eric Trump|Barron")
CLINTON_SKIP = having(r"Bill Clinton|President Clinton|Mr\. Clinton")
BUSH_SKIP = having(r"George W\. Bush|H\. ?W\. Bush|Laura Bush")
CRUZ_SKIP = having(r"Carmen Yulin Cruz")
SANDERS_SKIP = sorted(set(having(r"Bernie|Bernard Sanders")) & set(having(r"Sarah (?:Huckabee )?Sanders")))
MURPHY_SKIP = sorted(set(having(r"Chris Murphy")) & set(having(r"Tim Murphy")))
# The shooter's mother, brother and father (who shares his name) are named here: bare "Farook" is
# not scored; in the profile that says his father and brother are also "Syed Farook" neither is.
FAROOK_SKIP = having(r"Raheel|Rafia|father also is named")
SYED_FAROOK_SKIP = having(r"father also is named")

PEOPLE = {
    # The speaker race, September - October 2015
    "John Boehner": (["John Boehner", "John A. Boehner", "Boehner"], {}),
    "Paul Ryan": (["Paul Ryan", "Paul D. Ryan", "Ryan"], {}),
    "Kevin McCarthy": (["Kevin McCarthy", "Kevin Owen McCarthy", "McCarthy"], {}),
    "Jason Chaffetz": (["Jason Chaffetz", "Chaffetz"], {}),
    "Daniel Webster": (["Daniel Webster", "Dan Webster", "Webster"], {}),
    "Nancy Pelosi": (["Nancy Pelosi", "Pelosi"], {}),
    "Steve Scalise": (["Steve Scalise", "Scalise"], {}),
    "Tom Cole": (["Tom Cole", "Cole"], {}),
    "Mark Meadows": (["Mark Meadows", "Meadows"], {}),
    "Jim Jordan": (["Jim Jordan", "Jordan"], {}),
    "Tim Huelskamp": (["Tim Huelskamp", "Huelskamp"], {}),
    "Joe Barton": (["Joe Barton", "Barton"], {}),
    "Trey Gowdy": (["Trey Gowdy", "Gowdy"], {}),
    "Mitch McConnell": (["Mitch McConnell", "McConnell"], {}),
    "Eric Cantor": (["Eric Cantor", "Cantor"], {}),
    "Dennis Hastert": (["Dennis Hastert", "Denis Hastert", "Hastert"], {}),
    "Newt Gingrich": (["Newt Gingrich", "Gingrich"], {}),
    "Jack Lew": (["Jack Lew", "Lew"], {}),
    "Peter King": (["Peter King", "Pete King"], {}),
    "Steve King": (["Steve King"], {}),
    "Bobby Jindal": (["Bobby Jindal", "Jindal"], {}),
    "Raul Labrador": (["Raul Labrador", "Raúl Labrador", "Labrador"], {}),
    "Mick Mulvaney": (["Mick Mulvaney", "Mulvaney"], {}),
    "Tara Golshan": (["Tara Golshan", "Golshan"], {}),
    "Roger Williams": (["Roger Williams", "Williams"], {}),
    "Hillary Clinton": (
        ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary", "Clinton"],
        {"Clinton": CLINTON_SKIP},
    ),
    "Bill Clinton": (["Bill Clinton"], {}),
    "Jeb Bush": (["Jeb Bush", "Bush"], {"Bush": BUSH_SKIP}),
    "George W. Bush": (["George W. Bush"], {}),
    # San Bernardino, December 2015
    "Syed Rizwan Farook": (
        ["Syed Rizwan Farook", "Syed Farook", "Syad Farook", "Sayed Farook", "Farook"],
        {"Farook": FAROOK_SKIP, "Syed Farook": SYED_FAROOK_SKIP},
    ),
    "Syed Raheel Farook": (["Syed Raheel Farook"], {}),
    "Rafia Farook": (["Rafia Farook"], {}),
    "Tashfeen Malik": (["Tashfeen Malik", "Malik"], {}),
    "Enrique Marquez": (["Enrique Marquez", "Marquez"], {}),
    "Jarrod Burguan": (["Jarrod Burguan", "Burguan"], {}),
    "David Bowdich": (["David Bowdich", "Bowdich"], {}),
    "Farhan Khan": (["Farhan Khan", "Khan"], {}),
    "Barack Obama": (["Barack Obama", "Barack Hussein Obama", "Obama"], {"Obama": OBAMA_SKIP}),
    "Loretta Lynch": (["Loretta Lynch", "Lynch"], {}),
    "James Comey": (["James Comey", "Comey"], {}),
    "Josh Earnest": (["Josh Earnest", "Earnest"], {}),
    "Donald Trump": (["Donald Trump", "Donald J. Trump", "Trump"], {"Trump": TRUMP_SKIP}),
    "Ted Cruz": (["Ted Cruz", "Cruz"], {"Cruz": CRUZ_SKIP}),
    "Marco Rubio": (["Marco Rubio", "Rubio"], {}),
    "Chris Christie": (["Chris Christie", "Christie"], {}),
    "Ben Carson": (["Ben Carson", "Carson"], {}),
    "Rand Paul": (["Rand Paul"], {}),
    "Abu Bakr al-Baghdadi": (["Abu Bakr al-Baghdadi", "al-Baghdadi"], {}),
    # Las Vegas, October 2017
    "Stephen Paddock": (
        ["Stephen Paddock", "Stephen C. Paddock", "Stephen Craig Paddock", "Paddock"],
        {},
    ),
    "Marilou Danley": (["Marilou Danley", "Danley"], {}),
    "Joseph Lombardo": (["Joseph Lombardo", "Joe Lombardo", "Lombardo"], {}),
    "Jimmy Kimmel": (["Jimmy Kimmel", "Kimmel"], {}),
    "Jason Aldean": (["Jason Aldean", "Aldean"], {}),
    "Sarah Huckabee Sanders": (
        ["Sarah Huckabee Sanders", "Sarah Sanders", "Sanders"],
        {"Sanders": SANDERS_SKIP},
    ),
    "Bernie Sanders": (["Bernie Sanders", "Bernard Sanders", "Sanders"], {"Sanders": SANDERS_SKIP}),
    "Chuck Schumer": (["Chuck Schumer", "Charles E. Schumer", "Schumer"], {}),
    "Dianne Feinstein": (["Dianne Feinstein", "Diane Feinstein", "Feinstein"], {}),
    "Chris Murphy": (["Chris Murphy", "Murphy"], {"Murphy": MURPHY_SKIP}),
    "Tim Murphy": (["Tim Murphy", "Murphy"], {"Murphy": MURPHY_SKIP}),
}
# These people's bare surname is also another person's name or a common word: an article counts for
# them only where this pattern is found (read: where it is, the bare form is them).
NEEDS_FULL = {
    "Paul Ryan": r"Paul (?:D\. )?Ryan",
    "Daniel Webster": r"Daniel Webster|Dan Webster",
    "Tom Cole": r"Tom Cole",
    "Mark Meadows": r"Mark Meadows",
    "Jim Jordan": r"Jim Jordan",
    "Jack Lew": r"Jack Lew",
    "Roger Williams": r"Roger Williams",
    "Hillary Clinton": r"Hillary",
    "Jeb Bush": r"Jeb",
    "Farhan Khan": r"Farhan Khan",
    "Loretta Lynch": r"Loretta Lynch",
    "Josh Earnest": r"Josh Earnest",
    "Ted Cruz": r"Ted Cruz",
    "Ben Carson": r"Ben Carson",
    "Sarah Huckabee Sanders": r"Sarah (?:Huckabee )?Sanders",
    "Bernie Sanders": r"Bernie|Bernard Sanders",
    "Chris Murphy": r"Chris Murphy",
    "Tim Murphy": r"Tim Murphy",
    "Raul Labrador": r"Ra[uú]l Labrador",
    "Jimmy Kimmel": r"Jimmy Kimmel",
}

people = count_people(TEXTS, event, PEOPLE, MASKS, NEEDS_FULL)
write_gold_events(
    "unseen14", "Fifteenth unseen people set", event_entries(EVENTS, selected), distractors, MASKS, people
)
